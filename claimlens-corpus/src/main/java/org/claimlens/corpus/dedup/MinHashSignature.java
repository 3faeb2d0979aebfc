package org.claimlens.corpus.dedup;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The compact fingerprint of one text: the minimum of each seeded hash function over the text's
 * word shingles, plus the sizes and the hash of the normalised text that the detector needs to
 * estimate containment and to recognise exact copies.
 *
 * <p>Two signatures compare only when they come from the same scheme (shingle length, number of
 * hash functions and seed); {@link #jaccard} throws otherwise, because the minima of different hash
 * functions say nothing about each other. Immutable and thread-safe: the array is copied in and
 * out. Equality compares contents. Serialised with {@link #toBytes()} (548 bytes with 128 hashes)
 * and read back with {@link #fromBytes(byte[])}:
 *
 * <pre>{@code
 * MinHashSignature sig = MinHasher.withDefaults().signature(text);
 * MinHashSignature back = MinHashSignature.fromBytes(sig.toBytes()); // equals sig
 * }</pre>
 *
 * @param shingleLength words per shingle (k)
 * @param seed the seed the hash functions were drawn from
 * @param tokenCount words in the normalised text
 * @param shingleCount distinct shingles, the set size |A| used for containment
 * @param exactHash a 64-bit hash of the normalised word sequence
 * @param numberSketch a 64-bit set of the text's numbers (words with a digit), one bit per number
 *     by hash, to tell apart templated reports that differ only in their figures
 * @param minima one unsigned 32-bit minimum per hash function ({@code -1}, the largest unsigned
 *     value, for an empty text)
 */
public record MinHashSignature(
    int shingleLength,
    long seed,
    int tokenCount,
    int shingleCount,
    long exactHash,
    long numberSketch,
    int[] minima) {

  /** The first byte of every serialised signature; bumped when the layout or hashing changes. */
  public static final byte FORMAT_VERSION = 1;

  private static final int HEADER_BYTES = 1 + 1 + 2 + 8 + 4 + 4 + 8 + 8;

  public MinHashSignature {
    Objects.requireNonNull(minima, "minima");
    if (shingleLength < 1 || shingleLength > 127) {
      throw new IllegalArgumentException("shingleLength must be in 1..127: " + shingleLength);
    }
    if (minima.length == 0 || minima.length > 0xffff) {
      throw new IllegalArgumentException("need 1..65535 minima, got " + minima.length);
    }
    if (tokenCount < 0 || shingleCount < 0 || shingleCount > Math.max(tokenCount, 0)) {
      throw new IllegalArgumentException(
          "bad sizes: tokenCount " + tokenCount + ", shingleCount " + shingleCount);
    }
    minima = minima.clone();
  }

  /** The minima, copied. */
  @Override
  public int[] minima() {
    return minima.clone();
  }

  /** The number of hash functions. */
  public int numHashes() {
    return minima.length;
  }

  /** Whether the text had no words at all. */
  public boolean isEmpty() {
    return shingleCount == 0;
  }

  /**
   * The MinHash estimate of the Jaccard similarity of the two shingle sets: the fraction of hash
   * functions whose minima agree. Its standard error is sqrt(J(1-J)/n), about 0.044 at J = 0.5 with
   * 128 hashes. Two empty texts give 0 (nothing to compare), not 1.
   *
   * @throws IllegalArgumentException when the signatures come from different schemes
   */
  public double jaccard(MinHashSignature other) {
    requireSameScheme(other);
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < minima.length; i++) {
      if (minima[i] == other.minima[i]) {
        same++;
      }
    }
    return (double) same / minima.length;
  }

  /**
   * The estimated share of the smaller shingle set that lies in the larger one, from the Jaccard
   * estimate and the two set sizes: |A ∩ B| = J(|A|+|B|)/(1+J), divided by min(|A|, |B|), capped at
   * 1. High when one text is the other plus a long header or footer, where Jaccard is low.
   */
  public double containment(MinHashSignature other) {
    return containment(jaccard(other), shingleCount, other.shingleCount);
  }

  static double containment(double jaccard, int sizeA, int sizeB) {
    int smaller = Math.min(sizeA, sizeB);
    if (smaller == 0) {
      return 0;
    }
    double intersection = jaccard * (sizeA + sizeB) / (1 + jaccard);
    return Math.min(1.0, intersection / smaller);
  }

  /**
   * How many distinct numbers the sketch holds (a lower bound: two numbers can share a bit). Exact
   * for the few numbers of a short report, saturating for long texts, where it is not needed.
   */
  public int numberCount() {
    return Long.bitCount(numberSketch);
  }

  /**
   * The share of the smaller set of numbers found in the other text, from the sketches; 1 when
   * either text has no numbers. Two templated reports ("the enemy shelled the district 14 times, a
   * 57-year-old man was wounded") that differ only in their figures score near 0.
   */
  public double numberOverlap(MinHashSignature other) {
    int smaller = Math.min(numberCount(), other.numberCount());
    if (smaller == 0) {
      return 1;
    }
    return Math.min(1.0, (double) Long.bitCount(numberSketch & other.numberSketch) / smaller);
  }

  /** Whether the normalised word sequences are (with 64-bit hash certainty) identical. */
  public boolean sameText(MinHashSignature other) {
    return !isEmpty() && !other.isEmpty() && exactHash == other.exactHash;
  }

  /** Whether {@code other} was made with the same shingle length, hash count and seed. */
  public boolean sameScheme(MinHashSignature other) {
    return shingleLength == other.shingleLength
        && seed == other.seed
        && minima.length == other.minima.length;
  }

  private void requireSameScheme(MinHashSignature other) {
    if (!sameScheme(other)) {
      throw new IllegalArgumentException(
          "signatures of different schemes do not compare: k="
              + shingleLength
              + "/n="
              + minima.length
              + "/seed="
              + seed
              + " vs k="
              + other.shingleLength
              + "/n="
              + other.minima.length
              + "/seed="
              + other.seed);
    }
  }

  /**
   * The signature as bytes, big-endian: version (1), shingle length (1), hash count (2), seed (8),
   * token count (4), shingle count (4), exact hash (8), number sketch (8), then the minima (4
   * each).
   */
  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + 4 * minima.length);
    b.put(FORMAT_VERSION)
        .put((byte) shingleLength)
        .putShort((short) minima.length)
        .putLong(seed)
        .putInt(tokenCount)
        .putInt(shingleCount)
        .putLong(exactHash)
        .putLong(numberSketch);
    for (int m : minima) {
      b.putInt(m);
    }
    return b.array();
  }

  /**
   * Reads what {@link #toBytes()} wrote.
   *
   * @throws IllegalArgumentException naming the reason when the bytes are not a signature of this
   *     format version (wrong version, truncated, trailing bytes, impossible sizes)
   */
  public static MinHashSignature fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    ByteBuffer b = ByteBuffer.wrap(bytes);
    try {
      byte version = b.get();
      if (version != FORMAT_VERSION) {
        throw new IllegalArgumentException(
            "not a MinHash signature of format version " + FORMAT_VERSION + ": version " + version);
      }
      int k = b.get();
      int n = Short.toUnsignedInt(b.getShort());
      long seed = b.getLong();
      int tokens = b.getInt();
      int shingles = b.getInt();
      long exact = b.getLong();
      long numbers = b.getLong();
      if (bytes.length != HEADER_BYTES + 4 * n) {
        throw new IllegalArgumentException(
            "MinHash signature of "
                + n
                + " hashes must be "
                + (HEADER_BYTES + 4 * n)
                + " bytes, got "
                + bytes.length);
      }
      int[] minima = new int[n];
      for (int i = 0; i < n; i++) {
        minima[i] = b.getInt();
      }
      return new MinHashSignature(k, seed, tokens, shingles, exact, numbers, minima);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException(
          "truncated MinHash signature: " + bytes.length + " bytes", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s
        && s.shingleLength == shingleLength
        && s.seed == seed
        && s.tokenCount == tokenCount
        && s.shingleCount == shingleCount
        && s.exactHash == exactHash
        && s.numberSketch == numberSketch
        && Arrays.equals(s.minima, minima);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shingleLength, seed, tokenCount, shingleCount, exactHash, numberSketch)
        + 31 * Arrays.hashCode(minima);
  }

  @Override
  public String toString() {
    return "MinHashSignature[k="
        + shingleLength
        + ", n="
        + minima.length
        + ", tokens="
        + tokenCount
        + ", shingles="
        + shingleCount
        + ", exact="
        + Long.toHexString(exactHash)
        + "]";
  }
}
