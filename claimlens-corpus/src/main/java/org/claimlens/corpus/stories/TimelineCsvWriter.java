package org.claimlens.corpus.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Writes a {@link Timeline} as CSV in long ("tidy") form, RFC 4180: a header, then one row per day,
 * outlet and measure.
 *
 * <pre>
 * day,outlet,measure,label,count
 * 2025-10-14,Meridian Wire,documents,,2
 * 2025-10-14,Meridian Wire,claims,,4
 * 2025-10-14,Meridian Wire,narrative,URW: Blaming the war on others,1
 * 2025-10-14,Meridian Wire,source_type,named_person,3
 * 2025-10-14,"Odesa Now, channel",documents,,1
 * </pre>
 *
 * <p>Measures are {@code documents} and {@code claims} (empty label), {@code narrative} and {@code
 * source_type} (the label is the narrative or source type). Only day × outlet cells are written;
 * totals per day or outlet are sums over them. A field is quoted when it contains a comma, a double
 * quote, CR or LF, with quotes doubled; records end in CRLF, as RFC 4180 says. An unknown outlet is
 * an empty field. Strings are written as they are otherwise (a spreadsheet user worried about
 * formulas in outlet names should import the file as text). Stateless and thread-safe.
 */
public final class TimelineCsvWriter {
  /** The header row. */
  public static final String HEADER = "day,outlet,measure,label,count";

  private static final String CRLF = "\r\n";

  /**
   * Writes {@code timeline} to {@code out}.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public void write(Timeline timeline, Appendable out) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(out, "out");
    try {
      out.append(HEADER).append(CRLF);
      for (Map.Entry<LocalDate, SortedMap<String, Timeline.Counts>> day :
          timeline.byDayAndOutlet().entrySet()) {
        String d = day.getKey().toString();
        for (Map.Entry<String, Timeline.Counts> cell : day.getValue().entrySet()) {
          Timeline.Counts c = cell.getValue();
          String outlet = cell.getKey();
          record(out, d, outlet, "documents", "", c.documents());
          record(out, d, outlet, "claims", "", c.claims());
          for (Map.Entry<String, Integer> n : c.narratives().entrySet()) {
            record(out, d, outlet, "narrative", n.getKey(), n.getValue());
          }
          for (Map.Entry<String, Integer> s : c.sourceTypes().entrySet()) {
            record(out, d, outlet, "source_type", s.getKey(), s.getValue());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void record(
      Appendable out, String day, String outlet, String measure, String label, int count)
      throws IOException {
    out.append(day)
        .append(',')
        .append(field(outlet))
        .append(',')
        .append(measure)
        .append(',')
        .append(field(label))
        .append(',')
        .append(Integer.toString(count))
        .append(CRLF);
  }

  /** One field, quoted when RFC 4180 requires it. */
  static String field(String s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
