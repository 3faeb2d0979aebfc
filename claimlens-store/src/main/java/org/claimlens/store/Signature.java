package org.claimlens.store;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document's near-duplicate signature (for example a MinHash sketch), opaque to the store, with
 * what a near-duplicate decision needs of its document, so that callers need not load it.
 *
 * <p>Equality is by document and signature bytes only; {@code seq} and {@code duplicateOf} describe
 * the document as it was when read.
 *
 * @param docId the document
 * @param signature the signature bytes; copied on the way in and out
 * @param seq the document's insertion sequence number; 0 when not known
 * @param duplicateOf the document's {@code duplicate_of}, or null
 */
public record Signature(String docId, byte[] signature, long seq, @Nullable String duplicateOf) {
  public Signature {
    Objects.requireNonNull(docId, "docId");
    signature = signature.clone();
  }

  /** A signature of a document whose seq and {@code duplicate_of} are not known. */
  public Signature(String docId, byte[] signature) {
    this(docId, signature, 0, null);
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Signature s
        && docId.equals(s.docId)
        && Arrays.equals(signature, s.signature);
  }

  @Override
  public int hashCode() {
    return docId.hashCode() * 31 + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "Signature[" + docId + ", " + signature.length + " bytes]";
  }
}
