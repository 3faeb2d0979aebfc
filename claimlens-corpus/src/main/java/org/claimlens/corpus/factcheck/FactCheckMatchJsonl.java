package org.claimlens.corpus.factcheck;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The JSON Lines I/O of {@code claimlens factcheck match}. Input: one query a line, {@code {"id":
 * ..., "text": ...}} (id a string or a number; an optional {@code "gold"} is kept for evaluation).
 * Output: one line per good query, in input order, exactly {@code
 * {"id":ID,"matches":[{"factcheck":"FC","score":0.8123}]}}, the scores rounded half-up to 4
 * decimals, best first.
 *
 * <p>A bad input line (not JSON, not an object, no id, no text) is reported to the problem sink as
 * {@code NAME:LINE: reason} and skipped; the others go on. Stateless and thread-safe. Example:
 *
 * <pre>{@code
 * int written = FactCheckMatchJsonl.match(in, "queries.jsonl", out, matcher, 10, System.err::println);
 * }</pre>
 */
public final class FactCheckMatchJsonl {
  /** Queries embedded per encoder call: large enough to amortise the call, small for memory. */
  static final int BATCH = 64;

  private FactCheckMatchJsonl() {}

  /** Reads queries from {@code in} (called {@code name} in problems), skipping bad lines. */
  public static List<FactCheckQuery> readQueries(Reader in, String name, Consumer<String> problems)
      throws IOException {
    List<FactCheckQuery> out = new ArrayList<>();
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    int number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (number == 1) {
        line = CsvFactCheckReader.stripBom(line);
      }
      if (line.isBlank()) {
        continue;
      }
      String where = name + ":" + number + ": ";
      Object v;
      try {
        v = JsonTree.parse(line);
      } catch (JsonProcessingException e) {
        problems.accept(where + "not JSON: " + e.getOriginalMessage() + "; skipped");
        continue;
      }
      if (!(v instanceof Map<?, ?> m)) {
        problems.accept(where + "not a JSON object; skipped");
        continue;
      }
      Object id = m.get("id");
      if (!(id instanceof String) && !(id instanceof Number)) {
        problems.accept(where + "no string or number \"id\"; skipped");
        continue;
      }
      String text = JsonTree.text(m, "text");
      if (text == null || !(m.get("text") instanceof String)) {
        problems.accept(where + "no non-blank string \"text\" for id " + id + "; skipped");
        continue;
      }
      out.add(
          new FactCheckQuery(
              id.toString(),
              id instanceof Number,
              (String) m.get("text"),
              JsonTree.text(m, "gold")));
    }
    return out;
  }

  /**
   * Matches every query read from {@code in} and writes the results to {@code out}; returns the
   * number of lines written.
   */
  public static int match(
      Reader in,
      String name,
      Writer out,
      FactCheckMatcher matcher,
      int k,
      Consumer<String> problems)
      throws IOException {
    List<FactCheckQuery> queries = readQueries(in, name, problems);
    int written = 0;
    for (int start = 0; start < queries.size(); start += BATCH) {
      List<FactCheckQuery> batch = queries.subList(start, Math.min(queries.size(), start + BATCH));
      List<List<FactCheckMatcher.Scored>> results =
          matcher.matchAll(batch.stream().map(FactCheckQuery::text).toList(), k);
      for (int i = 0; i < batch.size(); i++) {
        write(out, batch.get(i), results.get(i));
        written++;
      }
    }
    out.flush();
    return written;
  }

  /** Writes one output line for {@code query}. */
  static void write(Writer out, FactCheckQuery query, List<FactCheckMatcher.Scored> matches)
      throws IOException {
    try (JsonGenerator g =
        JsonTree.JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeFieldName("id");
      if (query.numericId()) {
        g.writeNumber(query.id());
      } else {
        g.writeString(query.id());
      }
      g.writeArrayFieldStart("matches");
      for (FactCheckMatcher.Scored s : matches) {
        g.writeStartObject();
        g.writeStringField("factcheck", s.factCheck().id());
        g.writeNumberField("score", round4(s.score()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /** {@code x} rounded half-up to 4 decimals (0.81235 → 0.8124). */
  static double round4(double x) {
    return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
