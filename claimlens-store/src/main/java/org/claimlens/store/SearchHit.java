package org.claimlens.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One document found by {@link Store#search}.
 *
 * @param docId the document
 * @param score BM25 score for text, similarity in [0, 1] for vectors, the reciprocal-rank fusion
 *     score for both; higher is better, comparable only within one result list
 * @param title the headline; null when none
 * @param outlet the outlet; null when unknown
 * @param published the publication date as stored; null when unknown
 * @param snippet plain text (never HTML, the caller escapes) around the first query term, or the
 *     start of the text
 */
public record SearchHit(
    String docId,
    double score,
    @Nullable String title,
    @Nullable String outlet,
    @Nullable String published,
    String snippet) {
  public SearchHit {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(snippet, "snippet");
  }
}
