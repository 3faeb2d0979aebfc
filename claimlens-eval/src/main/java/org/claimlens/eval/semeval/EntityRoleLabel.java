package org.claimlens.eval.semeval;

import java.util.List;
import java.util.Objects;
import org.claimlens.model.Span;

/**
 * One line of a subtask 1 file: the roles of one entity mention.
 *
 * <p>In the file the end offset is inclusive: {@code EN_UA_1.txt<TAB>Putin<TAB>100<TAB>104<TAB>
 * Antagonist<TAB>Tyrant} is {@code span = [100, 105)} here.
 *
 * @param articleId the document id as the file writes it ({@code .txt} included)
 * @param mention the mention as the file writes it
 * @param span the mention's offsets, end exclusive
 * @param mainRole Protagonist, Antagonist or Innocent
 * @param fineRoles the fine roles, in file order
 */
public record EntityRoleLabel(
    String articleId, String mention, Span span, String mainRole, List<String> fineRoles) {

  public EntityRoleLabel {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(mainRole, "mainRole");
    fineRoles = List.copyOf(fineRoles);
    if (span.isEmpty()) {
      throw new IllegalArgumentException("an entity mention cannot be empty: " + span);
    }
  }

  /** The end offset as subtask 1 files write it: inclusive. */
  public int inclusiveEnd() {
    return span.end() - 1;
  }
}
