package org.claimlens.store;

import java.util.List;
import java.util.Objects;

/**
 * A similar-claim look-up made ahead of the commit that needs it ({@link
 * Store#similarClaimsAhead}), to be brought up to date by {@link Store#similarClaimsSince}.
 *
 * @param hits the best {@code k} claims when the look-up was made, best first
 * @param mark how many claims the store had added when the look-up was made: those added later are
 *     the ones {@code similarClaimsSince} scores; meaningful only to the store that made it
 * @param k how many claims were asked for
 */
public record ClaimLookup(List<ClaimHit> hits, long mark, int k) {
  public ClaimLookup {
    hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
  }
}
