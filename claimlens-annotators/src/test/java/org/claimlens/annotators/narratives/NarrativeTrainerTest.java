package org.claimlens.annotators.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.model.Layers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains on a tiny fixture cut from data/narratives/train: a few seconds, not the whole set. */
class NarrativeTrainerTest {
  private static final Set<String> FIXTURE =
      Set.of(
          "CL_URW_0049",
          "CL_URW_0050",
          "CL_URW_0051",
          "CL_URW_0052",
          "CL_URW_0053",
          "CL_URW_0055",
          "CL_CC_0001",
          "CL_CC_0002",
          "CL_CC_0003",
          "CL_NEG_0055",
          "CL_NEG_0084",
          "CL_NEG_0225");
  private static final List<String> MODEL_FILES =
      List.of(
          NarrativeModel.PROPERTIES,
          NarrativeModel.LABELS,
          NarrativeModel.WEIGHTS,
          NarrativeModel.DESCRIPTIONS);

  @TempDir static Path fixture;

  @BeforeAll
  static void cutFixture() throws IOException {
    Path train = Analysis.ROOT.resolve("data/narratives/train");
    Files.createDirectories(fixture.resolve("raw-documents"));
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(train.resolve("subtask-2-annotations.txt"))) {
      String id = line.substring(0, line.indexOf(".txt"));
      if (FIXTURE.contains(id)) {
        lines.add(line);
        Files.copy(
            train.resolve("raw-documents/" + id + ".txt"),
            fixture.resolve("raw-documents/" + id + ".txt"));
      }
    }
    Files.write(fixture.resolve("subtask-2-annotations.txt"), lines);
  }

  private static NarrativeTrainer.Options options(long seed, int threads) {
    return new NarrativeTrainer.Options(
        seed,
        Encoders.MINILM,
        null,
        Analysis.ROOT.resolve("data/narratives/descriptions.tsv"),
        3,
        threads);
  }

  @Test
  void sameSeedGivesIdenticalModelFilesWhateverTheThreads(@TempDir Path out) throws IOException {
    TrainingReport first =
        NarrativeTrainer.train(fixture, out.resolve("a"), options(7, 1), quiet());
    TrainingReport second =
        NarrativeTrainer.train(fixture, out.resolve("b"), options(7, 2), quiet());

    for (String file : MODEL_FILES) {
      assertThat(Files.readAllBytes(second.modelDir().resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.modelDir().resolve(file)));
    }
    assertThat(first.documents()).isEqualTo(12);
    assertThat(first.narrativeBearing()).isEqualTo(9);
  }

  @Test
  void provenanceSaysWhatTheModelWasTrainedOn(@TempDir Path out) throws IOException {
    TrainingReport report = NarrativeTrainer.train(fixture, out, options(11, 2), quiet());

    String provenance = Files.readString(report.modelDir().resolve(NarrativeModel.PROVENANCE));
    assertThat(report.modelDir()).isEqualTo(out.resolve("narratives"));
    assertThat(provenance)
        .contains("\"seed\": 11")
        .contains("\"training_data\": \"" + fixture + "\"")
        .containsPattern("\"training_data_sha256\": \"[0-9a-f]{64}\"")
        .containsPattern("\"trained_at\": \"\\d{4}-\\d\\d-\\d\\dT")
        .contains("\"claimlens_version\"")
        .contains("\"encoder\": \"" + Encoders.MINILM + "\"");
  }

  @Test
  void trainedModelLoadsAndLabelsText(@TempDir Path out) throws IOException {
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    NarrativeTrainer.train(
        fixture, out, options(3, 2), new PrintStream(progress, true, StandardCharsets.UTF_8));

    NarrativeAnnotator annotator = NarrativeAnnotator.load(out);
    var doc =
        annotator.annotate(
            Analysis.prepare(
                "a.txt",
                "Our sources in the President's Office report that two NATO capitals will send"
                    + " troops to the front. Officials have not yet provided confirmation."));

    assertThat(doc.has(Layers.NARRATIVES)).isTrue();
    assertThat(annotator.encoder()).isEqualTo(Encoders.MINILM);
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("narratives: 12 documents")
        .contains("cross-validation fold 3/3")
        .contains("narratives: wrote");
  }

  @Test
  void userTaxonomyLimitsTheLabels(@TempDir Path out) throws IOException {
    Path taxonomy = out.resolve("taxonomy.txt");
    Files.writeString(
        taxonomy,
        """
        URW: Amplifying war-related fears
            URW: Amplifying war-related fears: NATO should/will directly intervene
            URW: Amplifying war-related fears: Other
        """);
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    TrainingReport report =
        NarrativeTrainer.train(
            fixture,
            out.resolve("model"),
            new NarrativeTrainer.Options(5, Encoders.MINILM, taxonomy, null, 3, 2),
            new PrintStream(progress, true, StandardCharsets.UTF_8));

    LabelSpace labels =
        LabelSpace.parse(
            Files.readAllLines(report.modelDir().resolve(NarrativeModel.LABELS)), "labels.tsv");
    assertThat(labels.narratives()).containsExactly("URW: Amplifying war-related fears");
    assertThat(progress.toString(StandardCharsets.UTF_8))
        .contains("label not in the taxonomy, ignored: CC: Amplifying Climate Fears");
  }

  @Test
  void folderWithoutAnnotationsIsRefused(@TempDir Path empty) {
    assertThatThrownBy(() -> NarrativeTrainer.train(empty, empty.resolve("out"), 1, quiet()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(empty.toString());
  }

  private static PrintStream quiet() {
    return new PrintStream(PrintStream.nullOutputStream(), true, StandardCharsets.UTF_8);
  }
}
