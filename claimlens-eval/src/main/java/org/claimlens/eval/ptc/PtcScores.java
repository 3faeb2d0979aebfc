package org.claimlens.eval.ptc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.claimlens.eval.Prf;

/**
 * PTC scores, as {@link PtcScorer#score} computes them.
 *
 * @param spanIdentification span identification with partial-overlap credit, labels ignored (the
 *     official SI score)
 * @param techniqueClassification micro P/R/F1 of techniques on spans that match exactly (the
 *     official TC score when the predictions are made on the gold spans)
 * @param labelledSpans partial-overlap span P/R/F1 counting only pairs with the same technique
 * @param labelledByTechnique the same per gold or predicted technique, in name order
 * @param goldSpans number of gold labels
 * @param predictedSpans number of predicted labels
 */
public record PtcScores(
    Prf spanIdentification,
    Prf techniqueClassification,
    Prf labelledSpans,
    Map<String, Prf> labelledByTechnique,
    int goldSpans,
    int predictedSpans) {

  public PtcScores {
    Objects.requireNonNull(spanIdentification, "spanIdentification");
    Objects.requireNonNull(techniqueClassification, "techniqueClassification");
    Objects.requireNonNull(labelledSpans, "labelledSpans");
    labelledByTechnique = Collections.unmodifiableMap(new LinkedHashMap<>(labelledByTechnique));
  }

  /** {@code si_p=... si_r=... si_f1=... tc_p=... labelled_f1=... gold=1000 predicted=900}. */
  public String keyValueLine() {
    return String.join(
        " ",
        spanIdentification.keyValues("si"),
        techniqueClassification.keyValues("tc"),
        labelledSpans.keyValues("labelled"),
        "gold=" + goldSpans,
        "predicted=" + predictedSpans);
  }

  /** Lines for people, ending with a line break. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "techniques (PTC): %d gold labels, %d predicted%n",
            goldSpans,
            predictedSpans));
    b.append("span identification (partial overlap): ").append(spanIdentification).append('\n');
    b.append("technique classification (micro):      ")
        .append(techniqueClassification)
        .append('\n');
    b.append("labelled spans (partial overlap):      ").append(labelledSpans).append('\n');
    labelledByTechnique.forEach(
        (t, prf) -> b.append(String.format(Locale.ROOT, "  %-36s %s%n", t, prf)));
    return b.toString();
  }
}
