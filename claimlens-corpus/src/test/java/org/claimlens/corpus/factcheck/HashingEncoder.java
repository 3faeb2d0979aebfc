package org.claimlens.corpus.factcheck;

import java.util.List;
import org.claimlens.annotators.embedding.SentenceEncoder;
import org.claimlens.corpus.claims.ContentWords;

/**
 * A fake encoder for tests that must not load a model: a normalised bag of hashed content words, so
 * that texts sharing words lie close, deterministically.
 */
final class HashingEncoder implements SentenceEncoder {
  @Override
  public String id() {
    return "hashing-fake";
  }

  @Override
  public int dimension() {
    return 64;
  }

  @Override
  public float[][] embed(List<String> sentences) {
    float[][] out = new float[sentences.size()][dimension()];
    for (int i = 0; i < out.length; i++) {
      for (String t : ContentWords.tokens(sentences.get(i))) {
        out[i][Math.floorMod(t.hashCode(), dimension())] += 1;
      }
      double norm = 0;
      for (float f : out[i]) {
        norm += f * f;
      }
      for (int d = 0; d < dimension() && norm > 0; d++) {
        out[i][d] /= (float) Math.sqrt(norm);
      }
    }
    return out;
  }
}
