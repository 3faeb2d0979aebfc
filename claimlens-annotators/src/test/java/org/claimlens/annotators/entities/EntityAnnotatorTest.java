package org.claimlens.annotators.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.annotators.entities.Analysis.analyse;
import static org.claimlens.annotators.entities.EntityAssert.assertEntity;
import static org.claimlens.annotators.entities.EntityAssert.assertNoEntity;
import static org.claimlens.model.EntityType.LOCATION;
import static org.claimlens.model.EntityType.MEDIA_OUTLET;
import static org.claimlens.model.EntityType.OFFICIAL_BODY;
import static org.claimlens.model.EntityType.ORGANIZATION;
import static org.claimlens.model.EntityType.PERSON;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.Layers;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntityAnnotatorTest {

  @Nested
  class Aliases {
    @Test
    void oldTransliterationsResolveToTodaysSpelling() {
      Document doc =
          analyse(
              "Russian officials in Kiev? No: the strikes hit Kharkov, Odessa and Nikolaev, "
                  + "and fighting continued near Artemovsk and Avdeevka.");

      assertEntity(doc, "Kiev").hasType(LOCATION).hasCanonical("Kyiv");
      assertEntity(doc, "Kharkov").hasType(LOCATION).hasCanonical("Kharkiv");
      assertEntity(doc, "Odessa").hasCanonical("Odesa");
      assertEntity(doc, "Nikolaev").hasCanonical("Mykolaiv");
      assertEntity(doc, "Artemovsk").hasCanonical("Bakhmut");
      assertEntity(doc, "Avdeevka").hasCanonical("Avdiivka");
    }

    @Test
    void everySpellingOfZelenskyIsOnePerson() {
      Document doc =
          analyse(
              "Zelensky met troops. Later Zelenskyy spoke in parliament, and Zelenskiy's office "
                  + "published the speech.");

      assertEntity(doc, "Zelensky").hasType(PERSON).hasCanonical("Volodymyr Zelensky");
      assertEntity(doc, "Zelenskyy").hasCanonical("Volodymyr Zelensky");
      assertEntity(doc, "Zelenskiy").hasCanonical("Volodymyr Zelensky");
    }

    @Test
    void theKremlinIsAnOfficialBodyWithoutItsArticle() {
      Document doc = analyse("The decision was taken in the Kremlin, a source said.");

      assertEntity(doc, "Kremlin").hasType(OFFICIAL_BODY).hasCanonical("Kremlin");
      assertNoEntity(doc, "the Kremlin");
    }

    @Test
    void bankovaAndThePresidentsOfficeAreTheUkrainianPresidency() {
      Document doc =
          analyse(
              "Sources on Bankova say the reshuffle is ready. The President's Office in Kyiv "
                  + "denied it, and Zelensky did not comment.");

      assertEntity(doc, "Bankova")
          .hasType(OFFICIAL_BODY)
          .hasCanonical("Office of the President of Ukraine");
      assertEntity(doc, "President's Office").hasCanonical("Office of the President of Ukraine");
    }

    @Test
    void aSurnameAloneIsTheKnownPerson() {
      Document doc = analyse("Peskov said the talks would continue.");

      assertEntity(doc, "Peskov").hasType(PERSON).hasCanonical("Dmitry Peskov").hasNoRole();
    }

    @Test
    void aGivenNameSpelledDifferentlyJoinsTheKnownSurname() {
      Document doc = analyse("Foreign minister Andriy Sybiha flew to Warsaw.");

      assertEntity(doc, "Andriy Sybiha").hasCanonical("Andrii Sybiha");
    }

    @Test
    void datelinesInCapitalsMatch() {
      Document doc = analyse("KYIV, Ukraine, May 3 (Reuters) - Air raid alerts sounded overnight.");

      assertEntity(doc, "KYIV").hasType(LOCATION).hasCanonical("Kyiv").hasScoreBelow(0.95);
      assertEntity(doc, "Reuters").hasType(MEDIA_OUTLET);
    }

    @Test
    void matchingIsCaseSensitiveSoCommonWordsStayWords() {
      Document doc =
          analyse("A bild of the rally circulated online, Bild reported, citing the ap style.");

      assertEntity(doc, "Bild").hasType(MEDIA_OUTLET).hasCanonical("Bild");
      assertNoEntity(doc, "bild");
      assertNoEntity(doc, "ap");
    }

    @Test
    void outletAliasesResolve() {
      Document doc =
          analyse("The FT and the WSJ both cited AP, while RFE/RL and DW quoted Ukrainska Pravda.");

      assertEntity(doc, "FT").hasType(MEDIA_OUTLET).hasCanonical("Financial Times");
      assertEntity(doc, "WSJ").hasCanonical("The Wall Street Journal");
      assertEntity(doc, "AP").hasCanonical("Associated Press");
      assertEntity(doc, "RFE/RL").hasCanonical("Radio Free Europe/Radio Liberty");
      assertEntity(doc, "DW").hasCanonical("Deutsche Welle");
      assertEntity(doc, "Ukrainska Pravda").hasType(MEDIA_OUTLET);
    }

    @Test
    void intelligenceServicesByAcronym() {
      Document doc = analyse("The SBU said it detained an agent working for the FSB and HUR.");

      assertEntity(doc, "SBU").hasType(OFFICIAL_BODY).hasCanonical("SBU");
      assertEntity(doc, "FSB").hasType(OFFICIAL_BODY).hasCanonical("FSB");
      assertEntity(doc, "HUR").hasType(OFFICIAL_BODY).hasCanonical("GUR");
    }

    @Test
    void theLongestNameWins() {
      Document doc =
          analyse("Andriy Yermak, head of the Office of the President of Ukraine, met them.");

      assertEntity(doc, "Office of the President of Ukraine").hasType(OFFICIAL_BODY);
      assertNoEntity(doc, "Ukraine");
    }

    @Test
    void compoundAdjectivesAreNotPlaces() {
      Document doc = analyse("He praised the Kyiv-based group and Kremlin-backed separatists.");

      assertNoEntity(doc, "Kyiv");
      assertNoEntity(doc, "Kremlin");
    }
  }

  @Nested
  class AmbiguousBodies {
    @Test
    void theAdjectiveSaysWhoseDefenceMinistryItIs() {
      Document doc =
          analyse(
              "The Russian Defence Ministry claimed gains. Russia's Ministry of Defense later "
                  + "repeated it, and Ukraine's Defence Ministry denied it.");

      assertEntity(doc, "Russian Defence Ministry").hasCanonical("Ministry of Defence of Russia");
      assertEntity(doc, "Russia's Ministry of Defense")
          .hasCanonical("Ministry of Defence of Russia");
      assertEntity(doc, "Ukraine's Defence Ministry")
          .hasCanonical("Ministry of Defence of Ukraine");
    }

    @Test
    void aBareDefenceMinistryTakesTheCountryOfItsContext() {
      Document russian =
          analyse(
              "Kremlin spokesman Dmitry Peskov referred questions to the Defence Ministry "
                  + "in Moscow.");
      Document ukrainian =
          analyse(
              "Ukraine's Defence Minister Rustem Umerov said in Kyiv that the MoD had signed "
                  + "new drone contracts.");

      assertEntity(russian, "Defence Ministry").hasCanonical("Ministry of Defence of Russia");
      assertEntity(ukrainian, "MoD").hasCanonical("Ministry of Defence of Ukraine");
    }

    @Test
    void anAmbiguousSurnameNeedsItsFullNameNearby() {
      Document withFullName =
          analyse("Speaker Mike Johnson delayed the vote. Johnson said he wanted changes.");
      Document without = analyse("A man called Johnson said he wanted changes.");

      assertEntity(withFullName, "Johnson").hasCanonical("Mike Johnson");
      // Neither Boris nor Mike: only the weak guess that a capitalised word before "said" is
      // someone.
      assertEntity(without, "Johnson").hasType(PERSON).hasCanonical("Johnson").hasScoreBelow(0.7);
    }
  }

  @Nested
  class Roles {
    @Test
    void aRoleBeforeTheName() {
      Document doc =
          analyse(
              "Press Secretary of the Russian President Dmitry Peskov said on Monday that "
                  + "French President Emmanuel Macron had not called.");

      assertEntity(doc, "Dmitry Peskov")
          .hasType(PERSON)
          .hasCanonical("Dmitry Peskov")
          .hasRole("Press Secretary of the Russian President");
      assertEntity(doc, "Emmanuel Macron").hasRole("French President");
    }

    @Test
    void anOrganisationInsideTheRoleIsAlsoAnEntity() {
      Document doc = analyse("Kremlin spokesman Dmitry Peskov declined to comment.");

      assertEntity(doc, "Dmitry Peskov").hasRole("Kremlin spokesman");
      assertEntity(doc, "Kremlin").hasType(OFFICIAL_BODY);
    }

    @Test
    void aRoleInAnAppositive() {
      Document doc =
          analyse(
              "The meeting was chaired by Andriy Yermak, head of the Office of the President "
                  + "of Ukraine, and attended by Maria Zakharova, spokeswoman for the Russian "
                  + "Foreign Ministry, by video link.");

      assertEntity(doc, "Andriy Yermak").hasRole("head of the Office of the President of Ukraine");
      assertEntity(doc, "Maria Zakharova").hasRole("spokeswoman for the Russian Foreign Ministry");
      assertEntity(doc, "Russian Foreign Ministry")
          .hasCanonical("Ministry of Foreign Affairs of Russia");
    }

    @Test
    void aPossessiveRole() {
      Document doc = analyse("Ukraine's Defence Minister Rustem Umerov arrived at Ramstein.");

      assertEntity(doc, "Rustem Umerov").hasRole("Ukraine's Defence Minister");
      assertEntity(doc, "Ukraine").hasType(LOCATION);
    }

    @Test
    void theRoleStaysOnTheMentionThatGivesIt() {
      Document doc =
          analyse(
              "U.S. Defense Secretary Lloyd Austin announced a package. "
                  + "\"Ukraine has other means,\" Austin said.");

      assertEntity(doc, "Lloyd Austin").hasRole("U.S. Defense Secretary");
      assertEntity(doc, "Austin").hasCanonical("Lloyd Austin").hasNoRole();
    }

    @Test
    void noRoleWhereTheTextGivesNone() {
      Document doc = analyse("Umerov, a Crimean Tatar who became minister last year, spoke first.");

      assertEntity(doc, "Umerov").hasCanonical("Rustem Umerov").hasNoRole();
    }

    @Test
    void aHonorificIsNotARole() {
      Document doc = analyse("Mr Hryhorenko declined to say more.");

      assertEntity(doc, "Hryhorenko").hasType(PERSON).hasNoRole();
    }
  }

  @Nested
  class NamesBeyondTheList {
    @Test
    void titlesAndRoleNounsMakePeople() {
      Document doc =
          analyse(
              "Colonel Ivan Petrenko said the line held, military analyst Marta Kowalczyk "
                  + "disagreed, and regional governor Zenon Bialikowski called for calm.");

      assertEntity(doc, "Ivan Petrenko").hasType(PERSON).hasRole("Colonel");
      assertEntity(doc, "Marta Kowalczyk").hasType(PERSON).hasRole("military analyst");
      assertEntity(doc, "Zenon Bialikowski")
          .hasType(PERSON)
          .hasCanonical("Zenon Bialikowski")
          .hasRole("regional governor")
          .hasScoreAtLeast(0.7);
    }

    @Test
    void aLaterSurnameTakesTheFullName() {
      Document doc =
          analyse(
              "Regional governor Zenon Bialikowski said two people died. "
                  + "Bialikowski added that rescuers were still at work.");

      assertEntity(doc, "Bialikowski").hasType(PERSON).hasCanonical("Zenon Bialikowski");
    }

    @Test
    void aSpeechVerbAfterAFirstLastNameMakesAPerson() {
      Document doc = analyse("On Tuesday, Hennadiy Zhuravchak told the council it was too late.");

      assertEntity(doc, "Hennadiy Zhuravchak").hasType(PERSON);
    }

    @Test
    void headNounsNameOrganisationsAndBodies() {
      Document doc =
          analyse(
              "Soldiers of the 47th Mechanized Brigade were praised by the Ministry of Veterans "
                  + "Affairs and by the Kyiv Institute of Strategic Analysis, while the Nova "
                  + "Energy Corporation pledged money.");

      assertEntity(doc, "47th Mechanized Brigade").hasType(ORGANIZATION);
      assertEntity(doc, "Ministry of Veterans Affairs").hasType(OFFICIAL_BODY);
      assertEntity(doc, "Kyiv Institute of Strategic Analysis").hasType(ORGANIZATION);
      assertEntity(doc, "Nova Energy Corporation").hasType(ORGANIZATION);
    }

    @Test
    void outletsFromTheirCues() {
      Document doc =
          analyse(
              "The newspaper Kyivskyi Visnyk first published the list. Later Vilna Hazeta, a "
                  + "Ukrainian outlet, confirmed it, and a minister told Radio Zhyttia that it "
                  + "was true.");

      assertEntity(doc, "Kyivskyi Visnyk").hasType(MEDIA_OUTLET);
      assertEntity(doc, "Vilna Hazeta").hasType(MEDIA_OUTLET);
      assertEntity(doc, "Radio Zhyttia").hasType(MEDIA_OUTLET);
    }

    @Test
    void placesFromTheirCues() {
      Document doc =
          analyse(
              "Russian troops entered the village of Novoselivka Persha and shelled targets "
                  + "near Tonenke and in the Zolochiv district.");

      assertEntity(doc, "Novoselivka Persha").hasType(LOCATION);
      assertEntity(doc, "Tonenke").hasType(LOCATION);
      assertEntity(doc, "Zolochiv district").hasType(LOCATION);
    }

    @Test
    void bylinesArePeople() {
      Document doc =
          analyse(
              "Strike hits depot\nBy Halyna Moroz\nA depot burned.\n\n"
                  + "(Reporting by Halyna Moroz; Editing by Simon Ashworth)");

      assertEntity(doc, "Halyna Moroz").hasType(PERSON);
      assertEntity(doc, "Simon Ashworth").hasType(PERSON);
    }
  }

  @Nested
  class Noise {
    @Test
    void sentenceInitialWordsAreNotNames() {
      Document doc =
          analyse(
              "However, the talks failed. According to officials, the convoy left. Sources said "
                  + "nothing. The attack came on Friday in March.");

      assertNoEntity(doc, "However");
      assertNoEntity(doc, "According");
      assertNoEntity(doc, "Sources");
      assertNoEntity(doc, "The");
      assertNoEntity(doc, "Friday");
      assertNoEntity(doc, "March");
      assertThat(doc.layer(Layers.ENTITIES)).isEmpty();
    }

    @Test
    void weaponsAndDemonymsAreNotEntities() {
      Document doc =
          analyse(
              "Ukrainian forces fired ATACMS and Storm Shadow missiles while Russian drones "
                  + "(Shahed) hit Western-supplied Patriot batteries.");

      assertNoEntity(doc, "Ukrainian");
      assertNoEntity(doc, "ATACMS");
      assertNoEntity(doc, "Storm Shadow");
      assertNoEntity(doc, "Shahed");
      assertNoEntity(doc, "Patriot");
      assertThat(doc.layer(Layers.ENTITIES)).isEmpty();
    }

    @Test
    void titleCaseHeadlinesYieldOnlyKnownNames() {
      Document doc = analyse("Russia Launches Massive Drone Attack On Kyiv Overnight\n\nText.");

      assertThat(doc.layer(Layers.ENTITIES))
          .extracting(a -> a.value().canonical())
          .containsExactly("Russia", "Kyiv");
    }
  }

  @Nested
  class OtherLanguages {
    @Test
    void russianPostsUseCyrillicAliasesWithCaseEndings() {
      Document doc =
          analyse(
              "Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль следит за "
                  + "ситуацией в Киеве и Харькове. Путина поддержали в НАТО? Нет.");

      assertEntity(doc, "Дмитрий Песков")
          .hasType(PERSON)
          .hasCanonical("Dmitry Peskov")
          .hasRole("Пресс-секретарь президента России");
      assertEntity(doc, "Кремль").hasType(OFFICIAL_BODY).hasCanonical("Kremlin");
      assertEntity(doc, "Киеве").hasCanonical("Kyiv");
      assertEntity(doc, "Харькове").hasCanonical("Kharkiv");
      assertEntity(doc, "Путина").hasCanonical("Vladimir Putin");
      assertEntity(doc, "НАТО").hasType(ORGANIZATION).hasCanonical("NATO");
    }

    @Test
    void ukrainianPostsToo() {
      Document doc =
          analyse(
              "Голова Харківської ОВА Олег Синєгубов повідомив про вибухи у Харкові. "
                  + "Андрій Єрмак зустрівся з Зеленським у Києві.");

      assertEntity(doc, "Олег Синєгубов").hasCanonical("Oleh Syniehubov");
      assertEntity(doc, "Харкові").hasCanonical("Kharkiv");
      assertEntity(doc, "Андрій Єрмак").hasCanonical("Andriy Yermak");
      assertEntity(doc, "Зеленським").hasCanonical("Volodymyr Zelensky");
      assertEntity(doc, "Києві").hasCanonical("Kyiv");
    }

    @Test
    void inflectedMultiWordNames() {
      Document doc = analyse("По данным Генштаба ВСУ, в Курской области продолжаются бои.");

      assertEntity(doc, "Генштаба ВСУ")
          .hasCanonical("General Staff of the Armed Forces of Ukraine");
      assertEntity(doc, "Курской области").hasCanonical("Kursk Oblast");
    }

    @Test
    void aCyrillicWordIsNotAnotherWordsStem() {
      Document doc = analyse("Росіяни у своїх каналах заявили про удар. Росія мовчить.");

      assertNoEntity(doc, "Росіяни");
      assertEntity(doc, "Росія").hasCanonical("Russia");
    }

    @Test
    void germanAndFrenchSpellings() {
      Document de =
          analyse(
              "Bundeskanzler Olaf Scholz hat mit Selenskyj telefoniert, berichtet der Spiegel "
                  + "aus Berlin. Kremlsprecher Dmitri Peskow reagierte in Moskau.");
      Document fr =
          analyse("Le président de l'Ukraine a rencontré le secrétaire général de l'OTAN à Paris.");

      assertEntity(de, "Selenskyj").hasCanonical("Volodymyr Zelensky");
      assertEntity(de, "Dmitri Peskow").hasCanonical("Dmitry Peskov").hasRole("Kremlsprecher");
      assertEntity(de, "Moskau").hasCanonical("Moscow");
      assertEntity(fr, "OTAN").hasCanonical("NATO");
      assertEntity(fr, "Ukraine").hasCanonical("Ukraine");
    }
  }

  @Nested
  class Contract {
    private static final String ARTICLE =
        "KYIV, Ukraine (Reuters) - Kremlin spokesman Dmitry Peskov said on Friday that "
            + "Russia's Defence Ministry would respond. Ukraine's Defence Minister Rustem Umerov, "
            + "speaking in Brussels at NATO headquarters, said Kyiv needed more Patriot systems. "
            + "Military analyst Marta Kowalczyk told the BBC that Kowalczyk's data showed "
            + "shortages near Pokrovsk and in the Kharkiv region.";

    @Test
    void mentionsAreOrderedNonOverlappingAndCarryProvenance() {
      Document doc = analyse(ARTICLE);
      List<Annotation<Entity>> entities = doc.layer(Layers.ENTITIES);

      assertThat(entities).hasSizeGreaterThan(10);
      for (int i = 1; i < entities.size(); i++) {
        assertThat(entities.get(i).start()).isGreaterThanOrEqualTo(entities.get(i - 1).end());
      }
      for (Annotation<Entity> a : entities) {
        assertThat(a.score()).isBetween(Analysis.ENTITIES.config().minScore(), 1.0);
        assertThat(a.provenance().annotator()).isEqualTo("entities");
        assertThat(a.provenance().model()).isEqualTo(EntityAnnotator.MODEL);
        Span role = a.value().roleSpan();
        if (role != null) {
          assertThat(doc.text(role)).isEqualTo(a.value().role());
        }
      }
    }

    @Test
    void theAnnotatorDeclaresItsLayers() {
      assertThat(Analysis.ENTITIES.name()).isEqualTo("entities");
      assertThat(Analysis.ENTITIES.requires())
          .containsExactlyInAnyOrder(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS);
      assertThat(Analysis.ENTITIES.provides()).containsExactly(Layers.ENTITIES);
    }

    @Test
    void withoutTheRulesOnlyTheGazetteerSpeaks() {
      EntityAnnotator gazetteerOnly =
          new EntityAnnotator(
              Gazetteer.loadDefault(), new EntityAnnotator.Config(0.4, true, false, true, true));
      Document doc = Analysis.analyse(ARTICLE, gazetteerOnly);

      assertEntity(doc, "Dmitry Peskov").hasRole("Kremlin spokesman");
      assertNoEntity(doc, "Marta Kowalczyk");
    }

    @Test
    void theSameDocumentGivesTheSameEntitiesOnManyThreads() throws Exception {
      List<String> texts =
          List.of(
              ARTICLE,
              "Пресс-секретарь Дмитрий Песков заявил, что Кремль следит за ситуацией.",
              "Colonel Ivan Petrenko said the 47th Mechanized Brigade held Robotyne.",
              "Zelensky met Rutte in Kyiv; Bankova said the talks went well.");
      List<List<Annotation<Entity>>> expected = new ArrayList<>();
      for (String t : texts) {
        expected.add(analyse(t).layer(Layers.ENTITIES));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<Annotation<Entity>>>> futures = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
          for (String t : texts) {
            futures.add(pool.submit(() -> analyse(t).layer(Layers.ENTITIES)));
          }
        }
        for (int i = 0; i < futures.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
