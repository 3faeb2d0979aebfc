package org.claimlens.ingest;

import java.util.Objects;

/**
 * Something wrong with an input, said so that a person can act on it.
 *
 * <p>Immutable. {@link #message()} reads like {@code articles/x.bin: skipped: binary file (NUL
 * bytes in the first 8 KB)} or {@code a.txt: warning: 3 invalid UTF-8 byte sequences replaced with
 * U+FFFD}.
 *
 * @param file the input as the user named it ({@code articles/x.bin}, {@code https://…}), with
 *     {@code :LINE} for one line of a JSON Lines file ({@code feed.jsonl:3}) and {@code #N} for one
 *     item of a container: entry N (from 1) of a feed ({@code kyiv.rss#3}), message id N of a
 *     Telegram export ({@code result.json#1042}), the record at byte offset N of a WARC file
 *     ({@code crawl.warc.gz#81920}); {@code -} for stdin
 * @param reason what is wrong, in lower case, without the file name
 * @param severity whether the document was kept anyway
 */
public record InputProblem(String file, String reason, Severity severity) {

  /** How bad a problem is. */
  public enum Severity {
    /** The document was kept, e.g. after invalid bytes were replaced. */
    WARNING,
    /** The file, or the JSON Lines line, was skipped: no document came of it. */
    ERROR
  }

  public InputProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(severity, "severity");
  }

  /** A problem that made the reader skip {@code file}. */
  public static InputProblem error(String file, String reason) {
    return new InputProblem(file, reason, Severity.ERROR);
  }

  /** A problem the reader worked around; the document was kept. */
  public static InputProblem warning(String file, String reason) {
    return new InputProblem(file, reason, Severity.WARNING);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line for stderr: {@code FILE: skipped: REASON} or {@code FILE: warning: REASON}. */
  public String message() {
    return file + (isError() ? ": skipped: " : ": warning: ") + reason;
  }

  @Override
  public String toString() {
    return message();
  }
}
