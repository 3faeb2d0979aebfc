package org.claimlens.annotators.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled held-out set in {@code eval/entities-heldout/} (gold.tsv and its texts), kept
 * apart from tuning. Skipped where the set is absent. Prints the figures and fails under a
 * conservative floor, so that a regression shows.
 */
class HeldOutEntitiesTest {
  static final double SPAN_TYPE_F1_FLOOR = 0.5;

  @Test
  void heldOutFiguresStayAboveTheFloor() throws Exception {
    Optional<Path> root = GoldSets.repositoryRoot();
    Path gold = root.map(r -> r.resolve("eval/entities-heldout/gold.tsv")).orElse(null);
    assumeTrue(gold != null && Files.isRegularFile(gold), "no eval/entities-heldout/gold.tsv");

    EntityEvaluator.Report r = GoldSets.evaluate(gold);
    System.out.println("entities, held-out set:\n" + r.format());

    assertThat(r.spanType().f1()).isGreaterThanOrEqualTo(SPAN_TYPE_F1_FLOOR);
  }
}
