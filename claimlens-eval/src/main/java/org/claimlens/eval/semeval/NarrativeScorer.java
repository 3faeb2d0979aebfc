package org.claimlens.eval.semeval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The official subtask 2 metric: sample-averaged F1, over narratives (coarse) and over
 * subnarratives (fine).
 *
 * <p>Per gold document, the F1 between the predicted and the gold label sets ({@code 2|G∩P| / (|G|
 * + |P|)}, 0 when they share nothing, and 0 when both are empty, as the official script's {@code
 * zero_division=0} gives); the score is the mean over gold documents and the spread their
 * population standard deviation. {@code Other} is a label like any other, and an empty label list
 * counts as {@code Other}, since that is how the subtask 2 file writes it: a document predicted as
 * "no narrative" matches a gold {@code Other}. With a taxonomy, labels outside it are dropped
 * before comparing, as the official script drops labels missing from its class files; without one
 * every label counts.
 *
 * <p>Documents are paired by id. The official script stops when the two files list different
 * documents; here a gold document without prediction scores 0 and is counted in {@link
 * NarrativeScores#missing()}, and predictions without gold are ignored and counted in {@link
 * NarrativeScores#unknown()}. Stateless and thread-safe.
 */
public final class NarrativeScorer {

  /** The label of a document without narratives. */
  public static final String OTHER = "Other";

  private NarrativeScorer() {}

  /** Scores with every label counting. */
  public static NarrativeScores score(List<NarrativeLabels> gold, List<NarrativeLabels> predicted) {
    return score(gold, predicted, null);
  }

  /**
   * Scores, keeping only the labels of {@code taxonomy} when it is not null.
   *
   * @throws IllegalArgumentException if a document id occurs twice in either list
   */
  public static NarrativeScores score(
      List<NarrativeLabels> gold,
      List<NarrativeLabels> predicted,
      @Nullable NarrativeTaxonomy taxonomy) {
    Map<String, NarrativeLabels> goldById = byId(gold, "gold");
    Map<String, NarrativeLabels> predById = byId(predicted, "predicted");
    Predicate<String> coarseClass = taxonomy == null ? l -> true : taxonomy::isNarrative;
    Predicate<String> fineClass = taxonomy == null ? l -> true : taxonomy::isSubnarrative;
    double[] coarse = new double[goldById.size()];
    double[] fine = new double[goldById.size()];
    int i = 0;
    int missing = 0;
    for (NarrativeLabels g : goldById.values()) {
      NarrativeLabels p = predById.get(g.articleId());
      if (p == null) {
        missing++;
        p = new NarrativeLabels(g.articleId(), List.of(), List.of());
      }
      coarse[i] = f1(set(g.narratives(), coarseClass), set(p.narratives(), coarseClass));
      fine[i] = f1(set(g.subnarratives(), fineClass), set(p.subnarratives(), fineClass));
      i++;
    }
    int unknown = 0;
    for (String id : predById.keySet()) {
      if (!goldById.containsKey(id)) {
        unknown++;
      }
    }
    return new NarrativeScores(
        mean(coarse), std(coarse), mean(fine), std(fine), goldById.size(), missing, unknown);
  }

  /** The F1 of two label sets; 0 when they share nothing (both empty included). */
  public static double f1(Set<String> gold, Set<String> predicted) {
    int shared = 0;
    for (String label : predicted) {
      if (gold.contains(label)) {
        shared++;
      }
    }
    return shared == 0 ? 0 : 2.0 * shared / (gold.size() + predicted.size());
  }

  private static Set<String> set(List<String> labels, Predicate<String> keep) {
    Set<String> out = new HashSet<>();
    for (String l : labels.isEmpty() ? List.of(OTHER) : labels) {
      if (keep.test(l)) {
        out.add(l);
      }
    }
    return out;
  }

  private static Map<String, NarrativeLabels> byId(List<NarrativeLabels> docs, String side) {
    Map<String, NarrativeLabels> out = new LinkedHashMap<>();
    for (NarrativeLabels d : docs) {
      if (out.putIfAbsent(d.articleId(), d) != null) {
        throw new IllegalArgumentException(side + " lists document " + d.articleId() + " twice");
      }
    }
    return out;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  /** Population standard deviation, as numpy's {@code std()}. */
  private static double std(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double m = mean(values);
    double sum = 0;
    for (double v : values) {
      sum += (v - m) * (v - m);
    }
    return Math.sqrt(sum / values.length);
  }
}
