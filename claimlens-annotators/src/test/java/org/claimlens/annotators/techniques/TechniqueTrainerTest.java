package org.claimlens.annotators.techniques;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimlens.eval.ptc.PtcLabelReader;
import org.claimlens.eval.ptc.PtcTechniques;
import org.claimlens.eval.ptc.TechniqueSpan;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TechniqueTrainerTest {
  @TempDir Path tmp;

  private static final List<String> MODEL_FILES =
      List.of(
          TechniqueModel.WEIGHTS,
          TechniqueModel.LABELS,
          TechniqueModel.PHRASES,
          TechniqueModel.PROPERTIES);

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  @Test
  void theTinyCorpusFixtureMarksWhatItSays() throws Exception {
    Path data = TinyCorpus.write(tmp.resolve("data"), "labels-semeval2023.tsv", l -> l);
    List<TechniqueSpan> labels = PtcLabelReader.read(data.resolve("labels-semeval2023.tsv"));
    String junta = Files.readString(data.resolve("article201.txt"));
    String farmers = Files.readString(data.resolve("article204.txt"));

    assertThat(labels).hasSize(8);
    TechniqueSpan first = labels.getFirst();
    assertThat(junta.substring(first.span().start(), first.span().end())).isEqualTo("junta");
    TechniqueSpan repeat =
        labels.stream().filter(l -> l.technique().equals("Repetition")).findFirst().orElseThrow();
    assertThat(repeat.span().start()).isEqualTo(farmers.lastIndexOf("No farmers, no food!"));
  }

  @Test
  void theSameDataAndSeedGiveTheSameModelByteForByte() throws Exception {
    Path data = TinyCorpus.write(tmp.resolve("data"), "labels-semeval2023.tsv", l -> l);

    TrainingReport a = TechniqueTrainer.train(data, tmp.resolve("a"), 7, quiet());
    TrainingReport b = TechniqueTrainer.train(data, tmp.resolve("b"), 7, quiet());

    assertThat(a.modelId()).isEqualTo(b.modelId());
    for (String f : MODEL_FILES) {
      assertThat(Files.readAllBytes(a.modelDir().resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(b.modelDir().resolve(f)));
    }
  }

  @Test
  void theModelFolderRecordsItsProvenanceAndLoads() throws Exception {
    Path data = TinyCorpus.write(tmp.resolve("data"), "labels-semeval2023.tsv", l -> l);

    TrainingReport r = TechniqueTrainer.train(data, tmp.resolve("model"), 11, quiet());

    assertThat(r.modelDir()).isEqualTo(tmp.resolve("model").resolve("techniques"));
    assertThat(r.scheme()).isEqualTo("semeval2023");
    assertThat(r.articles()).isEqualTo(6);
    assertThat(r.spans()).isEqualTo(8);
    String provenance = Files.readString(r.modelDir().resolve(TechniqueModel.PROVENANCE));
    assertThat(provenance)
        .contains("\"seed\": 11")
        .contains("\"training_data_sha256\": \"")
        .contains("\"claimlens_version\": \"0.1.0\"")
        .contains("\"created\": \"")
        .contains("\"model\": \"" + r.modelId() + "\"")
        .contains(data.toString());

    TechniqueAnnotator loaded = TechniqueAnnotator.load(tmp.resolve("model"));
    assertThat(loaded.modelId()).isEqualTo(r.modelId());
    Document doc = loaded.annotate(Analysis.prepare("The junta shelled the market again."));
    assertThat(doc.has(Layers.TECHNIQUES)).isTrue();
    doc.layer(Layers.TECHNIQUES)
        .forEach(a -> assertThat(a.provenance().model()).isEqualTo(r.modelId()));
  }

  @Test
  void ptcLabelsTrainAModelThatSpeaksPtc() throws Exception {
    Path data = TinyCorpus.write(tmp.resolve("ptc"), "labels-ptc.tsv", PtcMapping::expectPtc);

    TrainingReport r = TechniqueTrainer.train(data, tmp.resolve("model"), 3, quiet());
    TechniqueAnnotator loaded = TechniqueAnnotator.load(tmp.resolve("model"));

    assertThat(r.scheme()).isEqualTo("ptc");
    assertThat(loaded.scheme()).isEqualTo("ptc");
    assertThat(loaded.labels()).isNotEmpty().allMatch(PtcTechniques::isKnown);
    assertThat(loaded.labels()).contains("Name_Calling,Labeling", "Black-and-White_Fallacy");
  }
}
