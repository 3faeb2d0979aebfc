package org.claimlens.annotators.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.Layers;
import org.claimlens.model.Sentence;
import org.claimlens.model.Span;
import org.claimlens.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * One document's tokens, sentences, entities and cue hits in flat arrays, computed once and shared
 * by the features of all its mentions (matching the lexicon per mention would repeat the same work
 * for every mention of a sentence). Not thread-safe; made per call.
 */
final class DocumentView {
  final Document doc;
  final String[] lower;
  final String[] pos;
  final int[] starts;
  final int[] ends;
  final int[] sentenceOf;
  final List<Span> sentences;
  final int[] sentenceFirst;
  final int[] sentenceEnd;
  final List<CueLexicon.Hit> hits;
  final List<List<CueLexicon.Hit>> hitsBySentence;
  final List<Annotation<Entity>> entities;
  final List<Annotation<Claim>> claims;

  /** Whether each token is a one-word {@code group} cue ("civilians"). */
  final boolean[] groupWord;

  /** Whether each token is a one-word {@code actor} cue ("authorities"). */
  final boolean[] actorWord;

  /** Cue counts of the document-wide categories ({@code stance-*}) over the whole text. */
  final Map<String, Integer> stanceCounts;

  /** Sentences naming an entity of each bloc; filled in by {@link RoleFeatures} on first use. */
  @Nullable Map<String, Set<Integer>> blocSentences;

  /** Whether sentence 0 is a title line (the text's first line, followed by a blank line). */
  final boolean hasTitle;

  /**
   * @throws IllegalArgumentException when {@code doc} lacks the sentences or tokens layer
   */
  DocumentView(Document doc, CueLexicon lexicon) {
    if (!doc.has(Layers.SENTENCES) || !doc.has(Layers.TOKENS)) {
      throw new IllegalArgumentException(
          "document "
              + doc.id()
              + " needs the sentences and tokens layers; run the text annotator");
    }
    this.doc = doc;
    List<Annotation<Token>> tokens = doc.layer(Layers.TOKENS);
    int n = tokens.size();
    lower = new String[n];
    pos = new String[n];
    starts = new int[n];
    ends = new int[n];
    sentenceOf = new int[n];
    String text = doc.text();
    for (int i = 0; i < n; i++) {
      Annotation<Token> t = tokens.get(i);
      lower[i] = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
      pos[i] = t.value().pos();
      starts[i] = t.start();
      ends[i] = t.end();
      sentenceOf[i] = t.value().sentence();
    }
    List<Annotation<Sentence>> ss = doc.layer(Layers.SENTENCES);
    sentences = new ArrayList<>(ss.size());
    for (Annotation<Sentence> s : ss) {
      sentences.add(s.span());
    }
    sentenceFirst = new int[sentences.size()];
    sentenceEnd = new int[sentences.size()];
    Arrays.fill(sentenceFirst, -1);
    for (int i = 0; i < n; i++) {
      int s = sentenceOf[i];
      if (s >= 0 && s < sentences.size()) {
        if (sentenceFirst[s] < 0) {
          sentenceFirst[s] = i;
        }
        sentenceEnd[s] = i + 1;
      }
    }
    for (int s = 0; s < sentences.size(); s++) {
      if (sentenceFirst[s] < 0) {
        sentenceFirst[s] = 0;
        sentenceEnd[s] = 0;
      }
    }
    hits = lexicon.match(lower);
    hitsBySentence = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      hitsBySentence.add(new ArrayList<>());
    }
    stanceCounts = new HashMap<>();
    groupWord = new boolean[n];
    actorWord = new boolean[n];
    for (CueLexicon.Hit h : hits) {
      if (h.end() == h.start() + 1) {
        groupWord[h.start()] |= h.category().equals(RoleFeatures.GROUP);
        actorWord[h.start()] |= h.category().equals(RoleFeatures.ACTOR);
      }
      int s = sentenceOf[h.start()];
      if (s >= 0 && s < sentences.size()) {
        hitsBySentence.get(s).add(h);
      }
      if (h.category().startsWith(RoleFeatures.STANCE_PREFIX)) {
        stanceCounts.merge(h.category(), 1, Integer::sum);
      }
    }
    entities = doc.layer(Layers.ENTITIES);
    claims = doc.layer(Layers.CLAIMS);
    int firstBreak = text.indexOf("\n\n");
    hasTitle =
        !sentences.isEmpty()
            && firstBreak > 0
            && sentences.getFirst().end() <= firstBreak
            && text.substring(0, sentences.getFirst().start()).isBlank();
  }

  int tokenCount() {
    return lower.length;
  }

  /** Tokens {@code [first, end)} that overlap {@code span}; an empty range where none does. */
  int[] tokensOf(Span span) {
    int lo = 0;
    int hi = lower.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int first = lo;
    int end = first;
    while (end < lower.length && starts[end] < span.end()) {
      end++;
    }
    return new int[] {first, end};
  }

  boolean isPunct(int i) {
    return pos[i].equals("PUNCT")
        || (pos[i].isEmpty() && !Character.isLetterOrDigit(lower[i].charAt(0)));
  }

  /** The entity annotation covering token {@code i}, or null. */
  @Nullable Annotation<Entity> entityAt(int i) {
    for (Annotation<Entity> e : entities) {
      if (e.start() <= starts[i] && ends[i] <= e.end()) {
        return e;
      }
      if (e.start() > starts[i]) {
        break;
      }
    }
    return null;
  }
}
