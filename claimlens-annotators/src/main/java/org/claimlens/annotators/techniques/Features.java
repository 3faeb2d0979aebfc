package org.claimlens.annotators.techniques;

import java.util.Arrays;
import java.util.Set;
import org.claimlens.model.Span;

/**
 * Hashed features of the four kinds of candidate: a sentence, a short phrase, a repeated phrase and
 * a given span (for classification on gold spans). Every feature is a string (readable in a
 * debugger) hashed by {@link Hashing#feature}; the set is deduplicated so that a feature counts
 * once. Stateless.
 */
final class Features {
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with",
          "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this",
          "that", "these", "those", "there", "here", "he", "she", "they", "we", "you", "i", "his",
          "her", "their", "our", "your", "my", "me", "us", "them", "him", "not", "no", "so", "do",
          "does", "did", "has", "have", "had", "will", "would", "can", "could", "may", "might",
          "shall", "should", "must", "than", "then", "if", "when", "while", "who", "which", "what",
          "where", "why", "how", "all", "any", "some", "more", "most", "very", "also", "just",
          "only", "into", "over", "about", "after", "before", "again", "'s", "n't", "up", "out");

  private Features() {}

  // Namespaces of the features hashed from token hashes.
  private static final int WORD = "w:".hashCode();
  private static final int STEM = "s:".hashCode();
  private static final int BIGRAM = "bg:".hashCode();
  private static final int FIRST = "f1:".hashCode();
  private static final int FIRST_TWO = "f2:".hashCode();
  private static final int PHRASE = "ph:".hashCode();
  private static final int PREVIOUS = "prev:".hashCode();
  private static final int NEXT = "next:".hashCode();
  private static final int START = "<s>".hashCode();

  static boolean isStop(String lower) {
    return STOP.contains(lower);
  }

  /**
   * A crude English stem that folds plural and verb endings ("lectures", "lectured" → "lectur").
   */
  static String stem(String w) {
    int n = w.length();
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && w.endsWith("ed")) {
      return w.substring(0, n - 2);
    }
    if (n > 4 && w.endsWith("es") && !w.endsWith("ses")) {
      return w.substring(0, n - 1);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, n - 1);
    }
    if (n > 4 && w.endsWith("e")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** Collects feature strings as deduplicated hashes. */
  static final class Sink {
    private int[] buf = new int[64];
    private int n;

    void add(String feature) {
      put(Hashing.feature(feature));
    }

    /** The feature (namespace, token hash), hashed without building its string. */
    void add(int namespace, int a) {
      put(Hashing.finish(Hashing.combine(namespace, a)));
    }

    /** The feature (namespace, token hash, token hash). */
    void add(int namespace, int a, int b) {
      put(Hashing.finish(Hashing.combine(Hashing.combine(namespace, a), b)));
    }

    /** A feature hashed already. */
    void addHashed(int h) {
      put(h);
    }

    private void put(int h) {
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, n * 2);
      }
      buf[n++] = h;
    }

    int[] toArray() {
      int[] a = Arrays.copyOf(buf, n);
      Arrays.sort(a);
      int k = 0;
      for (int i = 0; i < a.length; i++) {
        if (k == 0 || a[i] != a[k - 1]) {
          a[k++] = a[i];
        }
      }
      return Arrays.copyOf(a, k);
    }
  }

  private static String lengthBucket(int n) {
    if (n <= 3) {
      return "3";
    }
    if (n <= 6) {
      return "6";
    }
    if (n <= 10) {
      return "10";
    }
    if (n <= 20) {
      return "20";
    }
    return "more";
  }

  /** The last token of the sentence if it is punctuation, else "none". */
  private static String endPunct(DocView v, int t0, int t1) {
    for (int i = t1 - 1; i >= t0; i--) {
      String w = v.lower[i];
      if (w.equals("\"") || w.equals("'") || w.equals("”")) {
        continue;
      }
      return v.isPunct(i) ? w : "none";
    }
    return "none";
  }

  private static void words(DocView v, int t0, int t1, Sink f) {
    int prev = START;
    for (int i = t0; i < t1; i++) {
      if (v.punct[i]) {
        continue;
      }
      f.add(WORD, v.wordHash[i]);
      if (v.stemHash[i] != v.wordHash[i]) {
        // The stem only where it differs: a second feature with the same information would
        // cost a probe and add nothing.
        f.add(STEM, v.stemHash[i]);
      }
      f.add(BIGRAM, prev, v.stemHash[i]);
      prev = v.stemHash[i];
    }
  }

  private static void firstWords(DocView v, int t0, int t1, Sink f) {
    int first = -1;
    for (int i = t0; i < t1; i++) {
      if (v.punct[i]) {
        continue;
      }
      if (first < 0) {
        first = i;
        f.add(FIRST, v.wordHash[i]);
        f.add("f1pos:" + v.pos[i]);
      } else {
        f.add(FIRST_TWO, v.wordHash[first], v.wordHash[i]);
        return;
      }
    }
  }

  /** A hash of the phrase made of tokens {@code [from, to)}. */
  private static int phraseHash(DocView v, int from, int to) {
    int h = PHRASE;
    for (int i = from; i < to; i++) {
      h = Hashing.combine(h, v.wordHash[i]);
    }
    return h;
  }

  private static void shape(DocView v, int t0, int t1, Sink f) {
    int words = 0;
    int caps = 0;
    int quotes = 0;
    boolean number = false;
    for (int i = t0; i < t1; i++) {
      String w = v.lower[i];
      if (w.equals("\"") || w.equals("“") || w.equals("”")) {
        quotes++;
      }
      if (v.punct[i]) {
        continue;
      }
      words++;
      if (v.isAllCaps(i)) {
        caps++;
      }
      if (Character.isDigit(w.charAt(0))) {
        number = true;
      }
      switch (w) {
        case "we", "our", "us", "ours" -> f.add("pr:1pl");
        case "you", "your", "yours" -> f.add("pr:2");
        case "they", "their", "them" -> f.add("pr:3pl");
        case "i", "my", "me" -> f.add("pr:1sg");
        default -> {}
      }
      if (v.pos[i].equals("ADJ") && w.endsWith("est") && w.length() > 5) {
        f.add("superlative");
      }
    }
    if (words > 0 && caps * 2 >= words) {
      f.add("caps");
    }
    if (quotes > 0) {
      f.add("quotes");
    }
    if (scareQuotes(v, t0, t1)) {
      f.add("scare");
    }
    if (number) {
      f.add("num");
    }
  }

  /** A quoted run of one to three words ("so-called "peacekeepers"). */
  static boolean scareQuotes(DocView v, int t0, int t1) {
    for (int i = t0; i < t1; i++) {
      if (!isQuote(v.lower[i])) {
        continue;
      }
      int j = i + 1;
      while (j < t1 && !isQuote(v.lower[j]) && j - i <= 4) {
        j++;
      }
      if (j < t1 && isQuote(v.lower[j]) && j - i >= 2 && j - i <= 4) {
        return true;
      }
      i = j;
    }
    return false;
  }

  private static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”");
  }

  private static void cues(
      DocView v, int s, int t0, int t1, boolean sentenceWide, Sink f, String p) {
    for (TechniqueLexicon.Match m : v.cues.get(s)) {
      boolean inside = sentenceWide || (m.start() >= t0 && m.end() <= t1);
      if (!inside) {
        continue;
      }
      f.add(p + "c:" + m.category());
      f.add(p + "cc:" + m.category() + ":" + m.cue());
    }
  }

  private static void cueCategories(DocView v, int s, Sink f, String p) {
    for (TechniqueLexicon.Match m : v.cues.get(s)) {
      f.add(p + "c:" + m.category());
    }
  }

  /** Features of sentence {@code s} for the sentence-level techniques. */
  static int[] sentence(DocView v, int s) {
    Sink f = new Sink();
    int t0 = v.sentTok0[s];
    int t1 = v.sentTok1[s];
    f.add("b");
    f.add("len:" + lengthBucket(t1 - t0));
    f.add("end:" + endPunct(v, t0, t1));
    words(v, t0, t1, f);
    firstWords(v, t0, t1, f);
    shape(v, t0, t1, f);
    cues(v, s, t0, t1, true, f, "");
    position(v, s, f);
    if (s > 0) {
      cueCategories(v, s - 1, f, "prev.");
      f.add("prev.end:" + endPunct(v, v.sentTok0[s - 1], v.sentTok1[s - 1]));
    }
    if (s + 1 < v.sentences) {
      f.add("next.end:" + endPunct(v, v.sentTok0[s + 1], v.sentTok1[s + 1]));
    }
    if (Repeats.repeatedPrefix(v, s) >= 2) {
      f.add("repeatedStart");
    }
    return f.toArray();
  }

  private static void position(DocView v, int s, Sink f) {
    if (v.isTitle(s)) {
      f.add("title");
    }
    if (s == v.sentences - 1) {
      f.add("lastInDoc");
    }
    if (v.lastInParagraph[s]) {
      f.add("lastInParagraph");
    }
    if (v.soloInParagraph[s]) {
      f.add("solo");
    }
    if (v.paragraph[s] == v.paragraph[v.sentences - 1]) {
      f.add("lastParagraph");
    }
  }

  /**
   * Features of the phrase {@code [from, to)} (tokens), proposed by {@code sources} (lexicon
   * categories and learned-phrase labels) with the learned phrase's precision bucket {@code
   * learned} per label ("Loaded_Language:high").
   */
  static int[] phrase(DocView v, int from, int to, Set<String> sources) {
    Sink f = new Sink();
    int s = v.sentenceOf[from];
    f.add("b");
    StringBuilder pos = new StringBuilder("pos:");
    boolean allCaps = true;
    for (int i = from; i < to; i++) {
      if (i > from) {
        pos.append('_');
      }
      pos.append(v.pos[i]);
      f.add(WORD, v.wordHash[i]);
      allCaps &= v.caps[i] || v.punct[i];
    }
    f.addHashed(Hashing.finish(phraseHash(v, from, to)));
    f.add(pos.toString());
    String last = v.lower[to - 1];
    f.add(STEM, v.stemHash[to - 1]);
    f.add("suf:" + last.substring(Math.max(0, last.length() - 3)));
    f.add("n:" + Math.min(to - from, 4));
    if (last.indexOf('-') > 0) {
      f.add("hyphen");
    }
    for (String src : sources) {
      f.add("src:" + src);
    }
    if (allCaps) {
      f.add("caps");
    }
    if (from == v.sentTok0[s]) {
      f.add("initial");
    } else if (v.isCapitalised(from)) {
      f.add("capitalised");
    }
    if (v.isTitle(s)) {
      f.add("title");
    }
    f.add(PREVIOUS, from > v.sentTok0[s] ? v.wordHash[from - 1] : START);
    f.add("prevpos:" + (from > v.sentTok0[s] ? v.pos[from - 1] : "<s>"));
    f.add(NEXT, to < v.sentTok1[s] ? v.wordHash[to] : START);
    f.add("nextpos:" + (to < v.sentTok1[s] ? v.pos[to] : "</s>"));
    if (from > v.sentTok0[s] && to < v.sentTok1[s]) {
      if (isQuote(v.lower[from - 1]) && isQuote(v.lower[to])) {
        f.add("quoted");
      }
    }
    cueCategories(v, s, f, "sent.");
    return f.toArray();
  }

  /** Features of a repetition candidate. */
  static int[] repetition(DocView v, Repeats.Candidate c) {
    Sink f = new Sink();
    int s = v.sentenceOf[c.from()];
    int len = c.to() - c.from();
    f.add("b");
    f.add("n:" + Math.min(len, 6));
    f.add("kind:" + c.kind());
    if (c.wholeSentence()) {
      f.add("whole");
    }
    int dist = s - v.sentenceOf[c.previous()];
    f.add("dist:" + (dist <= 2 ? String.valueOf(dist) : dist <= 4 ? "4" : "far"));
    f.add("occ:" + Math.min(c.occurrence(), 4));
    if (c.previousInitial()) {
      f.add("previousInitial");
    }
    int content = 0;
    for (int i = c.from(); i < c.to(); i++) {
      if (!v.isPunct(i) && !isStop(v.lower[i])) {
        content++;
      }
    }
    f.add("content:" + Math.min(content, 3));
    f.add(FIRST, v.wordHash[c.from()]);
    if (isStop(v.lower[c.from()])) {
      f.add("stopStart");
    }
    f.add("end:" + endPunct(v, v.sentTok0[s], v.sentTok1[s]));
    f.add("len:" + lengthBucket(v.sentenceLength(s)));
    if (v.paragraph[s] == v.paragraph[v.sentences - 1]) {
      f.add("lastParagraph");
    }
    if (v.isTitle(v.sentenceOf[c.previous()])) {
      f.add("previousInTitle");
    }
    return f.toArray();
  }

  /** Features of a given span, for choosing its technique. */
  static int[] span(DocView v, Span span) {
    Sink f = new Sink();
    int t0 = v.tokenAtOrAfter(span.start());
    int t1 = Math.max(t0, v.tokenBefore(span.end()));
    if (t0 >= v.tokens || t1 <= t0) {
      f.add("b");
      f.add("empty");
      return f.toArray();
    }
    int s0 = v.sentenceOf[t0];
    int s1 = v.sentenceOf[t1 - 1];
    f.add("b");
    int n = t1 - t0;
    f.add("n:" + lengthBucket(n));
    words(v, t0, t1, f);
    firstWords(v, t0, t1, f);
    shape(v, t0, t1, f);
    f.add("end:" + endPunct(v, t0, t1));
    if (n <= 4) {
      f.addHashed(Hashing.finish(phraseHash(v, t0, t1)));
      f.add("pos1:" + v.pos[t1 - 1]);
    }
    String shape;
    if (s1 > s0) {
      shape = "multi";
    } else {
      int sl = v.sentenceLength(s0);
      boolean atStart = t0 == v.sentTok0[s0];
      if (n * 10 >= sl * 8) {
        shape = "whole";
      } else if (atStart) {
        shape = "prefix";
      } else {
        shape = n <= 4 ? "word" : "inner";
      }
    }
    f.add("shape:" + shape);
    for (int s = s0; s <= s1; s++) {
      cues(v, s, t0, t1, !shape.equals("word") && !shape.equals("inner"), f, "");
    }
    if (Repeats.occursBefore(v, t0, t1)) {
      f.add("occursBefore");
      f.add("occursBefore:" + shape);
    }
    position(v, s1, f);
    if (n <= 4 && t0 > v.sentTok0[s0]) {
      f.add(PREVIOUS, v.wordHash[t0 - 1]);
    }
    return f.toArray();
  }
}
