package org.claimlens.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.model.Document;
import org.claimlens.model.FactCheck;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Pipeline;
import org.claimlens.store.ClaimRecord;
import org.claimlens.store.DocumentRecord;
import org.claimlens.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus decisions end to end: the default pipeline, an embedded store, real vectors. */
class CorpusTest {
  static Pipeline pipeline;

  @TempDir Path dir;
  Store store;
  Corpus corpus;

  private static final String GOVERNOR =
      "Kharkiv substation hit\n\n"
          + "KHARKIV - The governor of Kharkiv Oblast, Oleh Syniehubov, said on Tuesday that a"
          + " Russian missile strike had damaged a power substation in Kharkiv overnight, leaving"
          + " about 40,000 households without electricity. Repair crews were at the site by"
          + " morning, he said, and power would be restored within two days. The city has been"
          + " shelled almost daily since the start of the month.\n";

  private static final String GRID_OPERATOR =
      "Grid operator confirms damage in Kharkiv\n\n"
          + "Ukrenergo, the national grid operator, said that a Russian missile had damaged a"
          + " power substation in Kharkiv overnight, cutting electricity to about 40,000"
          + " households. The company asked residents to limit their use of heaters in the"
          + " evening hours while repairs continue.\n";

  @BeforeAll
  static void loadPipeline() {
    pipeline = StandardPipeline.build(StandardPipeline.Options.defaults());
  }

  @BeforeEach
  void open() {
    store = Store.openEmbedded(dir.resolve("store"));
    corpus =
        new Corpus(
            store,
            Encoders.minilm(),
            Corpus.Config.defaults()
                .withClock(Clock.fixed(Instant.parse("2024-03-05T12:00:00Z"), ZoneOffset.UTC)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Corpus.Added add(String id, String text, String outlet, String published) {
    Document doc =
        Document.of(
            id,
            text,
            new Metadata(
                text.lines().findFirst().orElse(id),
                "https://"
                    + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                    + ".example/"
                    + id,
                outlet,
                published,
                id + ".txt"));
    return corpus.commit(corpus.prepare(pipeline.process(doc)));
  }

  private static String resource(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/dedup").resolve(name));
  }

  @Test
  void aRepostPointsAtItsOriginalAndTheSameTextIsStoredOnce() throws IOException {
    Corpus.Added original =
        add("odesa", resource("orig-wire-odesa-drone-strike.txt"), "Wire", "2024-03-01");
    Corpus.Added repost =
        add(
            "odesa-repost",
            resource("rep-wire-odesa-drone-strike-aggregator.txt"),
            "Aggregator",
            "2024-03-02");
    Corpus.Added again =
        add("odesa-again", resource("orig-wire-odesa-drone-strike.txt"), "Mirror", "2024-03-02");

    assertThat(original.outcome()).isEqualTo(Corpus.Outcome.NEW);
    assertThat(repost.outcome()).isEqualTo(Corpus.Outcome.REPOST);
    assertThat(repost.duplicateOf()).isEqualTo("odesa");
    assertThat(again.outcome()).isEqualTo(Corpus.Outcome.DUPLICATE);
    assertThat(again.id()).isEqualTo("odesa");
    assertThat(store.documentCount()).isEqualTo(2);
    assertThat(store.expectDocument("odesa-repost").duplicateOf()).isEqualTo("odesa");
  }

  @Test
  void anIndependentSourceCorroboratesButARepostDoesNot() {
    add("governor", GOVERNOR, "Regional News", "2024-03-05");
    add(
        "governor-repost",
        "Reposted from Regional News\n\n" + GOVERNOR + "\nSubscribe to our channel for more.\n",
        "Aggregator",
        "2024-03-05");
    add("grid", GRID_OPERATOR, "Energy Daily", "2024-03-05");

    ClaimRecord governorClaim = claimAbout("governor", "substation");
    ClaimRecord gridClaim = claimAbout("grid", "substation");
    ClaimRecord repostClaim = claimAbout("governor-repost", "substation");

    assertThat(gridClaim.cluster()).isEqualTo(governorClaim.cluster()).isNotNull();
    ClaimRecord reread = claimAbout("governor", "substation");
    assertThat(reread.corroboratedBy()).contains(gridClaim.id()).doesNotContain(repostClaim.id());
    assertThat(corpus.assess(reread).corroboratingClaimIds()).doesNotContain(repostClaim.id());
  }

  @Test
  void aFactCheckLinksTheClaimsThatRestateIt() {
    add("governor", GOVERNOR, "Regional News", "2024-03-05");

    int links =
        corpus.importFactChecks(
            List.of(
                new FactCheck(
                    "fc-1",
                    "A Russian missile strike damaged a power substation in Kharkiv, cutting"
                        + " electricity to 40,000 households",
                    "True",
                    null,
                    null),
                new FactCheck(
                    "fc-2",
                    "NATO soldiers were filmed at a railway station in Lviv",
                    "False",
                    null,
                    null)));

    assertThat(links).isPositive();
    ClaimRecord claim = claimAbout("governor", "substation");
    assertThat(claim.debunkedBy()).containsExactly("fc-1");
  }

  @Test
  void theExportAddsTheCorpusFieldsToEachDocument() throws IOException {
    add("governor", GOVERNOR, "Regional News", "2024-03-05");
    add("grid", GRID_OPERATOR, "Energy Daily", "2024-03-05");

    StringWriter out = new StringWriter();
    long n = new CorpusExporter(corpus).jsonl(out, x -> {});

    assertThat(n).isEqualTo(2);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.getFirst())
        .startsWith("{\"schema\":\"claimlens/1\"")
        .contains("\"duplicate_of\":null", "\"story\":\"story:governor\"")
        .contains("\"cluster\":\"cluster:governor#", "\"corroborated_by\":[", "\"debunked_by\":[]")
        .contains("\"corroboration\":{\"independent_sources\":");
    StringWriter csv = new StringWriter();
    new CorpusExporter(corpus).csv(csv, x -> {});
    assertThat(csv.toString())
        .startsWith(CorpusExporter.CSV_HEADER + "\r\n")
        .contains("governor#0,");
  }

  @Test
  void aReopenedCorpusKnowsWhatItStored() {
    add("governor", GOVERNOR, "Regional News", "2024-03-05");
    store.close();
    store = Store.openEmbedded(dir.resolve("store"));
    corpus = new Corpus(store, Encoders.minilm(), Corpus.Config.defaults());

    Document same = Document.of("governor-2", GOVERNOR, Metadata.of("g2.txt"));
    assertThat(corpus.alreadyStored(same)).contains("governor");
    Corpus.Added grid = add("grid", GRID_OPERATOR, "Energy Daily", "2024-03-05");
    assertThat(grid.story()).isEqualTo("story:governor");
  }

  @Test
  void urlsAreCanonicalisedForTheDuplicateKey() {
    assertThat(Corpus.canonicalUrl("HTTPS://Example.COM:443/news/a/?utm_source=x&id=7#top"))
        .isEqualTo("https://example.com/news/a?id=7");
    assertThat(Corpus.canonicalUrl("ftp://example.com/a")).isNull();
    assertThat(Corpus.canonicalUrl("not a url")).isNull();
    assertThat(Corpus.contentHash("Hello,   world!\r\n"))
        .isEqualTo(Corpus.contentHash("hello world"));
  }

  private ClaimRecord claimAbout(String docId, String word) {
    DocumentRecord d = store.expectDocument(docId);
    return store.claims(d.id()).stream()
        .filter(c -> c.text().contains(word))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no claim about " + word + " in " + docId + ": " + store.claims(docId)));
  }
}
