package org.claimlens.annotators.framing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link RoleTrainer#train} did.
 *
 * @param modelDir the folder written, {@code OUT/roles}
 * @param documents documents with at least one usable gold mention
 * @param mentions gold mentions trained on
 * @param skipped gold mentions left out, each with the reason (a role outside the taxonomy, say)
 * @param features features kept over all classifiers
 * @param folds cross-validation folds on the training data (by document); 0 when there were too few
 *     documents to cross-validate
 * @param cvMainAccuracy out-of-fold main-role accuracy, NaN when {@code folds == 0}
 * @param cvExactMatch out-of-fold exact-match ratio of the fine-role sets, NaN when {@code folds ==
 *     0}
 * @param secondRoleThreshold the fine-role probability from which a second fine role is reported,
 *     chosen on the out-of-fold predictions (above 1: never)
 * @param elapsed wall time of the whole run
 */
public record TrainingReport(
    Path modelDir,
    int documents,
    int mentions,
    List<String> skipped,
    int features,
    int folds,
    double cvMainAccuracy,
    double cvExactMatch,
    double secondRoleThreshold,
    Duration elapsed) {

  public TrainingReport {
    Objects.requireNonNull(modelDir, "modelDir");
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** One line for people: {@code roles: 120 documents, 384 mentions, ...}. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "roles: %d documents, %d mentions (%d skipped), %d features; %d-fold CV on the training"
            + " data: main accuracy %.3f, fine exact match %.3f; second-role threshold %.2f;"
            + " %.1f s; wrote %s",
        documents,
        mentions,
        skipped.size(),
        features,
        folds,
        cvMainAccuracy,
        cvExactMatch,
        secondRoleThreshold,
        elapsed.toMillis() / 1000.0,
        modelDir);
  }
}
