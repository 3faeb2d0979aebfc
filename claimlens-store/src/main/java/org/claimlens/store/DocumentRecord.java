package org.claimlens.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One analysed document as the store keeps it, with its claims.
 *
 * <p>Immutable; the vector is copied on the way in and out. Every claim must belong to this
 * document ({@code claim.docId().equals(id)}) and claim indexes must be distinct. Example:
 *
 * <pre>{@code
 * DocumentRecord doc = new DocumentRecord("a1", 0, sha256, "https://example.org/a1", "Title",
 *     "https://example.org/a1?utm=x", "Kyiv Independent", "2024-02-24", "en", "a1.txt", text,
 *     json, vector, List.of("URW: Discrediting Ukraine"), null, null, claims);
 * }</pre>
 *
 * @param id the document id, unique in the store
 * @param seq the store's insertion sequence number, increasing; 0 before insert
 * @param contentHash a hash of the normalised text; a second document with the same hash is a
 *     duplicate
 * @param canonicalUrl the canonical URL; a second document with the same one is a duplicate. Null
 *     when the document has no URL
 * @param title the headline; null when none
 * @param url the URL as found; null when none
 * @param outlet the publishing outlet or channel; null when unknown
 * @param published ISO-8601 date or date-time of publication; null when unknown
 * @param language ISO 639-1 code; null when undetected
 * @param sourceFile where the document came from (file, feed, archive entry)
 * @param text the analysed text
 * @param json the full claimlens/1 JSON object of the analysed document, opaque to the store
 * @param vector the document embedding; null when not embedded
 * @param narratives the narrative labels assigned to the document
 * @param duplicateOf the id of the document this one (nearly) duplicates; null when original
 * @param story the story (event cluster) it belongs to; null before clustering
 * @param claims its claims in index order
 */
public record DocumentRecord(
    String id,
    long seq,
    String contentHash,
    @Nullable String canonicalUrl,
    @Nullable String title,
    @Nullable String url,
    @Nullable String outlet,
    @Nullable String published,
    @Nullable String language,
    String sourceFile,
    String text,
    String json,
    float @Nullable [] vector,
    List<String> narratives,
    @Nullable String duplicateOf,
    @Nullable String story,
    List<ClaimRecord> claims) {

  public DocumentRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(json, "json");
    if (id.isBlank() || contentHash.isBlank()) {
      throw new IllegalArgumentException("a document needs a non-blank id and content hash");
    }
    if (canonicalUrl != null && canonicalUrl.isBlank()) {
      throw new IllegalArgumentException("blank canonical URL in document " + id + "; use null");
    }
    if (seq < 0) {
      throw new IllegalArgumentException("negative seq in document " + id);
    }
    narratives = List.copyOf(narratives);
    claims = List.copyOf(claims);
    boolean[] seen = new boolean[claims.size() + 1];
    for (ClaimRecord c : claims) {
      if (!c.docId().equals(id)) {
        throw new IllegalArgumentException(
            "claim " + c.id() + " belongs to " + c.docId() + ", not to document " + id);
      }
      if (c.index() < seen.length) {
        if (seen[c.index()]) {
          throw new IllegalArgumentException("two claims with index " + c.index() + " in " + id);
        }
        seen[c.index()] = true;
      }
    }
    vector = Vectors.checked(vector, "vector of document " + id);
  }

  /** Returns a copy of the vector, or null. */
  @Override
  public float @Nullable [] vector() {
    return vector == null ? null : vector.clone();
  }

  /** This document with another sequence number (the claims keep theirs). */
  public DocumentRecord withSeq(long newSeq) {
    return copy(newSeq, vector, duplicateOf, story, claims);
  }

  /** This document with another document vector (null for none). */
  public DocumentRecord withVector(float @Nullable [] newVector) {
    return copy(seq, newVector, duplicateOf, story, claims);
  }

  /** This document with other corpus links ({@code duplicate_of} and story); nulls clear them. */
  public DocumentRecord withLinks(@Nullable String newDuplicateOf, @Nullable String newStory) {
    return copy(seq, vector, newDuplicateOf, newStory, claims);
  }

  /** This document with other claims. */
  public DocumentRecord withClaims(List<ClaimRecord> newClaims) {
    return copy(seq, vector, duplicateOf, story, newClaims);
  }

  /** The one copy the withers share: the text, metadata and narratives stay. */
  private DocumentRecord copy(
      long newSeq,
      float @Nullable [] newVector,
      @Nullable String newDuplicateOf,
      @Nullable String newStory,
      List<ClaimRecord> newClaims) {
    return new DocumentRecord(
        id,
        newSeq,
        contentHash,
        canonicalUrl,
        title,
        url,
        outlet,
        published,
        language,
        sourceFile,
        text,
        json,
        newVector,
        narratives,
        newDuplicateOf,
        newStory,
        newClaims);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentRecord d
        && seq == d.seq
        && id.equals(d.id)
        && contentHash.equals(d.contentHash)
        && Objects.equals(canonicalUrl, d.canonicalUrl)
        && Objects.equals(title, d.title)
        && Objects.equals(url, d.url)
        && Objects.equals(outlet, d.outlet)
        && Objects.equals(published, d.published)
        && Objects.equals(language, d.language)
        && sourceFile.equals(d.sourceFile)
        && text.equals(d.text)
        && json.equals(d.json)
        && Arrays.equals(vector, d.vector)
        && narratives.equals(d.narratives)
        && Objects.equals(duplicateOf, d.duplicateOf)
        && Objects.equals(story, d.story)
        && claims.equals(d.claims);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, seq, contentHash, canonicalUrl, text, duplicateOf, story, claims)
        + 31 * Arrays.hashCode(vector);
  }

  @Override
  public String toString() {
    return "DocumentRecord["
        + id
        + " seq="
        + seq
        + " outlet="
        + outlet
        + " published="
        + published
        + " title="
        + title
        + " claims="
        + claims.size()
        + "]";
  }
}
