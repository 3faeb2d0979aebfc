package org.claimlens.eval.ptc;

import java.util.Objects;
import org.claimlens.model.Span;

/**
 * One PTC label: a technique on a span of an article. {@code 111111111<TAB>Loaded_Language<TAB>
 * 265<TAB>323}.
 *
 * @param articleId the article id without the {@code article} prefix or {@code .txt} suffix
 * @param technique the technique name ({@link PtcTechniques#NAMES}, or {@link
 *     PtcTechniques#SPAN_ONLY} for a span-only line)
 * @param span the labelled characters, end exclusive; never empty
 */
public record TechniqueSpan(String articleId, String technique, Span span) {

  public TechniqueSpan {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(technique, "technique");
    Objects.requireNonNull(span, "span");
    if (span.isEmpty()) {
      throw new IllegalArgumentException("a technique span cannot be empty: " + span);
    }
  }
}
