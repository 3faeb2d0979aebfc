package org.claimlens.corpus.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * One document as the {@link StoryClusterer} sees it.
 *
 * <p>The vector is copied in and out; equality compares contents.
 *
 * @param docId the document's id
 * @param published when it was published (a date-only source can pass the start of that day, UTC)
 * @param vector the document vector, e.g. the L2-normalised mean of its MiniLM sentence vectors;
 *     treated as opaque, compared by cosine, so it need not be normalised but must not be all zero
 * @param entities canonical names of the entities it mentions
 * @param title its title, or an empty string
 */
public record StoryDocument(
    String docId, Instant published, float[] vector, Set<String> entities, String title) {
  public StoryDocument {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(title, "title");
    entities = Set.copyOf(Objects.requireNonNull(entities, "entities"));
    if (vector.length == 0) {
      throw new IllegalArgumentException("document " + docId + " has an empty vector");
    }
    double norm = 0;
    for (float f : vector) {
      if (!Float.isFinite(f)) {
        throw new IllegalArgumentException("document " + docId + " has a non-finite vector value");
      }
      norm += f * f;
    }
    if (norm == 0) {
      throw new IllegalArgumentException("document " + docId + " has an all-zero vector");
    }
    vector = vector.clone();
  }

  /** A document known only by its publication day, placed at the start of that day in UTC. */
  public static StoryDocument onDay(
      String docId, LocalDate day, float[] vector, Set<String> entities, String title) {
    Objects.requireNonNull(day, "day");
    return new StoryDocument(
        docId, day.atStartOfDay(ZoneOffset.UTC).toInstant(), vector, entities, title);
  }

  @Override
  public float[] vector() {
    return vector.clone();
  }

  /** The vector without a copy, for the clusterer's inner loop. */
  float[] vectorView() {
    return vector;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryDocument d
        && d.docId.equals(docId)
        && d.published.equals(published)
        && Arrays.equals(d.vector, vector)
        && d.entities.equals(entities)
        && d.title.equals(title);
  }

  @Override
  public int hashCode() {
    return Objects.hash(docId, published, entities, title) * 31 + Arrays.hashCode(vector);
  }

  @Override
  public String toString() {
    return "StoryDocument[" + docId + ", " + published + ", " + entities.size() + " entities]";
  }
}
