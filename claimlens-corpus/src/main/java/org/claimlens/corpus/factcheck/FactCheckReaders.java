package org.claimlens.corpus.factcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the {@link FactCheckReader} for a file: by extension ({@code .csv}; {@code .jsonl}, {@code
 * .ndjson}; {@code .json}, {@code .jsonld}), else by content: a file starting with {@code [}, or
 * with an object that spans lines or mentions {@code ClaimReview}, is JSON-LD; one whose first line
 * is a whole object is JSON Lines; anything else is CSV. A {@code .json} file whose first line is a
 * whole object and that has more non-blank lines is JSON Lines too.
 *
 * <p>Stateless and thread-safe. Example: {@code FactCheckReaders.read(Path.of("lib.jsonl"))}.
 */
public final class FactCheckReaders {
  private FactCheckReaders() {}

  /** The reader for {@code file}, looking at its content when the extension does not tell. */
  public static FactCheckReader forFile(Path file) throws IOException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return new CsvFactCheckReader();
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return new JsonlFactCheckReader();
    }
    return forContent(
        CsvFactCheckReader.readText(file), lower.endsWith(".json") || lower.endsWith(".jsonld"));
  }

  /** Reads {@code file} with the reader {@link #forFile} picks. */
  public static FactCheckBatch read(Path file) throws IOException {
    return forFile(file).read(file);
  }

  static FactCheckReader forContent(String text, boolean jsonExtension) {
    String t = CsvFactCheckReader.stripBom(text).stripLeading();
    if (t.startsWith("[")) {
      return new ClaimReviewReader();
    }
    if (t.startsWith("{")) {
      int eol = t.indexOf('\n');
      String first = (eol < 0 ? t : t.substring(0, eol)).strip();
      boolean firstLineWhole = isWholeObject(first);
      boolean moreLines = eol >= 0 && !t.substring(eol).isBlank();
      if (firstLineWhole && (moreLines || !first.contains("ClaimReview"))) {
        return new JsonlFactCheckReader();
      }
      return new ClaimReviewReader();
    }
    return jsonExtension ? new ClaimReviewReader() : new CsvFactCheckReader();
  }

  private static boolean isWholeObject(String line) {
    try {
      return JsonTree.parse(line) instanceof Map<?, ?>;
    } catch (IOException e) {
      return false;
    }
  }
}
