package org.claimlens.corpus.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The lexical view of a claim shared by claim matching and fact-check retrieval: lower-cased
 * content words with stop words removed and a light suffix stripping, the numbers it states, and
 * whether its wording is negated.
 *
 * <p>Stateless and thread-safe. Example: {@code tokens("Russian strikes killed 12 civilians")} is
 * {@code [russian, strike, kill, 12, civilian]}; {@code numbers("killed twelve")} is {@code [12]}.
 *
 * <p>The stemmer is deliberately crude (plural, -ing, -ed, -ly, -ies, final -e): it only has to
 * make "weapons"/"weapon" and "staged"/"stage" meet often enough to help a lexical score; the
 * embedding carries paraphrase and irregular forms.
 */
public final class ContentWords {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "but",
          "if",
          "then",
          "than",
          "that",
          "this",
          "these",
          "those",
          "there",
          "here",
          "of",
          "in",
          "on",
          "at",
          "to",
          "for",
          "from",
          "by",
          "with",
          "about",
          "as",
          "into",
          "onto",
          "over",
          "under",
          "after",
          "before",
          "since",
          "during",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "am",
          "has",
          "have",
          "had",
          "having",
          "do",
          "does",
          "did",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "may",
          "might",
          "must",
          "it",
          "its",
          "it's",
          "he",
          "she",
          "they",
          "them",
          "their",
          "his",
          "her",
          "him",
          "we",
          "our",
          "us",
          "you",
          "your",
          "i",
          "me",
          "my",
          "who",
          "whom",
          "whose",
          "which",
          "what",
          "when",
          "where",
          "why",
          "how",
          "all",
          "any",
          "some",
          "such",
          "so",
          "very",
          "just",
          "also",
          "too",
          "only",
          "own",
          "same",
          "other",
          "more",
          "most",
          "said",
          "says",
          "say",
          "according",
          "reported",
          "reports",
          "report",
          "claims",
          "claim",
          "claimed",
          "allegedly",
          "reportedly",
          "now",
          "new",
          "up",
          "out",
          "via",
          "per",
          "s",
          "t",
          "one's",
          "not",
          "no",
          "never",
          "nor",
          "n't",
          "again",
          "still",
          "even",
          "while",
          "because",
          "amid",
          "against",
          "between",
          "both",
          "each",
          "few",
          "many",
          "much",
          "yet",
          "'s");

  /**
   * Words that negate a claim's own wording. "no", "none" and "without" are left out: "no
   * evidence", a leading "No," and "without warning" negate too unreliably.
   */
  private static final Set<String> NEGATIONS =
      Set.of(
          "not",
          "no",
          "never",
          "none",
          "nothing",
          "nobody",
          "neither",
          "nor",
          "n't",
          "without",
          "didn't",
          "doesn't",
          "don't",
          "isn't",
          "aren't",
          "wasn't",
          "weren't",
          "won't",
          "hasn't",
          "haven't",
          "hadn't",
          "cannot",
          "can't",
          "couldn't",
          "denies",
          "denied",
          "deny");

  /** Scale words multiply the number before them ("1.5 million", "one thousand"). */
  private static final Map<String, Long> SCALES =
      Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  private static final Map<String, String> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", "1"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("eleven", "11"),
          Map.entry("twelve", "12"),
          Map.entry("fifteen", "15"),
          Map.entry("twenty", "20"),
          Map.entry("thirty", "30"),
          Map.entry("forty", "40"),
          Map.entry("fifty", "50"),
          Map.entry("sixty", "60"),
          Map.entry("hundred", "100"),
          Map.entry("thousand", "1000"),
          Map.entry("million", "1000000"));

  private ContentWords() {}

  /** The raw lower-cased word tokens of {@code text}, numbers with their separators removed. */
  static List<String> words(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = lower.length();
    while (i < n) {
      char c = lower.charAt(i);
      if (Character.isDigit(c)) {
        StringBuilder num = new StringBuilder();
        // "1,000" and "1.5" stay one number; a trailing comma or full stop ends it.
        while (i < n
            && (Character.isDigit(lower.charAt(i))
                || ((lower.charAt(i) == ',' || lower.charAt(i) == '.')
                    && i + 1 < n
                    && Character.isDigit(lower.charAt(i + 1))))) {
          if (lower.charAt(i) != ',') {
            num.append(lower.charAt(i));
          }
          i++;
        }
        out.add(num.toString());
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n
            && (Character.isLetter(lower.charAt(i))
                || (lower.charAt(i) == '\''
                    && i + 1 < n
                    && Character.isLetter(lower.charAt(i + 1))))) {
          i++;
        }
        out.add(lower.substring(start, i));
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The content words of {@code text} in order, stemmed, stop words and negations removed (a stance
   * is {@link #isNegated}'s business, not overlap's), numbers kept as digits.
   */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      String n = NUMBER_WORDS.get(w);
      if (n != null) {
        out.add(n);
        continue;
      }
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (STOP_WORDS.contains(w) || NEGATIONS.contains(w)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  /**
   * The distinct quantities {@code text} states, as plain decimals: digits ("1,000" is 1000),
   * number words ("twelve" is 12), scaled ("1.5 million" is 1500000). Model designators ("Su-27",
   * "F-16", "MQ-9") are names, not quantities, and are left out.
   */
  public static Set<String> numbers(String text) {
    Set<String> out = new LinkedHashSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    @Nullable BigDecimal previous = null;
    for (Matcher m = NUMBER_OR_WORD.matcher(lower); m.find(); ) {
      String w = m.group();
      @Nullable BigDecimal value = null;
      if (Character.isDigit(w.charAt(0))) {
        int at = m.start();
        boolean designator =
            at >= 2 && lower.charAt(at - 1) == '-' && Character.isLetter(lower.charAt(at - 2));
        if (!designator) {
          value = new BigDecimal(w.replace(",", ""));
        }
      } else if (SCALES.containsKey(w) && previous != null) {
        out.remove(previous.stripTrailingZeros().toPlainString());
        value = previous.multiply(BigDecimal.valueOf(SCALES.get(w)));
      } else if (NUMBER_WORDS.containsKey(w)) {
        value = new BigDecimal(NUMBER_WORDS.get(w));
      }
      if (value != null) {
        out.add(value.stripTrailingZeros().toPlainString());
      }
      previous = value;
    }
    return out;
  }

  private static final Pattern NUMBER_OR_WORD = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}+");

  /**
   * True when the wording itself is negated an odd number of times ("did not", "never", "denied
   * that"). A "not" before "to", "only", "just" or "least" is contrastive ("went to the EU, not to
   * poor countries"), not a negation of the claim.
   */
  public static boolean isNegated(String text) {
    boolean negated = false;
    List<String> ws = words(text);
    for (int i = 0; i < ws.size(); i++) {
      if (NEGATIONS.contains(ws.get(i))
          && !(ws.get(i).equals("not")
              && i + 1 < ws.size()
              && CONTRASTIVE_AFTER_NOT.contains(ws.get(i + 1)))) {
        negated = !negated;
      }
    }
    return negated;
  }

  private static final Set<String> CONTRASTIVE_AFTER_NOT = Set.of("to", "only", "just", "least");

  /** A light suffix stripper; numbers and short words pass unchanged. */
  static String stem(String w) {
    if (w.length() <= 3 || Character.isDigit(w.charAt(0))) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ing") && w.length() > 5) {
      return undouble(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return undouble(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("ly") && w.length() > 5) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    if (w.endsWith("e")) {
      // "stage" must meet "staged"/"staging", which lose their e with the suffix.
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String undouble(String s) {
    int n = s.length();
    if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }
}
