package org.claimlens.annotators.narratives;

/**
 * How probabilities become labels; tuned by cross-validation on the training data.
 *
 * @param gate the Other-gate: below this probability of "some narrative" the document is Other
 * @param minNarrative the best narrative must reach this probability too, or the document is Other
 * @param narrative past the best narrative, another of the same domain is added at this probability
 * @param subnarrative a specific subnarrative of a chosen narrative is chosen when its probability
 *     given the narrative reaches this; when none does, the narrative's {@code ": Other"} fallback
 *     is
 * @param maxNarratives at most this many narratives per document
 * @param maxSubnarratives at most this many specific subnarratives per narrative
 */
record Thresholds(
    double gate,
    double minNarrative,
    double narrative,
    double subnarrative,
    int maxNarratives,
    int maxSubnarratives) {
  Thresholds {
    if (maxNarratives < 1 || maxSubnarratives < 1) {
      throw new IllegalArgumentException("need at least one narrative and one subnarrative");
    }
  }
}
