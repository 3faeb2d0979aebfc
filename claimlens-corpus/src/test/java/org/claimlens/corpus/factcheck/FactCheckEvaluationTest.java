package org.claimlens.corpus.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.model.FactCheck;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation on the held-apart TEST split of the authored queries with the default config
 * (tuned on the tune split only). Measured when written: MRR@10 0.943, recall@1 0.912, recall@10
 * 1.000 over 181 restatements, 23 distractors.
 */
class FactCheckEvaluationTest {
  static final Path DATA = Path.of("..", "data", "factchecks");

  @Test
  void testSplitMeetsTheFloor() throws Exception {
    FactCheckBatch library = FactCheckReaders.read(DATA.resolve("library.csv"));
    assertThat(library.problems()).isEmpty();
    List<FactCheckQuery> test = FactCheckEvaluation.readQueries(DATA.resolve("queries-test.jsonl"));
    FactCheckMatcher matcher =
        FactCheckMatcher.build(
            library.factChecks(), Encoders.minilm(), FactCheckMatcher.Config.DEFAULT);
    FactCheckEvaluation.Result r = FactCheckEvaluation.evaluate(matcher, test);
    System.out.println("fact-check matching, test split: " + r.toKeyValues());
    assertThat(r.queries()).isGreaterThan(150);
    assertThat(r.distractors()).isGreaterThan(10);
    assertThat(r.mrrAt10()).isGreaterThanOrEqualTo(0.80);
    assertThat(r.recallAt1()).isGreaterThanOrEqualTo(0.75);
    assertThat(r.meanTopScoreDistractors()).isLessThan(r.meanTopScore());
  }

  @Test
  void metricsOnAHandCountedCase() {
    List<FactCheck> library =
        List.of(
            new FactCheck("a", "alpha bravo charlie", null, null, null),
            new FactCheck("b", "delta echo foxtrot", null, null, null),
            new FactCheck("c", "golf hotel india", null, null, null));
    FactCheckMatcher m =
        FactCheckMatcher.build(
            library, new HashingEncoder(), FactCheckMatcher.Config.DEFAULT.withEmbeddingWeight(0));
    List<FactCheckQuery> queries =
        List.of(
            new FactCheckQuery("1", false, "alpha bravo", "a"), // rank 1
            new FactCheckQuery("2", false, "delta echo", "c"), // c has no shared word: rank 2 or 3
            new FactCheckQuery("3", false, "zulu", null)); // a distractor
    FactCheckEvaluation.Result r = FactCheckEvaluation.evaluate(m, queries);
    assertThat(r.queries()).isEqualTo(2);
    assertThat(r.distractors()).isEqualTo(1);
    assertThat(r.recallAt1()).isEqualTo(0.5);
    assertThat(r.recallAt10()).isEqualTo(1.0);
    // Ties at 0 keep library order, so c ranks third behind b and a: MRR = (1 + 1/3) / 2.
    assertThat(r.mrrAt10()).isCloseTo((1 + 1.0 / 3) / 2, within(1e-9));
    assertThat(r.meanTopScoreDistractors()).isZero();
  }
}
