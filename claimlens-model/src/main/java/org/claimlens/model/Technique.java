package org.claimlens.model;

import java.util.Objects;

/**
 * A persuasion technique; the annotation's span is the phrase that uses it.
 *
 * @param label the SemEval-2023 Task 3 label ("Loaded_Language", "Appeal_to_Fear-Prejudice")
 */
public record Technique(String label) {
  public Technique {
    Objects.requireNonNull(label, "label");
  }
}
