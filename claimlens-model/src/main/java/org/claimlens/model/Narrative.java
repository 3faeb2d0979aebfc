package org.claimlens.model;

import java.util.List;
import java.util.Objects;

/**
 * A narrative the document serves (SemEval-2025 T10 taxonomy, or a user's), with the subnarratives
 * chosen inside it. The annotation spans the whole text; its score is the narrative's.
 *
 * @param label the narrative's label exactly as in the taxonomy ("URW: Amplifying war-related
 *     fears")
 * @param subnarratives chosen subnarratives of this narrative, best first; "&lt;narrative&gt;:
 *     Other" when none fits
 * @param evidence the sentences that drove the label, best first
 */
public record Narrative(String label, List<Subnarrative> subnarratives, List<Span> evidence) {
  public Narrative {
    Objects.requireNonNull(label, "label");
    subnarratives = List.copyOf(subnarratives);
    evidence = List.copyOf(evidence);
  }

  /**
   * A subnarrative with its own score and evidence.
   *
   * @param label the full label ("URW: Amplifying war-related fears: NATO should/will directly
   *     intervene")
   * @param score in [0, 1]
   * @param evidence the sentences that drove it
   */
  public record Subnarrative(String label, double score, List<Span> evidence) {
    public Subnarrative {
      Objects.requireNonNull(label, "label");
      evidence = List.copyOf(evidence);
    }
  }
}
