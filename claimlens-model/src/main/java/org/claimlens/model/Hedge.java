package org.claimlens.model;

import java.util.Objects;

/**
 * A word or phrase that weakens a claim ("alleged", "reportedly", "could", "it is claimed").
 *
 * @param span where it stands
 * @param text the hedge as written, lower-cased
 */
public record Hedge(Span span, String text) {
  public Hedge {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
