package org.claimlens.eval.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.claimlens.eval.brat.BratFixtures.at;
import static org.claimlens.eval.brat.BratFixtures.span;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.claimlens.eval.Prf;
import org.claimlens.model.Document;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionScorerTest {

  static final Offset<Double> EPS = within(1e-9);

  static final String TEXT =
      "Peskov said the talks had stalled. Officials believe the plan failed.";

  static GoldAttribution rel(String source, String cue, String content) {
    return new GoldAttribution(
        source == null ? null : span(TEXT, source),
        cue == null ? null : span(TEXT, cue),
        span(TEXT, content));
  }

  static final BratDocument GOLD =
      new BratDocument(
          "d1",
          TEXT,
          List.of(
              rel("Peskov", "said", "the talks had stalled"),
              rel("Officials", "believe", "the plan failed")));

  @Test
  void exactAndTokenOverlapScoresOnAHandComputedCase() {
    List<GoldAttribution> predicted =
        List.of(
            rel("Peskov", "said", "talks had stalled"), // content misses "the"
            rel("the plan", "believe", "the plan failed")); // wrong source

    AttributionScores s = AttributionScorer.score(List.of(GOLD), Map.of("d1", predicted));

    // Sources: {Peskov, Officials} vs {Peskov, the plan}: one exact match of two.
    assertThat(s.source()).isEqualTo(Prf.of(0.5, 0.5));
    assertThat(s.cue()).isEqualTo(Prf.of(1, 1));
    assertThat(s.content()).isEqualTo(Prf.of(0.5, 0.5));
    // Overlap: "the plan" shares no token with any gold source.
    assertThat(s.sourceOverlap()).isEqualTo(Prf.of(0.5, 0.5));
    // Every predicted content token is gold: P = 1. Recall: 3/4 of "the talks had stalled", 1.
    assertThat(s.contentOverlap().precision()).isCloseTo(1.0, EPS);
    assertThat(s.contentOverlap().recall()).isCloseTo(0.875, EPS);
    assertThat(s.contentOverlap().f1()).isCloseTo(2 * 0.875 / 1.875, EPS);
    // Only "said" is a speech cue; its source is found, and the one speech prediction is right.
    assertThat(s.sourceRecallSpeech()).isEqualTo(1.0);
    assertThat(s.sourceSpeech().precision()).isEqualTo(1.0);
    assertThat(s.sourceRecallByCueKind().get(CueKind.SPEECH))
        .isEqualTo(new AttributionScores.KindRecall(1, 1));
    assertThat(s.sourceRecallByCueKind().get(CueKind.OTHER))
        .isEqualTo(new AttributionScores.KindRecall(1, 0));
    assertThat(s.keyValueLine())
        .startsWith("source_p=0.500 source_r=0.500 source_f1=0.500 cue_p=1.000 ")
        .contains(" content_overlap_p=1.000 content_overlap_r=0.875 content_overlap_f1=0.933 ")
        .contains(" source_recall_speech=1.000 ")
        .endsWith(" docs=1 gold=2 predicted=2");
    assertThat(s.report()).contains("source").contains("0.933").contains("(1 of 1)");
  }

  @Test
  void aSourceSharedByTwoRelationsMustBePredictedTwice() {
    String text = "Peskov said talks had stalled and added that no date was set.";
    BratSpan peskov = span(text, "Peskov");
    BratDocument gold =
        new BratDocument(
            "d",
            text,
            List.of(
                new GoldAttribution(peskov, span(text, "said"), span(text, "talks had stalled")),
                new GoldAttribution(peskov, span(text, "added"), span(text, "no date was set"))));
    List<GoldAttribution> predicted =
        List.of(new GoldAttribution(peskov, span(text, "said"), span(text, "talks had stalled")));

    AttributionScores s = AttributionScorer.score(List.of(gold), Map.of("d", predicted));

    assertThat(s.source()).isEqualTo(Prf.of(1, 0.5));
    assertThat(s.sourceRecallSpeech()).isEqualTo(0.5);
  }

  @Test
  void aDiscontinuousGoldSpanMatchesExactlyOnlyAsAWholeButOverlapsByTheUnionOfItsTokens() {
    // Gold content: "talks had stalled" + "in Geneva", around the cue.
    String text = "Talks had stalled, Peskov said, in Geneva.";
    Span talks = at(text, "Talks had stalled");
    Span geneva = at(text, "in Geneva");
    BratDocument gold =
        new BratDocument(
            "d",
            text,
            List.of(
                new GoldAttribution(
                    span(text, "Peskov"),
                    span(text, "said"),
                    new BratSpan(List.of(talks, geneva)))));
    List<GoldAttribution> predicted =
        List.of(new GoldAttribution(span(text, "Peskov"), span(text, "said"), BratSpan.of(talks)));

    AttributionScores s = AttributionScorer.score(List.of(gold), Map.of("d", predicted));

    assertThat(s.content()).isEqualTo(Prf.ZERO);
    // Predicted tokens {Talks, had, stalled} all gold; 3 of the 5 gold tokens found.
    assertThat(s.contentOverlap().precision()).isCloseTo(1.0, EPS);
    assertThat(s.contentOverlap().recall()).isCloseTo(0.6, EPS);
    assertThat(s.source()).isEqualTo(Prf.of(1, 1));
  }

  @Test
  void aGoldDocumentWithoutPredictionsLowersRecallAndUnknownPredictedDocumentsAreCounted() {
    AttributionScores s =
        AttributionScorer.score(
            List.of(GOLD), Map.of("elsewhere", List.of(rel("Peskov", "said", "the plan failed"))));

    assertThat(s.source()).isEqualTo(Prf.ZERO);
    assertThat(s.predicted()).isZero();
    assertThat(s.unknownDocs()).isEqualTo(1);
    assertThat(s.report()).contains("1 predicted documents have no gold");
  }

  @Test
  void agentlessRelationsAddNothingToSourceCounts() {
    BratDocument gold =
        new BratDocument("d", TEXT, List.of(rel(null, "believe", "the plan failed")));

    AttributionScores s =
        AttributionScorer.score(
            List.of(gold), Map.of("d", List.of(rel(null, "believe", "the plan failed"))));

    assertThat(s.source()).isEqualTo(Prf.ZERO); // nothing to find, nothing predicted
    assertThat(s.cue()).isEqualTo(Prf.of(1, 1));
    assertThat(s.sourceRecallByCueKind().get(CueKind.OTHER).gold()).isZero();
  }

  @Test
  void aPredictedSpanPastTheTextIsRejectedNamingTheDocument() {
    GoldAttribution runaway = new GoldAttribution(null, null, BratSpan.of(0, TEXT.length() + 5));

    assertThatThrownBy(() -> AttributionScorer.score(List.of(GOLD), Map.of("d1", List.of(runaway))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("document d1");
  }

  @Test
  void fromDocumentTurnsViaSourcesIntoTheirOwnRelationsAndUnattributedIntoAgentless() {
    Document doc = BratAttributionWriterTest.chainDocument();
    String text = doc.text();

    List<GoldAttribution> relations = AttributionScorer.fromDocument(doc);

    assertThat(relations)
        .extracting(r -> r.source() == null ? "-" : r.source().text(text))
        .containsExactly(
            "a senior European military official",
            "The Financial Times",
            "Peskov",
            "-",
            "Zelensky");
    assertThat(relations.get(1).content()).isEqualTo(relations.get(0).content());
    assertThat(relations.get(3).cue()).isEqualTo(span(text, "reportedly"));
    assertThat(relations.get(4).cue()).isNull();
  }

  @Test
  void predictionsFromClaimsScorePerfectlyAgainstTheirOwnBratFile() {
    Claims c = Claims.in(TEXT);
    Document doc =
        c.document(
            "d1",
            c.claim("the talks had stalled", c.named("Peskov", SourceType.NAMED_PERSON), "said"),
            c.claim(
                "the plan failed", c.named("Officials", SourceType.ANONYMOUS_GROUP), "believe"));

    AttributionScores s =
        AttributionScorer.score(List.of(GOLD), Map.of("d1", AttributionScorer.fromDocument(doc)));

    assertThat(List.of(s.source(), s.cue(), s.content(), s.contentOverlap()))
        .containsOnly(Prf.of(1, 1));
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "said, SPEECH",
    "has repeatedly said, SPEECH",
    "told, SPEECH",
    "was quoted as saying, SPEECH",
    "Denied, SPEECH",
    "According to, ACCORDING_TO",
    "according  to, ACCORDING_TO",
    "believes, OTHER",
    "show, OTHER",
    "reportedly, OTHER",
  })
  void cueKindsComeFromTheCueText(String cue, CueKind kind) {
    assertThat(CueKind.of(cue)).isEqualTo(kind);
  }

  @Test
  void noCueIsItsOwnKind() {
    assertThat(CueKind.of(null)).isEqualTo(CueKind.NONE);
  }
}
