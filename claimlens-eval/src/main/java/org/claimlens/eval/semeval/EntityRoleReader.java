package org.claimlens.eval.semeval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.eval.BenchmarkFormatException;
import org.claimlens.model.Span;

/**
 * Reads subtask 1 files: {@code ID.txt<TAB>mention<TAB>start<TAB>end<TAB>main_role<TAB>fine1<TAB>
 * fine2...}, one mention a line, with the end offset <b>inclusive</b>; the labels read have
 * exclusive spans ({@code end + 1}).
 *
 * <p>The official header line ({@code article_id<TAB>entity_mention...}) is skipped, as are blank
 * lines and empty fine-role columns. A line with fewer than five columns, offsets that are not
 * integers, or an end before its start is an error naming file and line. Stateless and thread-safe.
 */
public final class EntityRoleReader {

  private EntityRoleReader() {}

  /** Reads a subtask 1 file (UTF-8). */
  public static List<EntityRoleLabel> read(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  /**
   * Parses the content of a subtask 1 file.
   *
   * @throws BenchmarkFormatException naming {@code fileName} and the line of a malformed line
   */
  public static List<EntityRoleLabel> parse(String content, String fileName) {
    List<EntityRoleLabel> out = new ArrayList<>();
    List<String> lines = Tsv.lines(content);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || (i == 0 && line.startsWith("article_id"))) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 5) {
        throw new BenchmarkFormatException(
            fileName,
            i + 1,
            "expected at least 5 TAB-separated columns (ID, mention, start, end, main role),"
                + " found "
                + cols.length);
      }
      int start;
      int inclusiveEnd;
      try {
        start = Integer.parseInt(cols[2].strip());
        inclusiveEnd = Integer.parseInt(cols[3].strip());
      } catch (NumberFormatException e) {
        throw new BenchmarkFormatException(
            fileName, i + 1, "offsets \"" + cols[2] + "\", \"" + cols[3] + "\" are not integers");
      }
      if (start < 0 || inclusiveEnd < start) {
        throw new BenchmarkFormatException(
            fileName,
            i + 1,
            "inclusive end " + inclusiveEnd + " is before start " + start + " (or start < 0)");
      }
      List<String> fine = new ArrayList<>();
      for (int c = 5; c < cols.length; c++) {
        if (!cols[c].isBlank()) {
          fine.add(cols[c].strip());
        }
      }
      out.add(
          new EntityRoleLabel(
              cols[0].strip(), cols[1], Span.of(start, inclusiveEnd + 1), cols[4].strip(), fine));
    }
    return out;
  }
}
