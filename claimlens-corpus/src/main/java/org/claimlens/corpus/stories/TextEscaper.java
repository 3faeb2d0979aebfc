package org.claimlens.corpus.stories;

import java.util.Locale;

/**
 * Makes article-derived strings (outlet names, narrative labels) safe for a one-line table cell.
 * Such strings are hostile: an ESC sequence could rewrite the analyst's terminal, a bidi override
 * could make a row read backwards, and a newline could forge a row. Every control character (tab
 * and newline included), every bidi and zero-width format character, and the Unicode line and
 * paragraph separators are shown as a visible {@code \\uXXXX} escape instead, the convention of the
 * CLI's text report.
 */
final class TextEscaper {
  private TextEscaper() {}

  static String oneLine(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      boolean unsafe =
          type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR;
      if (unsafe) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
