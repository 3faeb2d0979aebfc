package org.claimlens.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Store#put} did.
 *
 * @param status whether the document was written
 * @param id the id of the stored document: the new one, or the existing one it duplicates
 * @param seq the sequence number of that document
 * @param matchedBy for a duplicate, the key that matched; null when inserted
 */
public record PutResult(Status status, String id, long seq, @Nullable DuplicateKey matchedBy) {
  /** Whether a put wrote anything. */
  public enum Status {
    INSERTED,
    DUPLICATE
  }

  /** The key by which a duplicate was recognised, checked in this order. */
  public enum DuplicateKey {
    CONTENT_HASH,
    CANONICAL_URL,
    ID
  }

  public PutResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(id, "id");
    if ((status == Status.DUPLICATE) != (matchedBy != null)) {
      throw new IllegalArgumentException("a duplicate, and only a duplicate, names its key");
    }
  }

  static PutResult inserted(String id, long seq) {
    return new PutResult(Status.INSERTED, id, seq, null);
  }

  static PutResult duplicate(String id, long seq, DuplicateKey key) {
    return new PutResult(Status.DUPLICATE, id, seq, key);
  }

  /** True when the document was new and is now stored. */
  public boolean inserted() {
    return status == Status.INSERTED;
  }
}
