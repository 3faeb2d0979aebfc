package org.claimlens.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a fact-check library: a claim that a fact-checker has rated.
 *
 * @param id the library's id for it, unique within a store
 * @param claim the claim as the fact-checker worded it
 * @param verdict the rating as published ("False", "Misleading"); null when not given
 * @param url the fact-check article; null when not given
 * @param published ISO-8601 date or date-time of the fact-check; null when not given
 */
public record FactCheck(
    String id,
    String claim,
    @Nullable String verdict,
    @Nullable String url,
    @Nullable String published) {
  public FactCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(claim, "claim");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a fact-check needs a non-blank id");
    }
  }
}
