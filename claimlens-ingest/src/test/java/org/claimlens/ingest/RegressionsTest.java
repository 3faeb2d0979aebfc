package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.ReadResultAssert.assertThatRead;
import static org.claimlens.ingest.TestInputs.readResource;
import static org.claimlens.ingest.TestInputs.resource;

import java.util.List;
import org.claimlens.model.Document;
import org.junit.jupiter.api.Test;

/** Inputs that once broke a reader; see {@code src/test/resources/regressions/README.md}. */
class RegressionsTest {

  @Test
  void everyRegressionInputReadsWithoutThrowing() {
    var readers = new DocumentReaders(ReaderOptions.defaults());
    List<InputFile> inputs =
        InputWalker.expand(List.of(resource("regressions").toString())).files().stream()
            .filter(f -> !f.displayName().endsWith("README.md"))
            .toList();

    assertThat(inputs).hasSizeGreaterThanOrEqualTo(4);
    for (InputFile input : inputs) {
      ReadResult result = readers.read(input);
      assertThat(result.documents().size() + result.problems().size())
          .as("%s gives a document or a reason", input)
          .isPositive();
    }
  }

  @Test
  void unclosedDivsGiveEveryLineAsAParagraph() {
    Document doc =
        assertThatRead(readResource("regressions/unclosed-divs.html"))
            .hasOnlyWarning(
                "regressions/unclosed-divs.html: warning: HTML looks truncated (no closing"
                    + " </html>); analysed the text before the cut")
            .singleDocument();

    List<String> paragraphs = List.of(doc.text().split("\n\n"));
    assertThat(paragraphs).hasSize(600);
    assertThat(paragraphs.getFirst()).isEqualTo("Alert 1: sirens sounded in the Kharkiv region.");
    assertThat(paragraphs.getLast()).isEqualTo("Alert 600: sirens sounded in the Kharkiv region.");
  }

  @Test
  void repeatedLiveBlogUpdatesAreAllKept() {
    Document doc =
        assertThatRead(readResource("regressions/live-blog-repeats.html"))
            .hasNoProblems()
            .singleDocument();

    assertThat(doc.text())
        .isEqualTo(
            """
            Live: overnight attack on Kyiv

            02:10 Air raid alert in Kyiv.

            02:10 Air raid alert in Kyiv.

            02:25 Explosions heard on the left bank, the mayor said.

            Air raid alert in Kyiv.

            Air raid alert in Kyiv.

            04:40 The alert is over.""");
  }

  @Test
  void bylineWithReadingTimeGivesTheDate() {
    Document doc = readResource("regressions/byline-with-read-time.html").documents().getFirst();

    assertThat(doc.metadata().published()).isEqualTo("2025-07-03");
    assertThat(doc.metadata().title()).isEqualTo("Rivers warm as heatwave lifts power prices");
  }

  @Test
  void datelineNamingCityAndCountryGivesTitleAndDate() {
    Document doc = readResource("regressions/dateline-with-country.txt").documents().getFirst();

    assertThat(doc.metadata().title()).isEqualTo("Missiles strike Odesa port for a third night");
    assertThat(doc.metadata().published()).isEqualTo("2023-07-20");
  }
}
