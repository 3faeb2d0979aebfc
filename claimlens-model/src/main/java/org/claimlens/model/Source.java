package org.claimlens.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who a claim rests on, as the text names it.
 *
 * @param span the mention as it stands in the sentence ("he", "a senior European military
 *     official", "Peskov"), or null for an unattributed claim
 * @param canonical what the mention resolves to ("Dmitry Peskov" for "he"); for anonymous sources
 *     the descriptor itself, or the body it is linked to; {@code ""} when unattributed
 * @param type the kind of source
 * @param linkedTo for an anonymous source that names a place or body ("sources in the President's
 *     Office"), that body's canonical name; otherwise null
 * @param cue for a source in a claim's {@code via} chain, the cue through which it passed the claim
 *     on ("reported" in "the FT reported, citing an official, that ..."), where the text has one;
 *     null otherwise
 */
public record Source(
    @Nullable Span span,
    String canonical,
    SourceType type,
    @Nullable String linkedTo,
    @Nullable Span cue) {

  /** A source without a cue of its own: a claim's innermost source. */
  public Source(@Nullable Span span, String canonical, SourceType type, @Nullable String linkedTo) {
    this(span, canonical, type, linkedTo, null);
  }

  /** This source with {@code cue} as the cue through which it passed the claim on. */
  public Source withCue(@Nullable Span cue) {
    return new Source(span, canonical, type, linkedTo, cue);
  }

  public Source {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    if ((span == null) != (type == SourceType.UNATTRIBUTED)) {
      throw new IllegalArgumentException("exactly the unattributed sources have no span");
    }
  }

  public static final Source UNATTRIBUTED = new Source(null, "", SourceType.UNATTRIBUTED, null);
}
