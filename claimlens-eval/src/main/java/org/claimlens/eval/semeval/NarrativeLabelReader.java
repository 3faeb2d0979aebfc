package org.claimlens.eval.semeval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.eval.BenchmarkFormatException;

/**
 * Reads subtask 2 files: {@code ID.txt<TAB>narr1;narr2<TAB>sub1;sub2}, one document a line.
 *
 * <p>Labels are split at {@code ;} and stripped; empty labels are dropped. A first line that starts
 * with {@code article_id} is taken as a header and skipped. Blank lines are skipped; any other line
 * that is not three TAB-separated columns is an error naming file and line. Stateless and
 * thread-safe.
 */
public final class NarrativeLabelReader {

  private NarrativeLabelReader() {}

  /** Reads a subtask 2 file (UTF-8). */
  public static List<NarrativeLabels> read(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  /**
   * Parses the content of a subtask 2 file.
   *
   * @throws BenchmarkFormatException naming {@code fileName} and the line of a malformed line
   */
  public static List<NarrativeLabels> parse(String content, String fileName) {
    List<NarrativeLabels> out = new ArrayList<>();
    List<String> lines = Tsv.lines(content);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || (i == 0 && line.startsWith("article_id"))) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        throw new BenchmarkFormatException(
            fileName,
            i + 1,
            "expected 3 TAB-separated columns (ID, narratives, subnarratives), found "
                + cols.length);
      }
      if (cols[0].isBlank()) {
        throw new BenchmarkFormatException(fileName, i + 1, "empty document id");
      }
      out.add(new NarrativeLabels(cols[0].strip(), Tsv.labels(cols[1]), Tsv.labels(cols[2])));
    }
    return out;
  }
}
