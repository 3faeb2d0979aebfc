package org.claimlens.corpus.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.model.FactCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCheckReadersTest {

  static Path resource(String name) throws URISyntaxException {
    return Path.of(FactCheckReadersTest.class.getResource("/factcheck/" + name).toURI());
  }

  // ---- CSV ----

  @Test
  void csvFollowsRfc4180() throws Exception {
    Path f = resource("library-rfc4180.csv");
    FactCheckBatch b = FactCheckReaders.read(f);
    assertThat(b.factChecks())
        .containsExactly(
            new FactCheck(
                "fc-1",
                "Ukraine runs \"secret\" biolabs, says ministry",
                "False",
                "https://factcheck.example.org/biolabs",
                "2022-03-10"),
            new FactCheck("fc-2", "Zelensky fled Kyiv\nfor Poland", "False", null, "2022-02-26"),
            new FactCheck("fc-3", "The EU bans home heating", "Misleading", null, null));
    // The row without an id starts on line 5: the quoted newline made fc-2 two lines long.
    assertThat(b.problems()).containsExactly(f + ":5: no id; skipped");
  }

  @Test
  void csvColumnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() throws Exception {
    FactCheckBatch b =
        new CsvFactCheckReader().parse("Claim,ID\nNATO troops fight in Ukraine,fc-9\n", "x.csv");
    assertThat(b.factChecks())
        .containsExactly(new FactCheck("fc-9", "NATO troops fight in Ukraine", null, null, null));
  }

  @Test
  void csvWithoutAClaimColumnIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> new CsvFactCheckReader().parse("id,text\n1,x\n", "lib.csv"))
        .isInstanceOf(FactCheckFormatException.class)
        .hasMessageStartingWith("lib.csv:1: the header has no \"claim\" column");
  }

  @Test
  void csvUnclosedQuoteNamesTheLineItOpensOn() {
    assertThatThrownBy(
            () -> new CsvFactCheckReader().parse("id,claim\n1,ok\n2,\"never closed\n", "lib.csv"))
        .isInstanceOf(FactCheckFormatException.class)
        .hasMessageStartingWith("lib.csv:3: a quoted field is not closed");
  }

  @Test
  void csvReportsExtraFieldsAndDuplicateIds() throws Exception {
    FactCheckBatch b =
        new CsvFactCheckReader().parse("id,claim\nfc-1,a\nfc-2,b,c\nfc-1,again\n", "lib.csv");
    assertThat(b.factChecks()).extracting(FactCheck::id).containsExactly("fc-1");
    assertThat(b.problems())
        .containsExactly(
            "lib.csv:3: row has 3 fields, the header 2; skipped",
            "lib.csv:4: duplicate id \"fc-1\", skipped");
  }

  // ---- JSON Lines ----

  @Test
  void jsonlSkipsBadLinesAndNamesThem() {
    String text =
        "{\"id\": \"fc-1\", \"claim\": \"Zelensky bought yachts\", \"verdict\": \"False\"}\n"
            + "{\"id\": \"fc-2\", \"claim\": \n"
            + "\n"
            + "[1, 2]\n"
            + "{\"id\": 7, \"claim\": \"Biolabs in Ukraine\", \"published\": \"2022-03-10\"}\n"
            + "{\"id\": \"fc-8\"}\n";
    FactCheckBatch b = new JsonlFactCheckReader().parse(text, "lib.jsonl");
    assertThat(b.factChecks())
        .containsExactly(
            new FactCheck("fc-1", "Zelensky bought yachts", "False", null, null),
            new FactCheck("7", "Biolabs in Ukraine", null, null, "2022-03-10"));
    assertThat(b.problems()).hasSize(3);
    assertThat(b.problems().get(0)).startsWith("lib.jsonl:2: not JSON");
    assertThat(b.problems().get(1)).isEqualTo("lib.jsonl:4: not a JSON object; skipped");
    assertThat(b.problems().get(2))
        .isEqualTo("lib.jsonl:6: no \"claim\" field for id \"fc-8\"; skipped");
  }

  // ---- ClaimReview ----

  @Test
  void claimReviewGraphWithBothClaimForms() throws Exception {
    Path f = resource("claimreview-graph.jsonld");
    FactCheckBatch b = FactCheckReaders.read(f);
    assertThat(b.factChecks())
        .containsExactly(
            new FactCheck(
                "https://factcheck.example.org/2022/03/biolabs#review",
                "The United States runs military biolabs in Ukraine",
                "False",
                "https://factcheck.example.org/2022/03/biolabs",
                "2022-03-11"),
            new FactCheck(
                "https://factcheck.example.org/2023/10/women-mobilised",
                "Ukraine will mobilise all women aged 18 to 60",
                "2/5",
                "https://factcheck.example.org/2023/10/women-mobilised",
                "2023-10-04"));
    assertThat(b.problems())
        .containsExactly(
            f + ":$.@graph[3]: ClaimReview without claimReviewed or itemReviewed text; skipped");
  }

  @Test
  void claimReviewArrayAndPrefixedType() throws Exception {
    FactCheckBatch b = FactCheckReaders.read(resource("claimreview-array.json"));
    assertThat(b.factChecks())
        .extracting(FactCheck::id, FactCheck::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("https://factcheck.example.org/a", "Fabricated"),
            org.assertj.core.groups.Tuple.tuple("https://factcheck.example.org/b", "False"));
  }

  @Test
  void claimReviewSingleObject() throws Exception {
    FactCheckBatch b =
        new ClaimReviewReader()
            .parse(
                "{\"@type\":\"ClaimReview\",\"@id\":\"r1\",\"claimReviewed\":\"Bucha was"
                    + " staged\",\"reviewRating\":{\"alternateName\":\"False\"}}",
                "one.json");
    assertThat(b.factChecks())
        .containsExactly(new FactCheck("r1", "Bucha was staged", "False", null, null));
  }

  @Test
  void brokenJsonNamesLineAndColumn() {
    assertThatThrownBy(
            () ->
                new ClaimReviewReader()
                    .parse("{\n  \"@type\": \"ClaimReview\",\n  oops\n}", "r.json"))
        .isInstanceOf(FactCheckFormatException.class)
        .hasMessageStartingWith("r.json:3:");
  }

  @Test
  void jsonWithoutAnyClaimReviewIsAnError() {
    assertThatThrownBy(
            () -> new ClaimReviewReader().parse("{\"@type\": \"NewsArticle\"}", "a.json"))
        .hasMessage("a.json: no object with \"@type\": \"ClaimReview\" found");
  }

  // ---- detection ----

  @Test
  void detectsTheFormatByExtensionThenContent(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("lib.txt"), "id,claim\n1,x\n");
    Path jsonl =
        Files.writeString(
            dir.resolve("lib.data"),
            "{\"id\":\"1\",\"claim\":\"x\"}\n{\"id\":\"2\",\"claim\":\"y\"}\n");
    Path jsonld =
        Files.writeString(
            dir.resolve("page.data"),
            "{\n \"@type\": \"ClaimReview\", \"url\": \"u\", \"claimReviewed\": \"c\"\n}\n");
    Path oneLineJsonld =
        Files.writeString(
            dir.resolve("one.json"),
            "{\"@type\": \"ClaimReview\", \"url\": \"u\", \"claimReviewed\": \"c\"}");
    Path jsonlNamedJson =
        Files.writeString(
            dir.resolve("lib.json"),
            "{\"id\":\"1\",\"claim\":\"x\"}\n{\"id\":\"2\",\"claim\":\"y\"}\n");
    assertThat(FactCheckReaders.forFile(csv)).isInstanceOf(CsvFactCheckReader.class);
    assertThat(FactCheckReaders.forFile(jsonl)).isInstanceOf(JsonlFactCheckReader.class);
    assertThat(FactCheckReaders.forFile(jsonld)).isInstanceOf(ClaimReviewReader.class);
    assertThat(FactCheckReaders.forFile(oneLineJsonld)).isInstanceOf(ClaimReviewReader.class);
    assertThat(FactCheckReaders.forFile(jsonlNamedJson)).isInstanceOf(JsonlFactCheckReader.class);
    assertThat(FactCheckReaders.read(jsonlNamedJson).factChecks()).hasSize(2);
  }

  @Test
  void nonUtf8IsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("lib.csv"), new byte[] {'i', 'd', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> FactCheckReaders.read(f))
        .isInstanceOf(FactCheckFormatException.class)
        .hasMessage(f + ": not UTF-8 text");
  }
}
