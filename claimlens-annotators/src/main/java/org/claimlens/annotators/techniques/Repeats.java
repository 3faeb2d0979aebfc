package org.claimlens.annotators.techniques;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds repetition candidates: phrases that were already said earlier in the same document.
 *
 * <ul>
 *   <li>{@code initial}: the longest run of words opening a sentence that occurred before (in any
 *       case), such as a slogan said twice or "It is an invasion. It is an invasion, launched ...";
 *       it must hold a content word.
 *   <li>{@code anaphora}: a single word opening a third or later sentence after two earlier
 *       sentences opened with it ("Because ... Because ... Because ...").
 *   <li>{@code mid}: a run of two or more content words inside a sentence, at its third occurrence
 *       within three sentences, or a single content word at its third occurrence within two.
 * </ul>
 *
 * <p>Only repeats after the first occurrence become candidates, as PTC marks them. Stateless.
 */
final class Repeats {
  private Repeats() {}

  /**
   * A repeat.
   *
   * @param from first token
   * @param to one past the last token
   * @param previous first token of the nearest earlier occurrence
   * @param occurrence how many times the phrase has occurred up to and including this one
   * @param kind {@code initial}, {@code anaphora} or {@code mid}
   * @param wholeSentence whether the repeat is its whole sentence, final punctuation included
   * @param previousInitial whether the earlier occurrence opened a sentence
   */
  record Candidate(
      int from,
      int to,
      int previous,
      int occurrence,
      String kind,
      boolean wholeSentence,
      boolean previousInitial) {}

  /** Positions of each lower-cased word token, in text order. */
  static Map<String, int[]> positions(DocView v) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < v.tokens; i++) {
      if (!v.isPunct(i)) {
        lists.computeIfAbsent(v.lower[i], k -> new ArrayList<>(2)).add(i);
      }
    }
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, l) -> out.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  private static int firstWord(DocView v, int s) {
    for (int i = v.sentTok0[s]; i < v.sentTok1[s]; i++) {
      if (!v.isPunct(i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSentenceInitial(DocView v, int i) {
    return firstWord(v, v.sentenceOf[i]) == i;
  }

  /** Length of the common run at {@code i} and {@code j < i}, not running into {@code i}. */
  private static int common(DocView v, int i, int j, int limit) {
    int k = 0;
    while (i + k < limit && j + k < i && v.lower[i + k].equals(v.lower[j + k])) {
      k++;
    }
    return k;
  }

  /** How many words opening sentence {@code s} were said before, from 0. */
  static int repeatedPrefix(DocView v, int s) {
    int i = firstWord(v, s);
    if (i < 0) {
      return 0;
    }
    int[] pos = v.positions().get(v.lower[i]);
    int best = 0;
    for (int j : pos) {
      if (j >= i) {
        break;
      }
      best = Math.max(best, common(v, i, j, v.sentTok1[s]));
    }
    return best;
  }

  /** Whether the tokens {@code [t0, t1)}, trailing punctuation aside, occur earlier. */
  static boolean occursBefore(DocView v, int t0, int t1) {
    while (t1 > t0 && v.isPunct(t1 - 1)) {
      t1--;
    }
    while (t0 < t1 && v.isPunct(t0)) {
      t0++;
    }
    if (t1 <= t0) {
      return false;
    }
    int[] pos = v.positions().get(v.lower[t0]);
    if (pos == null) {
      return false;
    }
    for (int j : pos) {
      if (j >= t0) {
        break;
      }
      if (common(v, t0, j, t1) == t1 - t0) {
        return true;
      }
    }
    return false;
  }

  private static int content(DocView v, int from, int to) {
    int c = 0;
    for (int i = from; i < to; i++) {
      if (!v.isPunct(i) && !Features.isStop(v.lower[i])) {
        c++;
      }
    }
    return c;
  }

  static List<Candidate> find(DocView v) {
    List<Candidate> out = new ArrayList<>();
    Map<String, int[]> positions = v.positions();
    boolean[] taken = new boolean[v.tokens];
    for (int s = 0; s < v.sentences; s++) {
      int i = firstWord(v, s);
      if (i < 0) {
        continue;
      }
      int limit = v.sentTok1[s];
      int[] pos = positions.get(v.lower[i]);
      int best = 0;
      int bestJ = -1;
      int occurrences = 1;
      int initialBefore = 0;
      for (int j : pos) {
        if (j >= i) {
          break;
        }
        int k = common(v, i, j, limit);
        if (k >= 2) {
          occurrences++;
        }
        if (isSentenceInitial(v, j)) {
          initialBefore++;
        }
        if (k >= best && k > 0) {
          best = k;
          bestJ = j;
        }
      }
      if (bestJ < 0) {
        continue;
      }
      int to = i + best;
      boolean whole = to == limit || (to == limit - 1 && v.isPunct(limit - 1));
      if (whole) {
        to = limit;
      } else {
        while (to > i && v.isPunct(to - 1)) {
          to--;
        }
      }
      if (to - i >= 2 && content(v, i, to) >= 1) {
        out.add(
            new Candidate(
                i, to, bestJ, occurrences, "initial", whole, isSentenceInitial(v, bestJ)));
        Arrays.fill(taken, i, to, true);
      } else if (initialBefore >= 2 && !Features.isStop(v.lower[i])) {
        out.add(new Candidate(i, i + 1, bestJ, initialBefore + 1, "anaphora", false, true));
        taken[i] = true;
      }
    }
    for (int i = 0; i < v.tokens; i++) {
      if (taken[i] || v.isPunct(i) || Features.isStop(v.lower[i]) || v.lower[i].length() < 4) {
        continue;
      }
      int s = v.sentenceOf[i];
      int[] pos = positions.get(v.lower[i]);
      int best = 0;
      int bestJ = -1;
      int near = 1;
      for (int j : pos) {
        if (j >= i) {
          break;
        }
        if (s - v.sentenceOf[j] > 2) {
          continue;
        }
        int k = common(v, i, j, v.sentTok1[s]);
        near++;
        if (k >= best) {
          best = k;
          bestJ = j;
        }
      }
      if (bestJ < 0 || near < 3) {
        continue;
      }
      int to = i + best;
      while (to > i && v.isPunct(to - 1)) {
        to--;
      }
      boolean phrase = to - i >= 2 && content(v, i, to) >= 2;
      boolean word = s - v.sentenceOf[bestJ] <= 1;
      if (phrase || word) {
        int end = phrase ? to : i + 1;
        out.add(new Candidate(i, end, bestJ, near, "mid", false, isSentenceInitial(v, bestJ)));
        Arrays.fill(taken, i, end, true);
      }
    }
    out.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return out;
  }
}
