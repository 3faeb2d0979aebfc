package org.claimlens.corpus.dedup;

import java.util.Objects;

/**
 * A document already known to the index or store, offered to {@link NearDuplicateDetector} as a
 * possible source of a new document.
 *
 * @param docId the document's id
 * @param order its position in time: an ingest sequence number or the published instant in epoch
 *     milliseconds; smaller is earlier. Ties in similarity go to the smaller order, so that a copy
 *     points at the original rather than at another copy.
 * @param originalId the first original this document republishes ({@code duplicate_of} in the
 *     store), or its own id when it is an original itself
 * @param signature its signature
 */
public record DedupCandidate(
    String docId, long order, String originalId, MinHashSignature signature) {
  public DedupCandidate {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(originalId, "originalId");
    Objects.requireNonNull(signature, "signature");
  }

  /**
   * A candidate from a store row: the signature bytes as {@link MinHashSignature#toBytes()} wrote
   * them, with the document's order and {@code duplicate_of} (or its own id when that is empty).
   *
   * @throws IllegalArgumentException naming the document when the bytes are not a signature
   */
  public static DedupCandidate fromStored(
      String docId, long order, String originalId, byte[] signature) {
    Objects.requireNonNull(docId, "docId");
    try {
      return new DedupCandidate(docId, order, originalId, MinHashSignature.fromBytes(signature));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "stored signature of document " + docId + ": " + e.getMessage(), e);
    }
  }

  /** A candidate that is an original (republishes nothing). */
  public static DedupCandidate original(String docId, long order, MinHashSignature signature) {
    return new DedupCandidate(docId, order, docId, signature);
  }

  /** Whether this document is itself an original. */
  public boolean isOriginal() {
    return originalId.equals(docId);
  }
}
