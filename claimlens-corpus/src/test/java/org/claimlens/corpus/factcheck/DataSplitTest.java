package org.claimlens.corpus.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimlens.model.FactCheck;
import org.junit.jupiter.api.Test;

/**
 * Checks the authored data in {@code data/factchecks} against the rules in its README: the split is
 * the seeded hash of each query id, every gold id is in the library, every fact-check has at least
 * five restatements, and there are at least 40 distractors.
 */
class DataSplitTest {

  static boolean isTest(String queryId) throws Exception {
    byte[] h =
        MessageDigest.getInstance("SHA-256")
            .digest(("claimlens-factchecks:" + queryId).getBytes(StandardCharsets.UTF_8));
    return (h[0] & 0xff) < 128;
  }

  @Test
  void splitIsTheSeededHashAndCoversTheLibrary() throws Exception {
    List<FactCheck> library =
        FactCheckReaders.read(FactCheckEvaluationTest.DATA.resolve("library.csv")).factChecks();
    assertThat(library).hasSizeGreaterThanOrEqualTo(70);
    Set<String> ids = new HashSet<>();
    library.forEach(f -> ids.add(f.id()));
    Map<String, Integer> restatements = new HashMap<>();
    int distractors = 0;
    Set<String> seen = new HashSet<>();
    for (String split : List.of("tune", "test")) {
      for (FactCheckQuery q :
          FactCheckEvaluation.readQueries(
              FactCheckEvaluationTest.DATA.resolve("queries-" + split + ".jsonl"))) {
        assertThat(seen.add(q.id())).as("query id %s unique", q.id()).isTrue();
        assertThat(isTest(q.id()))
            .as("query %s in %s", q.id(), split)
            .isEqualTo(split.equals("test"));
        if (q.gold() == null) {
          distractors++;
        } else {
          assertThat(ids).contains(q.gold());
          restatements.merge(q.gold(), 1, Integer::sum);
        }
      }
    }
    assertThat(distractors).isGreaterThanOrEqualTo(40);
    for (String id : ids) {
      assertThat(restatements.getOrDefault(id, 0))
          .as("restatements of %s", id)
          .isGreaterThanOrEqualTo(5);
    }
  }
}
