package org.claimlens.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.store.SearchHit;
import org.claimlens.store.SearchQuery;
import org.claimlens.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimlens search QUERY --store DIR}: full-text (BM25) plus semantic (kNN) search. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Search a corpus: full text (BM25) and meaning (sentence vectors), fused by rank, with"
            + " filters. Without QUERY, lists the newest documents that pass the filters.")
final class SearchCommand implements Callable<Integer> {
  enum Mode {
    hybrid,
    text,
    semantic
  }

  enum Format {
    table,
    json
  }

  @ParentCommand ClaimlensCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions storeOptions;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for.")
  List<String> query = List.of();

  @Option(
      names = "--mode",
      defaultValue = "hybrid",
      description = "hybrid, text or semantic. Default: ${DEFAULT-VALUE}.")
  Mode mode;

  @Option(names = "--outlet", description = "Only documents of this outlet.")
  @Nullable String outlet;

  @Option(names = "--language", description = "Only documents in this language (ISO 639-1).")
  @Nullable String language;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (ISO).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (ISO).")
  @Nullable String to;

  @Option(names = "--narrative", description = "Only documents with this narrative label.")
  @Nullable String narrative;

  @Option(
      names = "--source-type",
      description = "Only documents with a claim whose source is of this type (anonymous_person…).")
  @Nullable String sourceType;

  @Option(names = "--limit", defaultValue = "10", description = "Hits. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or json.")
  Format format;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 1");
    }
    String text = String.join(" ", query).strip();
    SearchQuery q =
        SearchQuery.all()
            .withOutlet(outlet)
            .withLanguage(language)
            .withPublishedFrom(from)
            .withPublishedTo(to)
            .withNarrative(narrative)
            .withSourceType(sourceType)
            .withLimit(limit);
    if (!text.isEmpty()) {
      if (mode != Mode.semantic) {
        q = q.withText(text);
      }
      if (mode != Mode.text) {
        q = q.withVector(Encoders.minilm().embed(List.of(text))[0]);
      }
    }
    List<SearchHit> hits;
    try (Store store = storeOptions.open()) {
      hits = store.search(q);
    }
    if (format == Format.json) {
      writeJson(hits);
    } else {
      for (int i = 0; i < hits.size(); i++) {
        SearchHit h = hits.get(i);
        root.out.printf(
            Locale.ROOT,
            "%2d. %.4f  %-10s  %-20s  %s%n      %s%n",
            i + 1,
            h.score(),
            h.published() == null ? "" : Terminal.oneLine(h.published()),
            h.outlet() == null ? "" : Terminal.oneLine(Terminal.clip(h.outlet(), 20)),
            Terminal.oneLine(h.title() == null ? h.docId() : h.title()),
            Terminal.oneLine(Terminal.clip(h.snippet(), 160)));
      }
      if (hits.isEmpty()) {
        root.err.println("claimlens search: no hits");
      }
    }
    return 0;
  }

  private void writeJson(List<SearchHit> hits) throws IOException {
    Writer w = new OutputStreamWriter(root.out, StandardCharsets.UTF_8);
    JsonFactory json = new JsonFactory();
    for (SearchHit h : hits) {
      // one generator per line: a shared one would put a separator before each later object
      try (JsonGenerator g = json.createGenerator(w)) {
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.writeStartObject();
        g.writeStringField("id", h.docId());
        g.writeNumberField("score", h.score());
        g.writeStringField("title", h.title());
        g.writeStringField("outlet", h.outlet());
        g.writeStringField("published", h.published());
        g.writeStringField("snippet", h.snippet());
        g.writeEndObject();
      }
      w.write('\n');
    }
    w.flush();
  }
}
