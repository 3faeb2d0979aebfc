package org.claimlens.annotators.narratives;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimlens.annotators.embedding.SentenceSelector;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Token;

/**
 * Chooses the sentences of a long document that a narrative model most needs embedded: the first
 * sentence (headline or lead), then those whose words the model's Other-gate weighs most towards
 * "some narrative".
 *
 * <p>Why the gate's lexical weights: they are the only part of the model that reads words, so they
 * rank sentences before any vector exists, and they were fitted to tell narrative-bearing text from
 * neutral reporting of the same events, which is the choice that matters most (design.md §6). A
 * sentence scores the sum of the weights of its distinct hashed unigrams and bigrams over the
 * square root of their count, so that long sentences do not win by length alone. Ties go to the
 * earlier sentence. Thread-safe and deterministic.
 */
final class NarrativeSalience implements SentenceSelector {
  private final NarrativeModel model;

  NarrativeSalience(NarrativeModel model) {
    this.model = model;
  }

  @Override
  public int[] select(Document doc, int max) {
    int n = doc.layer(Layers.SENTENCES).size();
    double[] score = scores(doc, n);
    Integer[] order = new Integer[n - 1];
    for (int i = 1; i < n; i++) {
      order[i - 1] = i;
    }
    Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : compare(score, a, b));
    int[] out = new int[Math.min(max, n)];
    out[0] = 0;
    for (int k = 1; k < out.length; k++) {
      out[k] = order[k - 1];
    }
    Arrays.sort(out);
    return out;
  }

  private static int compare(double[] score, int a, int b) {
    int c = Double.compare(score[b], score[a]);
    return c != 0 ? c : Integer.compare(a, b);
  }

  /** Each sentence's salience; computed in one pass over the tokens. */
  double[] scores(Document doc, int sentences) {
    int dim = model.settings.lexicalDim();
    double[] sum = new double[sentences];
    int[] count = new int[sentences];
    List<Annotation<Token>> tokens = doc.layer(Layers.TOKENS);
    Set<Integer> seen = new HashSet<>();
    String previous = null;
    int current = -1;
    for (Annotation<Token> t : tokens) {
      int s = t.value().sentence();
      if (s != current) {
        seen.clear();
        previous = null;
        current = s;
      }
      String word = doc.text(t.span()).toLowerCase(Locale.ROOT);
      if (s < 0 || s >= sentences || !hasLetterOrDigit(word)) {
        continue;
      }
      add(DocumentFeatures.bucket(word, dim), s, seen, sum, count);
      if (previous != null) {
        add(DocumentFeatures.bucket(previous + " " + word, dim), s, seen, sum, count);
      }
      previous = word;
    }
    double[] out = new double[sentences];
    for (int s = 0; s < sentences; s++) {
      out[s] = count[s] == 0 ? Double.NEGATIVE_INFINITY : sum[s] / Math.sqrt(count[s]);
    }
    return out;
  }

  private void add(int bucket, int s, Set<Integer> seen, double[] sum, int[] count) {
    if (seen.add(bucket)) {
      sum[s] += model.gateLexical[bucket];
      count[s]++;
    }
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "NarrativeSalience[" + model.id + "]";
  }
}
