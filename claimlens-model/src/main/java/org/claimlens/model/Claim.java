package org.claimlens.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attribution relation: who claims what. The annotation's span is the content, the whole
 * reported proposition (with its quote marks, for a direct quote).
 *
 * @param cue the cue's span ("said", "according to", "has denied"), or null where the claim has no
 *     cue at all (a bare headline assertion)
 * @param source the innermost source
 * @param via the chain from the innermost source outward: in "X reported, citing Y", the source is
 *     Y and via is [X]
 * @param hedges the hedges that bear on the claim
 * @param certainty how firmly the text asserts the claim, in [0, 1]: 1 for a flat statement, lower
 *     for each hedge, conditional or modal
 * @param status what the document says about the claim's truth
 * @param statusEvidence the spans that set the status ("has not received any official
 *     confirmation"); empty when the status is unknown
 */
public record Claim(
    @Nullable Span cue,
    Source source,
    List<Source> via,
    List<Hedge> hedges,
    double certainty,
    ClaimStatus status,
    List<Span> statusEvidence) {

  public Claim {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    via = List.copyOf(via);
    hedges = List.copyOf(hedges);
    statusEvidence = List.copyOf(statusEvidence);
    if (!(certainty >= 0.0 && certainty <= 1.0)) {
      throw new IllegalArgumentException("certainty must be in [0, 1], was " + certainty);
    }
  }
}
