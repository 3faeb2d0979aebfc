package org.claimlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from a test, whatever module directory Maven runs it in. */
final class RepoFiles {
  private RepoFiles() {}

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("claimlens"))) {
        return p;
      }
      p = p.getParent();
    }
    throw new IllegalStateException(
        "cannot find the repository root above " + Path.of("").toAbsolutePath());
  }
}
