package org.claimlens.annotators.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Our own hand-labelled texts ({@code src/test/resources/entities/labelled}): wire copy, channel
 * posts, an NGO statement, an opinion piece and Russian and Ukrainian posts. A regression guard:
 * the floors sit well under today's figures (span+type F1 0.99 when written) so that only a real
 * regression fails.
 */
class LabelledEntitiesTest {

  @Test
  void spanTypeAndCanonicalStayHigh() throws Exception {
    EntityEvaluator.Report r = GoldSets.evaluate(resource("entities/labelled/gold.tsv"));
    System.out.println("entities, own labelled set:\n" + r.format());
    r.errors().forEach(e -> System.out.println("  " + e));

    assertThat(r.misalignedGold()).isEmpty();
    assertThat(r.spanType().truePositives() + r.spanType().falseNegatives()).isGreaterThan(150);
    assertThat(r.spanType().f1()).isGreaterThanOrEqualTo(0.9);
    assertThat(r.spanCanonical().f1()).isGreaterThanOrEqualTo(0.9);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(LabelledEntitiesTest.class.getClassLoader().getResource(name).toURI());
  }
}
