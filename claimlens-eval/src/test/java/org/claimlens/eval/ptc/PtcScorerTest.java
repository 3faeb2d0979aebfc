package org.claimlens.eval.ptc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.claimlens.eval.Prf;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;

class PtcScorerTest {

  static final Offset<Double> EPS = within(1e-9);

  static TechniqueSpan label(String technique, int start, int end) {
    return new TechniqueSpan("1", technique, Span.of(start, end));
  }

  static final List<TechniqueSpan> GOLD =
      List.of(
          label("Loaded_Language", 0, 10),
          label("Doubt", 20, 30),
          label("Slogans", 25, 35)); // overlaps Doubt: one span [20, 35) for SI

  @Test
  void spanIdentificationGivesPartialCreditOnAHandComputedExample() {
    List<TechniqueSpan> predicted =
        List.of(label("Loaded_Language", 5, 15), label("Doubt", 30, 40));

    Prf si = PtcScorer.spanIdentification(GOLD, predicted);

    // Gold merged: [0,10) and [20,35). [5,15) shares 5 with [0,10): 5/10 for P, 5/10 for R.
    // [30,40) shares 5 with [20,35): 5/10 for P, 5/15 for R.
    assertThat(si.precision()).isCloseTo((0.5 + 0.5) / 2, EPS);
    assertThat(si.recall()).isCloseTo((0.5 + 1.0 / 3) / 2, EPS);
    assertThat(si.f1()).isCloseTo(5.0 / 11, EPS);
  }

  @Test
  void labelledSpansCountOnlyPairsWithTheSameTechnique() {
    List<TechniqueSpan> predicted =
        List.of(label("Loaded_Language", 5, 15), label("Doubt", 30, 40));

    Prf labelled = PtcScorer.labelledSpans(GOLD, predicted);

    // Only Loaded_Language [5,15) vs [0,10) counts (Doubt [30,40) misses gold Doubt [20,30)):
    // P = 0.5 / 2 predicted, R = 0.5 / 3 gold.
    assertThat(labelled.precision()).isCloseTo(0.25, EPS);
    assertThat(labelled.recall()).isCloseTo(1.0 / 6, EPS);
    assertThat(labelled.f1()).isCloseTo(0.2, EPS);
  }

  @Test
  void techniqueClassificationOnGoldSpansIsAccuracy() {
    List<TechniqueSpan> predicted =
        List.of(
            label("Loaded_Language", 0, 10), label("Slogans", 20, 30), label("Slogans", 25, 35));

    Prf tc = PtcScorer.techniqueClassification(GOLD, predicted);

    assertThat(tc.precision()).isCloseTo(2.0 / 3, EPS);
    assertThat(tc.recall()).isCloseTo(2.0 / 3, EPS);
    assertThat(tc.f1()).isCloseTo(2.0 / 3, EPS);
  }

  @Test
  void aSpanWithTwoGoldTechniquesNeedsBothPredicted() {
    List<TechniqueSpan> gold = List.of(label("Loaded_Language", 0, 10), label("Doubt", 0, 10));

    Prf tc = PtcScorer.techniqueClassification(gold, List.of(label("Doubt", 0, 10)));

    assertThat(tc).isEqualTo(Prf.of(1, 0.5));
  }

  @Test
  void goldInAnArticleWithoutPredictionsLowersRecall() {
    List<TechniqueSpan> gold =
        List.of(label("Doubt", 0, 10), new TechniqueSpan("2", "Doubt", Span.of(0, 10)));

    Prf si = PtcScorer.spanIdentification(gold, List.of(label("Doubt", 0, 10)));

    assertThat(si).isEqualTo(Prf.of(1, 0.5));
  }

  @Test
  void neitherGoldNorPredictionsScoresOneAsTheOfficialScorerDoes() {
    assertThat(PtcScorer.spanIdentification(List.of(), List.of()).f1()).isEqualTo(1.0);
    assertThat(PtcScorer.spanIdentification(GOLD, List.of()).f1()).isZero();
  }

  @Test
  void touchingSpansAreNotMerged() {
    assertThat(PtcScorer.merge(List.of(Span.of(5, 10), Span.of(0, 5), Span.of(8, 12))))
        .containsExactly(Span.of(0, 5), Span.of(5, 12));
  }

  @Test
  void scoreBundlesAllMetricsIntoOneLine() {
    PtcScores s = PtcScorer.score(GOLD, List.of(label("Loaded_Language", 5, 15)));

    assertThat(s.labelledByTechnique()).containsOnlyKeys("Doubt", "Loaded_Language", "Slogans");
    assertThat(s.keyValueLine())
        .startsWith("si_p=0.500 si_r=0.250 si_f1=0.333 tc_p=0.000")
        .endsWith(" gold=3 predicted=1");
    assertThat(s.report()).contains("Loaded_Language");
  }
}
