package org.claimlens.annotators.entities;

import java.text.Normalizer;

/**
 * Character folding shared by the gazetteer and the matcher, so that an alias written "Erdogan"
 * matches "Erdoğan", "Kyiv's" matches "Kyiv’s" and "Зеленский" matches "Зелёнский".
 *
 * <p>Two levels: {@link #surface} removes only typographic variation (curly apostrophes, Latin
 * diacritics, ё) and keeps case, so case-sensitive comparison stays meaningful; {@link #key} also
 * lower-cases and is what the trie is keyed by.
 */
final class Fold {
  private static final int LATIN_FROM = 0x00C0;
  private static final int LATIN_TO = 0x024F;

  /** Latin letters with diacritics mapped to their base letter, computed once from NFD. */
  private static final char[] LATIN_BASE = buildLatinBase();

  private Fold() {}

  private static char[] buildLatinBase() {
    char[] table = new char[LATIN_TO - LATIN_FROM + 1];
    for (int c = LATIN_FROM; c <= LATIN_TO; c++) {
      String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      char base = d.charAt(0);
      table[c - LATIN_FROM] = Character.isLetter(base) && base < 0x0080 ? base : (char) c;
    }
    // Letters NFD does not decompose but which news writes without the stroke.
    table['ł' - LATIN_FROM] = 'l';
    table['Ł' - LATIN_FROM] = 'L';
    table['ø' - LATIN_FROM] = 'o';
    table['Ø' - LATIN_FROM] = 'O';
    table['đ' - LATIN_FROM] = 'd';
    table['Đ' - LATIN_FROM] = 'D';
    return table;
  }

  /** Typographic folding that keeps case; whitespace is not touched here. */
  static char surface(char c) {
    if (c < 0x80) {
      return c == '`' ? '\'' : c;
    }
    if (c >= LATIN_FROM && c <= LATIN_TO) {
      return LATIN_BASE[c - LATIN_FROM];
    }
    return switch (c) {
      case '’', 'ʼ', '‘', '′' -> '\'';
      case '‐', '‑' -> '-';
      case 'ё' -> 'е';
      case 'Ё' -> 'Е';
      default -> c;
    };
  }

  /** {@link #surface} then lower case: the trie's key space. */
  static char key(char c) {
    return Character.toLowerCase(surface(c));
  }

  static boolean isCyrillic(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
  }

  /** The alias as the trie stores it: keyed characters, whitespace runs collapsed to one space. */
  static String keyOf(String alias) {
    StringBuilder sb = new StringBuilder(alias.length());
    boolean space = false;
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(key(c));
    }
    return sb.toString();
  }

  /** Like {@link #keyOf} but keeping case: what a case-sensitive alias must equal. */
  static String surfaceOf(CharSequence s, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(surface(c));
    }
    return sb.toString();
  }
}
