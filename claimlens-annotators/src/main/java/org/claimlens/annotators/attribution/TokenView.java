package org.claimlens.annotators.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.Layers;
import org.claimlens.model.Span;
import org.claimlens.model.Token;

/**
 * One document's tokens as parallel arrays, so that the rules read words, tags and offsets by index
 * without boxing or pointer chasing.
 *
 * <p>Sentences come from the sentence layer, except that a sentence ending in a title abbreviation
 * ("Sen.", "Rep.", "Gen.") is joined to the next: the sentence splitter cuts "said Sen. Patty
 * Murray" after "Sen.", and a source must not be cut in two. Made per document, confined to one
 * thread.
 */
final class TokenView {
  private static final Set<String> TITLES =
      Set.of(
          "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "dr.",
          "mr.", "mrs.", "ms.", "prof.", "st.", "pres.", "amb.", "cmdr.");

  final String text;
  final int n;
  final int[] ts;
  final int[] te;
  final String[] w;
  final String[] lw;
  final String[] pos;

  /** Index of the (joined) sentence of each token. */
  final int[] sent;

  /** First token of each sentence, and one past its last. */
  final int[] sentFirst;

  final int[] sentEnd;

  final boolean hasPos;

  /** Index into {@link #entities} of the entity mention covering each token, or -1. */
  final int[] entityAt;

  /** First and one-past-last token of each entity mention. */
  final int[] entityFirst;

  final int[] entityEnd;

  final List<Annotation<Entity>> entities;

  TokenView(Document doc) {
    this.text = doc.text();
    List<Annotation<Token>> tokens = doc.layer(Layers.TOKENS);
    this.n = tokens.size();
    this.ts = new int[n];
    this.te = new int[n];
    this.w = new String[n];
    this.lw = new String[n];
    this.pos = new String[n];
    this.sent = new int[n];
    boolean anyPos = false;
    int s = -1;
    int lastOriginal = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      Annotation<Token> t = tokens.get(i);
      ts[i] = t.start();
      te[i] = t.end();
      w[i] = text.substring(t.start(), t.end());
      lw[i] = w[i].toLowerCase(Locale.ROOT);
      pos[i] = normalize(w[i], lw[i], t.value().pos());
      anyPos |= !pos[i].isEmpty();
      int original = t.value().sentence();
      if (original != lastOriginal) {
        boolean join = i > 0 && TITLES.contains(lw[i - 1]) && noNewline(te[i - 1], ts[i]);
        if (!join) {
          s++;
        }
        lastOriginal = original;
      }
      sent[i] = Math.max(s, 0);
    }
    this.hasPos = anyPos;
    int count = n == 0 ? 0 : sent[n - 1] + 1;
    this.sentFirst = new int[count];
    this.sentEnd = new int[count];
    Arrays.fill(sentFirst, -1);
    for (int i = 0; i < n; i++) {
      if (sentFirst[sent[i]] < 0) {
        sentFirst[sent[i]] = i;
      }
      sentEnd[sent[i]] = i + 1;
    }
    this.entities = doc.layer(Layers.ENTITIES);
    this.entityAt = new int[n];
    this.entityFirst = new int[entities.size()];
    this.entityEnd = new int[entities.size()];
    Arrays.fill(entityAt, -1);
    int k = 0;
    for (int e = 0; e < entities.size(); e++) {
      Span span = entities.get(e).span();
      while (k < n && te[k] <= span.start()) {
        k++;
      }
      entityFirst[e] = k;
      entityEnd[e] = k;
      for (int j = k; j < n && ts[j] < span.end(); j++) {
        if (te[j] > span.start()) {
          entityAt[j] = e;
          entityEnd[e] = j + 1;
        }
      }
    }
  }

  private static final Set<String> PREPOSITIONS =
      Set.of("of", "in", "at", "for", "from", "with", "by", "on", "into", "about", "to");

  /**
   * Repairs the tagger's slips that break the rules: a word tagged as punctuation ("mayor/PUNCT")
   * becomes a noun, a preposition tagged as a subordinator ("of/SCONJ") an adposition.
   */
  static String normalize(String w, String lw, String tag) {
    // contractions get joined tags ("its/PRON+AUX", "teams/NOUN+PART"): the first part is the word
    int plus = tag.indexOf('+');
    String pos = plus > 0 ? tag.substring(0, plus) : tag;
    if (!tag.isEmpty() && !hasLetterOrDigit(w)) {
      return "PUNCT"; // emoji and symbols: "📌 Our informants"
    }
    if ((pos.equals("PUNCT") || pos.equals("SYM")) && hasLetter(w)) {
      return Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN";
    }
    if (pos.equals("SCONJ") && PREPOSITIONS.contains(lw)) {
      return "ADP";
    }
    return pos;
  }

  private static boolean hasLetterOrDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean noNewline(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

  int sentences() {
    return sentFirst.length;
  }

  int first(int sentence) {
    return sentFirst[sentence];
  }

  int end(int sentence) {
    return sentEnd[sentence];
  }

  /** Index of the first token that ends after {@code offset}, or {@code n}. */
  int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (te[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether token i is a title abbreviation such as "Sen." or "Gen.". */
  boolean isTitle(int i) {
    return i >= 0 && i < n && TITLES.contains(lw[i]);
  }

  boolean is(int i, String lower) {
    return i >= 0 && i < n && lw[i].equals(lower);
  }

  boolean isAny(int i, Set<String> lowers) {
    return i >= 0 && i < n && lowers.contains(lw[i]);
  }

  boolean posIs(int i, String tag) {
    return i >= 0 && i < n && pos[i].equals(tag);
  }

  boolean isVerb(int i) {
    return pos[i].equals("VERB") || pos[i].equals("AUX");
  }

  boolean isNoun(int i) {
    return pos[i].equals("NOUN") || pos[i].equals("PROPN");
  }

  boolean isPunct(int i) {
    if (hasPos && !pos[i].isEmpty()) {
      return pos[i].equals("PUNCT") || pos[i].equals("SYM");
    }
    return w[i].length() == 1 && !Character.isLetterOrDigit(w[i].charAt(0));
  }

  boolean isCapitalized(int i) {
    return !w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0));
  }

  Span span(int firstToken, int endToken) {
    return Span.of(ts[firstToken], te[endToken - 1]);
  }

  String words(int firstToken, int endToken) {
    return text.substring(ts[firstToken], te[endToken - 1]);
  }
}
