package org.claimlens.corpus.dedup;

import java.util.Objects;

/**
 * A document found to republish an earlier one.
 *
 * <p>In a chain (a channel reposts an aggregator's copy of a wire story) {@code parentId} is the
 * copy the document is closest to and {@code originalId} is the first original at the chain's root,
 * which is what {@code duplicate_of} should point at. For a direct copy both are the same.
 *
 * @param docId the republishing document
 * @param parentId the document it was copied from, as far as the text shows (the best match)
 * @param originalId the root of the chain: the parent's original, or the parent itself
 * @param similarity the decision score against the parent, in [0, 1]
 * @param kind why it matched the parent
 */
public record Republication(
    String docId, String parentId, String originalId, double similarity, DuplicateKind kind) {
  public Republication {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(originalId, "originalId");
    Objects.requireNonNull(kind, "kind");
    if (docId.equals(parentId) || docId.equals(originalId)) {
      throw new IllegalArgumentException("a document cannot republish itself: " + docId);
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
    }
  }

  /** Whether the parent is itself a copy (the document is a repost of a repost). */
  public boolean isChained() {
    return !parentId.equals(originalId);
  }
}
