package org.claimlens.model;

import java.util.Objects;

/**
 * One label on a span of a document's original text: its value, a score in {@code [0, 1]} and the
 * provenance of what produced it.
 *
 * <p>Immutable and thread-safe when {@code T} is. Example: {@code new Annotation<>(Span.of(0, 6),
 * entity, 0.9, provenance)}.
 *
 * @param <T> the value type, fixed by the {@link Layer} that holds the annotation
 * @param span the evidence span in the original text
 * @param value the label
 * @param score confidence in {@code [0, 1]}; 1 for deterministic rules that cannot be wrong about
 *     what they mark (sentence boundaries, say)
 * @param provenance what produced the label
 */
public record Annotation<T>(Span span, T value, double score, Provenance provenance) {

  public Annotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
