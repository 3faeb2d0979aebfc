package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

  @TempDir Path root;

  private Path file(String relative) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "Ferry ran.");
    return p;
  }

  private static List<String> names(InputWalker.Expansion expansion) {
    return expansion.files().stream().map(InputFile::displayName).toList();
  }

  @Test
  void folderIsWalkedRecursivelyInNameOrderSkippingHiddenEntries() throws IOException {
    file("wire/b-kyiv.txt");
    file("wire/a-odesa.html");
    file("wire/2024/march/strike.txt");
    file("channels/bankova.txt");
    file("channels/.draft.txt");
    file(".git/HEAD");
    file("wire/.cache/page.html");
    String arg = root.toString();

    InputWalker.Expansion expansion = InputWalker.expand(List.of(arg));

    assertThat(names(expansion))
        .containsExactly(
            root.resolve("channels/bankova.txt").toString(),
            root.resolve("wire/2024/march/strike.txt").toString(),
            root.resolve("wire/a-odesa.html").toString(),
            root.resolve("wire/b-kyiv.txt").toString());
    assertThat(expansion.problems()).isEmpty();
  }

  @Test
  void walkedFilesAreNamedFromTheFolderAsGiven() throws IOException {
    Path strike = file("wire/strike.txt");

    InputWalker.Expansion expansion = InputWalker.expand(List.of(root + "/wire/"));

    assertThat(expansion.files()).containsExactly(new InputFile(strike, root + "/wire/strike.txt"));
  }

  @Test
  void missingPathIsAnErrorAndTheRestStillExpands() throws IOException {
    Path good = file("good.txt");
    String missing = root.resolve("nope/missing.txt").toString();

    InputWalker.Expansion expansion = InputWalker.expand(List.of(missing, good.toString()));

    assertThat(names(expansion)).containsExactly(good.toString());
    assertThat(expansion.problems())
        .containsExactly(InputProblem.error(missing, "no such file or directory"));
    assertThat(expansion.problems().getFirst().message())
        .isEqualTo(missing + ": skipped: no such file or directory");
  }

  @Test
  void dashIsStdinOnce() {
    InputWalker.Expansion expansion = InputWalker.expand(List.of("-", "-"));

    assertThat(expansion.files()).containsExactly(InputFile.stdin());
    assertThat(expansion.files().getFirst().isStdin()).isTrue();
  }

  @Test
  void namedHiddenFileIsKeptBecauseTheUserAskedForIt() throws IOException {
    Path hidden = file(".notes.txt");

    assertThat(names(InputWalker.expand(List.of(hidden.toString()))))
        .containsExactly(hidden.toString());
  }

  @Test
  void fileReachedTwiceIsListedOnceAtItsFirstPlace() throws IOException {
    Path a = file("a.txt");
    file("b.txt");

    InputWalker.Expansion expansion = InputWalker.expand(List.of(a.toString(), root.toString()));

    assertThat(names(expansion)).containsExactly(a.toString(), root.resolve("b.txt").toString());
  }

  @Test
  void emptyArgumentIsAnErrorNotTheCurrentFolder() {
    InputWalker.Expansion expansion = InputWalker.expand(List.of(""));

    assertThat(expansion.files()).isEmpty();
    assertThat(expansion.problems()).extracting(InputProblem::reason).containsExactly("empty path");
  }

  @Test
  void httpAndHttpsArgumentsAreUrlsListedOnce() {
    var expansion =
        InputWalker.expand(
            List.of(
                "https://kyivwire.example/feed.xml",
                "-",
                "HTTP://Example.org/a",
                "https://kyivwire.example/feed.xml"));

    assertThat(names(expansion))
        .containsExactly("https://kyivwire.example/feed.xml", "-", "HTTP://Example.org/a");
    assertThat(expansion.files().getFirst().isUrl()).isTrue();
    assertThat(expansion.files().getFirst().url()).hasToString("https://kyivwire.example/feed.xml");
    assertThat(expansion.problems()).isEmpty();
  }

  @Test
  void otherSchemesAndBrokenUrlsAreErrors() {
    var expansion =
        InputWalker.expand(
            List.of("ftp://files.example/a.txt", "https://bad host/x", "https:///x"));

    assertThat(expansion.files()).isEmpty();
    assertThat(expansion.problems())
        .extracting(InputProblem::message)
        .containsExactly(
            "ftp://files.example/a.txt: skipped: unsupported URL scheme ftp (only http and https"
                + " are fetched)",
            "https://bad host/x: skipped: invalid URL (Illegal character in authority)",
            "https:///x: skipped: invalid URL (no host)");
  }
}
