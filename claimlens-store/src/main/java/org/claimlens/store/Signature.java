package org.claimlens.store;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document's near-duplicate signature (for example a MinHash sketch), opaque to the store.
 *
 * @param docId the document
 * @param signature the signature bytes; copied on the way in and out
 */
public record Signature(String docId, byte[] signature) {
  public Signature {
    Objects.requireNonNull(docId, "docId");
    signature = signature.clone();
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
