package org.claimlens.corpus.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Writes a {@link Timeline} as a plain-text table for a terminal: one section per day (all outlets,
 * then each outlet) and one per outlet, with the most frequent narratives and every source type.
 *
 * <p>Every article-derived string (outlets, narrative labels, source types) is escaped for control,
 * bidi and line-breaking characters, so a hostile outlet name cannot move the cursor or forge a
 * row. Columns are padded to their widest cell; the two label lists come last and are not padded.
 * Stateless and thread-safe. Example output:
 *
 * <pre>
 * day         outlet         docs  claims  narratives                 source types
 * 2025-10-14  (all)             3       5  Blaming the war on others=2  named_person=3, unattributed=2
 * 2025-10-14  Meridian Wire     2       4  Blaming the war on others=1  named_person=3, unattributed=1
 * </pre>
 */
public final class TimelineTableWriter {
  /** What the table shows for the empty outlet name. */
  public static final String UNKNOWN_OUTLET = "(unknown)";

  private static final String ALL = "(all)";
  private static final String[] HEADER = {
    "day", "outlet", "docs", "claims", "narratives", "source types"
  };

  private final int maxNarratives;

  /**
   * @param maxNarratives how many narratives a row lists, most frequent first (ties by label)
   */
  public TimelineTableWriter(int maxNarratives) {
    if (maxNarratives < 1) {
      throw new IllegalArgumentException("maxNarratives must be ≥ 1: " + maxNarratives);
    }
    this.maxNarratives = maxNarratives;
  }

  /** A writer listing the top 3 narratives per row. */
  public TimelineTableWriter() {
    this(3);
  }

  /**
   * Writes {@code timeline} to {@code out}, lines ending in {@code \n}.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public void write(Timeline timeline, Appendable out) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(out, "out");
    List<String[]> rows = new ArrayList<>();
    for (Map.Entry<LocalDate, SortedMap<String, Timeline.Counts>> day :
        timeline.byDayAndOutlet().entrySet()) {
      String d = day.getKey().toString();
      rows.add(row(d, ALL, timeline.byDay().get(day.getKey())));
      for (Map.Entry<String, Timeline.Counts> outlet : day.getValue().entrySet()) {
        rows.add(row(d, outletName(outlet.getKey()), outlet.getValue()));
      }
    }
    for (Map.Entry<String, Timeline.Counts> outlet : timeline.byOutlet().entrySet()) {
      rows.add(row(ALL, outletName(outlet.getKey()), outlet.getValue()));
    }
    Timeline.Counts total = timeline.total();
    try {
      out.append(
          String.format(
              Locale.ROOT,
              "Timeline: %d documents, %d claims, %d days, %d outlets%n",
              total.documents(),
              total.claims(),
              timeline.byDay().size(),
              timeline.byOutlet().size()));
      if (rows.isEmpty()) {
        return;
      }
      int[] width = new int[4];
      for (String[] r : prepend(HEADER, rows)) {
        for (int i = 0; i < width.length; i++) {
          width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
        }
      }
      for (String[] r : prepend(HEADER, rows)) {
        StringBuilder line = new StringBuilder();
        line.append(pad(r[0], width[0], false)).append("  ");
        line.append(pad(r[1], width[1], false)).append("  ");
        line.append(pad(r[2], width[2], true)).append("  ");
        line.append(pad(r[3], width[3], true)).append("  ");
        line.append(pad(r[4], 0, false));
        if (!r[5].isEmpty()) {
          line.append("  ").append(r[5]);
        }
        out.append(line.toString().stripTrailing()).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> prepend(String[] header, List<String[]> rows) {
    List<String[]> all = new ArrayList<>(rows.size() + 1);
    all.add(header);
    all.addAll(rows);
    return all;
  }

  private String[] row(String day, String outlet, Timeline.Counts c) {
    return new String[] {
      day,
      outlet,
      Integer.toString(c.documents()),
      Integer.toString(c.claims()),
      ranked(c.narratives(), maxNarratives),
      ranked(c.sourceTypes(), Integer.MAX_VALUE)
    };
  }

  private static String outletName(String outlet) {
    return outlet.isEmpty() ? UNKNOWN_OUTLET : TextEscaper.oneLine(outlet);
  }

  private static String ranked(Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(e -> TextEscaper.oneLine(e.getKey()) + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String pad(String s, int width, boolean right) {
    int missing = width - s.codePointCount(0, s.length());
    if (missing <= 0) {
      return s;
    }
    String spaces = " ".repeat(missing);
    return right ? spaces + s : s + spaces;
  }
}
