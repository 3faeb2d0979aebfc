package org.claimlens.annotators.embedding;

import java.util.List;

/**
 * Turns sentences into fixed-size vectors, such that similar meanings lie close together.
 *
 * <p>Contract: {@link #embed} returns one L2-normalised vector of {@link #dimension()} floats per
 * input sentence, in input order (so a dot product is the cosine similarity); the same text always
 * gives the same vector up to float rounding. The returned arrays belong to the caller.
 * Implementations are thread-safe. Example:
 *
 * <pre>{@code
 * SentenceEncoder minilm = Encoders.minilm();
 * float[][] v = minilm.embed(List.of("Peskov warned of a direct confrontation.", "Nothing was confirmed."));
 * }</pre>
 */
public interface SentenceEncoder {

  /**
   * A stable id of the encoder and its weights ({@code "all-minilm-l6-v2-q"}), recorded in every
   * {@link org.claimlens.model.Embedding}: vectors of different encoders are not comparable.
   */
  String id();

  /** The length of every vector. */
  int dimension();

  /**
   * Embeds {@code sentences}; an empty list gives an empty array.
   *
   * @throws IllegalStateException when the underlying model fails
   */
  float[][] embed(List<String> sentences);
}
