package org.claimlens.eval.semeval;

import java.util.List;
import java.util.Objects;

/**
 * One line of a subtask 2 file: a document's narratives and subnarratives. {@code
 * EN_CC_1.txt<TAB>CC: Amplifying Climate Fears<TAB>CC: Amplifying Climate Fears: Other}.
 *
 * @param articleId the document id as the file writes it ({@code .txt} included)
 * @param narratives coarse labels, {@code Other} when none applies
 * @param subnarratives fine labels, {@code Other} when none applies
 */
public record NarrativeLabels(
    String articleId, List<String> narratives, List<String> subnarratives) {

  public NarrativeLabels {
    Objects.requireNonNull(articleId, "articleId");
    narratives = List.copyOf(narratives);
    subnarratives = List.copyOf(subnarratives);
  }
}
