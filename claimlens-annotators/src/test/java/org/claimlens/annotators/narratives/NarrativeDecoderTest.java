package org.claimlens.annotators.narratives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimlens.eval.semeval.NarrativeLabels;
import org.claimlens.eval.semeval.NarrativeTaxonomy;
import org.junit.jupiter.api.Test;

class NarrativeDecoderTest {
  private static final LabelSpace LABELS =
      LabelSpace.of(
          NarrativeTaxonomy.parse(
              """
              URW: Amplifying war-related fears
                  URW: Amplifying war-related fears: NATO should/will directly intervene
                  URW: Amplifying war-related fears: By continuing the war we risk WWIII
                  URW: Amplifying war-related fears: Other
              URW: Praise of Russia
                  URW: Praise of Russia: Praise of Russian military might
                  URW: Praise of Russia: Other
              CC: Climate change is beneficial
                  CC: Climate change is beneficial: CO2 is beneficial
              """,
              "test-taxonomy.txt"));
  private static final Thresholds THRESHOLDS = new Thresholds(0.5, 0.2, 0.5, 0.3, 3, 2);

  /** Probabilities in output order: 3 narratives, 4 specific subnarratives, then the gate. */
  private static NarrativeLabels decode(double... p) {
    return NarrativeTrainer.labelsOf("doc.txt", p, LABELS, THRESHOLDS);
  }

  @Test
  void outputsAreNarrativesThenSpecificSubnarratives() {
    assertThat(LABELS.narratives())
        .containsExactly(
            "URW: Amplifying war-related fears",
            "URW: Praise of Russia",
            "CC: Climate change is beneficial");
    assertThat(LABELS.subnarratives()).hasSize(4).noneMatch(s -> s.endsWith(": Other"));
  }

  @Test
  void closedGateMeansOther() {
    NarrativeLabels l = decode(0.9, 0.1, 0.0, 0.9, 0.1, 0.0, 0.0, 0.4);
    assertThat(l.narratives()).containsExactly("Other");
    assertThat(l.subnarratives()).containsExactly("Other");
  }

  @Test
  void improbableBestNarrativeMeansOtherEvenWithAnOpenGate() {
    NarrativeLabels l = decode(0.15, 0.1, 0.0, 0.1, 0.1, 0.0, 0.0, 0.9);
    assertThat(l.narratives()).containsExactly("Other");
  }

  @Test
  void subnarrativesAreChosenInsideTheNarrativeOnly() {
    // Praise of Russia's subnarrative is probable, but Praise of Russia is not chosen.
    NarrativeLabels l = decode(0.9, 0.1, 0.0, 0.8, 0.1, 0.9, 0.0, 0.9);
    assertThat(l.narratives()).containsExactly("URW: Amplifying war-related fears");
    assertThat(l.subnarratives())
        .containsExactly("URW: Amplifying war-related fears: NATO should/will directly intervene");
  }

  @Test
  void narrativeWithoutAFittingSubnarrativeFallsBackToItsOther() {
    NarrativeLabels l = decode(0.9, 0.6, 0.0, 0.1, 0.05, 0.1, 0.0, 0.9);
    assertThat(l.narratives())
        .containsExactly("URW: Amplifying war-related fears", "URW: Praise of Russia");
    assertThat(l.subnarratives())
        .containsExactly(
            "URW: Amplifying war-related fears: Other", "URW: Praise of Russia: Other");
  }

  @Test
  void subnarrativesAreJudgedGivenTheirNarrative() {
    // 0.2 alone is below the 0.3 threshold, but given a narrative at 0.5 it is 0.4.
    NarrativeLabels l = decode(0.5, 0.0, 0.0, 0.2, 0.01, 0.0, 0.0, 0.9);
    assertThat(l.subnarratives())
        .containsExactly("URW: Amplifying war-related fears: NATO should/will directly intervene");
  }

  @Test
  void narrativeWithoutOtherInTheTaxonomyTakesItsBestSubnarrative() {
    NarrativeLabels l = decode(0.0, 0.0, 0.9, 0.0, 0.0, 0.0, 0.1, 0.9);
    assertThat(l.narratives()).containsExactly("CC: Climate change is beneficial");
    assertThat(l.subnarratives())
        .containsExactly("CC: Climate change is beneficial: CO2 is beneficial");
  }

  @Test
  void allNarrativesComeFromTheBestOnesDomain() {
    NarrativeLabels l = decode(0.9, 0.0, 0.8, 0.9, 0.0, 0.0, 0.9, 0.9);
    assertThat(l.narratives()).containsExactly("URW: Amplifying war-related fears");
  }

  @Test
  void labelSpaceSurvivesItsFile() {
    LabelSpace read = LabelSpace.parse(LABELS.toTsv().lines().toList(), "labels.tsv");
    assertThat(read.toTsv()).isEqualTo(LABELS.toTsv());
    assertThat(read.fallback(0)).isEqualTo("URW: Amplifying war-related fears: Other");
    assertThat(read.fallback(2)).isNull();
    assertThat(List.of(read.children(1))).hasSize(1);
  }
}
