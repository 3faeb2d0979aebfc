package org.claimlens.corpus.dedup;

/**
 * The 64-bit hash functions behind signatures and band keys. All are fully specified here (no
 * {@code String.hashCode}, no JDK random generator whose algorithm could change), so signatures
 * written by one JVM compare with signatures computed by another.
 */
final class Hashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Hashing() {}

  /**
   * MurmurHash3's 64-bit finaliser: a bijective mix in which every input bit affects every output
   * bit.
   */
  static long mix(long z) {
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }

  /**
   * FNV-1a over the UTF-16 code units of {@code s}, then {@link #mix}ed (FNV alone mixes poorly).
   */
  static long hash(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h ^= c & 0xff;
      h *= FNV_PRIME;
      h ^= c >>> 8;
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** Combines an order-sensitive sequence of hashes, one step at a time. */
  static long combine(long h, long next) {
    return mix(h * GOLDEN + next);
  }

  /**
   * The SplitMix64 sequence from {@code seed}: {@code count} well-spread 64-bit values, the same on
   * every JVM (the published algorithm, written out rather than borrowed from {@code
   * SplittableRandom}, whose output the JDK does not promise to keep).
   */
  static long[] splitMix(long seed, int count) {
    long[] out = new long[count];
    long state = seed;
    for (int i = 0; i < count; i++) {
      state += GOLDEN;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      out[i] = z ^ (z >>> 31);
    }
    return out;
  }
}
