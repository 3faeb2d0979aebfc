package org.claimlens.annotators.narratives;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@link NarrativeTrainer#train} did.
 *
 * @param modelDir the folder the model was written to ({@code .../narratives})
 * @param documents training documents used
 * @param narrativeBearing of those, documents with at least one narrative
 * @param cvCoarseF1 sample-F1 over narratives of the cross-validated (out-of-fold) predictions on
 *     the training data, with the tuned thresholds: optimistic, since the thresholds were tuned on
 *     the same predictions
 * @param cvFineF1 the same over subnarratives
 * @param gateThreshold the tuned Other-gate threshold
 * @param minNarrativeThreshold the tuned minimum probability of the best narrative
 * @param narrativeThreshold the tuned threshold for a second narrative
 * @param subnarrativeThreshold the tuned subnarrative threshold
 * @param seed the seed of the fold split
 * @param took wall time of the whole training
 */
public record TrainingReport(
    Path modelDir,
    int documents,
    int narrativeBearing,
    double cvCoarseF1,
    double cvFineF1,
    double gateThreshold,
    double minNarrativeThreshold,
    double narrativeThreshold,
    double subnarrativeThreshold,
    long seed,
    Duration took) {

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "narratives: %d documents (%d with a narrative); cross-validated on train: F1 coarse %.3f,"
            + " fine %.3f; thresholds gate %.2f, min narrative %.2f, narrative %.2f, subnarrative"
            + " %.2f; seed %d; %d s;"
            + " model %s",
        documents,
        narrativeBearing,
        cvCoarseF1,
        cvFineF1,
        gateThreshold,
        minNarrativeThreshold,
        narrativeThreshold,
        subnarrativeThreshold,
        seed,
        took.toSeconds(),
        modelDir);
  }
}
