package org.claimlens.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One input to read: a file, or stdin.
 *
 * <p>Immutable. Example: walking the folder {@code articles} gives {@code new
 * InputFile(Path.of("articles/wire/a.txt"), "articles/wire/a.txt")}.
 *
 * @param path where to read the file; null for stdin only
 * @param displayName how messages and {@code Metadata.sourceFile} name the input: the path as the
 *     user gave it, or as walked from a folder the user gave; {@value #STDIN_NAME} for stdin
 */
public record InputFile(@Nullable Path path, String displayName) {
  /** The display name of stdin, as it is given on the command line. */
  public static final String STDIN_NAME = "-";

  private static final InputFile STDIN = new InputFile(null, STDIN_NAME);

  public InputFile {
    Objects.requireNonNull(displayName, "displayName");
    if (path == null && !displayName.equals(STDIN_NAME)) {
      throw new IllegalArgumentException(
          "only stdin has no path, but " + displayName + " has none");
    }
  }

  /** The file at {@code path}, displayed as the path's own string. */
  public static InputFile of(Path path) {
    Objects.requireNonNull(path, "path");
    return new InputFile(path, path.toString());
  }

  /** Standard input, displayed as {@value #STDIN_NAME}. */
  public static InputFile stdin() {
    return STDIN;
  }

  /** Whether this is stdin rather than a file (and so {@link #path()} is null). */
  public boolean isStdin() {
    return path == null;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
