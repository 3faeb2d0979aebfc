package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance checks of the analyze verb, run in-process. */
class AnalyzeCommandTest {
  @TempDir static Path dir;
  static Path batch;

  private static final String GOOD =
      "Kremlin warns of escalation\n\n"
          + "MOSCOW - Kremlin spokesman Dmitry Peskov said on Tuesday that sending Western troops"
          + " to Ukraine would lead to a direct confrontation with NATO. Officials in Kyiv did not"
          + " comment.\n";

  @BeforeAll
  static void makeBatch() throws IOException {
    batch = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(batch.resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
    Files.write(batch.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 3});
    Files.write(batch.resolve("empty.txt"), new byte[0]);
    byte[] undecodable = "Peskov said the talks \u2014 were over.".getBytes(StandardCharsets.UTF_8);
    undecodable = Arrays.copyOf(undecodable, undecodable.length + 2);
    undecodable[undecodable.length - 2] = (byte) 0xC3;
    undecodable[undecodable.length - 1] = (byte) 0x28;
    Files.write(batch.resolve("undecodable.txt"), undecodable);
    Files.writeString(
        batch.resolve("truncated.html"),
        "<html><head><title>Cut</title></head><body><nav>Menu</nav><div class=\"c");
    Files.writeString(
        batch.resolve("broken.jsonl"),
        "{\"id\":\"j1\",\"text\":\"The General Staff said the attack was repelled.\"}\n"
            + "{\"id\":\"j2\",\"text\":\"unterminated\n");
    Files.write(batch.resolve("huge.txt"), new byte[2_000]);
  }

  @Test
  void aBatchOfBadFilesKeepsTheGoodArticleAndNamesEachBadFile() {
    CliRun run = CliRun.of("analyze", "--max-bytes", "1500", "--format", "json", batch.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"good\"", "Dmitry Peskov"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"j1\""));
    assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{\"schema\":\"claimlens/1\""));
    for (String bad :
        List.of(
            "binary.bin",
            "empty.txt",
            "undecodable.txt",
            "truncated.html",
            "broken.jsonl:2",
            "huge.txt")) {
      assertThat(run.err()).as("stderr names %s", bad).contains(bad);
    }
    assertThat(run.err().lines().filter(l -> l.contains("huge.txt")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("limit"));
  }

  @Test
  void exitsOneWhenNoDocumentCouldBeAnalyzed() {
    CliRun run = CliRun.of("analyze", batch.resolve("empty.txt").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("empty.txt").contains("empty");
  }

  @Test
  void aMissingPathIsReportedAndTheRestIsAnalyzed() {
    CliRun run =
        CliRun.of(
            "analyze", dir.resolve("nope.txt").toString(), batch.resolve("good.txt").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("nope.txt");
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.of("analyze").exitCode()).isEqualTo(2);
    CliRun badFormat = CliRun.of("analyze", "--format", "xml", batch.toString());
    assertThat(badFormat.exitCode()).isEqualTo(2);
    assertThat(badFormat.err()).contains("unknown format 'xml'");
    assertThat(CliRun.of("analyze", "--max-bytes", "0", batch.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
  }

  @Test
  void theTextReportShowsEntitiesAndEscapesControlCharacters() throws IOException {
    Path hostile = dir.resolve("hostile.txt");
    Files.writeString(
        hostile,
        "Peskov \u001b[2J\u001b[31mSAID\u001b[0m on Monday that the government in Kyiv was lying"
            + " about the losses of its army near the city.\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("analyze", "--format", "text", hostile.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("\u001b").contains("\\u001b[2J");
    assertThat(run.out()).contains("language   en").contains("Kyiv");
  }

  @Test
  void outWritesIntoAFolder() throws IOException {
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of("analyze", "--out", out.toString(), batch.resolve("good.txt").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out.resolve("analysis.jsonl"))).contains("\"id\":\"good\"");
  }

  @Test
  void outputIsInInputOrderWhateverTheThreadCount() {
    String one = CliRun.of("analyze", "--threads", "1", batch.toString()).out();
    String four = CliRun.of("analyze", "--threads", "4", batch.toString()).out();
    assertThat(four).isEqualTo(one);
  }

  @Test
  void semevalSubtaskTwoWritesOneLinePerDocumentWithItsFileName() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("st2/raw-documents"));
    Files.writeString(docs.resolve("EN_UA_000001.txt"), GOOD, StandardCharsets.UTF_8);
    Files.writeString(
        docs.resolve("EN_UA_000002.txt"),
        "Grain exports resume\n\nThe first ship left Odesa on Monday, the port authority said.\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("analyze", "--format", "semeval-st2", docs.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("EN_UA_000001.txt\t");
    assertThat(lines.get(1)).startsWith("EN_UA_000002.txt\t");
    // narratives and subnarratives columns: "Other" or labels of one domain with their prefix
    assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(3));
    assertThat(lines)
        .allSatisfy(l -> assertThat(l.split("\t")[1]).matches("Other|(URW|CC): [^\t]+"));
  }

  @Test
  void noNarrativesLeavesTheNarrativesEmptyAndAnInvalidBudgetIsAUsageError() {
    CliRun run = CliRun.of("analyze", "--no-narratives", batch.resolve("good.txt").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"narratives\":[]");
    CliRun bad = CliRun.of("analyze", "--embed-sentences", "-1", batch.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--embed-sentences");
  }
}
