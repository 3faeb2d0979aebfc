package org.claimlens.eval.brat;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.claimlens.eval.Prf;

/**
 * Attribution scores over a corpus, as {@link AttributionScorer} computes them.
 *
 * @param source exact-match scores of source spans
 * @param cue exact-match scores of cue spans
 * @param content exact-match scores of content spans
 * @param sourceOverlap token-overlap (soft) scores of source spans
 * @param cueOverlap token-overlap scores of cue spans
 * @param contentOverlap token-overlap scores of content spans
 * @param sourceSpeech exact source scores on speech-verb and "according to" relations: recall over
 *     the gold relations whose cue is of that kind, precision over the predicted ones whose cue is
 * @param sourceRecallByCueKind exact source recall over the gold relations of each cue kind
 * @param docs number of gold documents scored
 * @param gold number of gold relations
 * @param predicted number of predicted relations in the gold documents
 * @param unknownDocs number of predicted documents with no gold document, which were ignored
 */
public record AttributionScores(
    Prf source,
    Prf cue,
    Prf content,
    Prf sourceOverlap,
    Prf cueOverlap,
    Prf contentOverlap,
    Prf sourceSpeech,
    Map<CueKind, KindRecall> sourceRecallByCueKind,
    int docs,
    int gold,
    int predicted,
    int unknownDocs) {

  /**
   * Exact source recall over the gold relations of one cue kind.
   *
   * @param gold gold relations of the kind that have a source
   * @param found how many of their sources were predicted exactly
   */
  public record KindRecall(int gold, int found) {
    public double recall() {
      return Prf.ratio(found, gold);
    }
  }

  public AttributionScores {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sourceOverlap, "sourceOverlap");
    Objects.requireNonNull(cueOverlap, "cueOverlap");
    Objects.requireNonNull(contentOverlap, "contentOverlap");
    Objects.requireNonNull(sourceSpeech, "sourceSpeech");
    EnumMap<CueKind, KindRecall> copy = new EnumMap<>(CueKind.class);
    for (CueKind k : CueKind.values()) {
      copy.put(k, sourceRecallByCueKind.getOrDefault(k, new KindRecall(0, 0)));
    }
    sourceRecallByCueKind = Collections.unmodifiableMap(copy);
  }

  /**
   * Exact source recall on speech-verb and "according to" relations: the design target's figure.
   */
  public double sourceRecallSpeech() {
    return sourceSpeech.recall();
  }

  /**
   * One line of {@code key=value} pairs, three decimals, for the last line of {@code claimlens eval
   * attribution}:
   *
   * <pre>
   * source_p=0.710 source_r=0.660 source_f1=0.684 cue_p=... content_overlap_f1=...
   * source_recall_speech=0.740 source_p_speech=... source_f1_speech=... docs=24 gold=293 predicted=280
   * </pre>
   */
  public String keyValueLine() {
    return String.join(
        " ",
        source.keyValues("source"),
        cue.keyValues("cue"),
        content.keyValues("content"),
        sourceOverlap.keyValues("source_overlap"),
        cueOverlap.keyValues("cue_overlap"),
        contentOverlap.keyValues("content_overlap"),
        "source_recall_speech=" + Prf.format(sourceSpeech.recall()),
        "source_p_speech=" + Prf.format(sourceSpeech.precision()),
        "source_f1_speech=" + Prf.format(sourceSpeech.f1()),
        "docs=" + docs,
        "gold=" + gold,
        "predicted=" + predicted);
  }

  /** A table for people, several lines, ending with a line break. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "attribution: %d documents, %d gold relations, %d predicted%n",
            docs,
            gold,
            predicted));
    if (unknownDocs > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              "(%d predicted documents have no gold and were ignored)%n",
              unknownDocs));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%-9s %7s %7s %7s   %7s %7s %7s%n",
            "",
            "exact P",
            "R",
            "F1",
            "token P",
            "R",
            "F1"));
    row(b, "source", source, sourceOverlap);
    row(b, "cue", cue, cueOverlap);
    row(b, "content", content, contentOverlap);
    b.append(
        String.format(
            Locale.ROOT,
            "source on speech / according-to cues: P %s  R %s  F1 %s%n",
            Prf.format(sourceSpeech.precision()),
            Prf.format(sourceSpeech.recall()),
            Prf.format(sourceSpeech.f1())));
    b.append("exact source recall by gold cue kind:\n");
    for (Map.Entry<CueKind, KindRecall> e : sourceRecallByCueKind.entrySet()) {
      KindRecall k = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "  %-13s %s  (%d of %d)%n",
              e.getKey().label(),
              Prf.format(k.recall()),
              k.found(),
              k.gold()));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Prf exact, Prf overlap) {
    b.append(
        String.format(
            Locale.ROOT,
            "%-9s %7s %7s %7s   %7s %7s %7s%n",
            name,
            Prf.format(exact.precision()),
            Prf.format(exact.recall()),
            Prf.format(exact.f1()),
            Prf.format(overlap.precision()),
            Prf.format(overlap.recall()),
            Prf.format(overlap.f1())));
  }
}
