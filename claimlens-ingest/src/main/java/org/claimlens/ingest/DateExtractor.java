package org.claimlens.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds publication dates in metadata values and in the first lines of an article, and writes them
 * as ISO-8601: {@code 2024-03-14}, or {@code 2024-03-14T07:12:00Z} when a time with a zone is
 * given.
 *
 * <p>Understands {@code 2024-03-14} (with an optional ISO time), {@code 14 March 2024}, {@code
 * March 14, 2024}, {@code 14.03.2024} (day first, as in Europe), RFC 1123 ({@code Thu, 14 Mar 2024
 * 09:12:00 GMT}) and datelines ({@code KYIV, March 3, 2024 (Reuters) -}). English month names only,
 * in any case, whatever the default locale. A dateline without a year ({@code KYIV, March 3
 * (Reuters) -}) gives no date: guessing the year would put wrong dates into timelines. Slashed
 * dates ({@code 03/04/2024}) are ignored because day and month order cannot be told. Stateless and
 * thread-safe.
 */
final class DateExtractor {
  /** How many non-blank lines at the top of a text may hold its date. */
  static final int TOP_LINES = 10;

  /** A line segment with more words than this besides its date is prose, not a date line. */
  private static final int MAX_OTHER_WORDS = 4;

  /** A longer line is prose unless it opens with a dateline. */
  private static final int MAX_DATE_LINE = 160;

  // Bylines join their parts with these: "By Lucía Ferrer · July 3, 2025 · 6 min read".
  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[|·•–—-]\\s+");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String ZONE =
      "(?<z>z\\b|(?:utc|gmt)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}(?::?\\d{2})?)";
  private static final String TIME =
      "(?:,?\\s*(?:at\\s+)?(?<h>\\d{1,2}):(?<min>\\d{2})(?::(?<s>\\d{2}))?\\s*" + ZONE + "?)?";
  private static final String ISO_TIME =
      "(?:[T\\s](?<h>\\d{2}):(?<min>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d+)?)?\\s*" + ZONE + "?)?";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final List<Pattern> DATES =
      List.of(
          Pattern.compile("\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})" + ISO_TIME, FLAGS),
          Pattern.compile(
              "\\b(?<d>\\d{1,2})"
                  + ORDINAL
                  + "\\s+(?:of\\s+)?"
                  + MONTH
                  + ",?\\s+(?<y>\\d{4})\\b"
                  + TIME,
              FLAGS),
          Pattern.compile(
              "\\b" + MONTH + "\\s+(?<d>\\d{1,2})" + ORDINAL + ",?\\s+(?<y>\\d{4})\\b" + TIME,
              FLAGS),
          Pattern.compile("\\b(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})\\b" + TIME, FLAGS));

  private static final Pattern ISO_LOOKING =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
              + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

  private static final String WEEKDAY =
      "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?\\s+)?";

  // "Published: 14 March 2024", "Posted on Thursday, March 14, 2024", "Date: 14.03.2024".
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "^(?:first\\s+)?(?:published|posted|issued|date|dated|publication\\s+date)\\b"
              + "\\s*(?:on\\b)?\\s*:?\\s*"
              + WEEKDAY,
          FLAGS);
  private static final Pattern UPDATED_LABEL =
      Pattern.compile(
          "^(?:last\\s+)?(?:updated|modified)\\b\\s*(?:on\\b)?\\s*:?\\s*" + WEEKDAY, FLAGS);

  // "KYIV, March 3 (Reuters) -", "WASHINGTON/KYIV, 14 March 2024 -", "ODESA, Ukraine, July 20
  // (Black Sea Bureau) —".
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L} .'’/-]{1,40},\\s+(?:\\p{Lu}[\\p{L} .'’-]{1,30},\\s+)?(?:"
              + MONTH.replace("<m>", "<m1>")
              + "\\s+(?<d1>\\d{1,2})"
              + ORDINAL
              + "|(?<d2>\\d{1,2})"
              + ORDINAL
              + "\\s+"
              + MONTH.replace("<m>", "<m2>")
              + ")(?:,?\\s+(?<y>\\d{4}))?\\s*(?:\\([^)]{1,60}\\)\\s*)?[-–—]",
          FLAGS);

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private DateExtractor() {}

  /**
   * A metadata value ({@code <meta content>}, {@code <time datetime>}, a JSON field) as an ISO date
   * or instant, or empty when it holds no date this class understands.
   */
  static Optional<String> parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(instant(OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)));
    } catch (DateTimeParseException e) {
      // Not RFC 1123; the patterns below cover the rest.
    }
    return find(v).map(Found::iso);
  }

  /** Whether {@code value} already is an ISO-8601 date or date-time. */
  static boolean isIsoLooking(String value) {
    return ISO_LOOKING.matcher(value.strip()).matches();
  }

  /**
   * The publication date from a dateline or a date line among the first {@value #TOP_LINES}
   * non-blank lines of {@code text}. "Published"/"Posted" lines and datelines win over "Updated"
   * lines; a long line that merely mentions a date is prose and is passed over.
   */
  static Optional<String> findInText(String text) {
    return findInLines(text.lines().toList());
  }

  /** Like {@link #findInText} for text already split into lines or blocks. */
  static Optional<String> findInLines(List<String> lines) {
    Optional<String> updated = Optional.empty();
    int seen = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (++seen > TOP_LINES) {
        break;
      }
      Optional<String> date = fromLine(line);
      if (date.isPresent()) {
        return date;
      }
      if (updated.isEmpty()) {
        updated = updatedIn(line);
      }
    }
    return updated;
  }

  /** Whether {@code line} opens with a news dateline such as {@code KYIV, March 3 (Reuters) -}. */
  static boolean isDateline(String line) {
    return DATELINE.matcher(line.strip()).find();
  }

  /** Whether {@code line} is a date line ({@code Published: 14 March 2024}, {@code 2024-03-14}). */
  static boolean isDateLine(String line) {
    String s = line.strip();
    return fromLine(s).isPresent() || updatedIn(s).isPresent();
  }

  private static Optional<String> fromLine(String line) {
    Matcher dateline = DATELINE.matcher(line);
    if (dateline.find()) {
      if (dateline.group("y") == null) {
        return Optional.empty();
      }
      String month = dateline.group("m1") != null ? dateline.group("m1") : dateline.group("m2");
      String day = dateline.group("d1") != null ? dateline.group("d1") : dateline.group("d2");
      return date(dateline.group("y"), month, day).map(LocalDate::toString);
    }
    if (line.length() > MAX_DATE_LINE) {
      return Optional.empty();
    }
    for (String segment : SEGMENT_SEPARATOR.split(line)) {
      Optional<String> date = fromSegment(segment.strip());
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The date of an "Updated: …" segment of a short line. */
  private static Optional<String> updatedIn(String line) {
    if (line.length() > MAX_DATE_LINE) {
      return Optional.empty();
    }
    for (String segment : SEGMENT_SEPARATOR.split(line)) {
      Matcher label = UPDATED_LABEL.matcher(segment.strip());
      if (label.find()) {
        return findAt(segment.strip(), label.end());
      }
    }
    return Optional.empty();
  }

  /**
   * A date labelled as the publication date, or one with few other words around it; never the date
   * of an update.
   */
  private static Optional<String> fromSegment(String segment) {
    if (UPDATED_LABEL.matcher(segment).find()) {
      return Optional.empty();
    }
    Matcher label = PUBLISHED_LABEL.matcher(segment);
    if (label.find()) {
      Optional<String> date = findAt(segment, label.end());
      if (date.isPresent()) {
        return date;
      }
    }
    if (segment.endsWith(".")) {
      return Optional.empty();
    }
    Optional<Found> found = find(segment);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String rest =
        segment.substring(0, found.get().start()) + " " + segment.substring(found.get().end());
    return words(rest) <= MAX_OTHER_WORDS ? found.map(Found::iso) : Optional.empty();
  }

  private static Optional<String> findAt(String line, int offset) {
    return find(line.substring(offset)).filter(f -> f.start() == 0).map(Found::iso);
  }

  private record Found(int start, int end, String iso) {}

  /** The earliest date in {@code s} that is a real calendar date. */
  private static Optional<Found> find(String s) {
    @Nullable Found best = null;
    for (Pattern pattern : DATES) {
      Matcher m = pattern.matcher(s);
      while (m.find()) {
        if (best != null && m.start() >= best.start()) {
          break;
        }
        Optional<String> iso = iso(m);
        if (iso.isPresent()) {
          best = new Found(m.start(), m.end(), iso.get());
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<String> iso(Matcher m) {
    Optional<LocalDate> date = date(m.group("y"), m.group("m"), m.group("d"));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String hour = m.group("h");
    String zone = m.group("z");
    if (hour == null || zone == null) {
      return date.map(LocalDate::toString);
    }
    try {
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(hour),
              Integer.parseInt(m.group("min")),
              m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
      return Optional.of(instant(OffsetDateTime.of(date.get(), time, offset(zone))));
    } catch (DateTimeException | NumberFormatException e) {
      return date.map(LocalDate::toString); // 25:99 is no time; the date still stands
    }
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    int m;
    if (Character.isDigit(month.charAt(0))) {
      m = Integer.parseInt(month);
    } else {
      Integer named = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
      if (named == null) {
        return Optional.empty();
      }
      m = named;
    }
    int y = Integer.parseInt(year);
    if (y < 1900 || y > 2100) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, m, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // 31 February, month 13
    }
  }

  private static ZoneOffset offset(String zone) {
    String z = zone.toLowerCase(Locale.ROOT).replace("utc", "").replace("gmt", "").strip();
    if (z.isEmpty() || z.equals("z")) {
      return ZoneOffset.UTC;
    }
    int sign = z.charAt(0) == '-' ? -1 : 1;
    String digits = z.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static String instant(OffsetDateTime time) {
    return DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  private static int words(String s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
