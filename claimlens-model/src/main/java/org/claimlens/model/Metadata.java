package org.claimlens.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a reader learned about a document besides its text.
 *
 * @param title headline, or null when the input has none
 * @param url canonical URL, or null
 * @param outlet publishing outlet's name ("Financial Times"), or null
 * @param published ISO-8601 date ({@code 2024-03-14}) or instant ({@code 2024-03-14T09:12:00Z}), or
 *     null when unknown
 * @param sourceFile the path the document was read from as the user gave it ({@code -} for stdin,
 *     {@code file.jsonl:3} for a line of a JSONL file)
 */
public record Metadata(
    @Nullable String title,
    @Nullable String url,
    @Nullable String outlet,
    @Nullable String published,
    String sourceFile) {

  public Metadata {
    Objects.requireNonNull(sourceFile, "sourceFile");
  }

  public static Metadata of(String sourceFile) {
    return new Metadata(null, null, null, null, sourceFile);
  }
}
