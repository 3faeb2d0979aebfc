package org.claimlens.corpus.dedup;

import java.util.Objects;

/**
 * The candidate a new document was judged to republish.
 *
 * @param candidate the matched candidate (the immediate parent)
 * @param similarity the score the decision used: 1 for an exact copy, else max(jaccard,
 *     containment), in [0, 1]
 * @param jaccard the estimated Jaccard similarity of the shingle sets
 * @param containment the estimated containment of the smaller set in the larger
 * @param kind why it matched
 */
public record DuplicateMatch(
    DedupCandidate candidate,
    double similarity,
    double jaccard,
    double containment,
    DuplicateKind kind) {
  public DuplicateMatch {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(kind, "kind");
    checkUnit(similarity, "similarity");
    checkUnit(jaccard, "jaccard");
    checkUnit(containment, "containment");
  }

  private static void checkUnit(double v, String name) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
    }
  }
}
