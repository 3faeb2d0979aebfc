package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The corpus verbs on one store, in the order an analyst uses them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusCommandsTest {
  @TempDir static Path dir;
  static Path articles;
  static String store;

  @BeforeAll
  static void articles() throws IOException {
    articles = Files.createDirectories(dir.resolve("articles"));
    store = dir.resolve("store").toString();
    Files.writeString(
        articles.resolve("strike.txt"),
        "Substation hit in Kharkiv\n\nThe governor of Kharkiv Oblast, Oleh Syniehubov, said on"
            + " Tuesday that a Russian missile strike had damaged a power substation overnight,"
            + " leaving about 40,000 households without electricity.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        articles.resolve("talks.txt"),
        "Kremlin on talks\n\nKremlin spokesman Dmitry Peskov said on Monday that Moscow saw no"
            + " basis for talks with Kyiv while Western weapons kept arriving.\n",
        StandardCharsets.UTF_8);
    Files.write(articles.resolve("broken.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 0});
    Files.writeString(
        dir.resolve("factchecks.csv"),
        "id,claim,verdict,url,published\n"
            + "fc-peskov,\"Moscow says there is no basis for talks with Kyiv while Western"
            + " weapons arrive\",Accurate,https://factcheck.example/1,2024-03-01\n",
        StandardCharsets.UTF_8);
  }

  @Test
  @Order(1)
  void ingestStoresEachDocumentAndNamesTheBadFile() {
    CliRun run = CliRun.of("ingest", "--store", store, "--claim-vectors", "0", articles.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 new (0 reposts)", "the store now holds 2 documents");
    assertThat(run.err()).contains("broken.bin");
    CliRun bad =
        CliRun.of("ingest", "--store", store, "--claim-vectors", "-1", articles.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--claim-vectors");
    CliRun badCache =
        CliRun.of("ingest", "--store", store, "--embedding-cache", "-1", articles.toString());
    assertThat(badCache.exitCode()).isEqualTo(2);
    assertThat(badCache.err()).contains("--embedding-cache must be >= 0");
  }

  @Test
  @Order(2)
  void aSecondRunSkipsWhatIsDone() {
    CliRun run = CliRun.of("ingest", "--store", store, articles.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("0 new", "the store now holds 2 documents");
  }

  @Test
  @Order(3)
  void searchFindsByWordsAndByMeaning() {
    CliRun words = CliRun.of("search", "--store", store, "--mode", "text", "substation");
    assertThat(words.exitCode()).as(words.err()).isZero();
    assertThat(words.out()).contains("Substation hit in Kharkiv").doesNotContain("Kremlin on");

    CliRun meaning =
        CliRun.of(
            "search", "--store", store, "--mode", "semantic", "--limit", "1", "peace negotiations");
    assertThat(meaning.out()).contains("Kremlin on talks");

    CliRun json = CliRun.of("search", "--store", store, "--format", "json", "Peskov");
    assertThat(json.out().lines()).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
  }

  @Test
  @Order(4)
  void factChecksAreImportedAndMatched() {
    CliRun imported =
        CliRun.of(
            "factcheck", "import", "--store", store, dir.resolve("factchecks.csv").toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("1 fact-checks from 1 files");

    CliRun match =
        CliRun.withStdin(
            "{\"id\":\"q1\",\"text\":\"No negotiations with Kyiv while the West sends arms, says"
                + " the Kremlin\"}\nnot json\n",
            "factcheck",
            "match",
            "--store",
            store,
            "--top",
            "1",
            "-");
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(match.out().strip())
        .matches(
            "\\{\"id\":\"q1\",\"matches\":\\[\\{\"factcheck\":\"fc-peskov\",\"score\":0\\.\\d+}]}");
    assertThat(match.err()).contains("stdin:2");
  }

  @Test
  @Order(5)
  void exportWritesOneObjectPerDocumentWithTheCorpusFields() throws IOException {
    Path out = dir.resolve("corpus.jsonl");
    CliRun run = CliRun.of("export", "jsonl", "--store", store, "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines).allSatisfy(l -> assertThat(l).contains("\"duplicate_of\":", "\"story\":"));
    assertThat(CliRun.of("export", "stix", "--store", store).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("export", "xml", "--store", store).exitCode()).isEqualTo(2);
  }

  @Test
  @Order(6)
  void claimsStoriesAndReindexRun() {
    CliRun claims = CliRun.of("claims", "--store", store, "--min-size", "1");
    assertThat(claims.exitCode()).as(claims.err()).isZero();
    // every claim is its own cluster here: the two articles share none
    assertThat(claims.out())
        .containsPattern("(\\d+) claims in \\1 clusters")
        .contains("power substation", "Syniehubov", "Moscow saw no basis", "Peskov")
        .contains("credibility 6: 6 Truth cannot be judged: no other independent source");

    CliRun stories = CliRun.of("stories", "--store", store);
    assertThat(stories.exitCode()).as(stories.err()).isZero();
    // unrelated articles: two stories of one document each, named by their titles
    assertThat(stories.out())
        .contains("2 stories;")
        .contains("Substation hit in Kharkiv", "Kremlin on talks")
        .containsPattern("1\\. .+\\(1 documents?\\)");

    CliRun reindex = CliRun.of("reindex", "--store", store);
    assertThat(reindex.exitCode()).as(reindex.err()).isZero();
    assertThat(reindex.out()).contains("2 documents indexed");
    assertThat(CliRun.of("search", "--store", store, "--mode", "text", "substation").out())
        .contains("Substation hit in Kharkiv");
  }

  @Test
  @Order(7)
  void anotherFolderWithTheSameFileNameIsStoredUnderAFreeId() throws IOException {
    Path more = Files.createDirectories(dir.resolve("more"));
    Files.writeString(
        more.resolve("strike.txt"),
        "Power restored in Kharkiv\n\nUkrenergo said on Thursday that power had been restored to"
            + " all households in Kharkiv after repairs at the damaged substation.\n",
        StandardCharsets.UTF_8);

    CliRun run =
        CliRun.of(
            "ingest", "--store", store, "--timings", "--embedding-cache", "0", more.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 new", "0 failed", "the store now holds 3 documents");
    assertThat(run.err())
        .containsPattern(
            "timings per document \\(1\\): analysis [0-9.]+ ms, claim embeddings and records"
                + " [0-9.]+ ms \\(worker threads\\), commit [0-9.]+ ms \\(serial\\)")
        // --embedding-cache 0: nothing comes from the sentence cache, and there is no claim cache
        .containsPattern(
            "embedding caches: sentence vectors reused 0 of [1-9][0-9]* \\(0\\.0%\\), claim"
                + " vectors reused \\(no cache\\)");
    CliRun found = CliRun.of("search", "--store", store, "--format", "json", "restored");
    assertThat(found.out()).containsPattern("\"id\":\"strike~[0-9a-f]{8}\"");
  }
}
