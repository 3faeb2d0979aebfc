package org.claimlens.eval.ptc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads PTC articles, {@code article<ID>.txt}, as UTF-8 and exactly (offsets index the text as
 * written). Stateless and thread-safe.
 */
public final class PtcArticleReader {

  private PtcArticleReader() {}

  /** The texts of the folder's {@code article*.txt} files by article id ({@code 111}), sorted. */
  public static Map<String, String> readFolder(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p :
          s.filter(p -> p.getFileName().toString().matches("article.+\\.txt"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList()) {
        out.put(PtcLabelReader.articleId(p.getFileName().toString()), Files.readString(p));
      }
    }
    return out;
  }
}
