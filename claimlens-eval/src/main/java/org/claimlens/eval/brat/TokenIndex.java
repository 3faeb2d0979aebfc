package org.claimlens.eval.brat;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The tokens of a text for overlap scoring: maximal runs of letters and digits (by code point),
 * kept as two sorted offset arrays so that a span's tokens are found by binary search.
 */
final class TokenIndex {
  private final int[] starts;
  private final int[] ends;

  TokenIndex(String text) {
    int[] s = new int[16];
    int[] e = new int[16];
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
          e = Arrays.copyOf(e, n * 2);
        }
        s[n] = start;
        e[n] = i;
        n++;
      } else {
        i += Character.charCount(cp);
      }
    }
    starts = Arrays.copyOf(s, n);
    ends = Arrays.copyOf(e, n);
  }

  int size() {
    return starts.length;
  }

  /** The indexes of the tokens that share at least one code unit with a fragment of the span. */
  BitSet tokens(BratSpan span) {
    BitSet out = new BitSet();
    for (var f : span.fragments()) {
      // First token that ends after the fragment starts.
      int i = Arrays.binarySearch(ends, f.start() + 1);
      i = i >= 0 ? i : -i - 1;
      for (; i < starts.length && starts[i] < f.end(); i++) {
        if (ends[i] > f.start() && f.end() > f.start()) {
          out.set(i);
        }
      }
    }
    return out;
  }
}
