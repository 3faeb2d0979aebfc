package org.claimlens.annotators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.claimlens.model.Provenance;

/** Builds {@link Provenance}s whose config hash is a short SHA-256 of the config's description. */
public final class Provenances {
  /** The version of the annotators module, recorded in every provenance. */
  public static final String VERSION = "0.1.0";

  private Provenances() {}

  /**
   * A provenance for {@code annotator} running {@code model} with a configuration described by
   * {@code config} (its record's {@code toString()} is fine: records print every field).
   */
  public static Provenance of(String annotator, String model, Object config) {
    return new Provenance(annotator, VERSION, model, hash(String.valueOf(config)));
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
