package org.claimlens.corpus.stories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts of documents, claims, narratives and claim source types per day, per outlet, and per day
 * and outlet, built once from {@link TimelineRecord}s.
 *
 * <p>Every map is sorted (days ascending, outlets and labels in {@link String#compareTo} order) and
 * unmodifiable, so output built from a timeline is the same for any input order. A document's
 * narrative labels are counted once per document even when listed twice; source types are counted
 * once per claim. Immutable and thread-safe. Example:
 *
 * <pre>{@code
 * Timeline t = Timeline.of(records);
 * t.byDay().forEach((day, c) -> System.out.println(day + " " + c.documents() + " " + c.claims()));
 * new TimelineCsvWriter().write(t, writer);
 * }</pre>
 */
public final class Timeline {

  /**
   * Counts over a set of documents.
   *
   * @param documents the number of documents
   * @param claims the number of claims in them
   * @param narratives narrative label → documents serving it
   * @param sourceTypes claim source type → claims with that source type
   */
  public record Counts(
      int documents,
      int claims,
      SortedMap<String, Integer> narratives,
      SortedMap<String, Integer> sourceTypes) {
    public Counts {
      if (documents < 0 || claims < 0) {
        throw new IllegalArgumentException("negative counts: " + documents + ", " + claims);
      }
      narratives = Collections.unmodifiableSortedMap(new TreeMap<>(narratives));
      sourceTypes = Collections.unmodifiableSortedMap(new TreeMap<>(sourceTypes));
    }

    static final Counts EMPTY = new Counts(0, 0, new TreeMap<>(), new TreeMap<>());

    Counts plus(TimelineRecord r) {
      TreeMap<String, Integer> n = new TreeMap<>(narratives);
      for (String label : new LinkedHashSet<>(r.narratives())) {
        n.merge(label, 1, Integer::sum);
      }
      TreeMap<String, Integer> s = new TreeMap<>(sourceTypes);
      for (String type : r.claimSourceTypes()) {
        s.merge(type, 1, Integer::sum);
      }
      return new Counts(documents + 1, claims + r.claims(), n, s);
    }
  }

  private final SortedMap<LocalDate, Counts> byDay;
  private final SortedMap<String, Counts> byOutlet;
  private final SortedMap<LocalDate, SortedMap<String, Counts>> byDayAndOutlet;
  private final Counts total;

  private Timeline(
      SortedMap<LocalDate, Counts> byDay,
      SortedMap<String, Counts> byOutlet,
      SortedMap<LocalDate, SortedMap<String, Counts>> byDayAndOutlet,
      Counts total) {
    this.byDay = byDay;
    this.byOutlet = byOutlet;
    this.byDayAndOutlet = byDayAndOutlet;
    this.total = total;
  }

  /** The timeline of {@code records}; an empty collection gives empty maps. */
  public static Timeline of(Collection<TimelineRecord> records) {
    Objects.requireNonNull(records, "records");
    TreeMap<LocalDate, Counts> byDay = new TreeMap<>();
    TreeMap<String, Counts> byOutlet = new TreeMap<>();
    TreeMap<LocalDate, TreeMap<String, Counts>> byDayAndOutlet = new TreeMap<>();
    Counts total = Counts.EMPTY;
    for (TimelineRecord r : records) {
      Objects.requireNonNull(r, "record");
      // Rebuilding a Counts per record copies the labels of one cell only, which stay few (tens of
      // narratives, seven source types); it keeps Counts immutable throughout.
      byDay.compute(r.day(), (k, c) -> (c == null ? Counts.EMPTY : c).plus(r));
      byOutlet.compute(r.outlet(), (k, c) -> (c == null ? Counts.EMPTY : c).plus(r));
      byDayAndOutlet
          .computeIfAbsent(r.day(), d -> new TreeMap<>())
          .compute(r.outlet(), (k, c) -> (c == null ? Counts.EMPTY : c).plus(r));
      total = total.plus(r);
    }
    TreeMap<LocalDate, SortedMap<String, Counts>> nested = new TreeMap<>();
    for (Map.Entry<LocalDate, TreeMap<String, Counts>> e : byDayAndOutlet.entrySet()) {
      nested.put(e.getKey(), Collections.unmodifiableSortedMap(e.getValue()));
    }
    return new Timeline(
        Collections.unmodifiableSortedMap(byDay),
        Collections.unmodifiableSortedMap(byOutlet),
        Collections.unmodifiableSortedMap(nested),
        total);
  }

  /** Day → counts over every outlet. */
  public SortedMap<LocalDate, Counts> byDay() {
    return byDay;
  }

  /** Outlet → counts over every day. */
  public SortedMap<String, Counts> byOutlet() {
    return byOutlet;
  }

  /** Day → outlet → counts; only the outlets that published that day appear. */
  public SortedMap<LocalDate, SortedMap<String, Counts>> byDayAndOutlet() {
    return byDayAndOutlet;
  }

  /** Counts over everything. */
  public Counts total() {
    return total;
  }
}
