package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void attributionScoresAGoldFolderAndEndsWithKeyValues() throws IOException {
    String text = "Kremlin spokesman Dmitry Peskov said the talks were over.\n";
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), text);
    Files.writeString(
        dir.resolve("attributions/a.ann"),
        "T1\tSource 0 31\tKremlin spokesman Dmitry Peskov\n"
            + "T2\tCue 32 36\tsaid\n"
            + "T3\tContent 37 57\tthe talks were over.\n"
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n");

    CliRun run = CliRun.of("eval", "attribution", "--gold", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).contains("source_f1=", "cue_f1=", "content_f1=", "docs=1", "gold=1");
  }

  @Test
  void tasksOfALaterReleaseExitTwo() {
    CliRun run = CliRun.of("eval", "narratives", "--gold", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not built yet");
    assertThat(CliRun.of("eval", "vibes", "--gold", dir.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void bratOutputIsReadBackByEval() throws IOException {
    Path input = dir.resolve("in.txt");
    Files.writeString(input, "The ministry said on Monday that the report was false.\n");
    Path out = dir.resolve("out");
    CliRun analyze =
        CliRun.of("analyze", "--format", "brat", "--out", out.toString(), input.toString());
    assertThat(analyze.exitCode()).as(analyze.err()).isZero();
    assertThat(out.resolve("text/in.txt")).exists();
    assertThat(out.resolve("attributions/in.ann")).exists();
    CliRun eval = CliRun.of("eval", "attribution", "--gold", out.toString());
    assertThat(eval.exitCode()).isZero();
    assertThat(eval.out()).contains("docs=1");
  }

  @Test
  void bratWithoutOutIsAUsageError() {
    CliRun run = CliRun.of("analyze", "--format", "brat", "x.txt");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give --out DIR");
  }
}
