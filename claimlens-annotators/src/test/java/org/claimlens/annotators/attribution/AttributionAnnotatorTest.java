package org.claimlens.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.claimlens.annotators.attribution.Analysis.analyse;
import static org.claimlens.annotators.attribution.ClaimAssert.assertClaim;
import static org.claimlens.annotators.attribution.ClaimAssert.assertNoClaims;
import static org.claimlens.annotators.attribution.ClaimAssert.assertUnattributedClaim;
import static org.claimlens.model.ClaimStatus.DENIED;
import static org.claimlens.model.ClaimStatus.UNCONFIRMED;
import static org.claimlens.model.ClaimStatus.UNKNOWN;
import static org.claimlens.model.SourceType.ANONYMOUS_GROUP;
import static org.claimlens.model.SourceType.ANONYMOUS_PERSON;
import static org.claimlens.model.SourceType.MEDIA_OUTLET;
import static org.claimlens.model.SourceType.NAMED_PERSON;
import static org.claimlens.model.SourceType.OFFICIAL_BODY;

import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Source;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads war news the way an analyst would: who claims what, on whose authority, how firmly. */
class AttributionAnnotatorTest {

  @Nested
  class DirectQuotes {
    @ParameterizedTest(name = "{0}…{1}")
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          "\"|\"", "“|”", "«|»", "„|“", "'|'", "‘|’",
        })
    void everyQuoteStyleKeepsItsMarksInTheContent(String open, String close) {
      String quote = open + "We don't bargain with a gun to our head," + close;
      Document doc = analyse(quote + " said Dmitry Peskov.");

      assertClaim(doc, "Peskov", "bargain")
          .hasContent(quote)
          .hasCue("said")
          .hasSourceMention("Dmitry Peskov")
          .hasSource(NAMED_PERSON)
          .hasScoreAtLeast(0.85);
    }

    @Test
    void anApostropheInsideASingleQuotedPassageDoesNotCloseIt() {
      Document doc =
          analyse("‘Nobody can’t see what’s happening in Avdiivka,’ the commander said.");

      assertClaim(doc, "the commander", "Avdiivka")
          .hasContent("‘Nobody can’t see what’s happening in Avdiivka,’");
    }

    @Test
    void theSourceMayStandBeforeOrAfterTheQuote() {
      Document doc =
          analyse(
              "\"The grain corridor works,\" Oleksandr Kubrakov said. \"Ships are leaving every"
                  + " day,\" said Oleksandr Kubrakov. Oleksandr Kubrakov added: \"Insurers are"
                  + " coming back.\"");

      assertClaim(doc, "Kubrakov", "corridor works").hasCue("said").hasSource(NAMED_PERSON);
      assertClaim(doc, "Kubrakov", "every day").hasCue("said");
      assertClaim(doc, "Kubrakov", "Insurers")
          .hasCue("added")
          .hasContent("\"Insurers are coming back.\"");
    }

    @Test
    void aQuoteOverSeveralSentencesIsOneContent() {
      String quote =
          "\"We will not allow this. The answer will be tough. Everyone in Moscow understands"
              + " that,\"";
      Document doc =
          analyse(
              "Defence Minister Andrei Belousov visited the front on Monday. "
                  + quote
                  + " the minister said.");

      assertClaim(doc, "the minister", "The answer will be tough")
          .hasContent(quote)
          .hasSourceMention("the minister")
          .hasCanonical("Andrei Belousov")
          .hasSource(NAMED_PERSON);
    }

    @Test
    void aPartialQuoteInsideIndirectSpeechStaysInTheThatClause() {
      Document doc =
          analyse(
              "President Volodymyr Zelensky said that the overnight strikes were \"deliberate and"
                  + " cynical\" and that Ukraine would respond.");

      assertClaim(doc, "Zelensky", "cynical")
          .hasContent(
              "the overnight strikes were \"deliberate and cynical\" and that Ukraine would"
                  + " respond")
          .hasSourceMention("President Volodymyr Zelensky")
          .hasCanonical("Volodymyr Zelensky");
    }
  }

  @Nested
  class IndirectSpeech {
    @Test
    void theContentOfAThatClauseLeavesOutThatAndTheFullStop() {
      Document doc =
          analyse(
              "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that Moscow saw no basis"
                  + " for new talks.");

      assertClaim(doc, "Peskov", "no basis")
          .hasContent("Moscow saw no basis for new talks")
          .hasCue("told")
          .hasSourceMention("Kremlin spokesman Dmitry Peskov")
          .hasCanonical("Dmitry Peskov");
    }

    @Test
    void aZeroThatClauseIsReportedSpeechToo() {
      Document doc = analyse("Two diplomats in Brussels said the package would be delayed again.");

      assertClaim(doc, "Two diplomats in Brussels", "package")
          .hasContent("the package would be delayed again")
          .hasSource(ANONYMOUS_GROUP)
          .isLinkedTo("Brussels");
    }

    @Test
    void accordingToWorksBeforeAndAfterTheContent() {
      Document doc =
          analyse(
              "According to the General Staff, 40 drones were shot down overnight. Two power"
                  + " plants were hit in the Odesa region, according to the national grid"
                  + " operator.");

      assertClaim(doc, "General Staff", "40 drones")
          .hasContent("40 drones were shot down overnight")
          .hasCue("According to")
          .hasSource(OFFICIAL_BODY);
      assertClaim(doc, "grid operator", "power plants")
          .hasContent("Two power plants were hit in the Odesa region")
          .hasCue("according to");
    }

    @Test
    void asXPutItAndInXsWordsAttributeTheClauseThatFollows() {
      Document doc =
          analyse(
              "As one NATO diplomat put it, the alliance has simply run out of patience. In"
                  + " Foreign Minister Radosław Sikorski's words, \"the bill always arrives\".");

      assertClaim(doc, "one NATO diplomat", "out of patience")
          .hasCue("put it")
          .hasSource(ANONYMOUS_PERSON);
      assertClaim(doc, "Sikorski", "bill always arrives")
          .hasCue("words")
          .hasSourceMention("Foreign Minister Radosław Sikorski");
    }

    @Test
    void attitudeAndEvidenceCuesCount() {
      Document doc =
          analyse(
              "Western analysts believe the offensive has stalled. Satellite images reviewed by"
                  + " this agency show fresh craters near the runway.");

      assertClaim(doc, "Western analysts", "offensive has stalled")
          .hasCue("believe")
          .hasSource(ANONYMOUS_GROUP)
          .isHedgedBy("believe");
      assertClaim(doc, "Satellite images", "craters").hasCue("show");
    }

    @Test
    void aNounCueNamesItsSourceByThePossessive() {
      Document doc =
          analyse(
              "Russia's claim that Ukrainian specialists are assembling a dirty bomb at the site"
                  + " is a fabrication.");

      assertClaim(doc, "Russia", "dirty bomb")
          .hasCue("claim")
          .hasContent("Ukrainian specialists are assembling a dirty bomb at the site")
          .hasStatus(DENIED)
          .hasStatusEvidence("fabrication");
    }

    @Test
    void refusedAndNegatedSpeechActsAreNoClaims() {
      assertNoClaims(
          analyse(
              "The Pentagon declined to comment on the report. The ministry did not confirm the"
                  + " figures. Nobody says anything about the losses."));
    }

    @Test
    void plainNarrationIsNoClaim() {
      assertNoClaims(
          analyse(
              "Russian forces advanced slowly west of Avdiivka for months. The town lies about 30"
                  + " kilometres from Pokrovsk."));
    }
  }

  @Nested
  class AgentlessAttribution {
    @Test
    void anAgentlessPassiveHasNoSource() {
      Document doc =
          analyse("It was reported on several channels that the dam had been damaged overnight.");

      assertUnattributedClaim(doc, "the dam had been damaged overnight")
          .hasCue("was reported")
          .hasContent("the dam had been damaged overnight");
      Annotation<Claim> claim = doc.layer(Layers.CLAIMS).getFirst();
      assertThat(claim.value().source().span()).isNull();
    }

    @Test
    void reportedlyIsACueOnItsOwnAndAHedge() {
      Document doc =
          analyse("Ferry services across the Kerch Strait were reportedly resumed by the evening.");

      assertUnattributedClaim(doc, "Ferry services")
          .hasCue("reportedly")
          .hasContent(
              "Ferry services across the Kerch Strait were reportedly resumed by the evening")
          .isHedgedBy("reportedly");
    }
  }

  @Nested
  class Chains {
    @Test
    void citingPutsTheOutletIntoVia() {
      Document doc =
          analyse(
              "The Financial Times reported on Thursday, citing a senior European military"
                  + " official, that planners had drafted options for a reassurance force.");

      assertClaim(doc, "a senior European military official", "reassurance force")
          .hasSource(ANONYMOUS_PERSON)
          .hasSourceMention("a senior European military official")
          .hasCue("citing")
          .hasVia("Financial Times")
          .hasContent("planners had drafted options for a reassurance force");
      // the outlet does not also stand as a claim of its own
      assertThat(doc.layer(Layers.CLAIMS)).hasSize(1);
    }

    @Test
    void theViaSourceKeepsTheCueItPassedTheClaimOnWith() {
      Document doc =
          analyse(
              "The Financial Times reported, citing a senior European military official, that"
                  + " the plan was ready.");

      Source via = doc.layer(Layers.CLAIMS).getFirst().value().via().getFirst();
      assertThat(via.type()).isEqualTo(MEDIA_OUTLET);
      assertThat(doc.text(via.span())).isEqualTo("The Financial Times");
      assertThat(doc.text(via.cue())).isEqualTo("reported");
    }

    @Test
    void accordingToAnOutletCitingAnOfficialIsOneChain() {
      Document doc =
          analyse(
              "According to the Financial Times, citing a senior European military official,"
                  + " special forces from several NATO countries are already in Ukraine.");

      assertClaim(doc, "military official", "special forces")
          .hasSource(ANONYMOUS_PERSON)
          .hasVia("Financial Times");
    }

    @Test
    void aChannelQuotingANewspaperQuotingAnOfficialListsViaInnermostFirst() {
      Document doc =
          analyse(
              "The channel \"Two Majors\", citing Izvestia, which in turn cited a source in the"
                  + " Defence Ministry, writes that reservists in Belgorod will be called up next"
                  + " month.");

      assertClaim(doc, "a source in the Defence Ministry", "reservists")
          .hasSource(ANONYMOUS_PERSON)
          .isLinkedTo("Ministry of Defence of Russia")
          .hasVia("Izvestia", "Two Majors");
    }

    @Test
    void theFlatViewHasOneRelationPerLinkWithTheSameContent() {
      Document doc =
          analyse(
              "Bloomberg reports, citing people familiar with the negotiations, that India has"
                  + " cut purchases of Russian crude.");

      List<AttributionRelation> relations = Analysis.ATTRIBUTION.relations(doc);
      assertThat(relations).hasSize(2);
      assertThat(relations.stream().map(r -> doc.text(r.cue())))
          .containsExactly("reports", "citing");
      assertThat(relations.stream().map(r -> doc.text(r.source())))
          .containsExactly("Bloomberg", "people familiar with the negotiations");
      assertThat(relations.get(0).content()).isEqualTo(relations.get(1).content());
    }

    @Test
    void theDocumentsOwnOutletIsNotAddedToVia() {
      Document doc =
          analyse("Our sources report that the convoy left Kherson at dawn.", "Frontline Dispatch");

      assertClaim(doc, "Our sources", "convoy").hasSource(ANONYMOUS_GROUP).hasNoVia();
    }
  }

  @Nested
  class SourceResolution {
    @Test
    void aPronounResolvesToTheLastPersonMentioned() {
      Document doc =
          analyse(
              "Kremlin spokesman Dmitry Peskov spoke to reporters on a conference call. He said"
                  + " the talks in Istanbul had produced nothing.");

      assertClaim(doc, "He", "Istanbul")
          .hasSourceMention("He")
          .hasCanonical("Dmitry Peskov")
          .hasSource(NAMED_PERSON);
    }

    @Test
    void itResolvesToTheLastOrganisation() {
      Document doc =
          analyse(
              "The International Atomic Energy Agency sent a new team to the plant on Sunday. It"
                  + " said the reactors were in cold shutdown.");

      assertClaim(doc, "It", "cold shutdown").hasCanonical("IAEA").hasSourceMention("It");
    }

    @Test
    void aShortNameTakesTheCanonicalName() {
      Document doc =
          analyse("Dmitry Peskov spoke on Tuesday. Peskov said Moscow had received no proposals.");

      assertClaim(doc, "Peskov", "no proposals")
          .hasSourceMention("Peskov")
          .hasCanonical("Dmitry Peskov")
          .hasSource(NAMED_PERSON);
    }

    @Test
    void aRoleNounTakesTheLastEntityWithThatRole() {
      Document doc =
          analyse(
              "The Russian Defence Ministry published a video of the strike. The ministry said"
                  + " six boats had been destroyed.");

      assertClaim(doc, "The ministry", "six boats")
          .hasSource(OFFICIAL_BODY)
          .hasCanonical("Ministry of Defence of Russia");
    }

    @Test
    void anAppositiveBelongsToTheSource() {
      Document doc =
          analyse(
              "Dmytro Pletenchuk, a spokesman for the navy, said the ship could no longer sail.");

      assertClaim(doc, "Pletenchuk", "no longer sail")
          .hasSourceMention("Dmytro Pletenchuk, a spokesman for the navy")
          .hasSource(NAMED_PERSON);
    }

    @Test
    void sourcesInTheOfficeStayAnonymousButLinkedToIt() {
      Document doc =
          analyse(
              "Our sources in the President's Office report that Zelensky will sign the decree"
                  + " before Friday.");

      assertClaim(doc, "Our sources in the President's Office", "decree")
          .hasSource(ANONYMOUS_GROUP)
          .hasSourceMention("Our sources in the President's Office")
          .isLinkedTo("Office of the President of Ukraine");
    }

    @Test
    void anOnRecordSpokespersonSpeaksForTheBody() {
      Document doc =
          analyse(
              "A spokesperson for the British Ministry of Defence said the government did not"
                  + " comment on operational planning.");

      assertClaim(doc, "spokesperson", "operational planning").hasSource(OFFICIAL_BODY);
    }
  }

  @Nested
  class HedgesAndStatus {
    @Test
    void hedgesLowerTheCertainty() {
      Document doc =
          analyse(
              "A Ukrainian intelligence officer said the missiles could allegedly reach Lviv if"
                  + " they were launched from Belarus. The governor said the shelter was full.");

      assertClaim(doc, "intelligence officer", "missiles").isHedgedBy("could", "allegedly", "if");
      assertThat(
              assertClaim(doc, "intelligence officer", "missiles").annotation().value().certainty())
          .isLessThan(0.5);
      assertClaim(doc, "governor", "shelter").isUnhedged();
    }

    @Test
    void aDenialLinksToTheClaimItDeniesAndIsAClaimItself() {
      Document doc =
          analyse(
              "The Russian Defence Ministry said its forces had destroyed a Ukrainian ammunition"
                  + " depot near Kupiansk. Ukraine's General Staff denied the report.");

      assertClaim(doc, "Defence Ministry", "ammunition depot")
          .hasStatus(DENIED)
          .hasStatusEvidence("denied");
      assertClaim(doc, "General Staff", "the report")
          .hasCue("denied")
          .hasContent("the report")
          .hasStatus(UNKNOWN);
    }

    @Test
    void aSeparatistClaimThatCouldNotBeVerifiedIsUnconfirmed() {
      Document doc =
          analyse(
              "Eduard Basurin, a separatist officer in Donetsk, said Ukrainian troops had shelled"
                  + " Horlivka overnight. The claim could not be independently verified. Basurin"
                  + " gave no figures for casualties.");

      assertClaim(doc, "Basurin", "Horlivka")
          .hasStatus(UNCONFIRMED)
          .hasStatusEvidence("could not be independently verified");
    }

    @Test
    void aConfirmationAboutTheSameEventConfirmsTheClaim() {
      Document doc =
          analyse(
              "Residents of Bila Tserkva wrote that there were explosions near the power"
                  + " substation overnight. The city administration confirmed a hit on the power"
                  + " substation.");

      assertClaim(doc, "Residents", "explosions")
          .hasStatus(org.claimlens.model.ClaimStatus.CONFIRMED)
          .hasStatusEvidence("confirmed");
    }

    @Test
    void aClaimNobodyCommentsOnStaysUnknown() {
      Document doc = analyse("The mayor said the water supply would be restored by Sunday.");

      assertClaim(doc, "The mayor", "water supply").hasStatus(UNKNOWN);
    }
  }

  /** The two war-news items the annotator was built for. */
  @Nested
  class WarNews {
    @Test
    void aBlogRepostOfANewspaperCitingAnOfficial() {
      Document doc =
          analyse(
              "REPOST | via the Eastern Flank blog\n\n"
                  + "The Financial Times reported on Tuesday, citing a senior European military"
                  + " official, that special forces from several NATO countries are already"
                  + " operating inside Ukraine. The official said the teams help maintain"
                  + " Western air defence systems.\n\n"
                  + "Kremlin spokesman Dmitry Peskov warned that such a presence would inevitably"
                  + " lead to a direct clash between Russia and NATO.\n\n"
                  + "Nothing was officially confirmed.");

      assertClaim(doc, "a senior European military official", "special forces")
          .hasSource(ANONYMOUS_PERSON)
          .hasVia("Financial Times")
          .hasStatus(UNCONFIRMED)
          .hasStatusEvidence("Nothing was officially confirmed");
      assertClaim(doc, "Peskov", "inevitably lead to")
          .hasSource(NAMED_PERSON)
          .hasCanonical("Dmitry Peskov")
          .hasCue("warned")
          .hasNoVia()
          .isHedgedBy("would");
    }

    @Test
    void aChannelPostCitingSourcesInThePresidentsOffice() {
      Document doc =
          analyse(
              "RESHUFFLE IN KYIV. Our sources in the President's Office report that two deputy"
                  + " defence ministers will be dismissed before Friday. Officials have not yet"
                  + " provided confirmation.");

      assertClaim(doc, "Our sources in the President's Office", "deputy defence ministers")
          .hasSource(ANONYMOUS_GROUP)
          .isLinkedTo("Office of the President of Ukraine")
          .hasStatus(UNCONFIRMED)
          .hasStatusEvidence("have not yet provided confirmation");
    }
  }

  @Nested
  class Contract {
    @Test
    void claimsComeInTextOrderOfTheirContentWithProvenance() {
      Document doc =
          analyse(
              "\"The city lives,\" the mayor said. Officials in Kharkiv said two schools reopened."
                  + " According to the governor, the shelling stopped at dawn.");

      List<Annotation<Claim>> claims = doc.layer(Layers.CLAIMS);
      assertThat(claims).hasSizeGreaterThanOrEqualTo(3);
      assertThat(claims).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
      for (Annotation<Claim> c : claims) {
        assertThat(c.provenance().annotator()).isEqualTo("attribution");
        assertThat(c.provenance().model()).isEqualTo("rules");
        assertThat(c.score()).isBetween(0.0, 1.0);
        Span cue = c.value().cue();
        assertThat(cue).isNotNull();
        assertThat(c.span().overlaps(cue) && !c.span().contains(cue)).isFalse();
      }
    }

    @Test
    void russianAndUkrainianTextGetABestEffortLayerAndNeverFail() {
      Document ru = analyse("Песков заявил, что переговоры с Киевом сейчас невозможны.");
      Document uk = analyse("Джерела повідомляють, що обмін полоненими відбудеться в понеділок.");

      assertThat(ru.has(Layers.CLAIMS)).isTrue();
      assertThat(uk.has(Layers.CLAIMS)).isTrue();
      assertThat(ru.layer(Layers.CLAIMS))
          .anySatisfy(c -> assertThat(ru.text(c.value().cue())).isEqualTo("заявил"));
      for (Document d : List.of(ru, uk)) {
        for (Annotation<Claim> c : d.layer(Layers.CLAIMS)) {
          assertThat(c.end()).isLessThanOrEqualTo(d.text().length());
        }
      }
    }

    @Test
    void emptyAndOddInputsGiveAnEmptyLayer() {
      for (String text : List.of("", "   ", "🔥🔥🔥", "\"\"\"", "'", "said said said", "«»")) {
        assertThatCode(() -> analyse(text)).as("input %s", text).doesNotThrowAnyException();
      }
      assertNoClaims(analyse("🔥🔥🔥"));
    }
  }
}
