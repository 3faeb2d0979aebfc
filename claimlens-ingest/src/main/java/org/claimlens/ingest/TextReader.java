package org.claimlens.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.jspecify.annotations.Nullable;

/**
 * Reads plain text (and Markdown, as text): UTF-8 or BOM-marked UTF-16, byte order mark removed,
 * CRLF and CR turned into LF before the document is made, since its text is what offsets index.
 *
 * <p>Metadata comes from the top of the text:
 *
 * <ul>
 *   <li>title: the first non-blank line, if it is at most {@value #MAX_TITLE} characters, does not
 *       end like a sentence, and is followed by a blank line, a dateline, a date line or a byline.
 *       It stays in the text: it is part of what was published;
 *   <li>published: see {@link DateExtractor#findInText};
 *   <li>outlet and URL: only from explicit header lines ({@code Outlet: Kyiv Independent}, {@code
 *       Source: Reuters}, {@code URL: https://…}) among the first lines. A "Reposted from X" line
 *       does not make X the outlet: the outlet is whoever reposted it.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class TextReader {
  /** The longest first line still taken as a title. */
  static final int MAX_TITLE = 160;

  private static final Pattern HEADER =
      Pattern.compile(
          "^(outlet|source|publisher|url|link)\\s*:\\s*(\\S.{0,119})$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_A_TITLE =
      Pattern.compile(
          "^(?:reposted|originally published|source|outlet|publisher|url|link|by)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE = Pattern.compile("^By\\s+\\p{Lu}");

  ReadResult read(RawInput in) {
    TextDecoder.Decoded decoded = TextDecoder.decode(in.bytes(), StandardCharsets.UTF_8);
    List<InputProblem> problems = new ArrayList<>();
    decoded.warning(in.displayName()).ifPresent(problems::add);
    String text = TextDecoder.normaliseNewlines(decoded.text());
    if (text.isBlank()) {
      return ReadResult.skipped(InputProblem.error(in.displayName(), "empty file"));
    }
    List<String> top = topLines(text);
    String url = null;
    String outlet = null;
    for (String line : top) {
      Matcher header = HEADER.matcher(line.strip());
      if (!header.matches()) {
        continue;
      }
      String key = header.group(1).toLowerCase(Locale.ROOT);
      String value = header.group(2).strip();
      if (value.startsWith("http://") || value.startsWith("https://")) {
        url = url == null ? value : url;
      } else if (!key.equals("url") && !key.equals("link")) {
        outlet = outlet == null ? value : outlet;
      }
    }
    Metadata metadata =
        new Metadata(
            title(top), url, outlet, DateExtractor.findInLines(top).orElse(null), in.displayName());
    return new ReadResult(List.of(Document.of(in.idStem(), text, metadata)), problems);
  }

  /**
   * The first lines, blank ones included, up to the {@value DateExtractor#TOP_LINES}th non-blank.
   */
  private static List<String> topLines(String text) {
    List<String> lines = new ArrayList<>();
    int nonBlank = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      lines.add(line);
      if (!line.isBlank() && ++nonBlank >= DateExtractor.TOP_LINES) {
        break;
      }
    }
    return lines;
  }

  private static @Nullable String title(List<String> lines) {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i + 1 >= lines.size()) {
      return null; // a single line is the whole text, not a title over it
    }
    String first = lines.get(i).strip();
    if (first.length() > MAX_TITLE
        || first.endsWith(".")
        || first.endsWith(":")
        || first.endsWith(",")
        || first.endsWith("…")
        || NOT_A_TITLE.matcher(first).find()
        || DateExtractor.isDateLine(first)
        || DateExtractor.isDateline(first)) {
      return null;
    }
    String next = lines.get(i + 1).strip();
    boolean headline =
        next.isEmpty()
            || DateExtractor.isDateline(next)
            || DateExtractor.isDateLine(next)
            || BYLINE.matcher(next).find();
    return headline ? first : null;
  }
}
