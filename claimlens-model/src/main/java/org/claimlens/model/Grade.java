package org.claimlens.model;

import java.util.Objects;

/**
 * An explained NATO Admiralty grade (STANAG 2511) of one claim's sourcing. The annotation's span is
 * the claim's content span.
 *
 * @param claim index of the graded claim in the document's {@link Layers#CLAIMS} layer
 * @param reliability source reliability, {@code 'A'} (completely reliable) to {@code 'F'} (cannot
 *     be judged)
 * @param credibility information credibility, 1 (confirmed by other sources) to 6 (cannot be
 *     judged)
 * @param reason one line a person can read: why this grade
 */
public record Grade(int claim, char reliability, int credibility, String reason) {
  public Grade {
    Objects.requireNonNull(reason, "reason");
    if (reliability < 'A' || reliability > 'F') {
      throw new IllegalArgumentException("reliability must be A-F, was " + reliability);
    }
    if (credibility < 1 || credibility > 6) {
      throw new IllegalArgumentException("credibility must be 1-6, was " + credibility);
    }
    if (reason.isBlank() || reason.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("reason must be one non-blank line");
    }
  }
}
