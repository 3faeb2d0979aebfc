package org.claimlens.corpus.claims;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.annotators.embedding.SentenceEncoder;
import org.claimlens.model.ClaimStatus;

/**
 * Fits and measures {@link ClaimMatcher.Weights} on labelled claim pairs.
 *
 * <p>The fit is full-batch projected gradient descent on the L2-regularised log loss from all-zero
 * weights, so the same pairs and vectors always give the same weights (no sampling, hence no seed
 * needed). The weights are sign-constrained: similarity features (cosine, lexical, entity overlap)
 * may only raise the score and conflict features (numbers, entities, polarity) only lower it. On a
 * few hundred authored pairs full of minimal edits ("14 tanks" / "88 tanks") an unconstrained fit
 * learns that word overlap <em>lowers</em> the odds of a match, which would not carry over to a
 * real corpus. The threshold is the one that maximises F1 on the same pairs. Stateless and
 * thread-safe.
 *
 * <p>Pair files are tab-separated, one pair a line, {@code #} comments and blank lines ignored:
 *
 * <pre>
 * id  label  textA  entitiesA  statusA  textB  entitiesB  statusB
 * p01 same   Russia says it downed 12 drones  Russia  unknown  Moscow claims 12 UAVs shot down  Russia  unknown
 * </pre>
 *
 * where label is {@code same} or {@code different}, entities are {@code ;}-separated canonical
 * names ({@code -} for none) and status is a {@link ClaimStatus#jsonName()}.
 *
 * <p>Refit the shipped weights with {@code java ... ClaimMatcherTrainer
 * claimlens-corpus/src/test/resources/claims/pairs-tune.tsv}; it prints the properties.
 */
public final class ClaimMatcherTrainer {

  /** L2 strength, small: the features are few and bounded. */
  static final double L2 = 0.001;

  static final double LEARNING_RATE = 0.5;
  static final int ITERATIONS = 20_000;

  /** The sign each weight is held to, in {@link ClaimMatcher#FEATURE_NAMES} order. */
  private static final int[] SIGNS = {+1, +1, -1, +1, -1, -1};

  /** One labelled pair as read from a pair file. */
  public record LabelledPair(
      String id,
      boolean same,
      String textA,
      Set<String> entitiesA,
      ClaimStatus statusA,
      String textB,
      Set<String> entitiesB,
      ClaimStatus statusB) {
    public LabelledPair {
      Objects.requireNonNull(id, "id");
      entitiesA = Set.copyOf(entitiesA);
      entitiesB = Set.copyOf(entitiesB);
    }
  }

  /** Precision, recall and F1 of the "same" class, with the counts behind them. */
  public record Scores(
      int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    public double precision() {
      return truePositives + falsePositives == 0
          ? 0
          : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0
          ? 0
          : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "precision=%.4f recall=%.4f f1=%.4f tp=%d fp=%d fn=%d tn=%d",
          precision(),
          recall(),
          f1(),
          truePositives,
          falsePositives,
          falseNegatives,
          trueNegatives);
    }
  }

  private ClaimMatcherTrainer() {}

  /** Reads a pair file; a malformed line is an error naming the file and the line. */
  public static List<LabelledPair> readPairs(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LabelledPair> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = file + ":" + (i + 1);
      if (f.length != 8) {
        throw new IOException(where + ": expected 8 tab-separated fields, found " + f.length);
      }
      boolean same =
          switch (f[1].strip()) {
            case "same" -> true;
            case "different" -> false;
            default ->
                throw new IOException(
                    where + ": label must be \"same\" or \"different\", was \"" + f[1] + "\"");
          };
      out.add(
          new LabelledPair(
              f[0].strip(),
              same,
              f[2].strip(),
              entities(f[3]),
              status(f[4], where),
              f[5].strip(),
              entities(f[6]),
              status(f[7], where)));
    }
    return out;
  }

  /** The pairs as matcher inputs, embedded in one batch with {@code encoder}. */
  public static List<ClaimMatcher.Features> features(
      List<LabelledPair> pairs, SentenceEncoder encoder) {
    List<String> texts = new ArrayList<>();
    for (LabelledPair p : pairs) {
      texts.add(p.textA());
      texts.add(p.textB());
    }
    float[][] v = encoder.embed(texts);
    List<ClaimMatcher.Features> out = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      LabelledPair p = pairs.get(i);
      out.add(
          ClaimMatcher.features(
              new ClaimMatcher.ClaimText(
                  p.id() + "/a", p.textA(), v[2 * i], p.entitiesA(), p.statusA()),
              new ClaimMatcher.ClaimText(
                  p.id() + "/b", p.textB(), v[2 * i + 1], p.entitiesB(), p.statusB())));
    }
    return out;
  }

  /** Fits weights to the features and labels, threshold at the best F1 on them. */
  public static ClaimMatcher.Weights fit(List<ClaimMatcher.Features> x, List<Boolean> y) {
    if (x.size() != y.size() || x.isEmpty()) {
      throw new IllegalArgumentException("need equally many features and labels, at least one");
    }
    int d = ClaimMatcher.FEATURE_NAMES.size();
    double[] w = new double[d];
    double b = 0;
    double[][] xs = new double[x.size()][];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = x.get(i).toArray();
    }
    int n = xs.length;
    for (int it = 0; it < ITERATIONS; it++) {
      double[] g = new double[d];
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double z = b;
        for (int j = 0; j < d; j++) {
          z += w[j] * xs[i][j];
        }
        double err = 1 / (1 + Math.exp(-z)) - (y.get(i) ? 1 : 0);
        gb += err;
        for (int j = 0; j < d; j++) {
          g[j] += err * xs[i][j];
        }
      }
      b -= LEARNING_RATE * gb / n;
      for (int j = 0; j < d; j++) {
        w[j] -= LEARNING_RATE * (g[j] / n + L2 * w[j]);
        w[j] = SIGNS[j] > 0 ? Math.max(0, w[j]) : Math.min(0, w[j]);
      }
    }
    ClaimMatcher.Weights unthresholded = new ClaimMatcher.Weights(b, w, 0.5);
    return unthresholded.withThreshold(bestThreshold(unthresholded, x, y));
  }

  /** The threshold in 0.05..0.95 (step 0.01) with the best F1, the lowest on ties. */
  static double bestThreshold(
      ClaimMatcher.Weights w, List<ClaimMatcher.Features> x, List<Boolean> y) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double th = t / 100.0;
      double f1 = score(w.withThreshold(th), x, y).f1();
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = th;
      }
    }
    return best;
  }

  /** Precision, recall and F1 of {@code w} on the pairs. */
  public static Scores score(
      ClaimMatcher.Weights w, List<ClaimMatcher.Features> x, List<Boolean> y) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < x.size(); i++) {
      boolean predicted = ClaimMatcher.probability(w, x.get(i).toArray()) >= w.threshold();
      boolean gold = y.get(i);
      if (predicted && gold) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (gold) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Scores(tp, fp, fn, tn);
  }

  /** The labels of {@code pairs}, in order. */
  public static List<Boolean> labels(List<LabelledPair> pairs) {
    return pairs.stream().map(LabelledPair::same).toList();
  }

  /**
   * Fits on the first file and prints the weights; with a second file, also prints P/R/F1 of the
   * fitted weights on it. Usage: {@code ClaimMatcherTrainer TUNE.tsv [TEST.tsv]}.
   */
  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  /** What {@link #main} does, printing to {@code out}; for the CLI. */
  public static void run(String[] args, PrintStream out) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: ClaimMatcherTrainer TUNE.tsv [TEST.tsv]");
    }
    SentenceEncoder encoder = Encoders.minilm();
    List<LabelledPair> tune = readPairs(Path.of(args[0]));
    List<ClaimMatcher.Features> tx = features(tune, encoder);
    ClaimMatcher.Weights w = fit(tx, labels(tune));
    out.print(w.toProperties());
    out.println("# tune " + score(w, tx, labels(tune)));
    if (args.length == 2) {
      List<LabelledPair> test = readPairs(Path.of(args[1]));
      out.println("# test " + score(w, features(test, encoder), labels(test)));
    }
  }

  private static Set<String> entities(String field) {
    String f = field.strip();
    if (f.isEmpty() || f.equals("-")) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String e : f.split(";")) {
      if (!e.isBlank()) {
        out.add(e.strip());
      }
    }
    return out;
  }

  private static ClaimStatus status(String field, String where) throws IOException {
    String s = field.strip().toUpperCase(Locale.ROOT);
    if (Arrays.stream(ClaimStatus.values()).noneMatch(v -> v.name().equals(s))) {
      throw new IOException(
          where
              + ": status must be one of confirmed, denied, unconfirmed, unknown; was \""
              + field
              + "\"");
    }
    return ClaimStatus.valueOf(s);
  }
}
