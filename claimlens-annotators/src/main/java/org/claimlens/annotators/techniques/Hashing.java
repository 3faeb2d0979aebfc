package org.claimlens.annotators.techniques;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable hashes: feature strings to ints, and content to hex digests for provenance. */
final class Hashing {
  private Hashing() {}

  /**
   * A 32-bit hash of a feature string. {@link String#hashCode()} is specified by the language, so
   * the value is the same on every JVM; the finaliser (from MurmurHash3) spreads its bits so that
   * the open-addressing tables of {@link LinearModel} probe evenly.
   */
  static int feature(String s) {
    return finish(s.hashCode());
  }

  /**
   * Mixes {@code k} into the running hash {@code h} (the MurmurHash3 body step), so that a feature
   * made of a namespace and token hashes ("bigram", stem, stem) is hashed without building its
   * string.
   */
  static int combine(int h, int k) {
    k *= 0xcc9e2d51;
    k = Integer.rotateLeft(k, 15);
    k *= 0x1b873593;
    h ^= k;
    h = Integer.rotateLeft(h, 13);
    return h * 5 + 0xe6546b64;
  }

  /** The MurmurHash3 finaliser. */
  static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  static String sha256Hex(String s) {
    return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
