package org.claimlens.model;

import java.util.List;
import java.util.Objects;

/**
 * How the text frames one entity mention (SemEval-2025 T10 subtask 1); the annotation's span is the
 * mention.
 *
 * @param entity the entity's canonical name, or the mention as written
 * @param main Protagonist, Antagonist or Innocent
 * @param fine fine-grained roles of that main role ("Instigator", "Victim"), best first
 * @param evidence the spans that drove the decision (the mention's sentence, cue words)
 */
public record EntityRole(String entity, String main, List<String> fine, List<Span> evidence) {
  public EntityRole {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(main, "main");
    fine = List.copyOf(fine);
    evidence = List.copyOf(evidence);
  }
}
