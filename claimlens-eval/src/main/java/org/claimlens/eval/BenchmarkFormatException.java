package org.claimlens.eval;

import java.util.Objects;

/**
 * A line of a benchmark file that does not parse. The message reads {@code FILE:LINE: problem}, the
 * way compilers report errors, so that it can be pasted into an editor's "go to line".
 *
 * <p>Example: {@code attributions/a.ann:3: offsets "12 x" are not two integers}.
 */
public final class BenchmarkFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String problem;

  /**
   * @param file the file as the user should see it (a path relative to the folder read, say)
   * @param line the 1-based line number
   * @param problem what is wrong, without the location
   */
  public BenchmarkFormatException(String file, int line, String problem) {
    super(Objects.requireNonNull(file, "file") + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public String file() {
    return file;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }

  /** The message without the {@code FILE:LINE:} prefix. */
  public String problem() {
    return problem;
  }
}
