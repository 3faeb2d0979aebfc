package org.claimlens.cli;

/**
 * Makes article text safe to print on a terminal. Article text is hostile: an ESC sequence in a
 * post could rewrite the analyst's screen or hide lines, so every control character except newline
 * and tab is shown as a visible escape instead.
 */
final class Terminal {
  private Terminal() {}

  static String safe(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control =
          (c < 0x20 && c != '\n' && c != '\t')
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u202e'
              || c == '\u202d'
              || (c >= '\u2066' && c <= '\u2069');
      if (control) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@link #safe} on one line: newlines and tabs become spaces too. */
  static String oneLine(String s) {
    return safe(s).replace('\n', ' ').replace('\t', ' ');
  }

  /** {@code s} cut to at most {@code max} characters, an ellipsis marking the cut. */
  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
