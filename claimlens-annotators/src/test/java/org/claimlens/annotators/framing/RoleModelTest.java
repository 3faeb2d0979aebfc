package org.claimlens.annotators.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleModelTest {

  @Test
  void aSecondFineRoleOnlyWhenItsProbabilityReachesTheThreshold() {
    List<String> labels = List.of("Forgotten", "Exploited", "Victim", "Scapegoat");
    double[] p = {0.35, 0.05, 0.55, 0.05};

    assertThat(RoleModel.decide("Innocent", 0.9, labels, p, 0.3).fine())
        .containsExactly("Victim", "Forgotten");
    assertThat(RoleModel.decide("Innocent", 0.9, labels, p, 0.4).fine()).containsExactly("Victim");
  }

  @Test
  void theWrittenModelReadsBackToTheSameDecisions() {
    RoleModel model = shipped();
    RoleModel reread =
        RoleModel.parse(model.text(), "reread", CueLexicon.loadDefault(), Framing.TAXONOMY);
    Map<String, Double> features =
        Map.of("c=Victim", 0.7, "cM=Innocent", 0.7, "mh:group", 1.0, "mw=civilians", 1.0);

    assertThat(reread.id()).isEqualTo(model.id());
    assertThat(reread.predict(features)).isEqualTo(model.predict(features));
    assertThat(reread.mainProbabilities(features))
        .containsExactly(
            model.mainProbabilities(features), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theShippedModelIsTheOneItsProvenanceDescribes() throws IOException {
    String provenance = resource(RoleAnnotator.DEFAULT_MODEL + "provenance.json");

    assertThat(provenance)
        .contains("\"model\": \"" + Framing.ROLES.modelId() + "\"")
        .contains("\"training_data\": \"data/roles/train\"")
        .contains("\"cue_lexicon_sha\": \"" + CueLexicon.loadDefault().sha() + "\"")
        .contains("\"features_version\": \"" + RoleFeatures.VERSION + "\"");
  }

  @Test
  void aFileOfAnotherFormatIsRefused() {
    assertThatThrownBy(
            () ->
                RoleModel.parse(
                    "format\tsomething-else\n",
                    "x.tsv",
                    CueLexicon.loadDefault(),
                    Framing.TAXONOMY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.tsv");
  }

  private static RoleModel shipped() {
    try {
      return RoleModel.parse(
          resource(RoleAnnotator.DEFAULT_MODEL + RoleModel.FILE),
          "shipped",
          CueLexicon.loadDefault(),
          Framing.TAXONOMY);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RoleAnnotator.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
