package org.claimlens.corpus.stories;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one story: documents about the same event, in the order they joined.
 *
 * @param id {@code "story:"} followed by the first document's id; stable as long as the input order
 *     is
 * @param label the first document's title, or the top entities joined by ", " when it had none
 * @param topEntities the most frequent entities across the story's documents, most frequent first
 *     (ties by name), at most the configured number
 * @param docIds the documents, in the order they joined
 * @param first the earliest publication instant
 * @param last the latest publication instant
 */
public record Story(
    String id,
    String label,
    List<String> topEntities,
    List<String> docIds,
    Instant first,
    Instant last) {
  /** The prefix of every story id. */
  public static final String ID_PREFIX = "story:";

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    topEntities = List.copyOf(topEntities);
    docIds = List.copyOf(docIds);
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (docIds.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no documents");
    }
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("story " + id + " ends before it starts");
    }
  }

  /** The number of documents. */
  public int size() {
    return docIds.size();
  }
}
