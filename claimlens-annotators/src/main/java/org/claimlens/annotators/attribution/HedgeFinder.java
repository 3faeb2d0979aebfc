package org.claimlens.annotators.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimlens.model.Hedge;
import org.jspecify.annotations.Nullable;

/**
 * Finds the hedges that bear on a claim and turns them into a certainty in [0, 1].
 *
 * <p>Certainty starts at 1.0 (a flat statement) and is multiplied by the factor of each distinct
 * hedge found in the content, the cue group or between source and cue:
 *
 * <table>
 *   <caption>Hedge factors</caption>
 *   <tr><th>category</th><th>words</th><th>factor</th></tr>
 *   <tr><td>disowned</td><td>allegedly, alleged, purportedly, purported, supposedly, reportedly,
 *       unconfirmed, unverified, rumoured, so-called</td><td>0.6</td></tr>
 *   <tr><td>unlikely</td><td>unlikely</td><td>0.5</td></tr>
 *   <tr><td>possibility</td><td>could, might, may, possibly, possible, potentially, potential,
 *       perhaps, maybe</td><td>0.7</td></tr>
 *   <tr><td>suspicion</td><td>suspected</td><td>0.7</td></tr>
 *   <tr><td>appearance</td><td>appears, appear, appeared, seems, seem, seemed, apparently,
 *       perceived as</td><td>0.75</td></tr>
 *   <tr><td>conditional</td><td>if, unless (opening a clause in the content)</td><td>0.8</td></tr>
 *   <tr><td>likelihood</td><td>likely, probably, presumably</td><td>0.85</td></tr>
 *   <tr><td>backshifted modal</td><td>would</td><td>0.9 (often only reported-speech
 *       tense)</td></tr>
 *   <tr><td>cue</td><td>claim, allege ("claimed", "it is claimed")</td><td>0.8</td></tr>
 *   <tr><td>cue</td><td>believe, think, suspect, fear, hope, expect, estimate, assess, predict,
 *       consider, feel</td><td>0.8</td></tr>
 *   <tr><td>cue</td><td>doubt, question</td><td>0.6</td></tr>
 * </table>
 *
 * <p>A modal followed by a negation ("could not be verified") is not a hedge: it is a statement
 * about verification, which {@link StatusLinker} reads. "May" capitalised inside a sentence is the
 * month. Certainty never falls below 0.05. Stateless and thread-safe.
 */
final class HedgeFinder {
  static final double FLOOR = 0.05;

  static final Map<String, Double> WORDS =
      Map.ofEntries(
          Map.entry("allegedly", 0.6),
          Map.entry("alleged", 0.6),
          Map.entry("purportedly", 0.6),
          Map.entry("purported", 0.6),
          Map.entry("supposedly", 0.6),
          Map.entry("reportedly", 0.6),
          Map.entry("unconfirmed", 0.6),
          Map.entry("unverified", 0.6),
          Map.entry("rumoured", 0.6),
          Map.entry("rumored", 0.6),
          Map.entry("so-called", 0.6),
          Map.entry("unlikely", 0.5),
          Map.entry("could", 0.7),
          Map.entry("might", 0.7),
          Map.entry("may", 0.7),
          Map.entry("possibly", 0.7),
          Map.entry("possible", 0.7),
          Map.entry("potentially", 0.7),
          Map.entry("potential", 0.7),
          Map.entry("perhaps", 0.7),
          Map.entry("maybe", 0.7),
          Map.entry("suspected", 0.7),
          Map.entry("appears", 0.75),
          Map.entry("appear", 0.75),
          Map.entry("appeared", 0.75),
          Map.entry("seems", 0.75),
          Map.entry("seem", 0.75),
          Map.entry("seemed", 0.75),
          Map.entry("apparently", 0.75),
          Map.entry("if", 0.8),
          Map.entry("unless", 0.8),
          Map.entry("likely", 0.85),
          Map.entry("probably", 0.85),
          Map.entry("presumably", 0.85),
          Map.entry("would", 0.9));

  static final Map<String, Double> CUES =
      Map.ofEntries(
          Map.entry("claim", 0.8),
          Map.entry("allege", 0.8),
          Map.entry("alleged", 0.8),
          Map.entry("claimed", 0.8),
          Map.entry("believe", 0.8),
          Map.entry("think", 0.8),
          Map.entry("suspect", 0.8),
          Map.entry("fear", 0.8),
          Map.entry("hope", 0.8),
          Map.entry("expect", 0.8),
          Map.entry("estimate", 0.8),
          Map.entry("assess", 0.8),
          Map.entry("predict", 0.8),
          Map.entry("consider", 0.8),
          Map.entry("feel", 0.8),
          Map.entry("doubt", 0.6),
          Map.entry("question", 0.6));

  /** Hedges with the certainty they leave. */
  record Result(List<Hedge> hedges, double certainty) {}

  private HedgeFinder() {}

  /**
   * Hedges in tokens [from, to) (the content and the cue's neighbourhood), plus the cue lemma's own
   * factor.
   */
  static Result find(
      TokenView t, int from, int to, @Nullable String cueLemma, int cueFirst, int cueEnd) {
    List<Hedge> hedges = new ArrayList<>();
    double certainty = 1.0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = Math.max(0, from); i < Math.min(t.n, to); i++) {
      String lw = t.lw[i];
      Double f = WORDS.get(lw);
      if (f == null) {
        if (lw.equals("perceived") && t.is(i + 1, "as") && seen.add("perceived as")) {
          hedges.add(new Hedge(t.span(i, i + 2), "perceived as"));
          certainty *= 0.75;
        }
        continue;
      }
      if (isNegatedModal(t, i)
          || lw.equals("may") && t.w[i].equals("May") && i > t.first(t.sent[i])) {
        continue;
      }
      if ((lw.equals("if") || lw.equals("unless")) && t.is(i + 1, "that")) {
        continue;
      }
      if (seen.add(lw)) {
        hedges.add(new Hedge(t.span(i, i + 1), lw));
        certainty *= f;
      }
    }
    if (cueLemma != null) {
      Double f = CUES.get(cueLemma);
      if (f != null && cueEnd > cueFirst && seen.add(cueLemma)) {
        hedges.add(
            new Hedge(
                t.span(cueFirst, cueEnd),
                t.words(cueFirst, cueEnd).toLowerCase(java.util.Locale.ROOT)));
        certainty *= f;
      }
    }
    return new Result(hedges, Math.max(FLOOR, Math.round(certainty * 1000) / 1000.0));
  }

  private static boolean isNegatedModal(TokenView t, int i) {
    String lw = t.lw[i];
    if (!(lw.equals("could") || lw.equals("may") || lw.equals("might") || lw.equals("would"))) {
      return false;
    }
    return t.is(i + 1, "not") || t.is(i + 1, "n't") || t.is(i + 1, "n’t") || t.is(i + 1, "never");
  }
}
