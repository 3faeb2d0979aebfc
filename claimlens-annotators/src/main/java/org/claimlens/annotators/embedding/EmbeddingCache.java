package org.claimlens.annotators.embedding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * A bounded map from sentence text to its vector, evicting the least recently used entry.
 *
 * <p>Keys are a 64-bit hash of the text plus its length, not the text itself, so the cache holds
 * only the vectors (about 1.6 KB each for 384 dimensions) and a lookup allocates no copy of the
 * sentence. Two different texts of the same length would have to share a 64-bit hash to collide.
 *
 * <p>Thread-safe: the entries are spread over {@value #STRIPES} independently locked LRU maps by
 * hash, so threads working on different documents seldom wait for each other.
 */
final class EmbeddingCache {
  static final int STRIPES = 16;

  private record Key(long hash, int length) {}

  private final Stripe[] stripes;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** A cache holding about {@code capacity} vectors; 0 disables it. */
  EmbeddingCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
    }
    int perStripe = (capacity + STRIPES - 1) / STRIPES;
    stripes = new Stripe[STRIPES];
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe(perStripe);
    }
  }

  @Nullable float[] get(String text) {
    Key k = key(text);
    Stripe s = stripe(k);
    float[] v;
    synchronized (s) {
      v = s.get(k);
    }
    (v == null ? misses : hits).increment();
    return v;
  }

  /** The look-ups so far that found a vector, and those that did not. */
  CacheStats stats() {
    return new CacheStats(hits.sum(), misses.sum());
  }

  void put(String text, float[] vector) {
    Key k = key(text);
    Stripe s = stripe(k);
    synchronized (s) {
      if (s.capacity > 0) {
        s.put(k, vector);
      }
    }
  }

  /** How many vectors the cache holds now. */
  int size() {
    int n = 0;
    for (Stripe s : stripes) {
      synchronized (s) {
        n += s.size();
      }
    }
    return n;
  }

  private Stripe stripe(Key k) {
    return stripes[(int) (k.hash >>> 60) & (STRIPES - 1)];
  }

  private static Key key(String text) {
    return new Key(hash64(text), text.length());
  }

  /** FNV-1a over the UTF-16 code units, finished with MurmurHash3's 64-bit mix. */
  static long hash64(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static final class Stripe extends LinkedHashMap<Key, float[]> {
    private final int capacity;

    Stripe(int capacity) {
      super(Math.min(capacity, 1024) * 2, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
      return size() > capacity;
    }
  }
}
