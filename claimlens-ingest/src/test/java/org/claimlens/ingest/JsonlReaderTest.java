package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.ReadResultAssert.assertThatRead;
import static org.claimlens.ingest.TestInputs.readAs;
import static org.claimlens.ingest.TestInputs.readResource;
import static org.claimlens.ingest.TestInputs.readStdin;

import org.claimlens.model.Document;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

  @Test
  void brokenLinesAreSkippedOneByOneAndGoodLinesKept() {
    ReadResult result = readResource("bad-input/broken.jsonl");

    assertThat(result.documents())
        .extracting(Document::id)
        .containsExactly("harbour-1", "broken-4", "harbour-8");
    assertThat(result.problems())
        .extracting(InputProblem::message)
        .containsExactly(
            "bad-input/broken.jsonl:2: skipped: invalid JSON (Unexpected end-of-input: expected"
                + " close marker for Object)",
            "bad-input/broken.jsonl:5: skipped: not a JSON object (an array)",
            "bad-input/broken.jsonl:6: skipped: no \"text\" field",
            "bad-input/broken.jsonl:7: skipped: \"text\" is blank");
  }

  @Test
  void eachLineKnowsItsSourceLineAndDate() {
    ReadResult result = readResource("bad-input/broken.jsonl");

    Document first = result.documents().get(0);
    Document unnamed = result.documents().get(1);
    assertThat(first.metadata().sourceFile()).isEqualTo("bad-input/broken.jsonl:1");
    assertThat(first.metadata().published()).isEqualTo("2024-04-08");
    assertThat(unnamed.metadata().sourceFile()).isEqualTo("bad-input/broken.jsonl:4");
    assertThat(unnamed.metadata().published())
        .as("normalised from April 9, 2024")
        .isEqualTo("2024-04-09");
    assertThat(unnamed.text()).startsWith("Insurers raised premiums");
  }

  @Test
  void allFieldsAreReadAndCrlfInTextBecomesLf() {
    String line =
        "{\"id\": \"ua-1\", \"title\": \"Strike on Odesa port\", \"url\": \"https://news.example/1\","
            + " \"outlet\": \"Black Sea Wire\", \"published\": \"2023-07-20T05:00:00+03:00\","
            + " \"lang\": \"en\", \"tags\": [\"port\", {\"a\": 1}],"
            + " \"text\": \"Missiles hit the port.\\r\\nGrain was destroyed.\\rNo one died.\"}\n";

    Document doc = assertThatRead(readAs("feed.jsonl", line)).hasNoProblems().singleDocument();

    assertThat(doc.id()).isEqualTo("ua-1");
    assertThat(doc.text()).isEqualTo("Missiles hit the port.\nGrain was destroyed.\nNo one died.");
    assertThat(doc.metadata().title()).isEqualTo("Strike on Odesa port");
    assertThat(doc.metadata().url()).isEqualTo("https://news.example/1");
    assertThat(doc.metadata().outlet()).isEqualTo("Black Sea Wire");
    assertThat(doc.metadata().published())
        .as("ISO values are kept as given")
        .isEqualTo("2023-07-20T05:00:00+03:00");
  }

  @Test
  void numericIdIsTakenAsText() {
    Document doc =
        readAs("feed.jsonl", "{\"id\": 4021, \"text\": \"Convoy left.\"}").documents().getFirst();

    assertThat(doc.id()).isEqualTo("4021");
  }

  @Test
  void unreadableDateIsDroppedWithAWarning() {
    ReadResult result =
        readAs("feed.jsonl", "{\"text\": \"Convoy left.\", \"published\": \"last week\"}");

    Document doc =
        assertThatRead(result)
            .hasOnlyWarning(
                "feed.jsonl:1: warning: no date in \"published\" (last week); left empty")
            .singleDocument();
    assertThat(doc.metadata().published()).isNull();
  }

  @Test
  void textThatIsNotAStringSkipsTheLine() {
    assertThatRead(readAs("feed.jsonl", "{\"text\": 42}"))
        .wasSkippedWith("feed.jsonl:1: skipped: \"text\" is not a string");
  }

  @Test
  void twoObjectsOnOneLineSkipTheLine() {
    assertThatRead(readAs("feed.jsonl", "{\"text\": \"a\"} {\"text\": \"b\"}"))
        .wasSkippedBecause("more than one value on the line");
  }

  @Test
  void jsonLinesFromStdinAreNumberedAsStdin() {
    ReadResult result =
        readStdin(
            "{\"text\": \"Bridge reopened.\"}\r\n\r\n{\"id\": \"x\", \"text\": \"Ferry ran.\"}\r\n");

    assertThat(result.documents()).extracting(Document::id).containsExactly("stdin-1", "x");
    assertThat(result.documents())
        .extracting(d -> d.metadata().sourceFile())
        .containsExactly("-:1", "-:3");
  }
}
