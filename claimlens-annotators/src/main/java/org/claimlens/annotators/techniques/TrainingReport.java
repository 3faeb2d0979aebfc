package org.claimlens.annotators.techniques;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link TechniqueTrainer#train} did: where the model went, what it learnt from and how well
 * it did in cross-validation on its own training data (never a held-out figure).
 *
 * @param modelDir the written {@code techniques/} folder
 * @param modelId the model's id, as recorded in provenance
 * @param scheme {@code semeval2023}, {@code ptc} or {@code custom}: the label strings the model
 *     emits
 * @param articles training articles read
 * @param spans training spans read
 * @param seed the seed it was trained with
 * @param folds cross-validation folds (0 when there were too few articles to cross-validate)
 * @param labels per technique, in label order
 * @param cvSpanF1 span identification F1 (partial overlap, labels ignored) in cross-validation
 * @param cvLabelledF1 labelled-span F1 (partial overlap, same label) in cross-validation
 * @param cvClassificationAccuracy share of gold spans whose technique the span classifier chose
 *     right in cross-validation
 * @param millis wall time of the whole run
 */
public record TrainingReport(
    Path modelDir,
    String modelId,
    String scheme,
    int articles,
    int spans,
    long seed,
    int folds,
    Map<String, LabelReport> labels,
    double cvSpanF1,
    double cvLabelledF1,
    double cvClassificationAccuracy,
    long millis) {

  /**
   * One technique's figures.
   *
   * @param label the label string
   * @param granularity {@code PHRASE}, {@code CLAUSE}, {@code SENTENCE} or {@code REPETITION}
   * @param trainSpans training spans with this label
   * @param threshold the calibrated decision threshold
   * @param cvF1 labelled-span F1 in cross-validation at that threshold
   */
  public record LabelReport(
      String label, String granularity, int trainSpans, double threshold, double cvF1) {}

  public TrainingReport {
    Objects.requireNonNull(modelDir, "modelDir");
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(scheme, "scheme");
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** Lines for people, ending with a line break. */
  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "techniques model %s (%s labels) from %d articles, %d spans, seed %d, in %d ms%n",
            modelId,
            scheme,
            articles,
            spans,
            seed,
            millis));
    b.append(
        String.format(
            Locale.ROOT,
            "cross-validation on the training data (%d folds): span F1 %.3f, labelled F1 %.3f,"
                + " classification on gold spans %.3f%n",
            folds,
            cvSpanF1,
            cvLabelledF1,
            cvClassificationAccuracy));
    labels.forEach(
        (k, l) ->
            b.append(
                String.format(
                    Locale.ROOT,
                    "  %-34s %-10s spans %4d  threshold %.3f  cv F1 %.3f%n",
                    k,
                    l.granularity(),
                    l.trainSpans(),
                    l.threshold(),
                    l.cvF1())));
    b.append("written to ").append(modelDir).append('\n');
    return b.toString();
  }
}
