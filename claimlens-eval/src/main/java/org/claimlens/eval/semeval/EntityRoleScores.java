package org.claimlens.eval.semeval;

import java.util.Locale;
import org.claimlens.eval.Prf;

/**
 * Subtask 1 scores, those the official scorer prints.
 *
 * @param exactMatchRatio share of gold mentions whose predicted fine-role set equals the gold set
 *     (the official ranking metric)
 * @param mainRoleAccuracy share of gold mentions whose main role was predicted
 * @param fineMicro micro-averaged precision, recall and F1 of the fine roles over gold mentions
 * @param mentions number of gold mentions
 * @param missing gold mentions without a prediction at the same document and offsets (scored wrong)
 * @param unknown predicted mentions that match no gold mention (ignored)
 */
public record EntityRoleScores(
    double exactMatchRatio,
    double mainRoleAccuracy,
    Prf fineMicro,
    int mentions,
    int missing,
    int unknown) {

  /** {@code emr=0.450 main_accuracy=0.900 fine_micro_p=... mentions=686 missing=0}. */
  public String keyValueLine() {
    return "emr="
        + Prf.format(exactMatchRatio)
        + " main_accuracy="
        + Prf.format(mainRoleAccuracy)
        + " "
        + fineMicro.keyValues("fine_micro")
        + " mentions="
        + mentions
        + " missing="
        + missing;
  }

  /** Lines for people, ending with a line break. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "entity roles (subtask 1): %d gold mentions%n", mentions));
    b.append("exact match ratio (fine roles): ").append(Prf.format(exactMatchRatio)).append('\n');
    b.append("main role accuracy:             ").append(Prf.format(mainRoleAccuracy)).append('\n');
    b.append("fine roles, micro:              ").append(fineMicro).append('\n');
    if (missing > 0) {
      b.append(String.format(Locale.ROOT, "%d gold mentions have no prediction%n", missing));
    }
    if (unknown > 0) {
      b.append(
          String.format(Locale.ROOT, "%d predicted mentions match no gold mention%n", unknown));
    }
    return b.toString();
  }
}
