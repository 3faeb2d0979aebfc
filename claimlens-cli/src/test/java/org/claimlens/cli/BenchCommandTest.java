package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    List<Document> drawn = BenchCommand.drawParagraphs(INPUTS, 60, 30, 7);

    assertThat(drawn).hasSize(30);
    assertThat(drawn.stream().map(Document::text).distinct()).hasSize(30);
    for (Document d : drawn) {
      // the title line, then paragraphs of at least 60 words in all
      assertThat(BenchCommand.countWords(d.text())).isGreaterThanOrEqualTo(60);
      assertThat(d.text()).doesNotContain("Short line");
    }
    // seeded: the same draw again, another with another seed
    assertThat(BenchCommand.drawParagraphs(INPUTS, 60, 30, 7))
        .extracting(Document::text)
        .isEqualTo(drawn.stream().map(Document::text).toList());
    assertThat(BenchCommand.drawParagraphs(INPUTS, 60, 30, 8))
        .extracting(Document::text)
        .isNotEqualTo(drawn.stream().map(Document::text).toList());
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
  }
}
