package org.claimlens.corpus.factcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimlens.model.FactCheck;

/**
 * Reads a fact-check library as JSON Lines: one object a line with the fields {@code id}, {@code
 * claim}, {@code verdict}, {@code url} and {@code published}, of which {@code id} (a string or a
 * number) and {@code claim} are required; other fields are ignored.
 *
 * <p>A line that is not a JSON object, or lacks an id or a claim, is skipped and reported as {@code
 * file:LINE: reason}; blank lines are skipped silently. A byte-order mark and CRLF are accepted.
 * Example line: {@code {"id": "fc-001", "claim": "Ukraine runs US-funded biolabs", "verdict":
 * "False"}}.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonlFactCheckReader implements FactCheckReader {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  @Override
  public FactCheckBatch read(Path file) throws IOException {
    return parse(CsvFactCheckReader.readText(file), file.toString());
  }

  /** Reads {@code text} as the content of a file called {@code name}. */
  public FactCheckBatch parse(String text, String name) {
    FactCheckBatch.Builder out = new FactCheckBatch.Builder();
    String[] lines = LINE_BREAK.split(CsvFactCheckReader.stripBom(text), -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String where = name + ":" + (i + 1);
      Object v;
      try {
        v = JsonTree.parse(lines[i]);
      } catch (JsonProcessingException e) {
        out.problem(where, "not JSON: " + e.getOriginalMessage() + "; skipped");
        continue;
      } catch (IOException e) {
        out.problem(where, "not JSON: " + e.getMessage() + "; skipped");
        continue;
      }
      if (!(v instanceof Map<?, ?> m)) {
        out.problem(where, "not a JSON object; skipped");
        continue;
      }
      String id = JsonTree.text(m, "id");
      String claim = JsonTree.text(m, "claim");
      if (id == null) {
        out.problem(where, "no \"id\" field; skipped");
        continue;
      }
      if (claim == null) {
        out.problem(where, "no \"claim\" field for id \"" + id + "\"; skipped");
        continue;
      }
      out.add(
          new FactCheck(
              id,
              claim,
              JsonTree.text(m, "verdict"),
              JsonTree.text(m, "url"),
              JsonTree.text(m, "published")),
          where);
    }
    return out.build();
  }
}
