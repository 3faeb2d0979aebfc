package org.claimlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.claimlens.store.ClaimRecord;
import org.claimlens.store.DocumentRecord;
import org.claimlens.store.SearchQuery;
import org.claimlens.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimlens bench-store --store DIR --docs N}: the store's scale harness. Generates a
 * synthetic corpus straight into a store (no analysis: seeded random documents over a Zipf
 * vocabulary, outlets, dates and narrative labels, with unit vectors drawn around topic centroids
 * and a few claims each), then, after as many untimed warm-up searches, times searches of each mode
 * and the similar-claim look-up that ingest makes for every embedded claim ({@code claims}), and
 * prints their median and 99th percentile latency. Running it again on the same store adds only the
 * documents still missing, so a large corpus can be built in several runs.
 */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description =
        "Store scale harness: generate a synthetic corpus of N documents into a store (seeded),"
            + " then time text, semantic and hybrid searches, and similar-claim look-ups"
            + " (median and p99).")
final class BenchStoreCommand implements Callable<Integer> {
  private static final int DIM = 384;
  private static final int TOPICS = 64;
  private static final int VOCABULARY = 20_000;

  /** The commonest English words, most frequent first. */
  private static final String[] FUNCTION_WORDS = {
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "was", "with", "be", "by",
    "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an",
    "had", "they", "you", "were", "their"
  };

  private static final String[] OUTLETS = {
    "Meridian Wire",
    "Black Sea Today",
    "Eastern Flank Blog",
    "Kyiv Daily",
    "Baltic Monitor",
    "Atlantic Ledger",
    "Danube Post",
    "Steppe Channel"
  };
  private static final String[] NARRATIVES = {
    "URW: Amplifying war-related fears",
    "URW: Discrediting Ukraine",
    "URW: Russia is the Victim",
    "URW: Discrediting the West, Diplomacy",
    "CC: Criticism of climate policies"
  };
  private static final String[] SOURCE_TYPES = {
    "named_person", "official_body", "anonymous_person", "anonymous_group", "media_outlet"
  };

  @ParentCommand ClaimlensCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "A data folder.")
  Path store;

  @Option(names = "--docs", defaultValue = "10000", description = "Corpus size. Default: 10000.")
  int docs;

  @Option(names = "--queries", defaultValue = "200", description = "Queries per mode.")
  int queries;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: 42.")
  long seed;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Threads generating and storing documents. Default: 2.")
  int threads;

  @Override
  public Integer call() {
    if (docs < 1 || queries < 1 || threads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--docs, --queries and --threads must be at least 1");
    }
    float[][] centroids = new float[TOPICS][];
    SplittableRandom topicRandom = new SplittableRandom(seed);
    for (int t = 0; t < TOPICS; t++) {
      centroids[t] = unit(gaussian(topicRandom, DIM, 1.0));
    }
    long have;
    try (Store s = Store.openEmbedded(store)) {
      have = s.documentCount();
      if (have < docs) {
        load(s, have, centroids);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      root.err.println("bench-store: interrupted; run it again to go on");
      return 1;
    } catch (ExecutionException e) {
      throw new IllegalStateException("bench-store: a load thread failed: " + e.getCause(), e);
    }
    // Opened again, after closing waited for the index's merges: searches time a settled index.
    try (Store s = Store.openEmbedded(store)) {
      root.out.printf(Locale.ROOT, "bench-store: %d documents in the store%n", s.documentCount());
      // Untimed warm-up, the same mix with other words: the JIT, and the first reads of the
      // index's files, as a long-running search service would have them.
      time(s, centroids, new SplittableRandom(seed + 2), false);
      time(s, centroids, new SplittableRandom(seed + 1), true);
    }
    return 0;
  }

  /** Runs {@link #queries} searches of each mode; prints their latencies when {@code report}. */
  private void time(Store s, float[][] centroids, SplittableRandom q, boolean report) {
    for (String mode : List.of("text", "semantic", "hybrid", "text+filters", "claims")) {
      long[] nanos = new long[queries];
      for (int i = 0; i < queries; i++) {
        int topic = q.nextInt(TOPICS);
        if (mode.equals("claims")) {
          // the look-up ingest makes for every embedded claim: its 10 nearest stored claims
          float[] v = near(centroids[topic], q);
          long start = System.nanoTime();
          s.similarClaims(v, 10);
          nanos[i] = System.nanoTime() - start;
          continue;
        }
        SearchQuery query = SearchQuery.all().withLimit(10);
        if (!mode.equals("semantic")) {
          query = query.withText(word(topic, q) + " " + word(topic, q));
        }
        if (mode.equals("semantic") || mode.equals("hybrid")) {
          query = query.withVector(near(centroids[topic], q));
        }
        if (mode.equals("text+filters")) {
          query =
              query
                  .withOutlet(OUTLETS[q.nextInt(OUTLETS.length)])
                  .withPublishedFrom("2024-01-01")
                  .withPublishedTo("2024-06-30");
        }
        long start = System.nanoTime();
        s.search(query);
        nanos[i] = System.nanoTime() - start;
      }
      if (report) {
        Arrays.sort(nanos);
        root.out.printf(
            Locale.ROOT,
            "  %-13s median %.2f ms, p99 %.2f ms, max %.2f ms (%d queries)%n",
            mode,
            nanos[queries / 2] / 1e6,
            nanos[Math.min(queries - 1, (int) Math.ceil(queries * 0.99) - 1)] / 1e6,
            nanos[queries - 1] / 1e6,
            queries);
      }
    }
  }

  /**
   * Stores documents {@code have - threads} to {@code docs - 1} from {@link #threads} threads. A
   * killed parallel load can leave a gap of fewer than {@code threads} documents just below the
   * last stored one, so it starts that far back: documents already stored are found by their
   * content hash and skipped.
   */
  private void load(Store s, long have, float[][] centroids)
      throws InterruptedException, ExecutionException {
    AtomicLong next = new AtomicLong(Math.max(0, have - threads));
    AtomicLong done = new AtomicLong();
    long every = Math.max(1000, docs / 100);
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (long i = next.getAndIncrement(); i < docs; i = next.getAndIncrement()) {
                    s.put(document(i, centroids));
                    long n = done.incrementAndGet();
                    if (n % every == 0) {
                      double secs = (System.nanoTime() - t0) / 1e9;
                      root.err.printf(
                          Locale.ROOT,
                          "bench-store: %d of %d documents, %.0f/s%n",
                          have + n,
                          docs,
                          n / secs);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    root.out.printf(
        Locale.ROOT,
        "bench-store: stored %d documents in %.1f s (%d threads)%n",
        docs - have,
        (System.nanoTime() - t0) / 1e9,
        threads);
  }

  /** Document {@code i}, the same for the same seed whatever was generated before it. */
  private DocumentRecord document(long i, float[][] centroids) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    int topic = r.nextInt(TOPICS);
    StringBuilder text = new StringBuilder();
    int words = 150 + r.nextInt(300);
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : w % 18 == 0 ? ". " : " ").append(word(topic, r));
    }
    String id = String.format(Locale.ROOT, "syn-%08d", i);
    List<ClaimRecord> claims = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int c = 0; c < n; c++) {
      claims.add(
          ClaimRecord.of(
              id,
              c,
              word(topic, r) + " " + word(topic, r) + " " + word(topic, r),
              "source " + r.nextInt(1000),
              null,
              SOURCE_TYPES[r.nextInt(SOURCE_TYPES.length)],
              List.of(),
              near(centroids[topic], r)));
    }
    return new DocumentRecord(
        id,
        0,
        Long.toHexString(seed) + "-" + id,
        null,
        "Synthetic " + id + " " + word(topic, r),
        null,
        OUTLETS[r.nextInt(OUTLETS.length)],
        String.format(Locale.ROOT, "2024-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)),
        "en",
        id + ".txt",
        text.toString(),
        "{\"schema\":\"claimlens/1\",\"id\":\"" + id + "\",\"synthetic\":true}",
        near(centroids[topic], r),
        r.nextInt(3) == 0 ? List.of(NARRATIVES[r.nextInt(NARRATIVES.length)]) : List.of(),
        null,
        null,
        claims);
  }

  /**
   * A word: Zipf-like over the vocabulary, shifted per topic so topics share common words. As in
   * English text, the most frequent ranks are function words (about a third of all words); the rest
   * are made-up words.
   */
  private static String word(int topic, SplittableRandom r) {
    int rank = (int) Math.floor(Math.pow(VOCABULARY, r.nextDouble())) - 1;
    if (rank < FUNCTION_WORDS.length) {
      return FUNCTION_WORDS[rank];
    }
    int id = rank < 200 ? rank : (rank + topic * 997) % VOCABULARY;
    return "w" + Integer.toString(id, 36);
  }

  private static float[] near(float[] centroid, SplittableRandom r) {
    float[] noise = gaussian(r, DIM, 0.06);
    float[] v = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      v[d] = centroid[d] + noise[d];
    }
    return unit(v);
  }

  private static float[] gaussian(SplittableRandom r, int n, double sd) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      // Box-Muller
      double u = 1 - r.nextDouble();
      double w = r.nextDouble();
      v[i] = (float) (sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w));
    }
    return v;
  }

  private static float[] unit(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    float inv = (float) (1 / Math.sqrt(s));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }
}
