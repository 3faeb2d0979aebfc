package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path dir;

  private static final List<Document> INPUTS =
      IntStream.range(0, 6)
          .mapToObj(
              i ->
                  Document.of(
                      "in-" + i,
                      ("Paragraph "
                              + i
                              + "a, which runs on for long enough to be kept: one two three"
                              + " four five six seven eight nine ten eleven twelve thirteen.\n\n"
                              + "Short line.\n\n")
                          + ("Paragraph "
                              + i
                              + "b carries a second thought over twenty words:"
                              + " alpha beta gamma delta epsilon zeta eta theta iota kappa lambda"
                              + " mu nu xi."),
                      Metadata.of("in-" + i + ".txt")))
          .toList();

  @Test
  void drawsDistinctArticlesOfTheRequestedLengthFromLongParagraphsOnly() {
    List<Document> drawn = BenchCommand.drawParagraphs(INPUTS, 60, 30, 7, false);

    assertThat(drawn).hasSize(30);
    assertThat(drawn.stream().map(Document::text).distinct()).hasSize(30);
    for (Document d : drawn) {
      // the title line, then paragraphs of at least 60 words in all
      assertThat(BenchCommand.countWords(d.text())).isGreaterThanOrEqualTo(60);
      assertThat(d.text()).doesNotContain("Short line");
    }
    // seeded: the same draw again, another with another seed
    assertThat(BenchCommand.drawParagraphs(INPUTS, 60, 30, 7, false))
        .extracting(Document::text)
        .isEqualTo(drawn.stream().map(Document::text).toList());
    assertThat(BenchCommand.drawParagraphs(INPUTS, 60, 30, 8, false))
        .extracting(Document::text)
        .isNotEqualTo(drawn.stream().map(Document::text).toList());
  }

  @Test
  void varyRedrawsNumbersAndSwapsNamesInsideSentencesOnly() {
    String p =
        "Kyiv said on Monday that 35 drones were launched, and Peskov denied it. Moscow"
            + " disagreed with Zelensky about the 2024 figures.";
    List<String> names = List.of("Odesa", "Borrell");
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    Set<String> variants = new java.util.HashSet<>();
    for (int i = 0; i < 20; i++) {
      String v = BenchCommand.vary(p, names, r);
      variants.add(v);
      // sentence-initial words stay; numbers keep their digit count; names come from the list
      assertThat(v)
          .startsWith("Kyiv said on ")
          .contains(". Moscow disagreed with ")
          .matches(
              "Kyiv said on (Monday|Odesa|Borrell) that [1-9][0-9] drones were launched, and"
                  + " (Peskov|Odesa|Borrell) denied it\\. Moscow disagreed with"
                  + " (Zelensky|Odesa|Borrell) about the [1-9][0-9]{3} figures\\.");
    }
    assertThat(variants).hasSizeGreaterThan(15);
  }

  @Test
  void variedDrawsSeldomRepeatASentence() {
    List<Document> plain = BenchCommand.drawParagraphs(INPUTS, 60, 30, 7, false);
    List<Document> varied = BenchCommand.drawParagraphs(INPUTS, 60, 30, 7, true);

    assertThat(distinctParagraphShare(varied)).isGreaterThan(distinctParagraphShare(plain));
    assertThat(BenchCommand.drawParagraphs(INPUTS, 60, 30, 7, true))
        .extracting(Document::text)
        .isEqualTo(varied.stream().map(Document::text).toList());
  }

  private static double distinctParagraphShare(List<Document> docs) {
    List<String> paragraphs =
        docs.stream().flatMap(d -> java.util.Arrays.stream(d.text().split("\\n\\n"))).toList();
    return (double) new java.util.HashSet<>(paragraphs).size() / paragraphs.size();
  }

  @Test
  void makesACorpusOfDistinctArticlesAndRefusesDistinctWithoutALength() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (Document d : INPUTS) {
      Files.writeString(in.resolve(d.id() + ".txt"), d.text());
    }
    Path out = dir.resolve("out");
    CliRun made =
        CliRun.of(
            "bench",
            in.toString(),
            "--words",
            "60",
            "--make-corpus",
            out.toString(),
            "--distinct",
            "12");

    assertThat(made.exitCode()).as(made.err()).isZero();
    assertThat(made.out()).contains("wrote 12 articles");
    try (var files = Files.list(out)) {
      assertThat(files.count()).isEqualTo(12);
    }
    CliRun bad = CliRun.of("bench", in.toString(), "--distinct", "12");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--distinct needs --make-corpus DIR and --words N");
    CliRun varyAlone = CliRun.of("bench", in.toString(), "--vary");
    assertThat(varyAlone.exitCode()).isEqualTo(2);
    assertThat(varyAlone.err()).contains("--vary needs --distinct N");
  }
}
