package org.claimlens.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class NarrativeScorerTest {

  static final Offset<Double> EPS = within(1e-9);

  static NarrativeLabels doc(String id, List<String> coarse, List<String> fine) {
    return new NarrativeLabels(id, coarse, fine);
  }

  static final List<NarrativeLabels> GOLD =
      List.of(
          doc("a.txt", List.of("N1", "N2"), List.of("N1: x", "N2: y")),
          doc("b.txt", List.of("Other"), List.of("Other")),
          doc("c.txt", List.of("N3"), List.of("N3: z")));

  @Test
  void sampleAveragedF1AndPopulationStdOnAHandComputedExample() {
    List<NarrativeLabels> predicted =
        List.of(
            doc("a.txt", List.of("N1"), List.of("N1: x", "N1: w")),
            doc("b.txt", List.of("Other"), List.of("Other")),
            doc("c.txt", List.of("N1"), List.of("N1: Other")));

    NarrativeScores s = NarrativeScorer.score(GOLD, predicted);

    // Coarse per document: a 2*1/(2+1) = 2/3, b 1, c 0; mean 5/9.
    assertThat(s.coarseF1()).isCloseTo(5.0 / 9, EPS);
    // Deviations 1/9, 4/9, -5/9: variance (1 + 16 + 25) / 81 / 3.
    assertThat(s.coarseStd()).isCloseTo(Math.sqrt(42.0 / 243), EPS);
    // Fine per document: a 2*1/(2+2) = 0.5, b 1, c 0; mean 0.5, std sqrt(0.5/3).
    assertThat(s.fineF1()).isCloseTo(0.5, EPS);
    assertThat(s.fineStd()).isCloseTo(Math.sqrt(0.5 / 3), EPS);
    assertThat(s.keyValueLine())
        .isEqualTo(
            "f1_coarse=0.556 f1_coarse_std=0.416 f1_fine=0.500 f1_fine_std=0.408 docs=3"
                + " missing=0");
    assertThat(s.report()).contains("F1@coarse: 0.556 (0.416)");
  }

  @Test
  void aMissingPredictionScoresZeroAndIsCounted() {
    NarrativeScores s =
        NarrativeScorer.score(GOLD, List.of(GOLD.get(1), doc("zz.txt", List.of(), List.of())));

    assertThat(s.coarseF1()).isCloseTo(1.0 / 3, EPS);
    assertThat(s.missing()).isEqualTo(2);
    assertThat(s.unknown()).isEqualTo(1);
  }

  @Test
  void withATaxonomyLabelsOutsideItAreDroppedLikeTheOfficialScorerDoes() {
    NarrativeTaxonomy taxonomy = NarrativeTaxonomy.semeval2025();
    List<NarrativeLabels> gold = List.of(doc("b.txt", List.of("Other"), List.of("Other")));
    List<NarrativeLabels> predicted =
        List.of(doc("b.txt", List.of("Other", "Made-up narrative"), List.of("Other")));

    assertThat(NarrativeScorer.score(gold, predicted).coarseF1()).isCloseTo(2.0 / 3, EPS);
    assertThat(NarrativeScorer.score(gold, predicted, taxonomy).coarseF1()).isEqualTo(1.0);
  }

  @Test
  void twoEmptySetsShareNothingAndScoreZero() {
    assertThat(NarrativeScorer.f1(java.util.Set.of(), java.util.Set.of())).isZero();
  }

  @Test
  void anEmptyPredictionIsOtherAsTheFileFormatWritesIt() {
    List<NarrativeLabels> gold = List.of(doc("n.txt", List.of("Other"), List.of("Other")));
    List<NarrativeLabels> predicted = List.of(doc("n.txt", List.of(), List.of()));

    NarrativeScores s = NarrativeScorer.score(gold, predicted, NarrativeTaxonomy.semeval2025());

    assertThat(s.coarseF1()).isEqualTo(1.0);
    assertThat(s.fineF1()).isEqualTo(1.0);
  }
}
