package org.claimlens.annotators.attribution;

import java.util.Objects;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One attribution relation in the flat, PolNeAR-style view that brat files and attribution scorers
 * use: a chain such as "The FT reported, citing an official, that X" is two relations here (the FT
 * with "reported", the official with "citing", the same content), where {@link
 * org.claimlens.model.Claim} folds it into one claim with a {@code via}.
 *
 * @param source the source mention, or null for agentless cues ("it was reported", "reportedly")
 * @param cue the cue
 * @param content the reported content
 * @param score confidence in [0, 1]
 */
public record AttributionRelation(@Nullable Span source, Span cue, Span content, double score) {
  public AttributionRelation {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
  }
}
