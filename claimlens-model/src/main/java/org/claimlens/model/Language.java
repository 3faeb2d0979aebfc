package org.claimlens.model;

import java.util.Objects;

/**
 * The document's language, a document-level label spanning the analyzed text.
 *
 * @param code ISO 639-1 code ({@code "en"}), or {@code "und"} when it cannot be told
 * @param confidence the detector's confidence in {@code [0, 1]}
 */
public record Language(String code, double confidence) {
  public static final String UNDETERMINED = "und";

  public Language {
    Objects.requireNonNull(code, "code");
  }
}
