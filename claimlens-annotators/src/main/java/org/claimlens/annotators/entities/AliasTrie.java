package org.claimlens.annotators.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A character trie over folded aliases ({@link Fold#keyOf}). Matching walks the document text from
 * a token start, folding as it goes and collapsing whitespace runs, so a multi-word alias costs one
 * pass over its characters and a miss usually costs one array probe.
 *
 * <p>Children are kept in sorted {@code char[]} arrays searched by binary search: no boxing, no
 * hashing per character. Built once by {@link #add}; after the owning {@link Gazetteer} is
 * published the trie is never written again, so concurrent reads are safe.
 */
final class AliasTrie {

  /** One alias ending at a node. */
  record Target(Gazetteer.Entry entry, String surface, boolean ambiguous, boolean stem) {}

  /** A place where an alias ends: the end offset in the text and the aliases that end there. */
  record Hit(int end, List<Target> targets, boolean extended) {}

  private static final class Node {
    char[] keys = new char[0];
    Node[] children = new Node[0];
    List<Target> targets = List.of();

    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    Node childOrAdd(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[keys.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, n, at + 1, keys.length - at);
      keys = k;
      children = n;
      return n[at];
    }
  }

  /** Cyrillic aliases of at least this many letters also match with a short case ending. */
  static final int MIN_STEM = 4;

  /** The longest case ending a Cyrillic alias may take ("Путин" matches "Путиным"). */
  static final int MAX_ENDING = 3;

  /**
   * Russian and Ukrainian noun and adjective case endings. Only these extend a Cyrillic alias, so
   * that "Росія" does not swallow "Росіяни" (Russians) nor "Украин" "Украинцы".
   */
  static final Set<String> ENDINGS =
      Set.of(
          "а", "я", "у", "ю", "е", "є", "ы", "и", "і", "ї", "й", "ь", "ой", "ей", "ом", "ем", "ым",
          "им", "ій", "ий", "ый", "ого", "его", "ому", "ему", "ою", "ею", "ої", "єї", "ів", "ов",
          "ах", "ях", "ам", "ям", "ами", "ями", "ём", "ию", "ии", "ія", "ії", "ією", "ая", "яя",
          "ое", "ее", "ые", "ие", "ую", "юю", "ых", "их", "ыми", "ими", "ью");

  private final Node root = new Node();
  private int aliases;

  void add(String alias, Gazetteer.Entry entry, boolean ambiguous) {
    String key = Fold.keyOf(alias);
    if (key.isEmpty()) {
      return;
    }
    Node n = root;
    for (int i = 0; i < key.length(); i++) {
      n = n.childOrAdd(key.charAt(i));
    }
    char last = key.charAt(key.length() - 1);
    boolean stem = Fold.isCyrillic(last) && Character.isLetter(last) && key.length() >= MIN_STEM;
    List<Target> targets = new ArrayList<>(n.targets);
    String surface = Fold.surfaceOf(alias, 0, alias.length());
    for (Target t : targets) {
      if (t.entry() == entry && t.surface().equals(surface)) {
        return;
      }
    }
    targets.add(new Target(entry, surface, ambiguous, stem));
    n.targets = List.copyOf(targets);
    aliases++;
  }

  int size() {
    return aliases;
  }

  /**
   * Adds to {@code out} every place where an alias that starts at {@code start} ends before {@code
   * limit}. Boundaries and case are the caller's to check. A Cyrillic word inside a multi-word
   * alias may also take a case ending ("Генштаб ВСУ" matches "Генштаба ВСУ").
   */
  void matchAt(CharSequence text, int start, int limit, List<Hit> out) {
    walk(root, text, start, limit, out, false, 0);
  }

  private void walk(
      Node from,
      CharSequence text,
      int start,
      int limit,
      List<Hit> out,
      boolean inflected,
      int depth) {
    Node n = from;
    int pos = start;
    while (pos < limit) {
      char raw = text.charAt(pos);
      char c;
      int next = pos + 1;
      if (Character.isWhitespace(raw) || raw == '\u00A0') {
        while (next < limit
            && (Character.isWhitespace(text.charAt(next)) || text.charAt(next) == '\u00A0')) {
          next++;
        }
        c = ' ';
      } else {
        c = Fold.key(raw);
      }
      Node child = n.child(c);
      if (child == null) {
        if (depth < 3 && pos > start && n.child(' ') != null && isCyrillicLower(raw)) {
          for (int e = pos + 1; e <= pos + MAX_ENDING && e < limit; e++) {
            if (!isCyrillicLower(text.charAt(e - 1))) {
              break;
            }
            if (Character.isWhitespace(text.charAt(e))
                && ENDINGS.contains(text.subSequence(pos, e).toString())) {
              walk(n, text, e, limit, out, true, depth + 1);
            }
          }
        }
        return;
      }
      n = child;
      pos = next;
      if (!n.targets.isEmpty()) {
        out.add(new Hit(pos, n.targets, inflected));
        if (hasStem(n.targets)) {
          int e = pos;
          while (e < limit && e - pos < MAX_ENDING && isCyrillicLower(text.charAt(e))) {
            e++;
            if (ENDINGS.contains(text.subSequence(pos, e).toString())) {
              out.add(new Hit(e, n.targets, true));
            }
          }
        }
      }
    }
  }

  private static boolean hasStem(List<Target> targets) {
    for (Target t : targets) {
      if (t.stem()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCyrillicLower(char c) {
    return Character.isLowerCase(c) && Fold.isCyrillic(c);
  }
}
