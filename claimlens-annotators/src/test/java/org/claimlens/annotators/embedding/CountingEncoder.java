package org.claimlens.annotators.embedding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fake encoder that records every call: each text gets a normalised pseudo-random vector seeded
 * by its content, so equal texts get equal vectors and different texts different ones.
 */
final class CountingEncoder implements SentenceEncoder {
  private final List<List<String>> calls = new ArrayList<>();

  @Override
  public String id() {
    return "counting-fake";
  }

  @Override
  public int dimension() {
    return 8;
  }

  @Override
  public synchronized float[][] embed(List<String> sentences) {
    calls.add(List.copyOf(sentences));
    float[][] out = new float[sentences.size()][];
    for (int i = 0; i < out.length; i++) {
      Random r =
          new Random(java.util.Arrays.hashCode(sentences.get(i).getBytes(StandardCharsets.UTF_8)));
      float[] v = new float[dimension()];
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) r.nextGaussian();
      }
      OnnxSentenceEncoder.normalise(v);
      out[i] = v;
    }
    return out;
  }

  /** Every call's sentences, in call order. */
  synchronized List<List<String>> calls() {
    return List.copyOf(calls);
  }

  /** How many times {@code text} was sent to the encoder. */
  synchronized long timesEmbedded(String text) {
    return calls.stream().flatMap(List::stream).filter(text::equals).count();
  }
}
