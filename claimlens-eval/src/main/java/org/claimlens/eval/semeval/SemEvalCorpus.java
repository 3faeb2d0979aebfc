package org.claimlens.eval.semeval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SemEvalReader#readFolder} found in a SemEval-2025 Task 10 folder.
 *
 * @param documents raw document texts by id (file name, {@code .txt} included), sorted by id
 * @param roles subtask 1 labels, empty when the folder has none
 * @param narratives subtask 2 labels, empty when the folder has none
 * @param errors problems, each naming its file; those starting with {@code "warning: "} did not
 *     stop anything from being read, the others mean that file was left out
 */
public record SemEvalCorpus(
    Map<String, String> documents,
    List<EntityRoleLabel> roles,
    List<NarrativeLabels> narratives,
    List<String> errors) {

  public SemEvalCorpus {
    documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    roles = List.copyOf(roles);
    narratives = List.copyOf(narratives);
    errors = List.copyOf(errors);
  }
}
