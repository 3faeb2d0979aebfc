package org.claimlens.annotators.narratives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Embedding;
import org.claimlens.model.Layers;
import org.claimlens.model.Sentence;
import org.claimlens.model.Span;
import org.claimlens.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * What the narrative model reads of a document: the sentence vectors it pools, their pooled mean,
 * and hashed word unigrams and bigrams. The trainer and the annotator build it with the same code,
 * so that a model sees at run time exactly what it was trained on.
 *
 * <p><b>Pooling at the sentence level.</b> A narrative usually lives in a few sentences, and the
 * mean of every sentence of a long article is mostly its topic. So when a document has more than
 * {@code poolTopK} sentences, only the {@code poolTopK} sentences closest to any narrative's
 * description (the prototypes) are pooled; shorter documents pool every sentence.
 */
final class DocumentFeatures {
  /** The pooled sentences' vectors, in text order. */
  final float[][] vectors;

  /** The pooled sentences' spans, parallel to {@link #vectors}. */
  final Span[] spans;

  /** The L2-normalised sum of {@link #vectors}. */
  final float[] pooled;

  /** Hashed unigram and bigram ids, sorted, each once. */
  final int[] lexical;

  private DocumentFeatures(float[][] vectors, Span[] spans, float[] pooled, int[] lexical) {
    this.vectors = vectors;
    this.spans = spans;
    this.pooled = pooled;
    this.lexical = lexical;
  }

  /** The features of {@code doc}, or null when it has no sentence vectors. */
  static @Nullable DocumentFeatures of(
      Document doc, float[][] prototypes, int poolTopK, int lexicalDim) {
    List<Annotation<Embedding>> embeddings = doc.layer(Layers.SENTENCE_EMBEDDINGS);
    if (embeddings.isEmpty()) {
      return null;
    }
    float[][] vectors = new float[embeddings.size()][];
    Span[] spans = new Span[embeddings.size()];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = embeddings.get(i).value().vector();
      spans[i] = embeddings.get(i).span();
    }
    int[] keep = chosen(vectors, prototypes, poolTopK);
    return pool(vectors, spans, keep, lexical(doc, lexicalDim, sentenceIndexes(doc, spans, keep)));
  }

  /**
   * The SENTENCES-layer indexes of the embeddings {@code keep}, ascending: the embedding layer may
   * hold only a budgeted subset of the sentences, so its indexes are matched to sentences by span.
   */
  private static int[] sentenceIndexes(Document doc, Span[] spans, int[] keep) {
    List<Annotation<Sentence>> sentences = doc.layer(Layers.SENTENCES);
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).span().start();
    }
    int[] out = new int[keep.length];
    for (int k = 0; k < keep.length; k++) {
      int i = Arrays.binarySearch(starts, spans[keep[k]].start());
      if (i < 0) {
        throw new IllegalStateException(
            "document "
                + doc.id()
                + " has a sentence vector at "
                + spans[keep[k]]
                + " that starts no sentence");
      }
      out[k] = i;
    }
    Arrays.sort(out);
    return out;
  }

  /** The sentences to pool, in text order: all, or the poolTopK nearest a prototype. */
  private static int[] chosen(float[][] all, float[][] prototypes, int poolTopK) {
    int n = all.length;
    int[] keep = new int[Math.min(n, poolTopK)];
    if (n <= poolTopK) {
      for (int i = 0; i < n; i++) {
        keep[i] = i;
      }
    } else {
      double[] relevance = new double[n];
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        double best = Double.NEGATIVE_INFINITY;
        for (float[] p : prototypes) {
          best = Math.max(best, dot(all[i], p));
        }
        relevance[i] = best;
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Double.compare(relevance[y], relevance[x]));
      for (int k = 0; k < keep.length; k++) {
        keep[k] = order[k];
      }
      Arrays.sort(keep);
    }
    return keep;
  }

  private static DocumentFeatures pool(float[][] all, Span[] allSpans, int[] keep, int[] lexical) {
    int dim = all[0].length;
    float[][] vectors = new float[keep.length][];
    Span[] spans = new Span[keep.length];
    float[] pooled = new float[dim];
    for (int k = 0; k < keep.length; k++) {
      vectors[k] = all[keep[k]];
      spans[k] = allSpans[keep[k]];
      for (int d = 0; d < dim; d++) {
        pooled[d] += vectors[k][d];
      }
    }
    normalise(pooled);
    return new DocumentFeatures(vectors, spans, pooled, lexical);
  }

  /**
   * Word unigrams and bigrams of the lowercased tokens that hold a letter or digit, in the
   * sentences {@code sentences} (sorted indexes), hashed into {@code dim} buckets; a bigram never
   * spans two sentences. Reading only the pooled sentences keeps long documents comparable with the
   * short texts a model learns from.
   */
  static int[] lexical(Document doc, int dim, int[] sentences) {
    List<Annotation<Token>> tokens = doc.layer(Layers.TOKENS);
    List<Integer> ids = new ArrayList<>(tokens.size() * 2);
    String previous = null;
    int previousSentence = -1;
    for (Annotation<Token> t : tokens) {
      if (Arrays.binarySearch(sentences, t.value().sentence()) < 0) {
        continue;
      }
      String word = doc.text(t.span()).toLowerCase(Locale.ROOT);
      if (!hasLetterOrDigit(word)) {
        continue;
      }
      ids.add(bucket(word, dim));
      if (previous != null && previousSentence == t.value().sentence()) {
        ids.add(bucket(previous + " " + word, dim));
      }
      previous = word;
      previousSentence = t.value().sentence();
    }
    return ids.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** FNV-1a over the UTF-16 code units, mixed, into {@code [0, dim)}: stable across JVMs. */
  static int bucket(String s, int dim) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) Math.floorMod(h, (long) dim);
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static void normalise(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    if (s > 0) {
      double inv = 1.0 / Math.sqrt(s);
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] * inv);
      }
    }
  }
}
