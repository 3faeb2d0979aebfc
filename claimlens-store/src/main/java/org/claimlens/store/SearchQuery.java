package org.claimlens.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document search: full text (BM25), a vector (kNN), or both (fused by reciprocal rank), narrowed
 * by filters. With neither text nor vector it lists the filtered documents, newest insert first.
 *
 * <p>Immutable; build it with the factories and withers:
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.text("Zaporizhzhia power plant")
 *     .withLanguage("en").withPublishedFrom("2024-03-01").withPublishedTo("2024-03-31").withLimit(20);
 * }</pre>
 *
 * @param text query text in Lucene's simple syntax, searched in title (boosted) and text: every
 *     term must match; {@code "exact phrase"}, {@code a | b} for either, {@code -exclude}, {@code
 *     prefix*}. Null for none
 * @param vector a query embedding; null for none
 * @param outlet only this outlet (exact); null for any
 * @param language only this language code; null for any
 * @param publishedFrom only documents published on or after this ISO date; null for no bound
 * @param publishedTo only documents published on or before this ISO date; null for no bound
 * @param narrative only documents with this narrative label (exact); null for any
 * @param sourceType only documents with a claim of this source type; null for any
 * @param limit the most hits to return, at least 1
 */
public record SearchQuery(
    @Nullable String text,
    float @Nullable [] vector,
    @Nullable String outlet,
    @Nullable String language,
    @Nullable String publishedFrom,
    @Nullable String publishedTo,
    @Nullable String narrative,
    @Nullable String sourceType,
    int limit) {

  /** The limit when none is given. */
  public static final int DEFAULT_LIMIT = 10;

  public SearchQuery {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("search limit must be in 1..10000, got " + limit);
    }
    if (text != null && text.isBlank()) {
      text = null;
    }
    vector = Vectors.checked(vector, "query vector");
    checkDate(publishedFrom, "publishedFrom");
    checkDate(publishedTo, "publishedTo");
  }

  private static void checkDate(@Nullable String date, String what) {
    if (date != null) {
      try {
        LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            what + " must be an ISO date like 2024-03-01, got '" + date + "'", e);
      }
    }
  }

  /** A full-text query. */
  public static SearchQuery text(String text) {
    return all().withText(Objects.requireNonNull(text, "text"));
  }

  /** A vector query. */
  public static SearchQuery vector(float[] vector) {
    return all().withVector(Objects.requireNonNull(vector, "vector"));
  }

  /** Everything, newest first, up to {@link #DEFAULT_LIMIT}. */
  public static SearchQuery all() {
    return new SearchQuery(null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
  }

  /** Returns a copy of the vector, or null. */
  @Override
  public float @Nullable [] vector() {
    return vector == null ? null : vector.clone();
  }

  public SearchQuery withText(@Nullable String t) {
    return new SearchQuery(
        t, vector, outlet, language, publishedFrom, publishedTo, narrative, sourceType, limit);
  }

  public SearchQuery withVector(float @Nullable [] v) {
    return new SearchQuery(
        text, v, outlet, language, publishedFrom, publishedTo, narrative, sourceType, limit);
  }

  public SearchQuery withOutlet(@Nullable String o) {
    return new SearchQuery(
        text, vector, o, language, publishedFrom, publishedTo, narrative, sourceType, limit);
  }

  public SearchQuery withLanguage(@Nullable String l) {
    return new SearchQuery(
        text, vector, outlet, l, publishedFrom, publishedTo, narrative, sourceType, limit);
  }

  public SearchQuery withPublishedFrom(@Nullable String from) {
    return new SearchQuery(
        text, vector, outlet, language, from, publishedTo, narrative, sourceType, limit);
  }

  public SearchQuery withPublishedTo(@Nullable String to) {
    return new SearchQuery(
        text, vector, outlet, language, publishedFrom, to, narrative, sourceType, limit);
  }

  public SearchQuery withNarrative(@Nullable String n) {
    return new SearchQuery(
        text, vector, outlet, language, publishedFrom, publishedTo, n, sourceType, limit);
  }

  public SearchQuery withSourceType(@Nullable String s) {
    return new SearchQuery(
        text, vector, outlet, language, publishedFrom, publishedTo, narrative, s, limit);
  }

  public SearchQuery withLimit(int l) {
    return new SearchQuery(
        text, vector, outlet, language, publishedFrom, publishedTo, narrative, sourceType, l);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SearchQuery q
        && limit == q.limit
        && Objects.equals(text, q.text)
        && Arrays.equals(vector, q.vector)
        && Objects.equals(outlet, q.outlet)
        && Objects.equals(language, q.language)
        && Objects.equals(publishedFrom, q.publishedFrom)
        && Objects.equals(publishedTo, q.publishedTo)
        && Objects.equals(narrative, q.narrative)
        && Objects.equals(sourceType, q.sourceType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
            text, outlet, language, publishedFrom, publishedTo, narrative, sourceType, limit)
        + 31 * Arrays.hashCode(vector);
  }

  @Override
  public String toString() {
    return "SearchQuery[text="
        + text
        + ", vector="
        + (vector == null ? "none" : vector.length + " dims")
        + ", outlet="
        + outlet
        + ", language="
        + language
        + ", published="
        + publishedFrom
        + ".."
        + publishedTo
        + ", narrative="
        + narrative
        + ", sourceType="
        + sourceType
        + ", limit="
        + limit
        + "]";
  }
}
