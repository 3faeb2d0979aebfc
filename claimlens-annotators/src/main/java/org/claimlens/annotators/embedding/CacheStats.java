package org.claimlens.annotators.embedding;

import java.util.Locale;

/**
 * How often an embedding cache had a text's vector: {@code hits} look-ups found it, {@code misses}
 * did not (the text was then embedded, unless it repeated a miss of the same call).
 */
public record CacheStats(long hits, long misses) {
  public CacheStats {
    if (hits < 0 || misses < 0) {
      throw new IllegalArgumentException("counts must be >= 0: " + hits + ", " + misses);
    }
  }

  /** All look-ups. */
  public long lookups() {
    return hits + misses;
  }

  /** {@code "1,234 of 5,678 (21.7%)"}: hits of look-ups. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%,d of %,d (%.1f%%)",
        hits,
        lookups(),
        lookups() == 0 ? 0.0 : 100.0 * hits / lookups());
  }
}
