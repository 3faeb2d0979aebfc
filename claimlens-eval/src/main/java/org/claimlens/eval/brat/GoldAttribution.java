package org.claimlens.eval.brat;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attribution relation as the brat files state it: who (source) says (cue) what (content). Used
 * both for gold relations and for predictions, so that the two compare directly.
 *
 * <p>Example: in {@code Peskov said talks had stalled}, source {@code [0,6)}, cue {@code [7,11)},
 * content {@code [12,29)}.
 *
 * @param source the source mention as it stands in the sentence, or null for an agentless relation
 *     (a passive, "reportedly")
 * @param cue the cue's verb group or phrase, or null when the relation has none
 * @param content the reported proposition
 */
public record GoldAttribution(@Nullable BratSpan source, @Nullable BratSpan cue, BratSpan content) {

  public GoldAttribution {
    Objects.requireNonNull(content, "content");
  }
}
