package org.claimlens.eval.ptc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimlens.eval.BenchmarkFormatException;
import org.claimlens.model.Span;

/**
 * Reads PTC label files: {@code ID<TAB>technique<TAB>start<TAB>end}, end exclusive.
 *
 * <p>Also accepted: the span-only format {@code ID<TAB>start<TAB>end} of the span-identification
 * subtask, read with technique {@link PtcTechniques#SPAN_ONLY}. Article ids lose an {@code article}
 * prefix and a {@code .txt} suffix, so that {@code article111.txt}, {@code article111} and {@code
 * 111} name the same article. Blank lines are skipped. Technique names are not checked against
 * {@link PtcTechniques#NAMES}, so that other schemes can use the format. Stateless and thread-safe.
 */
public final class PtcLabelReader {

  private PtcLabelReader() {}

  /**
   * Reads one combined labels file, or every {@code *.labels} and {@code *.labels.tsv} file of a
   * folder in name order ({@code article111.task-flc-tc.labels}, {@code article111.labels.tsv}).
   *
   * @throws BenchmarkFormatException naming file and line of a malformed line
   */
  public static List<TechniqueSpan> read(Path fileOrFolder) throws IOException {
    if (!Files.isDirectory(fileOrFolder)) {
      return parse(Files.readString(fileOrFolder), fileOrFolder.toString());
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(fileOrFolder)) {
      files =
          s.filter(
                  p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".labels") || n.endsWith(".labels.tsv");
                  })
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    List<TechniqueSpan> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(parse(Files.readString(f), f.getFileName().toString()));
    }
    return out;
  }

  /**
   * Parses labels text.
   *
   * @throws BenchmarkFormatException naming {@code fileName} and the line of a malformed line
   */
  public static List<TechniqueSpan> parse(String content, String fileName) {
    List<TechniqueSpan> out = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 && cols.length != 4) {
        throw new BenchmarkFormatException(
            fileName,
            i + 1,
            "expected ID<TAB>technique<TAB>start<TAB>end (or ID<TAB>start<TAB>end), found "
                + cols.length
                + " columns");
      }
      String technique = cols.length == 4 ? cols[1].strip() : PtcTechniques.SPAN_ONLY;
      String startCol = cols[cols.length - 2].strip();
      String endCol = cols[cols.length - 1].strip();
      int start;
      int end;
      try {
        start = Integer.parseInt(startCol);
        end = Integer.parseInt(endCol);
      } catch (NumberFormatException e) {
        throw new BenchmarkFormatException(
            fileName, i + 1, "offsets \"" + startCol + "\", \"" + endCol + "\" are not integers");
      }
      if (start < 0 || end <= start) {
        throw new BenchmarkFormatException(
            fileName, i + 1, "span " + start + "-" + end + " is empty or negative");
      }
      if (technique.isEmpty()) {
        throw new BenchmarkFormatException(fileName, i + 1, "empty technique");
      }
      out.add(new TechniqueSpan(articleId(cols[0]), technique, Span.of(start, end)));
    }
    return out;
  }

  /** {@code article111.txt} → {@code 111}. */
  public static String articleId(String raw) {
    String id = raw.strip();
    if (id.endsWith(".txt")) {
      id = id.substring(0, id.length() - 4);
    }
    if (id.startsWith("article")) {
      id = id.substring("article".length());
    }
    return id;
  }
}
