package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;
  @TempDir Path data;

  @Test
  void summarisesTheExamplesItAnalyzed() throws IOException {
    Files.writeString(
        dir.resolve("a.txt"),
        "According to the Financial Times, citing a senior European military official, British"
            + " special forces are in Ukraine. Nothing was officially confirmed.\n");
    Files.writeString(
        dir.resolve("b.txt"), "Kremlin spokesman Dmitry Peskov said the report was false.\n");

    String store = data.resolve("corpus").toString();
    CliRun run = CliRun.of("demo", "--examples", dir.toString(), "--store", store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("claimlens demo: 2 documents from 2 files")
        .contains("Dmitry Peskov (1)")
        .containsPattern(
            "Claims: [1-9]\\d* \\([1-9]\\d* on anonymous or no sources, [1-9]\\d* that")
        .contains("Corpus " + store + ": 2 new")
        .containsPattern("  2 documents \\(0 reposts of another\\), [1-9]\\d* claims")
        .contains("Next: ./claimlens search --store " + store);

    CliRun again = CliRun.of("demo", "--examples", dir.toString(), "--store", store);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 new").contains("  2 documents");
  }

  @Test
  void aMissingExamplesFolderIsNamed() {
    CliRun run = CliRun.of("demo", "--examples", dir.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no examples folder at");
  }
}
