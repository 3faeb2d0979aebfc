package org.claimlens.annotators.attribution;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Span;

/**
 * Finds quotations: "straight", “curly”, «guillemets», „low-high“, 'single' and ‘curly single’,
 * nested or not, over one paragraph at a time (a quote never crosses a line break).
 *
 * <p>One pass with a small stack. Straight and single marks are ambiguous, so they open a quote
 * only after a space, a line start or an opening bracket and before a non-space, and close one only
 * after a non-space; an apostrophe between letters ("don't", "O'Brien") never opens or closes. A “
 * closes a „ (German and Ukrainian style) and otherwise opens. Quotes still open at the end of a
 * paragraph are dropped. Stateless and thread-safe.
 */
final class QuoteFinder {
  private static final int MAX_DEPTH = 8;

  private QuoteFinder() {}

  /** The quotes of {@code text} in order of their opening mark; each span includes both marks. */
  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    char[] stackMark = new char[MAX_DEPTH];
    int[] stackPos = new int[MAX_DEPTH];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        depth = 0;
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : '\n';
      char next = i + 1 < n ? text.charAt(i + 1) : '\n';
      switch (c) {
        case '«', '„', '‘', '“' -> {
          int open = c == '“' ? find(stackMark, depth, '„') : -1;
          if (open >= 0) {
            depth = close(out, stackPos, open, i);
          } else if (c == '‘' && Character.isLetterOrDigit(prev)) {
            continue; // a mis-typed apostrophe
          } else if (depth < MAX_DEPTH) {
            stackMark[depth] = c;
            stackPos[depth++] = i;
          }
        }
        case '»' -> {
          int open = find(stackMark, depth, '«');
          if (open >= 0) {
            depth = close(out, stackPos, open, i);
          }
        }
        case '”' -> {
          int open = Math.max(find(stackMark, depth, '“'), find(stackMark, depth, '„'));
          if (open >= 0) {
            depth = close(out, stackPos, open, i);
          }
        }
        case '’' -> {
          int open = find(stackMark, depth, '‘');
          if (open >= 0 && !Character.isLetterOrDigit(next) && !Character.isWhitespace(prev)) {
            depth = close(out, stackPos, open, i);
          }
        }
        case '"', '\'' -> {
          int open = find(stackMark, depth, c);
          boolean canClose = !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
          boolean canOpen = opensAfter(prev) && !Character.isWhitespace(next) && next != '\n';
          if (c == '\'' && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            continue; // apostrophe inside a word
          }
          if (open >= 0 && canClose) {
            depth = close(out, stackPos, open, i);
          } else if (canOpen && depth < MAX_DEPTH) {
            stackMark[depth] = c;
            stackPos[depth++] = i;
          }
        }
        default -> {}
      }
    }
    out.sort(null);
    return out;
  }

  private static boolean opensAfter(char prev) {
    return Character.isWhitespace(prev) || "([{—–-:/«„“‘\"'".indexOf(prev) >= 0;
  }

  /** Index in the stack of the innermost open {@code mark}, or -1. */
  private static int find(char[] marks, int depth, char mark) {
    for (int d = depth - 1; d >= 0; d--) {
      if (marks[d] == mark) {
        return d;
      }
    }
    return -1;
  }

  /** Records the quote opened at stack level {@code level} and pops it with everything above. */
  private static int close(List<Span> out, int[] positions, int level, int closeAt) {
    out.add(Span.of(positions[level], closeAt + 1));
    return level;
  }
}
