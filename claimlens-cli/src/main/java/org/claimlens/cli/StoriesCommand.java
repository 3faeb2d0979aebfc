package org.claimlens.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimlens.corpus.stories.Timeline;
import org.claimlens.corpus.stories.TimelineCsvWriter;
import org.claimlens.corpus.stories.TimelineRecord;
import org.claimlens.corpus.stories.TimelineTableWriter;
import org.claimlens.store.ClaimRecord;
import org.claimlens.store.DocumentRecord;
import org.claimlens.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimlens stories --store DIR}: story clusters over time, then counts of documents,
 * claims, narratives and source types per day and outlet.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description =
        "List stories (documents about the same event, grouped over time), largest first, and a"
            + " timeline of documents, claims, narratives and source types per day and outlet.")
final class StoriesCommand implements Callable<Integer> {
  enum Format {
    table,
    csv
  }

  @ParentCommand ClaimlensCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Stories. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (stories and timeline) or csv (the timeline, long form).")
  Format format;

  private record StoryRow(String id, List<DocumentRecord> docs) {}

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 1");
    }
    Map<String, StoryRow> stories = new LinkedHashMap<>();
    List<TimelineRecord> records = new ArrayList<>();
    int[] undated = {0};
    try (Store store = storeOptions.open()) {
      store.forEachDocument(
          d -> {
            if (d.story() != null) {
              stories
                  .computeIfAbsent(d.story(), id -> new StoryRow(id, new ArrayList<>()))
                  .docs()
                  .add(d);
            }
            LocalDate day = day(d.published());
            if (day == null) {
              undated[0]++;
              return;
            }
            List<String> types =
                store.claims(d.id()).stream().map(ClaimRecord::sourceType).toList();
            records.add(
                new TimelineRecord(
                    day, d.outlet() == null ? "(unknown)" : d.outlet(), d.narratives(), types));
          });
    }
    Timeline timeline = Timeline.of(records);
    Writer w = new OutputStreamWriter(root.out, StandardCharsets.UTF_8);
    if (format == Format.csv) {
      new TimelineCsvWriter().write(timeline, w);
      w.flush();
      return 0;
    }
    List<StoryRow> rows = new ArrayList<>(stories.values());
    rows.sort(
        Comparator.comparingInt((StoryRow r) -> -r.docs().size()).thenComparing(StoryRow::id));
    root.out.printf(
        Locale.ROOT, "%d stories; the %d largest:%n", rows.size(), Math.min(limit, rows.size()));
    for (int i = 0; i < Math.min(limit, rows.size()); i++) {
      StoryRow r = rows.get(i);
      DocumentRecord first = r.docs().getFirst();
      root.out.printf(
          Locale.ROOT,
          "%2d. %s  (%d documents)%n",
          i + 1,
          Terminal.oneLine(first.title() == null ? first.id() : first.title()),
          r.docs().size());
      for (DocumentRecord d : r.docs()) {
        root.out.printf(
            Locale.ROOT,
            "    %-10s %-24s %s%n",
            d.published() == null ? "" : Terminal.oneLine(Terminal.clip(d.published(), 10)),
            Terminal.oneLine(Terminal.clip(d.outlet() == null ? "" : d.outlet(), 24)),
            Terminal.oneLine(d.title() == null ? d.id() : Terminal.clip(d.title(), 80)));
      }
    }
    root.out.println();
    root.out.printf(Locale.ROOT, "Timeline (%d documents without a date left out):%n", undated[0]);
    new TimelineTableWriter(5).write(timeline, w);
    w.flush();
    return 0;
  }

  static @Nullable LocalDate day(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
