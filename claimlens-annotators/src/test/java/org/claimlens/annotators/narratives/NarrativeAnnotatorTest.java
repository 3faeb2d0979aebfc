package org.claimlens.annotators.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimlens.annotators.narratives.NarrativeAssert.FEARS;
import static org.claimlens.annotators.narratives.NarrativeAssert.NATO_INTERVENES;
import static org.claimlens.annotators.narratives.NarrativeAssert.assertNarratives;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Embedding;
import org.claimlens.model.Layers;
import org.claimlens.model.Narrative;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NarrativeAnnotatorTest {

  @Test
  void blogRepostOfAnonymousOfficialOnWesternSpecialForcesAmplifiesFearOfNatoIntervention() {
    Document doc =
        Analysis.analyse(
            """
            REPOSTED: European officer says Western commandos are already inside Ukraine

            We are reposting this report because the big networks ignored it. A leading European \
            newspaper reported this week, citing a senior European military official, that \
            special forces from several Western countries are already operating inside Ukraine. \
            The official said small teams from NATO member states are helping Ukrainian units \
            pick targets and guard Western equipment near the front.

            Moscow answered within hours. The Kremlin warned that NATO soldiers in Ukraine would \
            mean a direct confrontation between Russia and the alliance, and said such personnel \
            would be treated as legitimate targets.

            Nothing was officially confirmed. The ministries concerned declined to comment. Draw \
            your own conclusions: first advisers, then instructors, now special forces. How long \
            before NATO is openly at war?
            """);

    assertNarratives(doc).has(FEARS).withSubnarrative(NATO_INTERVENES);
  }

  @Test
  void channelPostCitingSourcesInThePresidentsOfficeAmplifiesFearOfNatoIntervention() {
    Document doc =
        Analysis.analyse(
            """
            Our sources in the President's Office report that Bankova is pressing two Western \
            capitals to station their troops at the power plants of central Ukraine. According \
            to our interlocutors, the request was made at a closed meeting chaired by Yermak last \
            week, and the allies did not say no.

            The Office expects that once Western soldiers are deployed in Ukraine, NATO will have \
            to answer any Russian strike on them directly. "They want the alliance in the war, \
            and this is the way in," one source told us.

            The Office of the President did not respond to our request for comment. Officials \
            have not yet provided confirmation.
            """);

    assertNarratives(doc).has(FEARS).withSubnarrative(NATO_INTERVENES);
  }

  @Test
  void repostOfTheFtSpecialForcesReportAmplifiesFearOfNatoIntervention() throws IOException {
    String html =
        Files.readString(Analysis.ROOT.resolve("examples/articles/repost-ft-special-forces.html"));

    Document doc = Analysis.analyse("repost-ft-special-forces.html", Analysis.articleText(html));

    assertNarratives(doc).has(FEARS).withSubnarrative(NATO_INTERVENES);
  }

  @Test
  void channelPostOfThePresidentsOfficePatternOnForeignTroopsAmplifiesFearOfNatoIntervention() {
    // written after the model was trained and never tuned on
    Document doc = Analysis.analyseFile("examples/articles/channel-op-sources-foreign-troops.txt");

    assertNarratives(doc).has(FEARS).withSubnarrative(NATO_INTERVENES);
  }

  @Test
  void sameChannelPatternAboutACabinetReshuffleIsOther() {
    // The sourcing pattern alone (anonymous insiders, "not yet confirmed") is no narrative.
    Document doc = Analysis.analyseFile("examples/articles/channel-bankova-sources.txt");

    assertNarratives(doc).isOther();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CL_URW_0001", "CL_URW_0045", "CL_URW_0002", "CL_URW_0046"})
  void heldOutItemsOfBothPatternsAmplifyFearOfNatoIntervention(String id) {
    Document doc = Analysis.analyseFile("data/narratives/dev/raw-documents/" + id + ".txt");

    assertNarratives(doc).has(FEARS).withSubnarrative(NATO_INTERVENES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CL_NEG_0004", "CL_NEG_0001"})
  void heldOutFactCheckAndChannelAnalysisAreOther(String id) {
    assertNarratives(Analysis.analyseFile("data/narratives/dev/raw-documents/" + id + ".txt"))
        .isOther();
  }

  @Test
  void factCheckOfNatoTroopsClaimIsOther() {
    Document doc =
        Analysis.analyse(
            """
            Fact check: no evidence that NATO combat brigades are fighting in Ukraine

            Posts shared thousands of times on social media this week claim that NATO has \
            secretly sent combat brigades to fight in Ukraine, and that the alliance is now a \
            party to the war. The claim is false.

            The photos in the posts show a German-Dutch exercise in Lithuania in 2022, according \
            to a reverse image search. The uniforms and vehicles match that exercise, and the \
            original pictures were published by the German army at the time.

            NATO and the governments of Germany and the Netherlands told us that none of their \
            troops are deployed in Ukraine. Independent monitors who track unit movements found \
            no sign of such a deployment. Some Western countries do keep small teams at their \
            embassies in Kyiv, which is publicly known.

            Verdict: false. The pictures are old and show an exercise in another country.
            """);

    assertNarratives(doc).isOther();
  }

  @Test
  void neutralReportOnNatoAirDefenceMeetingIsOther() {
    Document doc =
        Analysis.analyse(
            """
            NATO ministers agree to speed up air defence deliveries to Ukraine

            BRUSSELS, Oct 12 (Wire) - NATO defence ministers agreed on Thursday to speed up \
            deliveries of air defence systems to Ukraine before winter, the alliance's secretary \
            general told reporters after a two-day meeting in Brussels.

            Germany said it would deliver a further IRIS-T battery by December, and the \
            Netherlands pledged additional Patriot missiles. Ministers also discussed ammunition \
            production, which several allies said was still too slow.

            Ukraine's defence minister, who attended part of the meeting, thanked the allies and \
            said Russian attacks on energy infrastructure had increased in recent weeks. Russia's \
            foreign ministry said the deliveries would prolong the conflict.

            The ministers will meet again in February.
            """);

    assertNarratives(doc).isOther();
  }

  @Test
  void neutralReportOnPrisonerExchangeIsOther() {
    Document doc =
        Analysis.analyse(
            """
            Russia and Ukraine swap 190 prisoners in UAE-brokered exchange

            Russia and Ukraine exchanged 95 and 95 prisoners of war on Wednesday in a deal \
            brokered by the United Arab Emirates, both sides said. It was the largest exchange \
            since the summer.

            Ukraine's coordination headquarters said the released Ukrainians included soldiers \
            captured in Mariupol and on Snake Island. Russia's defence ministry said its \
            servicemen had been flown to Moscow for medical checks.

            The UAE foreign ministry said it would continue to mediate between the two countries. \
            Officials on both sides said talks on further exchanges were continuing, but gave no \
            date.
            """);

    assertNarratives(doc).isOther();
  }

  @Test
  void labelsKeepTheHierarchyAndCiteSentencesOfTheText() throws IOException {
    List<Path> files;
    try (var list = Files.list(Analysis.ROOT.resolve("data/narratives/dev/raw-documents"))) {
      files = list.sorted().toList();
    }
    int labelled = 0;
    for (int i = 0; i < files.size(); i += 3) {
      Path f = files.get(i);
      Document doc = Analysis.analyse(f.getFileName().toString(), Files.readString(f));
      List<Annotation<Narrative>> narratives = doc.layer(Layers.NARRATIVES);
      labelled += narratives.isEmpty() ? 0 : 1;
      Set<Span> sentences =
          doc.layer(Layers.SENTENCES).stream().map(Annotation::span).collect(Collectors.toSet());
      Set<String> domains =
          narratives.stream()
              .map(a -> LabelSpace.domain(a.value().label()))
              .collect(Collectors.toSet());
      assertThat(domains).as("domains of " + doc.id()).hasSizeLessThanOrEqualTo(1);
      for (Annotation<Narrative> a : narratives) {
        Narrative n = a.value();
        assertThat(a.span()).isEqualTo(Span.of(0, doc.text().length()));
        assertThat(a.score()).isBetween(0.0, 1.0);
        assertThat(n.subnarratives()).as("subnarratives of " + n.label()).isNotEmpty();
        for (Narrative.Subnarrative s : n.subnarratives()) {
          assertThat(s.label()).startsWith(n.label() + ": ");
          assertThat(s.score()).isBetween(0.0, 1.0);
          if (s.label().endsWith(": Other")) {
            assertThat(n.subnarratives()).as("a fallback stands alone").hasSize(1);
          }
          assertThat(sentences).containsAll(s.evidence());
        }
        assertThat(n.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(NarrativeAnnotator.EVIDENCE);
        assertThat(sentences).containsAll(n.evidence());
      }
    }
    assertThat(labelled).as("documents with a narrative").isGreaterThan(10);
  }

  @Test
  void evidenceOfTheChannelPatternIsItsNatoSentence() {
    Document doc = Analysis.analyseFile("data/narratives/dev/raw-documents/CL_URW_0046.txt");
    Narrative fears =
        doc.layer(Layers.NARRATIVES).stream()
            .map(Annotation::value)
            .filter(n -> n.label().equals(FEARS))
            .findFirst()
            .orElseThrow();

    assertThat(fears.evidence().stream().map(doc::text).toList())
        .anySatisfy(sentence -> assertThat(sentence).contains("NATO"));
  }

  @Test
  void otherLanguagesAreNotLabelled() {
    Document doc =
        Analysis.analyse(
            "Наши источники в Офисе президента сообщают, что Банкова просит две столицы НАТО"
                + " направить военных инструкторов на фронт. Официального подтверждения пока"
                + " нет. Источники говорят, что Запад не отказал.");

    assertThat(doc.find(Layers.LANGUAGE).orElseThrow().value().code()).isEqualTo("ru");
    assertNarratives(doc).isOther();
  }

  @Test
  void vectorsOfAnotherEncoderAreRefused() {
    Document doc = Analysis.prepare("a.txt", "NATO will have to enter the war. Nobody denied it.");
    List<Annotation<Embedding>> foreign =
        doc.layer(Layers.SENTENCE_EMBEDDINGS).stream()
            .map(
                a ->
                    new Annotation<>(
                        a.span(),
                        new Embedding(a.value().vector(), "some-other-encoder"),
                        1.0,
                        Provenances.of("embedding", "some-other-encoder", "")))
            .toList();

    assertThatThrownBy(
            () -> Analysis.NARRATIVES.annotate(doc.with(Layers.SENTENCE_EMBEDDINGS, foreign)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("some-other-encoder")
        .hasMessageContaining(Analysis.NARRATIVES.encoder());
  }

  @Test
  void declaresItsLayers() {
    assertThat(Analysis.NARRATIVES.name()).isEqualTo("narratives");
    assertThat(Analysis.NARRATIVES.requires())
        .containsExactlyInAnyOrder(
            Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS, Layers.SENTENCE_EMBEDDINGS);
    assertThat(Analysis.NARRATIVES.provides()).containsExactly(Layers.NARRATIVES);
  }

  @Test
  void missingModelFolderIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> NarrativeAnnotator.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.resolve("narratives").toString());
  }

  @Test
  void missingModelFileIsNamedWithItsFolder(@TempDir Path dir) throws IOException {
    Path model = Files.createDirectories(dir.resolve("narratives"));
    Files.writeString(model.resolve(NarrativeModel.PROPERTIES), "format=1\n");
    Files.writeString(model.resolve(NarrativeModel.LABELS), "narrative\tURW: Praise of Russia\n");

    assertThatThrownBy(() -> NarrativeAnnotator.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(model.toString())
        .hasMessageContaining(NarrativeModel.WEIGHTS);
  }
}
