package org.claimlens.eval.ptc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimlens.eval.BenchmarkFormatException;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtcFormatTest {

  static final String LABELS =
      "111\tLoaded_Language\t265\t323\n"
          + "111\tWhataboutism,Straw_Men,Red_Herring\t400\t420\n"
          + "222\tBandwagon,Reductio_ad_hitlerum\t0\t12\n";

  @Test
  void combinedLabelsRoundTripAndCommaLabelsStayWhole() {
    List<TechniqueSpan> labels = PtcLabelReader.parse(LABELS, "all.labels");

    assertThat(labels)
        .extracting(TechniqueSpan::technique)
        .containsExactly(
            "Loaded_Language",
            "Whataboutism,Straw_Men,Red_Herring",
            "Bandwagon,Reductio_ad_hitlerum");
    assertThat(labels).allMatch(l -> PtcTechniques.isKnown(l.technique()));
    assertThat(labels.getFirst().span()).isEqualTo(Span.of(265, 323));
    assertThat(PtcLabelWriter.write(labels)).isEqualTo(LABELS);
  }

  @Test
  void aFolderOfPerArticleLabelFilesAndArticlesIsReadByArticleId(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("article111.task-flc-tc.labels"), "111\tDoubt\t0\t4\n");
    Files.writeString(dir.resolve("article222.labels.tsv"), "article222\tSlogans\t5\t9\n");
    Files.writeString(dir.resolve("article111.txt"), "Who knows what happened.");
    Files.writeString(dir.resolve("notes.txt"), "not an article");

    List<TechniqueSpan> labels = PtcLabelReader.read(dir);

    assertThat(labels).extracting(TechniqueSpan::articleId).containsExactly("111", "222");
    assertThat(PtcArticleReader.readFolder(dir)).containsOnlyKeys("111");
  }

  @Test
  void theSpanOnlyFormatReadsWithoutTechnique() {
    assertThat(PtcLabelReader.parse("111\t3\t9\n", "si.txt"))
        .containsExactly(new TechniqueSpan("111", PtcTechniques.SPAN_ONLY, Span.of(3, 9)));
  }

  @Test
  void malformedLinesNameFileAndLine() {
    assertThatThrownBy(() -> PtcLabelReader.parse("111\tDoubt\t0\t4\n111\tDoubt\t9\t4\n", "a"))
        .isInstanceOf(BenchmarkFormatException.class)
        .hasMessage("a:2: span 9-4 is empty or negative");
    assertThatThrownBy(() -> PtcLabelReader.parse("111\tDoubt\tx\t4\n", "a"))
        .hasMessageStartingWith("a:1: offsets");
    assertThatThrownBy(() -> PtcLabelReader.parse("111 Doubt 0 4\n", "a"))
        .hasMessageStartingWith("a:1: expected");
  }
}
