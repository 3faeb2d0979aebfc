package org.claimlens.corpus.factcheck;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.model.FactCheck;

/**
 * Measures a {@link FactCheckMatcher} on queries with gold fact-check ids: MRR@10, recall@1 and
 * recall@10 over the queries that restate a fact-check, and, over the distractors (queries whose
 * {@code gold} is absent), how far their best score stays below the restatements'.
 *
 * <p>Run it as {@code java ... FactCheckEvaluation LIBRARY QUERIES.jsonl [--tune]}: it prints one
 * line of {@code key=value} pairs; with {@code --tune} it first picks the embedding weight on those
 * queries (use the tune split only) and prints the pick. Stateless and thread-safe.
 */
public final class FactCheckEvaluation {

  /** Ranks beyond this count as a miss. */
  public static final int DEPTH = 10;

  /**
   * The figures of one run.
   *
   * @param queries restatement queries (with a gold id)
   * @param distractors queries without gold
   * @param mrrAt10 mean reciprocal rank of the gold id, 0 beyond rank 10
   * @param recallAt1 share of restatements whose gold id ranks first
   * @param recallAt10 share whose gold id ranks in the top 10
   * @param meanTopScore mean best score over the restatements
   * @param meanTopScoreDistractors mean best score over the distractors
   * @param distractorsBelowMedian share of distractors whose best score is below the median best
   *     score of the restatements
   */
  public record Result(
      int queries,
      int distractors,
      double mrrAt10,
      double recallAt1,
      double recallAt10,
      double meanTopScore,
      double meanTopScoreDistractors,
      double distractorsBelowMedian) {

    /** One line of {@code key=value} pairs, 4 decimals. */
    public String toKeyValues() {
      return String.format(
          Locale.ROOT,
          "queries=%d distractors=%d mrr@10=%.4f recall@1=%.4f recall@10=%.4f"
              + " mean_top_score=%.4f mean_top_score_distractors=%.4f"
              + " distractors_below_median=%.4f",
          queries,
          distractors,
          mrrAt10,
          recallAt1,
          recallAt10,
          meanTopScore,
          meanTopScoreDistractors,
          distractorsBelowMedian);
    }
  }

  private FactCheckEvaluation() {}

  /**
   * Reads an evaluation query file; unlike {@code factcheck match}, a bad line is an error here,
   * since a silently shorter gold set would change the figures.
   */
  public static List<FactCheckQuery> readQueries(Path file) throws IOException {
    List<String> problems = new ArrayList<>();
    List<FactCheckQuery> queries;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      queries = FactCheckMatchJsonl.readQueries(r, file.toString(), problems::add);
    }
    if (!problems.isEmpty()) {
      throw new FactCheckFormatException(problems.getFirst());
    }
    return queries;
  }

  /** Evaluates {@code matcher} on {@code queries}; a gold id not in the library is an error. */
  public static Result evaluate(FactCheckMatcher matcher, List<FactCheckQuery> queries) {
    return evaluate(
        matcher, queries, matcher.embed(queries.stream().map(FactCheckQuery::text).toList()));
  }

  /** Like {@link #evaluate(FactCheckMatcher, List)} with the queries already embedded. */
  static Result evaluate(
      FactCheckMatcher matcher, List<FactCheckQuery> queries, float[][] vectors) {
    Set<String> ids = new HashSet<>();
    for (FactCheck f : matcher.library()) {
      ids.add(f.id());
    }
    for (FactCheckQuery q : queries) {
      if (q.gold() != null && !ids.contains(q.gold())) {
        throw new IllegalArgumentException(
            "query " + q.id() + ": gold \"" + q.gold() + "\" is not in the library");
      }
    }
    List<List<FactCheckMatcher.Scored>> results = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      results.add(matcher.match(queries.get(i).text(), vectors[i], DEPTH));
    }
    double rr = 0;
    int at1 = 0;
    int at10 = 0;
    List<Double> top = new ArrayList<>();
    List<Double> topDistractor = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      List<FactCheckMatcher.Scored> r = results.get(i);
      double best = r.isEmpty() ? 0 : r.getFirst().score();
      String gold = queries.get(i).gold();
      if (gold == null) {
        topDistractor.add(best);
        continue;
      }
      top.add(best);
      for (int rank = 0; rank < r.size(); rank++) {
        if (r.get(rank).factCheck().id().equals(gold)) {
          rr += 1.0 / (rank + 1);
          at10++;
          if (rank == 0) {
            at1++;
          }
          break;
        }
      }
    }
    int n = top.size();
    double median = median(top);
    long below = topDistractor.stream().filter(s -> s < median).count();
    return new Result(
        n,
        topDistractor.size(),
        n == 0 ? 0 : rr / n,
        n == 0 ? 0 : (double) at1 / n,
        n == 0 ? 0 : (double) at10 / n,
        mean(top),
        mean(topDistractor),
        topDistractor.isEmpty() ? 0 : (double) below / topDistractor.size());
  }

  /**
   * The embedding weight in 0, 0.05, ..., 1 with the best MRR@10 on {@code queries} (the lowest on
   * ties), with the rest of the matcher's config unchanged. Tune on the tune split only.
   */
  public static FactCheckMatcher.Config tune(
      FactCheckMatcher matcher, List<FactCheckQuery> queries, PrintStream log) {
    FactCheckMatcher.Config best = matcher.config();
    double bestMrr = -1;
    // Embed once: only the fusion changes between grid points.
    float[][] vectors = matcher.embed(queries.stream().map(FactCheckQuery::text).toList());
    for (int step = 0; step <= 20; step++) {
      FactCheckMatcher.Config c = matcher.config().withEmbeddingWeight(step / 20.0);
      Result r = evaluate(matcher.withConfig(c), queries, vectors);
      log.printf(Locale.ROOT, "# w=%.2f %s%n", c.embeddingWeight(), r.toKeyValues());
      if (r.mrrAt10() > bestMrr + 1e-9) {
        bestMrr = r.mrrAt10();
        best = c;
      }
    }
    return best;
  }

  /** Usage: {@code FactCheckEvaluation LIBRARY QUERIES.jsonl [--tune]}. */
  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  /** What {@link #main} does, printing to {@code out}; for the CLI. */
  public static void run(String[] args, PrintStream out) throws IOException {
    List<String> a = new ArrayList<>(Arrays.asList(args));
    boolean tune = a.remove("--tune");
    if (a.size() != 2) {
      throw new IllegalArgumentException(
          "usage: FactCheckEvaluation LIBRARY QUERIES.jsonl [--tune]");
    }
    FactCheckBatch library = FactCheckReaders.read(Path.of(a.get(0)));
    library.problems().forEach(p -> out.println("# " + p));
    List<FactCheckQuery> queries = readQueries(Path.of(a.get(1)));
    FactCheckMatcher matcher =
        FactCheckMatcher.build(
            library.factChecks(), Encoders.minilm(), FactCheckMatcher.Config.DEFAULT);
    if (tune) {
      FactCheckMatcher.Config best = tune(matcher, queries, out);
      out.println("# tuned " + best);
      matcher = matcher.withConfig(best);
    }
    out.println(evaluate(matcher, queries).toKeyValues());
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return 0;
    }
    double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
