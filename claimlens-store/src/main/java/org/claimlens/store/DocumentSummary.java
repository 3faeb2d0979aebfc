package org.claimlens.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a corpus decision needs of a stored document, without its text, JSON, vector and claims: the
 * outlet and the corpus links. Read by {@link Store#findSummary}, which costs one index lookup
 * where {@link Store#findDocument} reads the whole row and the document's claims.
 *
 * @param id the document
 * @param seq its insertion sequence number
 * @param outlet the outlet, or null
 * @param published when it was published, as stored, or null
 * @param duplicateOf the document it republishes, or null
 * @param story its story, or null
 */
public record DocumentSummary(
    String id,
    long seq,
    @Nullable String outlet,
    @Nullable String published,
    @Nullable String duplicateOf,
    @Nullable String story) {
  public DocumentSummary {
    Objects.requireNonNull(id, "id");
  }
}
