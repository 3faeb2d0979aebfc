package org.claimlens.corpus.factcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimlens.annotators.embedding.SentenceEncoder;
import org.claimlens.model.FactCheck;

/**
 * Finds the fact-checks that a text restates, fusing sentence-embedding cosine with BM25 over the
 * library's claims: {@code score = w·cos + (1 − w)·bm25n}, where {@code cos} is clamped to [0, 1]
 * and {@code bm25n} is the claim's BM25 score divided by its score as its own query, capped at 1.
 * Both parts are absolute, so a text that restates nothing gets a low score, not merely a low rank.
 *
 * <p>The default {@link Config} was tuned on {@code data/factchecks/queries-tune.jsonl} only (see
 * {@link Config#DEFAULT}).
 *
 * <p>Immutable and thread-safe (the encoder is). Example:
 *
 * <pre>{@code
 * FactCheckMatcher m = FactCheckMatcher.build(library, Encoders.minilm(), FactCheckMatcher.Config.DEFAULT);
 * List<FactCheckMatcher.Scored> top = m.match("Pentagon biolabs found near Kharkiv!", 10);
 * }</pre>
 */
public final class FactCheckMatcher {

  /**
   * Matching settings.
   *
   * @param embeddingWeight w, the share of the cosine in the fused score, in [0, 1]
   * @param k1 BM25 term-frequency saturation
   * @param b BM25 length normalisation
   */
  public record Config(double embeddingWeight, double k1, double b) {
    /**
     * Tuned on {@code data/factchecks/queries-tune.jsonl} only: a grid over w in steps of 0.05 (k1
     * and b at the usual 1.2 and 0.75) put the best MRR@10 at w = 0.8 (0.956, against 0.811 for
     * BM25 alone and 0.950 for the cosine alone); see {@code data/factchecks/README.md}.
     */
    public static final Config DEFAULT = new Config(0.8, 1.2, 0.75);

    public Config {
      if (!(embeddingWeight >= 0 && embeddingWeight <= 1)) {
        throw new IllegalArgumentException(
            "embeddingWeight must be in [0, 1], was " + embeddingWeight);
      }
      if (!(k1 >= 0) || !(b >= 0 && b <= 1)) {
        throw new IllegalArgumentException("need k1 >= 0 and b in [0, 1], was " + k1 + ", " + b);
      }
    }

    public Config withEmbeddingWeight(double w) {
      return new Config(w, k1, b);
    }
  }

  /**
   * One matched fact-check.
   *
   * @param factCheck the library entry
   * @param score the fused score, in [0, 1]
   * @param cosine its cosine part
   * @param lexical its normalised BM25 part
   */
  public record Scored(FactCheck factCheck, double score, double cosine, double lexical) {}

  private final List<FactCheck> library;
  private final float[][] vectors;
  private final SentenceEncoder encoder;
  private final Config config;
  private final Bm25Index bm25;

  /**
   * @param library the fact-checks
   * @param vectors their claims' vectors by {@code encoder}, in library order
   * @param encoder embeds queries; it must be the encoder that made {@code vectors}
   */
  public FactCheckMatcher(
      List<FactCheck> library, float[][] vectors, SentenceEncoder encoder, Config config) {
    this.library = List.copyOf(library);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.config = Objects.requireNonNull(config, "config");
    if (vectors.length != this.library.size()) {
      throw new IllegalArgumentException(
          vectors.length + " vectors for " + this.library.size() + " fact-checks");
    }
    this.vectors = vectors.clone();
    for (float[] v : this.vectors) {
      if (v.length != encoder.dimension()) {
        throw new IllegalArgumentException(
            "a vector has " + v.length + " dimensions, the encoder " + encoder.dimension());
      }
    }
    this.bm25 =
        new Bm25Index(
            this.library.stream().map(FactCheck::claim).toList(), config.k1(), config.b());
  }

  /** Embeds the library's claims with {@code encoder} and builds a matcher. */
  public static FactCheckMatcher build(
      List<FactCheck> library, SentenceEncoder encoder, Config config) {
    return new FactCheckMatcher(
        library, encoder.embed(library.stream().map(FactCheck::claim).toList()), encoder, config);
  }

  /** The same library and vectors with other settings (no re-embedding). */
  public FactCheckMatcher withConfig(Config other) {
    return new FactCheckMatcher(library, vectors, encoder, other);
  }

  public List<FactCheck> library() {
    return library;
  }

  public Config config() {
    return config;
  }

  /** {@code texts} embedded by this matcher's encoder, for {@link #match(String, float[], int)}. */
  public float[][] embed(List<String> texts) {
    return encoder.embed(texts);
  }

  /** The top {@code k} fact-checks for {@code text}, best first (ties by library order). */
  public List<Scored> match(String text, int k) {
    return match(text, encoder.embed(List.of(text))[0], k);
  }

  /** The top {@code k} for each text, embedding them in one batch. */
  public List<List<Scored>> matchAll(List<String> texts, int k) {
    float[][] v = encoder.embed(texts);
    List<List<Scored>> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(match(texts.get(i), v[i], k));
    }
    return out;
  }

  /** The top {@code k} for {@code text} whose vector (by this matcher's encoder) is given. */
  public List<Scored> match(String text, float[] vector, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be positive, was " + k);
    }
    double[] lexical = bm25.normalised(text);
    double w = config.embeddingWeight();
    List<Scored> all = new ArrayList<>(library.size());
    for (int i = 0; i < library.size(); i++) {
      double cos = 0;
      float[] d = vectors[i];
      for (int j = 0; j < d.length; j++) {
        cos += d[j] * vector[j];
      }
      cos = Math.max(0, Math.min(1, cos));
      all.add(new Scored(library.get(i), w * cos + (1 - w) * lexical[i], cos, lexical[i]));
    }
    all.sort(Comparator.comparingDouble(Scored::score).reversed());
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }
}
