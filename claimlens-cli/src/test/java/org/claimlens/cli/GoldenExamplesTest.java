package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of a subset of the examples, compared with reviewed golden files in {@code
 * examples/golden/}. A change in any annotator shows up here as a diff to review.
 *
 * <p>To accept new output after reviewing it: {@code mvn -pl claimlens-cli test
 * -Dtest=GoldenExamplesTest -Dclaimlens.golden.update=true}, then read {@code git diff
 * examples/golden}.
 */
class GoldenExamplesTest {
  static final List<String> GOLDEN =
      List.of(
          "repost-ft-special-forces.html",
          "channel-bankova-sources.txt",
          "wire-kyiv-drone-strike-2024-03-14.txt",
          "statement-mod-denial-odesa.txt",
          "statement-zakharova-briefing-denial.txt",
          "channel-ua-kharkiv-alerts.txt",
          "batch-wire-digest-2024-03.jsonl");

  static Stream<String> golden() {
    return GOLDEN.stream();
  }

  @ParameterizedTest
  @MethodSource("golden")
  void outputMatchesTheReviewedGoldenFile(String name) throws IOException {
    Path root = RepoFiles.root();
    Path input = root.resolve("examples/articles").resolve(name);
    Path golden =
        root.resolve("examples/golden").resolve(name.replaceAll("\\.[a-z]+$", "") + ".jsonl");
    CliRun run = CliRun.of("analyze", "--threads", "1", "--format", "json", input.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // source_file carries the absolute path of this checkout; make it relative to the repository.
    String actual = run.out().replace(root.toString() + "/", "");
    if (Boolean.getBoolean("claimlens.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(golden)).as("golden file %s exists", golden).isTrue();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
