package org.claimlens.annotators.text;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Span;

/**
 * A language-neutral tokenizer for text without an OpenNLP model: runs of letters and digits (with
 * inner apostrophes, hyphens and dots, as in "l'armée", "Pre-war", "U.S.") are tokens, and every
 * other non-space character is a token of its own.
 */
final class RuleTokenizer {
  private RuleTokenizer() {}

  static List<Span> tokenize(String s) {
    List<Span> out = new ArrayList<>(s.length() / 5 + 1);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = s.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '.')
              && j + 1 < n
              && Character.isLetterOrDigit(s.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        out.add(Span.of(i, j));
        i = j;
      } else {
        int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        out.add(Span.of(i, j));
        i = j;
      }
    }
    return out;
  }
}
