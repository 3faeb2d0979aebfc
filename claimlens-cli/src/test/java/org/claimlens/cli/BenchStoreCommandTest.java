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
    assertThat(first.out())
        .contains("bench-store: stored 40 documents in")
        .contains("bench-store: 40 documents in the store");
    for (String mode : new String[] {"text", "semantic", "hybrid", "text+filters", "claims"}) {
      assertThat(first.out())
          .containsPattern(
              "  " + java.util.regex.Pattern.quote(mode) + " +median [0-9.]+ ms, p99 [0-9.]+ ms");
    }
    CliRun again = CliRun.of("bench-store", "--store", store, "--docs", "50", "--queries", "5");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("bench-store: stored 10 documents in")
        .contains("bench-store: 50 documents in the store");
    CliRun settled = CliRun.of("bench-store", "--store", store, "--docs", "50", "--queries", "5");
    assertThat(settled.out())
        .doesNotContain("stored")
        .contains("bench-store: 50 documents in the store");
  }
}
