package org.claimlens.eval.semeval;

import java.util.ArrayList;
import java.util.List;

/** The small TSV conventions the subtask files share. */
final class Tsv {
  private Tsv() {}

  /** Lines without their terminators ({@code \n} or {@code \r\n}); no trailing empty line. */
  static List<String> lines(String content) {
    List<String> out = new ArrayList<>(List.of(content.split("\r?\n", -1)));
    if (!out.isEmpty() && out.getLast().isEmpty()) {
      out.removeLast();
    }
    return out;
  }

  /** {@code a;b} → [a, b]; stripped, empties dropped. */
  static List<String> labels(String cell) {
    List<String> out = new ArrayList<>();
    for (String label : cell.split(";")) {
      if (!label.isBlank()) {
        out.add(label.strip());
      }
    }
    return out;
  }

  /** The value with TABs and line breaks turned into spaces, so that it stays one cell. */
  static String cell(String value) {
    return value.replaceAll("[\\t\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]", " ");
  }
}
