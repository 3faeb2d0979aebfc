package org.claimlens.eval.semeval;

import java.util.Locale;
import org.claimlens.eval.Prf;

/**
 * Subtask 2 scores, as the official scorer prints them ({@code F1@coarse: 0.600 (0.410)}).
 *
 * @param coarseF1 sample-averaged F1 over narratives: the mean over gold documents of each
 *     document's F1 between its predicted and gold narrative sets
 * @param coarseStd the population standard deviation of those per-document F1s
 * @param fineF1 the same over subnarratives
 * @param fineStd its standard deviation
 * @param docs number of gold documents
 * @param missing gold documents without a prediction (scored as an empty prediction, F1 0)
 * @param unknown predicted documents without gold (ignored)
 */
public record NarrativeScores(
    double coarseF1,
    double coarseStd,
    double fineF1,
    double fineStd,
    int docs,
    int missing,
    int unknown) {

  /** {@code f1_coarse=0.600 f1_coarse_std=0.410 f1_fine=0.450 f1_fine_std=0.380 docs=200}. */
  public String keyValueLine() {
    return "f1_coarse="
        + Prf.format(coarseF1)
        + " f1_coarse_std="
        + Prf.format(coarseStd)
        + " f1_fine="
        + Prf.format(fineF1)
        + " f1_fine_std="
        + Prf.format(fineStd)
        + " docs="
        + docs
        + " missing="
        + missing;
  }

  /** Lines for people, ending with a line break. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "narratives (subtask 2): %d documents%n", docs));
    b.append(
        String.format(
            Locale.ROOT, "F1@coarse: %s (%s)%n", Prf.format(coarseF1), Prf.format(coarseStd)));
    b.append(
        String.format(Locale.ROOT, "F1@fine: %s (%s)%n", Prf.format(fineF1), Prf.format(fineStd)));
    if (missing > 0) {
      b.append(
          String.format(Locale.ROOT, "%d gold documents have no prediction (F1 0)%n", missing));
    }
    if (unknown > 0) {
      b.append(
          String.format(Locale.ROOT, "%d predicted documents have no gold (ignored)%n", unknown));
    }
    return b.toString();
  }
}
