package org.claimlens.ingest;

import java.util.Objects;

/**
 * An input's bytes, already checked for size, emptiness and binary content.
 *
 * @param displayName how problems and {@code Metadata.sourceFile} name it
 * @param idStem the document id, or the prefix of per-line ids ({@code wire-kyiv}, {@code stdin})
 * @param bytes the whole content; not copied, and not to be changed
 */
record RawInput(String displayName, String idStem, byte[] bytes) {
  RawInput {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(idStem, "idStem");
    Objects.requireNonNull(bytes, "bytes");
  }
}
