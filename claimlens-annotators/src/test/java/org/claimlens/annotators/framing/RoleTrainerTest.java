package org.claimlens.annotators.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimlens.model.Document;
import org.claimlens.model.EntityRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleTrainerTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream progress = new PrintStream(log, true, StandardCharsets.UTF_8);

  @Test
  void theSameDataAndSeedWriteTheSameModel() throws Exception {
    Path data = TinyCorpus.sample().writeTo(tmp.resolve("data"));

    TrainingReport first = RoleTrainer.train(data, tmp.resolve("a"), 7, progress);
    TrainingReport second = RoleTrainer.train(data, tmp.resolve("b"), 7, progress);

    assertThat(first.modelDir()).isEqualTo(tmp.resolve("a").resolve("roles"));
    assertThat(Files.readString(first.modelDir().resolve("model.tsv")))
        .isEqualTo(Files.readString(second.modelDir().resolve("model.tsv")));
    assertThat(first.mentions()).isEqualTo(second.mentions()).isEqualTo(14);
    assertThat(first.documents()).isEqualTo(6);
    assertThat(first.skipped()).isEmpty();
    assertThat(first.folds()).isEqualTo(5);
  }

  @Test
  void recordsWhatItWasTrainedOnAndHow() throws Exception {
    Path data = TinyCorpus.sample().writeTo(tmp.resolve("data"));

    TrainingReport r = RoleTrainer.train(data, tmp.resolve("out"), 7, progress);
    String provenance = Files.readString(r.modelDir().resolve("provenance.json"));

    assertThat(provenance)
        .contains("\"training_data\": \"" + data.toString().replace('\\', '/') + "\"")
        .contains("\"training_data_sha256\": \"")
        .contains("\"seed\": 7")
        .contains("\"claimlens_version\": \"0.1.0\"")
        .contains("\"mentions\": 14")
        .contains("\"trained\": \"")
        .contains("\"settings\": \"main Settings[epochs=");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("roles: 14 gold mentions");
  }

  @Test
  void theTrainedModelLoadsAndFramesGivenMentions() throws Exception {
    Path data = TinyCorpus.sample().writeTo(tmp.resolve("data"));
    RoleTrainer.train(data, tmp.resolve("out"), 7, progress);

    RoleAnnotator roles = RoleAnnotator.load(tmp.resolve("out"));
    Document doc = Framing.analyse("Refugees fled the shelling of their city.");
    List<EntityRole> framed = roles.classify(doc, List.of(Framing.spanOf(doc, "Refugees")));

    assertThat(framed).singleElement().satisfies(r -> assertThat(r.main()).isEqualTo("Innocent"));
    assertThat(roles.modelId()).startsWith("roles-lr-").isNotEqualTo(Framing.ROLES.modelId());
  }

  @Test
  void mentionsWithRolesOutsideTheTaxonomyAreSkippedWithAReason() throws Exception {
    Path data =
        TinyCorpus.sample()
            .document("T7", "Aliens landed\n\nThe Martians landed in a field near Kyiv.")
            .mention("Martians", "Villain", "Invader")
            .document("T8", "Mixed up\n\nThe Kremlin praised its own heroes.")
            .mention("Kremlin", "Antagonist", "Guardian")
            .writeTo(tmp.resolve("data"));

    TrainingReport r = RoleTrainer.train(data, tmp.resolve("out"), 7, progress);

    assertThat(r.mentions()).isEqualTo(14);
    assertThat(r.skipped())
        .hasSize(2)
        .anySatisfy(s -> assertThat(s).contains("Martians").contains("unknown main role Villain"))
        .anySatisfy(s -> assertThat(s).contains("Kremlin").contains("no fine role of Antagonist"));
  }

  @Test
  void aFolderWithoutSubtaskOneAnnotationsIsRejected() throws Exception {
    Path data = tmp.resolve("empty");
    Files.createDirectories(data.resolve("raw-documents"));
    Files.writeString(data.resolve("raw-documents/A.txt"), "Nothing here.");

    assertThatThrownBy(() -> RoleTrainer.train(data, tmp.resolve("out"), 7, progress))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no subtask 1 annotations");
  }

  @Test
  void loadingAMissingModelSaysWhere() {
    assertThatThrownBy(() -> RoleAnnotator.load(tmp.resolve("nothing")))
        .hasMessageContaining(
            tmp.resolve("nothing").resolve("roles").resolve("model.tsv").toString());
  }

  @Test
  void aModelTrainedWithAnotherCueLexiconIsRefused() throws Exception {
    Path data = TinyCorpus.sample().writeTo(tmp.resolve("data"));
    TrainingReport r = RoleTrainer.train(data, tmp.resolve("out"), 7, progress);
    Path model = r.modelDir().resolve("model.tsv");
    String text = Files.readString(model);
    Files.writeString(model, text.replaceFirst("(?m)^cues\t.*$", "cues\t0123456789abcdef"));

    assertThatThrownBy(() -> RoleAnnotator.load(tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retrain");
  }
}
