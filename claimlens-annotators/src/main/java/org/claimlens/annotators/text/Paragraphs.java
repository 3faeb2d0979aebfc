package org.claimlens.annotators.text;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Span;

/**
 * Splits text into blocks that no sentence may cross.
 *
 * <p>A blank line always ends a block. A single line break ends one too, except inside hard-wrapped
 * prose: a long line that does not end in terminal punctuation, followed by a line that starts in
 * lower case, is one paragraph wrapped by an editor.
 */
final class Paragraphs {
  private static final int WRAP_WIDTH = 60;

  private Paragraphs() {}

  static List<Span> split(String text) {
    List<Span> blocks = new ArrayList<>();
    int n = text.length();
    int blockStart = 0;
    int lineStart = 0;
    while (lineStart < n) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? n : nl;
      int next = nl < 0 ? n : nl + 1;
      boolean last = nl < 0;
      if (!last && !continues(text, lineStart, lineEnd, next)) {
        add(blocks, text, blockStart, lineEnd);
        blockStart = next;
      }
      lineStart = next;
    }
    add(blocks, text, blockStart, n);
    return blocks;
  }

  private static boolean continues(String text, int lineStart, int lineEnd, int next) {
    int end = lineEnd;
    while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - lineStart < WRAP_WIDTH) {
      return false;
    }
    char lastChar = text.charAt(end - 1);
    if (".!?:;\"”»…".indexOf(lastChar) >= 0) {
      return false;
    }
    int i = next;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  private static void add(List<Span> blocks, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        blocks.add(Span.of(start, end));
        return;
      }
    }
  }
}
