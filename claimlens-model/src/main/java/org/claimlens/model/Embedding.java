package org.claimlens.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A sentence's vector from a sentence encoder; the annotation's span is the sentence.
 *
 * <p>The array is owned by the record: callers must not modify it. Equality compares contents.
 *
 * @param vector the L2-normalised embedding
 * @param model the encoder's id (vectors of different encoders are not comparable)
 */
public record Embedding(float[] vector, String model) {
  public Embedding {
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(model, "model");
  }

  public int dimension() {
    return vector.length;
  }

  /** Dot product; the cosine similarity for normalised vectors. */
  public double dot(Embedding other) {
    if (other.vector.length != vector.length) {
      throw new IllegalArgumentException(
          "dimensions differ: " + vector.length + " vs " + other.vector.length);
    }
    double s = 0;
    for (int i = 0; i < vector.length; i++) {
      s += vector[i] * other.vector[i];
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedding e && e.model.equals(model) && Arrays.equals(e.vector, vector);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(vector) + model.hashCode();
  }

  @Override
  public String toString() {
    return "Embedding[" + model + ", " + vector.length + " dims]";
  }
}
