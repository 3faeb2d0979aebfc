package org.claimlens.annotators.narratives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a model's probabilities into a hierarchical label set: first the Other-gate, then the
 * narratives, then subnarratives only inside a chosen narrative. Stateless.
 */
final class NarrativeDecoder {
  private NarrativeDecoder() {}

  /**
   * One chosen narrative.
   *
   * @param narrative its index in the label space
   * @param subnarratives chosen specific subnarrative indexes, best first; empty means the
   *     narrative's fallback ({@code ": Other"}), or nothing when the taxonomy has none
   */
  record Choice(int narrative, int[] subnarratives) {}

  /**
   * Chooses labels from {@code p}: the scored outputs of {@code labels} followed by the gate's
   * probability. Returns an empty list for Other, which needs only one of two calibrated models to
   * say so: the gate below {@link Thresholds#gate()}, or the best narrative below {@link
   * Thresholds#minNarrative()} (a long neutral report can read like opinion to the gate and still
   * fit no narrative). Otherwise the best narrative and any others of its domain that reach {@link
   * Thresholds#narrative()}, best first. Inside each, the specific subnarratives that reach {@link
   * Thresholds#subnarrative()}; when none does, the narrative's {@code ": Other"} if the taxonomy
   * has one, else its best subnarrative.
   */
  static List<Choice> decode(double[] p, LabelSpace labels, Thresholds t) {
    int narratives = labels.narratives().size();
    Integer[] order = byScore(p, 0, narratives);
    if (p[labels.outputs()] < t.gate() || p[order[0]] < t.minNarrative()) {
      return List.of();
    }
    String domain = LabelSpace.domain(labels.narratives().get(order[0]));
    List<Choice> out = new ArrayList<>();
    for (int rank = 0; rank < order.length && out.size() < t.maxNarratives(); rank++) {
      int n = order[rank];
      if (rank > 0
          && (p[n] < t.narrative()
              || !LabelSpace.domain(labels.narratives().get(n)).equals(domain))) {
        continue;
      }
      out.add(new Choice(n, subnarratives(p, labels, n, t)));
    }
    return out;
  }

  /**
   * The subnarratives of narrative {@code n} whose probability given the narrative, {@code p(sub) /
   * p(narrative)}, reaches the threshold. Conditioning matters on long articles: there every model
   * is less sure than on the short training texts, and a subnarrative's probability shrinks with
   * its narrative's.
   */
  private static int[] subnarratives(double[] p, LabelSpace labels, int n, Thresholds t) {
    int base = labels.narratives().size();
    int[] kids = labels.children(n);
    if (kids.length == 0) {
      return new int[0];
    }
    Integer[] order = Arrays.stream(kids).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order, Comparator.comparingDouble((Integer s) -> -p[base + s]).thenComparingInt(s -> s));
    List<Integer> chosen = new ArrayList<>();
    for (int s : order) {
      if (conditional(p, base + s, n) >= t.subnarrative() && chosen.size() < t.maxSubnarratives()) {
        chosen.add(s);
      }
    }
    if (chosen.isEmpty() && labels.fallback(n) == null) {
      chosen.add(order[0]);
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  /** {@code p[sub] / p[narrative]}, at most 1. */
  static double conditional(double[] p, int sub, int narrative) {
    return Math.min(1.0, p[sub] / Math.max(p[narrative], 1e-9));
  }

  /** Indexes {@code from..to-1} sorted by falling {@code p}, ties by index. */
  private static Integer[] byScore(double[] p, int from, int to) {
    Integer[] order = new Integer[to - from];
    for (int i = 0; i < order.length; i++) {
      order[i] = from + i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i));
    return order;
  }
}
