package org.claimlens.eval.ptc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimlens.eval.Prf;
import org.claimlens.model.Span;

/**
 * The PTC (SemEval-2020 Task 11) metrics.
 *
 * <ul>
 *   <li><b>Span identification</b> (the official SI scorer): labels are ignored and overlapping
 *       spans of an article are merged, on both sides. Precision is the sum over predicted spans
 *       {@code p} and gold spans {@code g} of the same article of {@code |p ∩ g| / |p|}, divided by
 *       the number of predicted spans; recall is the sum of {@code |p ∩ g| / |g|} divided by the
 *       number of gold spans. (The official scorer rejects overlapping predictions instead of
 *       merging them; on predictions without overlaps the two agree.)
 *   <li><b>Technique classification</b> (the official TC scorer): predictions are paired with gold
 *       labels on exactly the same article and span; on each span the predicted techniques that are
 *       also gold there (as multisets) are right. Micro precision = right / predicted, recall =
 *       right / gold. When every gold span gets exactly one prediction, both equal accuracy.
 *   <li><b>Labelled spans</b>: like span identification, but spans are merged only within one
 *       technique and a pair counts only when its techniques are equal (the scorer of the later
 *       persuasion-technique tasks).
 * </ul>
 *
 * <p>F1 follows the official scorers: 1 when there is neither gold nor prediction, the harmonic
 * mean when precision and recall are both positive, 0 otherwise. Stateless and thread-safe.
 */
public final class PtcScorer {

  private PtcScorer() {}

  /** All three metrics, plus labelled scores per technique. */
  public static PtcScores score(List<TechniqueSpan> gold, List<TechniqueSpan> predicted) {
    TreeSet<String> techniques = new TreeSet<>();
    gold.forEach(g -> techniques.add(g.technique()));
    predicted.forEach(p -> techniques.add(p.technique()));
    Map<String, Prf> byTechnique = new TreeMap<>();
    for (String t : techniques) {
      byTechnique.put(
          t,
          labelledSpans(
              gold.stream().filter(g -> g.technique().equals(t)).toList(),
              predicted.stream().filter(p -> p.technique().equals(t)).toList()));
    }
    return new PtcScores(
        spanIdentification(gold, predicted),
        techniqueClassification(gold, predicted),
        labelledSpans(gold, predicted),
        byTechnique,
        gold.size(),
        predicted.size());
  }

  /** Span identification with partial-overlap credit; techniques are ignored. */
  public static Prf spanIdentification(List<TechniqueSpan> gold, List<TechniqueSpan> predicted) {
    return overlapScore(groupMerged(gold, false), groupMerged(predicted, false));
  }

  /** Partial-overlap span scores counting only pairs with the same technique. */
  public static Prf labelledSpans(List<TechniqueSpan> gold, List<TechniqueSpan> predicted) {
    return overlapScore(groupMerged(gold, true), groupMerged(predicted, true));
  }

  /** Micro P/R/F1 of techniques on exactly matching spans. */
  public static Prf techniqueClassification(
      List<TechniqueSpan> gold, List<TechniqueSpan> predicted) {
    Map<String, Integer> goldCounts = new HashMap<>();
    for (TechniqueSpan g : gold) {
      goldCounts.merge(key(g), 1, Integer::sum);
    }
    long right = 0;
    for (TechniqueSpan p : predicted) {
      Integer left = goldCounts.get(key(p));
      if (left != null && left > 0) {
        goldCounts.put(key(p), left - 1);
        right++;
      }
    }
    return official(right, predicted.size(), right, gold.size());
  }

  private static String key(TechniqueSpan s) {
    return s.articleId() + '\t' + s.span().start() + '\t' + s.span().end() + '\t' + s.technique();
  }

  /** Spans grouped by article (and technique, if {@code byTechnique}), overlaps merged. */
  private static Map<String, List<Span>> groupMerged(
      List<TechniqueSpan> labels, boolean byTechnique) {
    Map<String, List<Span>> groups = new TreeMap<>();
    for (TechniqueSpan l : labels) {
      String group = byTechnique ? l.articleId() + '\t' + l.technique() : l.articleId();
      groups.computeIfAbsent(group, k -> new ArrayList<>()).add(l.span());
    }
    groups.replaceAll((k, spans) -> merge(spans));
    return groups;
  }

  /** Merges spans that share at least one character; touching spans stay apart. */
  static List<Span> merge(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty() && out.getLast().overlaps(s)) {
        Span last = out.removeLast();
        out.add(Span.of(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static Prf overlapScore(Map<String, List<Span>> gold, Map<String, List<Span>> predicted) {
    double precisionSum = 0;
    double recallSum = 0;
    long predictedCount = 0;
    long goldCount = 0;
    for (List<Span> g : gold.values()) {
      goldCount += g.size();
    }
    for (Map.Entry<String, List<Span>> e : predicted.entrySet()) {
      predictedCount += e.getValue().size();
      for (Span p : e.getValue()) {
        for (Span g : gold.getOrDefault(e.getKey(), List.of())) {
          int shared = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
          if (shared > 0) {
            precisionSum += (double) shared / p.length();
            recallSum += (double) shared / g.length();
          }
        }
      }
    }
    return official(precisionSum, predictedCount, recallSum, goldCount);
  }

  /** The official scorers' convention: F1 = 1 with neither gold nor prediction. */
  private static Prf official(
      double precisionNumerator,
      long precisionDenominator,
      double recallNumerator,
      long recallDenominator) {
    if (precisionDenominator == 0 && recallDenominator == 0) {
      return new Prf(0, 0, 1);
    }
    return Prf.of(
        Prf.ratio(precisionNumerator, precisionDenominator),
        Prf.ratio(recallNumerator, recallDenominator));
  }
}
