package org.claimlens.annotators.framing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests in hex, for model ids, lexicon versions and training-data provenance. */
final class Sha {
  private Sha() {}

  /** A fresh SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  /** The first {@code bytes} bytes of the SHA-256 of {@code s} (UTF-8), in hex. */
  static String hex(String s, int bytes) {
    byte[] d = sha256().digest(s.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, bytes);
  }
}
