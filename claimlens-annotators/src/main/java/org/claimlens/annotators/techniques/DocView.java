package org.claimlens.annotators.techniques;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Sentence;
import org.claimlens.model.Span;
import org.claimlens.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * A document's tokens and sentences as flat arrays, with the lexicon's cues found once, so that
 * candidate generation and feature extraction index instead of searching. Built per call; not
 * shared between threads.
 */
final class DocView {
  final String text;
  final int tokens;
  final int[] start;
  final int[] end;
  final String[] lower;
  final String[] pos;
  final int[] sentenceOf;

  /** Per token: whether it is punctuation, in capitals, and hashes of its word and stem. */
  final boolean[] punct;

  final boolean[] caps;
  final int[] wordHash;
  final int[] stemHash;

  final int sentences;
  final int[] sentStart;
  final int[] sentEnd;
  final int[] sentTok0;
  final int[] sentTok1;
  final int[] paragraph;
  final boolean[] lastInParagraph;
  final boolean[] soloInParagraph;
  final boolean hasTitle;

  /** The lexicon's cues, by sentence. */
  final List<List<TechniqueLexicon.Match>> cues;

  private @Nullable Map<String, int[]> positions;

  DocView(Document doc, TechniqueLexicon lexicon) {
    this.text = doc.text();
    List<Annotation<Token>> toks = doc.layer(Layers.TOKENS);
    List<Annotation<Sentence>> sents = doc.layer(Layers.SENTENCES);
    tokens = toks.size();
    start = new int[tokens];
    end = new int[tokens];
    lower = new String[tokens];
    pos = new String[tokens];
    sentenceOf = new int[tokens];
    punct = new boolean[tokens];
    caps = new boolean[tokens];
    wordHash = new int[tokens];
    stemHash = new int[tokens];
    for (int i = 0; i < tokens; i++) {
      Annotation<Token> t = toks.get(i);
      start[i] = t.start();
      end[i] = t.end();
      lower[i] = normalise(text.substring(t.start(), t.end()));
      pos[i] = t.value().pos();
      punct[i] = !TechniqueLexicon.isWord(lower[i]);
      caps[i] = allCaps(text, t.start(), t.end());
      wordHash[i] = lower[i].hashCode();
      stemHash[i] = Features.stem(lower[i]).hashCode();
    }
    sentences = sents.size();
    sentStart = new int[sentences];
    sentEnd = new int[sentences];
    sentTok0 = new int[sentences];
    sentTok1 = new int[sentences];
    paragraph = new int[sentences];
    lastInParagraph = new boolean[sentences];
    soloInParagraph = new boolean[sentences];
    int t = 0;
    int para = 0;
    for (int s = 0; s < sentences; s++) {
      Span span = sents.get(s).span();
      sentStart[s] = span.start();
      sentEnd[s] = span.end();
      if (s > 0 && text.substring(sentEnd[s - 1], span.start()).indexOf('\n') >= 0) {
        para++;
      }
      paragraph[s] = para;
      while (t < tokens && end[t] <= span.start()) {
        sentenceOf[t] = Math.max(0, s - 1);
        t++;
      }
      sentTok0[s] = t;
      while (t < tokens && start[t] < span.end()) {
        sentenceOf[t] = s;
        t++;
      }
      sentTok1[s] = t;
    }
    while (t < tokens) {
      sentenceOf[t] = Math.max(0, sentences - 1);
      t++;
    }
    for (int s = 0; s < sentences; s++) {
      boolean last = s == sentences - 1 || paragraph[s + 1] != paragraph[s];
      boolean first = s == 0 || paragraph[s - 1] != paragraph[s];
      lastInParagraph[s] = last;
      soloInParagraph[s] = first && last;
    }
    hasTitle = sentences > 1 && soloInParagraph[0] && paragraph[1] == 1;
    cues = new ArrayList<>(sentences);
    for (int s = 0; s < sentences; s++) {
      cues.add(lexicon.matchTokens(lower, sentTok0[s], sentTok1[s]));
    }
  }

  /** Positions of each lower-cased word, built on first use. */
  Map<String, int[]> positions() {
    Map<String, int[]> p = positions;
    if (p == null) {
      p = Repeats.positions(this);
      positions = p;
    }
    return p;
  }

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
  }

  boolean isTitle(int sentence) {
    return hasTitle && sentence == 0;
  }

  int sentenceLength(int s) {
    return sentTok1[s] - sentTok0[s];
  }

  /** The first token whose end is after {@code offset}. */
  int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** One past the last token that starts before {@code offset}. */
  int tokenBefore(int offset) {
    int lo = 0;
    int hi = tokens;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  Span tokenSpan(int from, int to) {
    return Span.of(start[from], end[to - 1]);
  }

  boolean isPunct(int i) {
    return punct[i];
  }

  /** Whether the token is written in capitals and has at least two letters ("STUNT"). */
  boolean isAllCaps(int i) {
    return caps[i];
  }

  private static boolean allCaps(String text, int from, int to) {
    int letters = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  boolean isCapitalised(int i) {
    return Character.isUpperCase(text.charAt(start[i]));
  }
}
