package org.claimlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
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
 * and prints their median and 99th percentile latency. Running it again on the same store adds only
 * the documents still missing, so a large corpus can be built in several runs.
 */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description =
        "Store scale harness: generate a synthetic corpus of N documents into a store (seeded),"
            + " then time text, semantic and hybrid searches (median and p99).")
final class BenchStoreCommand implements Callable<Integer> {
  private static final int DIM = 384;
  private static final int TOPICS = 64;
  private static final int VOCABULARY = 20_000;
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

  @Override
  public Integer call() {
    if (docs < 1 || queries < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--docs and --queries >= 1");
    }
    float[][] centroids = new float[TOPICS][];
    SplittableRandom topicRandom = new SplittableRandom(seed);
    for (int t = 0; t < TOPICS; t++) {
      centroids[t] = unit(gaussian(topicRandom, DIM, 1.0));
    }
    try (Store s = Store.openEmbedded(store)) {
      long have = s.documentCount();
      long t0 = System.nanoTime();
      for (long i = have; i < docs; i++) {
        s.put(document(i, centroids));
        if ((i + 1) % 1000 == 0) {
          double secs = (System.nanoTime() - t0) / 1e9;
          root.err.printf(
              Locale.ROOT, "bench-store: %d documents, %.0f/s%n", i + 1, (i + 1 - have) / secs);
        }
      }
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      root.out.printf(
          Locale.ROOT,
          "bench-store: %d documents in the store (%d added in %.1f s)%n",
          s.documentCount(),
          docs - have,
          loadSeconds);
      // untimed warm-up: the JIT, the first searcher over freshly loaded segments
      SplittableRandom warm = new SplittableRandom(seed + 2);
      for (int i = 0; i < queries; i++) {
        int topic = warm.nextInt(TOPICS);
        s.search(
            SearchQuery.all()
                .withText(word(topic, warm))
                .withVector(near(centroids[topic], warm))
                .withLimit(10));
      }
      SplittableRandom q = new SplittableRandom(seed + 1);
      for (String mode : List.of("text", "semantic", "hybrid", "text+filters")) {
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
          int topic = q.nextInt(TOPICS);
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
    return 0;
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

  /** A word: Zipf-like over the vocabulary, shifted per topic so topics share common words. */
  private static String word(int topic, SplittableRandom r) {
    int rank = (int) Math.floor(Math.pow(VOCABULARY, r.nextDouble())) - 1;
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
