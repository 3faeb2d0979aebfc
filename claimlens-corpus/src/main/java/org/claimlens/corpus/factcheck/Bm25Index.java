package org.claimlens.corpus.factcheck;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimlens.corpus.claims.ContentWords;

/**
 * Okapi BM25 over a small, fixed set of texts, held in memory (a fact-check library has thousands
 * of entries at most, so a scan of the query's postings is cheap). Texts are tokenised by {@link
 * ContentWords#tokens}. Immutable and thread-safe once built.
 *
 * <p>{@link #normalised} divides a text's score by the score the text would get as its own query,
 * so that scores are comparable across texts and a query repeating a claim scores about 1.
 */
final class Bm25Index {
  private final double k1;
  private final double b;

  /** Per term, the texts containing it and how often: postings, since most terms are rare. */
  private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();

  private final Map<String, Double> idf = new HashMap<>();
  private final int[] lengths;
  private final double averageLength;
  private final double[] selfScores;

  Bm25Index(List<String> texts, double k1, double b) {
    this.k1 = k1;
    this.b = b;
    int n = texts.size();
    lengths = new int[n];
    List<List<String>> tokens = texts.stream().map(ContentWords::tokens).toList();
    long total = 0;
    for (int i = 0; i < n; i++) {
      List<String> t = tokens.get(i);
      lengths[i] = t.size();
      total += t.size();
      for (String term : t) {
        postings.computeIfAbsent(term, k -> new TreeMap<>()).merge(i, 1, Integer::sum);
      }
    }
    averageLength = n == 0 ? 1 : Math.max(1.0, (double) total / n);
    for (Map.Entry<String, Map<Integer, Integer>> e : postings.entrySet()) {
      int df = e.getValue().size();
      idf.put(e.getKey(), Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    selfScores = new double[n];
    for (int i = 0; i < n; i++) {
      selfScores[i] = scores(tokens.get(i))[i];
    }
  }

  /** The BM25 score of every text for the query tokens; repeated query terms count once. */
  double[] scores(List<String> queryTokens) {
    double[] s = new double[lengths.length];
    for (String term : new LinkedHashSet<>(queryTokens)) {
      Map<Integer, Integer> posting = postings.get(term);
      if (posting == null) {
        continue;
      }
      double w = idf.get(term);
      for (Map.Entry<Integer, Integer> e : posting.entrySet()) {
        int i = e.getKey();
        double tf = e.getValue();
        double norm = k1 * (1 - b + b * lengths[i] / averageLength);
        s[i] += w * tf * (k1 + 1) / (tf + norm);
      }
    }
    return s;
  }

  /** {@link #scores} divided by each text's self-score, capped at 1. */
  double[] normalised(String query) {
    double[] s = scores(ContentWords.tokens(query));
    for (int i = 0; i < s.length; i++) {
      s[i] = selfScores[i] > 0 ? Math.min(1, s[i] / selfScores[i]) : 0;
    }
    return s;
  }
}
