package org.claimlens.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.claimlens.annotators.embedding.SentenceEncoder;
import org.claimlens.corpus.claims.ClaimMatcher;
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

  /**
   * The store as a corpus sees it, adding to {@code looked} every vector it is asked to look up.
   */
  private Store recordingLookUps(List<float[]> looked) {
    Store real = store;
    return (Store)
        java.lang.reflect.Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              if (method.getName().startsWith("similarClaims")) {
                looked.add((float[]) args[method.getName().equals("similarClaimsSince") ? 1 : 0]);
              }
              try {
                return method.invoke(real, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void aRepeatedClaimThatNamesNothingIsStillLookedUp() {
    // "the situation remains difficult" may be about anything: the matcher alone decides
    List<float[]> looked = new java.util.concurrent.CopyOnWriteArrayList<>();
    corpus = new Corpus(recordingLookUps(looked), Encoders.minilm(), Corpus.Config.defaults());
    String quote = "\"the situation remains difficult, but under control,\" a spokesman said.";
    add(
        "north",
        "Shelling in the north\n\nSeveral villages near the border came under fire overnight. "
            + quote
            + " Residents were advised to stay in shelters until the morning.\n",
        "Regional News",
        "2024-03-05");
    add(
        "south",
        "Storm damage on the coast\n\nHigh winds brought down power lines along the coast on"
            + " Monday, and ferries were cancelled for the day. "
            + quote
            + " Crews expected to reconnect most homes by the evening.\n",
        "Coastal Daily",
        "2024-03-05");

    ClaimRecord north = claimAbout("north", "situation");
    ClaimRecord south = claimAbout("south", "situation");
    assertThat(south.text()).isEqualTo(north.text());
    assertThat(south.entities()).isEmpty();
    assertThat(corpus.twinStats().hits()).isZero();
    assertThat(looked).anyMatch(v -> java.util.Arrays.equals(v, south.vector()));
  }

  @Test
  void aClaimWordForWordInAnotherArticleJoinsItsTwinsClusterWithoutALookUp() {
    List<float[]> looked = new java.util.concurrent.CopyOnWriteArrayList<>();
    corpus = new Corpus(recordingLookUps(looked), Encoders.minilm(), Corpus.Config.defaults());
    add("governor", GOVERNOR, "Regional News", "2024-03-05");
    ClaimRecord governor = claimAbout("governor", "substation");
    assertThat(looked).as("a claim seen for the first time is looked up").isNotEmpty();
    int governorClaims = looked.size();
    looked.clear();
    // wire copy: another article that quotes the governor's sentence word for word
    add(
        "wire",
        "Overnight strikes across the east\n\n"
            + "Air raid alerts sounded across eastern Ukraine for most of the night, and several"
            + " regions reported damage to energy facilities. "
            + GOVERNOR.substring(GOVERNOR.indexOf("The governor"), GOVERNOR.indexOf(" Repair"))
            + " Officials in Dnipro said debris fell on a warehouse on the city's outskirts, and"
            + " that two workers were treated for cuts from broken glass. In Sumy, the regional"
            + " administration reported that a drone had struck a gas distribution point near the"
            + " border, and that emergency crews had cut the supply to three villages while they"
            + " worked. Poltava's governor said air defence had shot down four drones over the"
            + " region and that no one was hurt. The national energy company said scheduled"
            + " outages were possible in several regions on Wednesday evening, and urged"
            + " households to charge their devices in advance.\n",
        "Wire Service",
        "2024-03-05");

    ClaimRecord wire = claimAbout("wire", "substation");
    assertThat(wire.text()).isEqualTo(governor.text());
    assertThat(wire.cluster()).isEqualTo(governor.cluster()).isNotNull();
    assertThat(looked).as("the wire's other claims are looked up").isNotEmpty();
    assertThat(looked)
        .as("the twin is not")
        .noneMatch(v -> java.util.Arrays.equals(v, governor.vector()));
    assertThat(corpus.twinStats().hits()).isEqualTo(1);
    // each looked-up claim is seen twice: looked up ahead, then brought up to date at commit
    assertThat(corpus.twinStats().misses()).isEqualTo((looked.size() + governorClaims) / 2);
  }

  @Test
  void claimsBelowTheCosineFloorStayApartEvenWhenTheMatcherWouldJoinThem() {
    add("governor", GOVERNOR, "Regional News", "2024-03-05");
    ClaimRecord governor = claimAbout("governor", "substation");
    // The grid operator's claim gets a vector at cosine 0.68 to the governor's: just under the
    // floor. Its words and entities are the real ones, which the matcher alone accepts.
    float[] tilted = tilt(governor.vector(), 0.68);
    SentenceEncoder base = Encoders.minilm();
    SentenceEncoder tilting =
        new SentenceEncoder() {
          @Override
          public String id() {
            return base.id();
          }

          @Override
          public int dimension() {
            return base.dimension();
          }

          @Override
          public float[][] embed(List<String> texts) {
            float[][] v = base.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
              if (texts.get(i).contains("substation") && !texts.get(i).equals(governor.text())) {
                v[i] = tilted.clone();
              }
            }
            return v;
          }
        };
    corpus = new Corpus(store, tilting, Corpus.Config.defaults());
    add("grid", GRID_OPERATOR, "Energy Daily", "2024-03-05");
    ClaimRecord grid = claimAbout("grid", "substation");

    ClaimMatcher.Match m =
        ClaimMatcher.withDefaultWeights().score(Corpus.claimText(grid), Corpus.claimText(governor));
    assertThat(m.features().cosine()).isCloseTo(0.68, within(1e-3));
    assertThat(m.contentScore())
        .as("precondition: without the floor the matcher would join them")
        .isGreaterThanOrEqualTo(ClaimMatcher.withDefaultWeights().weights().threshold());
    assertThat(Corpus.MIN_COSINE).isGreaterThan(0.68);
    assertThat(grid.cluster()).isNotEqualTo(claimAbout("governor", "substation").cluster());
  }

  /** A unit vector at exactly {@code cos} to {@code v}. */
  private static float[] tilt(float[] v, double cos) {
    double[] u = unit(v);
    double[] r = new double[u.length];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < r.length; i++) {
      r[i] = random.nextGaussian();
    }
    double along = 0;
    for (int i = 0; i < r.length; i++) {
      along += r[i] * u[i];
    }
    for (int i = 0; i < r.length; i++) {
      r[i] -= along * u[i];
    }
    double[] w = unit(r);
    float[] out = new float[u.length];
    double sin = Math.sqrt(1 - cos * cos);
    for (int i = 0; i < u.length; i++) {
      out[i] = (float) (cos * u[i] + sin * w[i]);
    }
    return out;
  }

  private static double[] unit(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return unit(d);
  }

  private static double[] unit(double[] v) {
    double n = 0;
    for (double x : v) {
      n += x * x;
    }
    double inv = 1 / Math.sqrt(n);
    double[] u = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = v[i] * inv;
    }
    return u;
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
