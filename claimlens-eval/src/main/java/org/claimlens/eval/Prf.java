package org.claimlens.eval;

import java.util.Locale;

/**
 * Precision, recall and their harmonic mean, each in {@code [0, 1]}.
 *
 * <p>Conventions (those of scikit-learn's {@code zero_division=0}): precision is 0 when nothing was
 * predicted, recall is 0 when there is no gold, and F1 is 0 when precision and recall are both 0.
 * Scorers that follow an official script with another convention say so where they build their
 * {@code Prf}.
 *
 * <p>Example: {@code Prf.ofCounts(3, 4, 6)} is P=0.750 R=0.500 F1=0.600.
 *
 * @param precision share of the predictions that are right
 * @param recall share of the gold that was found
 * @param f1 harmonic mean of the two
 */
public record Prf(double precision, double recall, double f1) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    check("precision", precision);
    check("recall", recall);
    check("f1", f1);
  }

  /** F1 from precision and recall. */
  public static Prf of(double precision, double recall) {
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new Prf(precision, recall, f1);
  }

  /**
   * From counts of true positives, of predictions and of gold items.
   *
   * @throws IllegalArgumentException if a count is negative or {@code truePositives} exceeds either
   *     total
   */
  public static Prf ofCounts(long truePositives, long predicted, long gold) {
    if (truePositives < 0 || truePositives > predicted || truePositives > gold) {
      throw new IllegalArgumentException(
          "need 0 <= tp <= predicted, gold; was tp="
              + truePositives
              + " predicted="
              + predicted
              + " gold="
              + gold);
    }
    return of(ratio(truePositives, predicted), ratio(truePositives, gold));
  }

  /** {@code prefix_p=0.710 prefix_r=0.660 prefix_f1=0.684}. */
  public String keyValues(String prefix) {
    return prefix
        + "_p="
        + format(precision)
        + " "
        + prefix
        + "_r="
        + format(recall)
        + " "
        + prefix
        + "_f1="
        + format(f1);
  }

  /** Three decimals with a dot, whatever the default locale: {@code 0.684}. */
  public static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** {@code numerator / denominator}, or 0 when the denominator is 0. */
  public static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }

  private static void check(String name, double value) {
    // A small tolerance: sums of fractions can land a hair above 1.
    if (!(value >= 0 && value <= 1 + 1e-9)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
    }
  }

  @Override
  public String toString() {
    return "P=" + format(precision) + " R=" + format(recall) + " F1=" + format(f1);
  }
}
