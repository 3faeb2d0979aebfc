package org.claimlens.store;

import java.util.Objects;

/**
 * One claim found by {@link Store#similarClaims}.
 *
 * @param claimId the claim
 * @param docId its document
 * @param score cosine similarity mapped to [0, 1] as Lucene does: {@code (1 + cos) / 2}
 */
public record ClaimHit(String claimId, String docId, double score) {
  public ClaimHit {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(docId, "docId");
  }
}
