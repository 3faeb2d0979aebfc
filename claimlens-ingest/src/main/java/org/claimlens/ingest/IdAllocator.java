package org.claimlens.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes the document ids of one input unique by appending {@code #2}, {@code #3}… to repeats, in
 * input order, so that re-reading the same input gives the same ids. Not thread-safe: one per
 * input.
 */
final class IdAllocator {
  private final Map<String, Integer> seen = new HashMap<>();

  /** {@code id} the first time, {@code id#N} the Nth time. */
  String allocate(String id) {
    int n = seen.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "#" + n;
  }
}
