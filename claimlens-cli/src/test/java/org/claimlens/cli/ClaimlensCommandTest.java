package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimlensCommandTest {
  /** The verbs of design.md §3, plus the throughput harness. */
  static final List<String> VERBS =
      List.of(
          "demo",
          "analyze",
          "train",
          "eval",
          "ingest",
          "search",
          "claims",
          "stories",
          "factcheck",
          "export",
          "serve",
          "bench");

  @Test
  void helpListsEveryVerb() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    for (String verb : VERBS) {
      assertThat(run.out()).containsPattern("(?m)^  " + verb + "\\s");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve"})
  void aVerbNotBuiltYetSaysSoAndExitsTwo(String verb) {
    CliRun run = CliRun.of(verb, "narratives", "--data", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("claimlens " + verb + ": not built yet");
  }
}
