package org.claimlens.corpus.dedup;

/** Why a document counts as a republication of another. */
public enum DuplicateKind {
  /** The same words in the same order after normalisation (case, Unicode form, punctuation). */
  EXACT,
  /** Most word shingles are shared: an edited copy (Jaccard estimate at or above the threshold). */
  NEAR,
  /**
   * Most shingles of the smaller text appear in the larger one, although Jaccard is low: a copy
   * with a long new header, commentary or footer, or a shortened copy.
   */
  CONTAINMENT
}
