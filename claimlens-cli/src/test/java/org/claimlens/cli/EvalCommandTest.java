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
  void aGoldFolderWithoutDocumentsOrAnUnknownTaskFails() {
    CliRun run = CliRun.of("eval", "roles", "--gold", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no raw-documents/*.txt in");
    CliRun narratives = CliRun.of("eval", "narratives", "--gold", dir.toString());
    assertThat(narratives.exitCode()).isEqualTo(1);
    assertThat(narratives.err()).contains("no raw-documents/*.txt in");
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
  void rolesAreScoredOnTheGoldMentionsAndWrittenWithInclusiveEnds() throws IOException {
    String text =
        "Russian troops shelled the village again overnight. Civilians in Kharkiv hid in"
            + " basements as the Kremlin ordered more strikes.\n";
    Files.createDirectories(dir.resolve("raw-documents"));
    Files.writeString(dir.resolve("raw-documents/EN_T_001.txt"), text);
    int kremlin = text.indexOf("Kremlin");
    int civilians = text.indexOf("Civilians");
    String gold =
        "EN_T_001.txt\tKremlin\t"
            + kremlin
            + "\t"
            + (kremlin + 6)
            + "\tAntagonist\tInstigator\n"
            + "EN_T_001.txt\tCivilians\t"
            + civilians
            + "\t"
            + (civilians + 8)
            + "\tInnocent\tVictim\n";
    Files.writeString(dir.resolve("subtask-1-annotations.txt"), gold);

    CliRun eval = CliRun.of("eval", "roles", "--gold", dir.toString());
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    assertThat(eval.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .contains("main_accuracy=");

    CliRun st1 =
        CliRun.of(
            "analyze",
            "--format",
            "semeval-st1",
            "--mentions",
            dir.resolve("subtask-1-annotations.txt").toString(),
            dir.resolve("raw-documents/EN_T_001.txt").toString());
    assertThat(st1.exitCode()).as(st1.err()).isZero();
    assertThat(st1.out().lines())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).startsWith("EN_T_001.txt\t"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("EN_T_001.txt\tKremlin\t" + kremlin + "\t" + (kremlin + 6) + "\t"));
  }

  @Test
  void techniquesAreScoredOnPtcLabels() throws IOException {
    String text = "The barbaric regime of warmongers will never stop. Never! Never! Never!\n";
    Files.writeString(dir.resolve("article9001.txt"), text);
    Files.writeString(dir.resolve("labels-ptc.tsv"), "9001\tLoaded_Language\t4\t12\n");
    CliRun eval = CliRun.of("eval", "techniques", "--gold", dir.toString());
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("si_f1=", "gold=1");
    CliRun ptc = CliRun.of("analyze", "--format", "ptc", dir.resolve("article9001.txt").toString());
    assertThat(ptc.exitCode()).isZero();
    assertThat(ptc.out().lines())
        .allSatisfy(l -> assertThat(l).matches("9001\t[A-Za-z_,-]+\t\\d+\t\\d+"));
  }

  @Test
  void bratWithoutOutIsAUsageError() {
    CliRun run = CliRun.of("analyze", "--format", "brat", "x.txt");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give --out DIR");
  }

  @Test
  void narrativesAreScoredWithTheOfficialMetrics() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("narratives-gold"));
    Path raw = Files.createDirectories(gold.resolve("raw-documents"));
    Files.writeString(
        raw.resolve("EN_UA_1.txt"),
        "NATO is preparing to send its own troops into Ukraine, and a direct war between the"
            + " alliance and Russia is now only weeks away, insiders warn. The West is dragging"
            + " Europe into a nuclear catastrophe.\n");
    Files.writeString(
        raw.resolve("EN_UA_2.txt"),
        "The city council approved the budget for road repairs on Tuesday. Work on the bridge"
            + " will start in May, the mayor said.\n");
    Files.writeString(
        gold.resolve("subtask-2-annotations.txt"),
        "EN_UA_1.txt\tURW: Amplifying war-related fears\tURW: Amplifying war-related fears:"
            + " NATO should/will directly intervene\n"
            + "EN_UA_2.txt\tOther\tOther\n");

    CliRun run = CliRun.of("eval", "narratives", "--gold", gold.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).containsPattern("f1_coarse=[01]\\.\\d+").contains("f1_fine=", "docs=2");
    // the neutral report comes out Other and must score as matching the gold Other
    double coarse = Double.parseDouble(last.replaceAll(".*f1_coarse=([0-9.]+).*", "$1"));
    assertThat(coarse).isGreaterThan(0.5);
  }
}
