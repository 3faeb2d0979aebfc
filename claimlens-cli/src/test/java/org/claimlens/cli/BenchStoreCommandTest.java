package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStoreCommandTest {
  @TempDir Path dir;

  @Test
  void generatesTheCorpusOnceAndReportsLatencyPerMode() {
    String store = dir.resolve("s").toString();
    CliRun first = CliRun.of("bench-store", "--store", store, "--docs", "40", "--queries", "5");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("40 documents in the store (40 added");
    for (String mode : new String[] {"text", "semantic", "hybrid", "text+filters"}) {
      assertThat(first.out())
          .containsPattern(
              "  " + java.util.regex.Pattern.quote(mode) + " +median [0-9.]+ ms, p99 [0-9.]+ ms");
    }
    CliRun again = CliRun.of("bench-store", "--store", store, "--docs", "50", "--queries", "5");
    assertThat(again.out()).contains("50 documents in the store (10 added");
  }
}
