package org.claimlens.eval.brat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.claimlens.eval.Prf;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Source;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Scores predicted attribution relations against a gold brat corpus (design.md §4): P/R/F1 for
 * source, cue and content, both exact and by token overlap.
 *
 * <p>Each part (source, cue, content) is scored on its own, as a multiset of spans per document:
 * one entry per relation that has that part, so a source shared by two relations counts twice.
 * Relations without a source (agentless) or without a cue add nothing to that part's counts.
 *
 * <ul>
 *   <li><b>Exact</b>: a predicted span is right when it equals a gold span of the same document and
 *       part, fragment for fragment; each gold span matches at most once. P = matched / predicted,
 *       R = matched / gold.
 *   <li><b>Token overlap</b>: tokens are maximal runs of letters and digits; a span's tokens are
 *       those that share a character with one of its fragments. Soft precision is the mean over
 *       predicted spans of the best {@code |P ∩ G| / |P|} over gold spans of the same document and
 *       part; soft recall is the mean over gold spans of the best {@code |P ∩ G| / |G|}. A span
 *       with no tokens (only punctuation) scores 1 when an identical span is on the other side and
 *       0 otherwise.
 *   <li><b>Speech subset</b>: exact source recall over the gold relations whose cue is a speech
 *       verb or contains "according to" ({@link CueKind#isSpeech()}), matched against all predicted
 *       sources; precision likewise over the predicted relations whose cue is of that kind. Also
 *       exact source recall for each {@link CueKind}.
 * </ul>
 *
 * <p>Precision is 0 when nothing was predicted and recall 0 when there is no gold. Predictions for
 * a document missing from the gold are ignored and counted in {@link
 * AttributionScores#unknownDocs()}; a gold document without predictions has none. Stateless and
 * thread-safe. Example:
 *
 * <pre>{@code
 * BratCorpus gold = BratAttributionReader.readFolder(Path.of("eval/attribution/tune"));
 * Map<String, List<GoldAttribution>> predicted = ...; // by document name
 * System.out.println(AttributionScorer.score(gold.docs(), predicted).keyValueLine());
 * }</pre>
 */
public final class AttributionScorer {

  private AttributionScorer() {}

  /**
   * The relations of a document's {@link Layers#CLAIMS} in the comparable form, in claim order: per
   * claim, (source, cue, content), then one (via source, cue, content) per {@code via} source with
   * a span, since "X reported, citing Y" is annotated as two relations. An unattributed source
   * gives an agentless relation.
   */
  public static List<GoldAttribution> fromDocument(Document doc) {
    List<GoldAttribution> out = new ArrayList<>();
    for (Annotation<Claim> a : doc.layer(Layers.CLAIMS)) {
      Claim claim = a.value();
      BratSpan content = BratSpan.of(a.span());
      BratSpan cue = claim.cue() == null ? null : BratSpan.of(claim.cue());
      out.add(new GoldAttribution(spanOf(claim.source()), cue, content));
      for (Source via : claim.via()) {
        BratSpan viaSpan = spanOf(via);
        if (viaSpan != null) {
          Span viaCue = via.cue();
          out.add(
              new GoldAttribution(viaSpan, viaCue == null ? cue : BratSpan.of(viaCue), content));
        }
      }
    }
    return out;
  }

  /**
   * Scores {@code predicted} (relations by document name) against {@code gold}.
   *
   * @throws IllegalArgumentException if two gold documents share a name, or a predicted span runs
   *     past its document's text
   */
  public static AttributionScores score(
      List<BratDocument> gold, Map<String, List<GoldAttribution>> predicted) {
    Objects.requireNonNull(predicted, "predicted");
    Set<String> names = new HashSet<>();
    Counts source = new Counts();
    Counts cue = new Counts();
    Counts content = new Counts();
    EnumMap<CueKind, int[]> byKind = new EnumMap<>(CueKind.class); // {gold, found}
    for (CueKind k : CueKind.values()) {
      byKind.put(k, new int[2]);
    }
    long speechGold = 0;
    long speechGoldFound = 0;
    long speechPredicted = 0;
    long speechPredictedRight = 0;
    int goldRelations = 0;
    int predictedRelations = 0;
    for (BratDocument doc : gold) {
      if (!names.add(doc.name())) {
        throw new IllegalArgumentException("two gold documents are named " + doc.name());
      }
      List<GoldAttribution> pred = predicted.getOrDefault(doc.name(), List.of());
      check(doc, pred);
      goldRelations += doc.attributions().size();
      predictedRelations += pred.size();
      TokenIndex tokens = new TokenIndex(doc.text());
      source.add(doc.attributions(), pred, GoldAttribution::source, tokens);
      cue.add(doc.attributions(), pred, GoldAttribution::cue, tokens);
      content.add(doc.attributions(), pred, GoldAttribution::content, tokens);

      Map<BratSpan, Integer> predSources = counts(pred, GoldAttribution::source);
      Map<BratSpan, Integer> goldSources = counts(doc.attributions(), GoldAttribution::source);
      Map<CueKind, Map<BratSpan, Integer>> goldByKind = new EnumMap<>(CueKind.class);
      Map<BratSpan, Integer> goldSpeech = new HashMap<>();
      for (GoldAttribution g : doc.attributions()) {
        if (g.source() != null) {
          CueKind kind = kindOf(g, doc.text());
          goldByKind.computeIfAbsent(kind, k -> new HashMap<>()).merge(g.source(), 1, Integer::sum);
          if (kind.isSpeech()) {
            goldSpeech.merge(g.source(), 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<CueKind, Map<BratSpan, Integer>> e : goldByKind.entrySet()) {
        int[] gf = byKind.get(e.getKey());
        gf[0] += size(e.getValue());
        gf[1] += intersection(e.getValue(), predSources);
      }
      speechGold += size(goldSpeech);
      speechGoldFound += intersection(goldSpeech, predSources);
      Map<BratSpan, Integer> predSpeech = new HashMap<>();
      for (GoldAttribution p : pred) {
        if (p.source() != null && kindOf(p, doc.text()).isSpeech()) {
          predSpeech.merge(p.source(), 1, Integer::sum);
        }
      }
      speechPredicted += size(predSpeech);
      speechPredictedRight += intersection(predSpeech, goldSources);
    }
    int unknown = 0;
    for (String name : predicted.keySet()) {
      if (!names.contains(name)) {
        unknown++;
      }
    }
    Map<CueKind, AttributionScores.KindRecall> kinds = new EnumMap<>(CueKind.class);
    byKind.forEach((k, gf) -> kinds.put(k, new AttributionScores.KindRecall(gf[0], gf[1])));
    return new AttributionScores(
        source.exact(),
        cue.exact(),
        content.exact(),
        source.overlap(),
        cue.overlap(),
        content.overlap(),
        Prf.of(
            Prf.ratio(speechPredictedRight, speechPredicted),
            Prf.ratio(speechGoldFound, speechGold)),
        kinds,
        gold.size(),
        goldRelations,
        predictedRelations,
        unknown);
  }

  /** Exact and soft counts of one part (source, cue or content), summed over documents. */
  private static final class Counts {
    long gold;
    long predicted;
    long matched;
    double softPrecisionSum;
    double softRecallSum;

    void add(
        List<GoldAttribution> goldRelations,
        List<GoldAttribution> predictedRelations,
        Function<GoldAttribution, @Nullable BratSpan> part,
        TokenIndex tokens) {
      List<BratSpan> g = spans(goldRelations, part);
      List<BratSpan> p = spans(predictedRelations, part);
      gold += g.size();
      predicted += p.size();
      matched += intersection(counts(g), counts(p));
      List<BitSet> gt = g.stream().map(tokens::tokens).toList();
      List<BitSet> pt = p.stream().map(tokens::tokens).toList();
      for (int i = 0; i < p.size(); i++) {
        softPrecisionSum += best(p.get(i), pt.get(i), g, gt);
      }
      for (int i = 0; i < g.size(); i++) {
        softRecallSum += best(g.get(i), gt.get(i), p, pt);
      }
    }

    Prf exact() {
      return Prf.ofCounts(matched, predicted, gold);
    }

    Prf overlap() {
      return Prf.of(Prf.ratio(softPrecisionSum, predicted), Prf.ratio(softRecallSum, gold));
    }

    /** The best share of {@code span}'s tokens that one of {@code others} covers. */
    private static double best(
        BratSpan span, BitSet tokens, List<BratSpan> others, List<BitSet> otherTokens) {
      int n = tokens.cardinality();
      if (n == 0) {
        return others.contains(span) ? 1 : 0;
      }
      int best = 0;
      for (BitSet o : otherTokens) {
        BitSet both = (BitSet) tokens.clone();
        both.and(o);
        best = Math.max(best, both.cardinality());
      }
      return (double) best / n;
    }
  }

  private static CueKind kindOf(GoldAttribution a, String text) {
    return a.cue() == null ? CueKind.NONE : CueKind.of(a.cue().text(text));
  }

  private static @Nullable BratSpan spanOf(Source s) {
    Span span = s.span();
    return span == null ? null : BratSpan.of(span);
  }

  private static void check(BratDocument doc, List<GoldAttribution> pred) {
    for (GoldAttribution p : pred) {
      for (BratSpan s : new BratSpan[] {p.source(), p.cue(), p.content()}) {
        if (s != null && s.end() > doc.text().length()) {
          throw new IllegalArgumentException(
              "predicted span "
                  + s
                  + " of document "
                  + doc.name()
                  + " runs past its text ("
                  + doc.text().length()
                  + " code units)");
        }
      }
    }
  }

  private static List<BratSpan> spans(
      List<GoldAttribution> relations, Function<GoldAttribution, @Nullable BratSpan> part) {
    List<BratSpan> out = new ArrayList<>(relations.size());
    for (GoldAttribution r : relations) {
      BratSpan s = part.apply(r);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private static Map<BratSpan, Integer> counts(
      List<GoldAttribution> relations, Function<GoldAttribution, @Nullable BratSpan> part) {
    return counts(spans(relations, part));
  }

  private static Map<BratSpan, Integer> counts(List<BratSpan> spans) {
    Map<BratSpan, Integer> out = new HashMap<>();
    for (BratSpan s : spans) {
      out.merge(s, 1, Integer::sum);
    }
    return out;
  }

  private static int size(Map<BratSpan, Integer> multiset) {
    int n = 0;
    for (int c : multiset.values()) {
      n += c;
    }
    return n;
  }

  /** The size of the multiset intersection. */
  private static int intersection(Map<BratSpan, Integer> a, Map<BratSpan, Integer> b) {
    int n = 0;
    for (Map.Entry<BratSpan, Integer> e : a.entrySet()) {
      n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return n;
  }
}
