package org.claimlens.corpus.factcheck;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@code factcheck match} input: a text to look up in the library.
 *
 * @param id the caller's id, echoed in the output
 * @param numericId whether {@code id} was a JSON number (it is echoed as one)
 * @param text the text to match
 * @param gold for evaluation sets, the id of the fact-check it restates; null when it restates none
 *     (a distractor) or when not known
 */
public record FactCheckQuery(String id, boolean numericId, String text, @Nullable String gold) {
  public FactCheckQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
