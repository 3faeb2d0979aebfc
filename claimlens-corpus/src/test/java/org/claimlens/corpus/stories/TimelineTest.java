package org.claimlens.corpus.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final LocalDate OCT14 = LocalDate.of(2025, 10, 14);
  private static final LocalDate OCT15 = LocalDate.of(2025, 10, 15);
  private static final String FEARS = "URW: Amplifying war-related fears";
  private static final String BLAME = "URW: Blaming the war on others rather than the invader";

  private static final List<TimelineRecord> RECORDS =
      List.of(
          new TimelineRecord(
              OCT15, "Meridian Wire", List.of(), List.of("named_person", "official_body")),
          new TimelineRecord(
              OCT14,
              "Meridian Wire",
              List.of(BLAME),
              List.of("named_person", "official_body", "unattributed")),
          new TimelineRecord(
              OCT14,
              "Odesa Now",
              List.of(FEARS, BLAME, FEARS),
              List.of("anonymous_group", "anonymous_group")),
          new TimelineRecord(OCT14, "", List.of(FEARS), List.of()));

  private static TimelineRecord record(LocalDate day, String outlet, String... sourceTypes) {
    return new TimelineRecord(day, outlet, List.of(), List.of(sourceTypes));
  }

  @Test
  void countsPerDayPerOutletAndPerDayAndOutlet() {
    Timeline t = Timeline.of(RECORDS);
    assertThat(t.byDay()).containsOnlyKeys(OCT14, OCT15);
    assertThat(t.byDay().firstKey()).isEqualTo(OCT14);

    Timeline.Counts oct14 = t.byDay().get(OCT14);
    assertThat(oct14.documents()).isEqualTo(3);
    assertThat(oct14.claims()).isEqualTo(5);
    // A narrative listed twice in one document counts once for it.
    assertThat(oct14.narratives()).containsExactly(entry(FEARS, 2), entry(BLAME, 2));
    assertThat(oct14.sourceTypes())
        .containsExactly(
            entry("anonymous_group", 2),
            entry("named_person", 1),
            entry("official_body", 1),
            entry("unattributed", 1));

    Timeline.Counts wire = t.byOutlet().get("Meridian Wire");
    assertThat(wire.documents()).isEqualTo(2);
    assertThat(wire.claims()).isEqualTo(5);
    assertThat(wire.sourceTypes()).containsEntry("named_person", 2);
    assertThat(t.byOutlet().keySet()).containsExactly("", "Meridian Wire", "Odesa Now");
    assertThat(t.byDayAndOutlet().get(OCT15)).containsOnlyKeys("Meridian Wire");
    assertThat(t.total().documents()).isEqualTo(4);
    assertThat(t.total().claims()).isEqualTo(7);
  }

  @Test
  void inputOrderDoesNotChangeTheOutput() {
    List<TimelineRecord> reversed = new ArrayList<>(RECORDS);
    Collections.reverse(reversed);
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    new TimelineCsvWriter().write(Timeline.of(RECORDS), a);
    new TimelineCsvWriter().write(Timeline.of(reversed), b);
    assertThat(b.toString()).isEqualTo(a.toString());
  }

  @Test
  void csvIsLongFormWithRfc4180Quoting() {
    Timeline t =
        Timeline.of(
            List.of(
                new TimelineRecord(
                    OCT14,
                    "Odesa Now, \"the\" channel",
                    List.of("line\nbreak"),
                    List.of("named_person"))));
    StringBuilder out = new StringBuilder();
    new TimelineCsvWriter().write(t, out);
    assertThat(out.toString())
        .isEqualTo(
            "day,outlet,measure,label,count\r\n"
                + "2025-10-14,\"Odesa Now, \"\"the\"\" channel\",documents,,1\r\n"
                + "2025-10-14,\"Odesa Now, \"\"the\"\" channel\",claims,,1\r\n"
                + "2025-10-14,\"Odesa Now, \"\"the\"\" channel\",narrative,\"line\nbreak\",1\r\n"
                + "2025-10-14,\"Odesa Now, \"\"the\"\" channel\",source_type,named_person,1\r\n");
  }

  @Test
  void tableListsDaysThenOutletsAndEscapesHostileStrings() {
    List<TimelineRecord> records = new ArrayList<>(RECORDS);
    records.add(record(OCT15, "Evil\u001b[2J\u202eNews\nforged row", "unattributed"));
    StringBuilder out = new StringBuilder();
    new TimelineTableWriter(1).write(Timeline.of(records), out);
    String table = out.toString();
    List<String> lines = table.lines().toList();
    assertThat(lines.get(0)).isEqualTo("Timeline: 5 documents, 8 claims, 2 days, 4 outlets");
    assertThat(lines.get(1)).startsWith("day").contains("outlet").contains("source types");
    assertThat(lines.get(2))
        .startsWith("2025-10-14  (all)")
        .contains(" 3 ")
        .contains(" 5  ")
        // One narrative per row: a tie at 2 goes to the smaller label.
        .contains(FEARS + "=2")
        .doesNotContain(BLAME);
    assertThat(lines.get(3)).startsWith("2025-10-14  (unknown)");
    assertThat(table)
        .doesNotContain("\u001b")
        .doesNotContain("\u202e")
        .contains("Evil\\u001b[2J\\u202eNews\\u000aforged row");
    // Header, 2 day rows, 5 day × outlet rows, 4 outlet rows, plus the summary line.
    assertThat(lines).hasSize(1 + 1 + 2 + 5 + 4);
    assertThat(lines).noneMatch(l -> l.startsWith("forged row"));
  }

  @Test
  void anEmptyTimelineWritesOnlyItsSummaryAndHeader() {
    Timeline t = Timeline.of(List.of());
    StringBuilder table = new StringBuilder();
    new TimelineTableWriter().write(t, table);
    assertThat(table.toString()).isEqualTo("Timeline: 0 documents, 0 claims, 0 days, 0 outlets\n");
    StringBuilder csv = new StringBuilder();
    new TimelineCsvWriter().write(t, csv);
    assertThat(csv.toString()).isEqualTo(TimelineCsvWriter.HEADER + "\r\n");
  }
}
