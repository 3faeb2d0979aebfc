package org.claimlens.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One claim of a stored document: who is said to claim what, with its corpus links.
 *
 * <p>Immutable; the vector is copied on the way in and out. Example:
 *
 * <pre>{@code
 * new ClaimRecord("doc-1#0", "doc-1", 0, "the bridge was struck overnight", "a regional official",
 *     null, "anonymous_person", List.of("Reuters"), vector, null, List.of(), List.of());
 * }</pre>
 *
 * @param id {@code docId#index}
 * @param seq the store's insertion sequence number, increasing over all claims; 0 before insert.
 *     {@link Store#claims(long, int)} pages by it
 * @param docId the document it belongs to
 * @param index its position within the document, from 0
 * @param text the content of the claim
 * @param sourceText the source as it stands in the text; null when unattributed
 * @param sourceCanonical the canonical name of the source; null when unknown
 * @param sourceType one of the {@code source.type} values of the claimlens/1 contract
 * @param via the canonical names of the intermediaries, innermost first
 * @param vector the claim's embedding; null when not embedded
 * @param cluster the claim cluster it belongs to; null before clustering
 * @param corroboratedBy ids of claims from independent sources that say the same
 * @param debunkedBy ids of fact-checks that rate this claim
 * @param status what its document says of its truth: a {@code status} value of the claimlens/1
 *     contract ({@code confirmed}, {@code denied}, {@code unconfirmed}, {@code unknown})
 * @param entities canonical names of the entities the claim's content mentions
 */
public record ClaimRecord(
    String id,
    long seq,
    String docId,
    int index,
    String text,
    @Nullable String sourceText,
    @Nullable String sourceCanonical,
    String sourceType,
    List<String> via,
    float @Nullable [] vector,
    @Nullable String cluster,
    List<String> corroboratedBy,
    List<String> debunkedBy,
    String status,
    List<String> entities) {

  public ClaimRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(status, "status");
    entities = List.copyOf(entities);
    if (!id.equals(docId + "#" + index)) {
      throw new IllegalArgumentException(
          "claim id must be docId#index, expected " + docId + "#" + index + " but got " + id);
    }
    if (index < 0 || seq < 0) {
      throw new IllegalArgumentException("negative index or seq in claim " + id);
    }
    via = List.copyOf(via);
    corroboratedBy = List.copyOf(corroboratedBy);
    debunkedBy = List.copyOf(debunkedBy);
    vector = Vectors.checked(vector, "vector of claim " + id);
  }

  /** A claim before insert (seq 0), with the components in the order of the design brief. */
  public ClaimRecord(
      String id,
      String docId,
      int index,
      String text,
      @Nullable String sourceText,
      @Nullable String sourceCanonical,
      String sourceType,
      List<String> via,
      float @Nullable [] vector,
      @Nullable String cluster,
      List<String> corroboratedBy,
      List<String> debunkedBy) {
    this(
        id,
        0,
        docId,
        index,
        text,
        sourceText,
        sourceCanonical,
        sourceType,
        via,
        vector,
        cluster,
        corroboratedBy,
        debunkedBy,
        UNKNOWN,
        List.of());
  }

  /** The status of a claim whose document says nothing of its truth. */
  public static final String UNKNOWN = "unknown";

  /** A new claim of document {@code docId} with no corpus links yet. */
  public static ClaimRecord of(
      String docId,
      int index,
      String text,
      @Nullable String sourceText,
      @Nullable String sourceCanonical,
      String sourceType,
      List<String> via,
      float @Nullable [] vector) {
    return of(
        docId,
        index,
        text,
        sourceText,
        sourceCanonical,
        sourceType,
        via,
        vector,
        UNKNOWN,
        List.of());
  }

  /** A new claim of document {@code docId}, with its status and entities, no corpus links yet. */
  public static ClaimRecord of(
      String docId,
      int index,
      String text,
      @Nullable String sourceText,
      @Nullable String sourceCanonical,
      String sourceType,
      List<String> via,
      float @Nullable [] vector,
      String status,
      List<String> entities) {
    return new ClaimRecord(
        docId + "#" + index,
        0,
        docId,
        index,
        text,
        sourceText,
        sourceCanonical,
        sourceType,
        via,
        vector,
        null,
        List.of(),
        List.of(),
        status,
        entities);
  }

  /** Returns a copy of the vector, or null. */
  @Override
  public float @Nullable [] vector() {
    return vector == null ? null : vector.clone();
  }

  /** This claim with another sequence number. */
  public ClaimRecord withSeq(long newSeq) {
    return new ClaimRecord(
        id,
        newSeq,
        docId,
        index,
        text,
        sourceText,
        sourceCanonical,
        sourceType,
        via,
        vector,
        cluster,
        corroboratedBy,
        debunkedBy,
        status,
        entities);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ClaimRecord c
        && seq == c.seq
        && index == c.index
        && id.equals(c.id)
        && docId.equals(c.docId)
        && text.equals(c.text)
        && Objects.equals(sourceText, c.sourceText)
        && Objects.equals(sourceCanonical, c.sourceCanonical)
        && sourceType.equals(c.sourceType)
        && via.equals(c.via)
        && Arrays.equals(vector, c.vector)
        && Objects.equals(cluster, c.cluster)
        && corroboratedBy.equals(c.corroboratedBy)
        && debunkedBy.equals(c.debunkedBy)
        && status.equals(c.status)
        && entities.equals(c.entities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, seq, text, cluster, corroboratedBy, debunkedBy)
        + 31 * Arrays.hashCode(vector);
  }

  @Override
  public String toString() {
    return "ClaimRecord["
        + id
        + " seq="
        + seq
        + " source="
        + sourceCanonical
        + " ("
        + sourceType
        + ") text="
        + text
        + "]";
  }
}
