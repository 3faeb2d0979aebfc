package org.claimlens.corpus.dedup;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides from candidate signatures whether a new document republishes an earlier one, and which.
 *
 * <p><b>The score.</b> Edited reposts keep most shingles, so their Jaccard stays high; but a repost
 * that wraps the article in a long new header, commentary or newsletter footer can have a Jaccard
 * of 0.4 while nearly all of the article is inside it. The detector therefore scores a pair by
 * max(Jaccard, containment), where containment is the estimated share of the smaller shingle set
 * found in the larger (see {@link MinHashSignature#containment}). Containment is never below
 * Jaccard, so the score is the containment; for two texts of equal size it is 2J/(1+J).
 *
 * <p><b>The decision.</b> A pair is a republication when:
 *
 * <ul>
 *   <li>the normalised texts are identical ({@link DuplicateKind#EXACT}) and have at least {@link
 *       Config#minExactWords()} words; or
 *   <li>both texts have at least {@link Config#minShingles()} distinct shingles, the smaller set is
 *       at least {@link Config#minSizeRatio()} of the larger, and the score reaches {@link
 *       Config#threshold()}. The kind is {@link DuplicateKind#NEAR} when the two sets are of
 *       similar size (ratio ≥ {@link Config#nearSizeRatio()}), else {@link
 *       DuplicateKind#CONTAINMENT}; and, when both texts hold at least two numbers, at least {@link
 *       Config#minNumberOverlap()} of the smaller set of numbers appears in the other text.
 * </ul>
 *
 * Short texts (one-line channel posts, alerts) are judged by exact match only: with a dozen
 * shingles, two posts from one template ("Air raid alert in the Kharkiv region. Go to shelters.")
 * share most shingles while reporting different events, and one changed place name is the news. The
 * size-ratio floor keeps a long article that quotes a paragraph of another from counting as its
 * republication. The number check keeps apart templated reports, such as a governor's daily
 * shelling summary, whose wording repeats from day to day while the figures (times shelled, ages of
 * the wounded, houses damaged) are the news; a repost copies the figures, so it passes.
 *
 * <p><b>The defaults and how they were chosen.</b> On the authored test set (9 originals, 11
 * reposts with 3–6 edited words or phrases per paragraph and new headers and footers, 2 of them
 * reposts of reposts, and 6 independent reports of the same events) a repost scores 0.55–1.0
 * against its parent and independent reports at most 0.05 against anything. The threshold 0.4 sits
 * in that gap, nearer the negatives: the estimate is noisy (±0.06 in containment around 0.5) and
 * real reposts can be edited more heavily than the fixtures, while every match keeps its score and
 * kind, so a consumer that needs more certainty can cut higher without recomputing. On real data,
 * set it from a labelled sample of candidate pairs stratified by score: pick the lowest threshold
 * whose precision on the sample is at least 0.98.
 *
 * <p><b>Ties</b> (equal scores, as with an original and its exact copy) go to the exact match, then
 * to the earliest candidate ({@link DedupCandidate#order()}), then to the smaller id, so a copy
 * points at the original and the result does not depend on the candidates' order.
 *
 * <p>Immutable and thread-safe. Example:
 *
 * <pre>{@code
 * NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
 * Optional<Republication> r = detector.findRepublication("doc-42", sig, candidates);
 * r.ifPresent(x -> store.setDuplicateOf(x.docId(), x.originalId()));
 * }</pre>
 */
public final class NearDuplicateDetector {

  /**
   * Decision thresholds.
   *
   * @param threshold the least max(Jaccard, containment) for a republication, in (0, 1]
   * @param minShingles texts with fewer distinct shingles are judged by exact match only
   * @param minExactWords exact copies of texts with fewer words are not flagged (a three-word alert
   *     repeated next week is a new event, not a copy)
   * @param minSizeRatio the least |smaller| / |larger| shingle-set ratio for a near or containment
   *     match, in [0, 1]
   * @param nearSizeRatio from this ratio up a match is {@link DuplicateKind#NEAR}, below it {@link
   *     DuplicateKind#CONTAINMENT}; at least {@code minSizeRatio}
   * @param minNumberOverlap the least share of the numbers of the text with fewer numbers that the
   *     other must contain, when both have at least two, in [0, 1]; 0 turns the check off
   */
  public record Config(
      double threshold,
      int minShingles,
      int minExactWords,
      double minSizeRatio,
      double nearSizeRatio,
      double minNumberOverlap) {
    public Config {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
      if (minShingles < 1 || minExactWords < 1) {
        throw new IllegalArgumentException(
            "minShingles and minExactWords must be ≥ 1: " + minShingles + ", " + minExactWords);
      }
      if (!(minSizeRatio >= 0 && minSizeRatio <= nearSizeRatio && nearSizeRatio <= 1)) {
        throw new IllegalArgumentException(
            "need 0 ≤ minSizeRatio ≤ nearSizeRatio ≤ 1: " + minSizeRatio + ", " + nearSizeRatio);
      }
      if (!(minNumberOverlap >= 0 && minNumberOverlap <= 1)) {
        throw new IllegalArgumentException(
            "minNumberOverlap must be in [0, 1]: " + minNumberOverlap);
      }
    }

    /**
     * Threshold 0.4; 20 shingles (about 23 words) for a fuzzy match; 6 words for an exact one; size
     * ratio floor 0.4 (a repost may add up to 1.5 times the article in header and footer); near
     * from ratio 0.75; at least half of the numbers shared.
     */
    public static Config defaults() {
      return new Config(0.4, 20, 6, 0.4, 0.75, 0.5);
    }
  }

  private static final Comparator<DuplicateMatch> BEST_FIRST =
      Comparator.comparingDouble(DuplicateMatch::similarity)
          .reversed()
          .thenComparing(m -> m.kind() != DuplicateKind.EXACT)
          .thenComparingLong(m -> m.candidate().order())
          .thenComparing(m -> m.candidate().docId());

  private static final NearDuplicateDetector DEFAULT = new NearDuplicateDetector(Config.defaults());

  private final Config config;

  public NearDuplicateDetector(Config config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The shared detector with {@link Config#defaults()}. */
  public static NearDuplicateDetector withDefaults() {
    return DEFAULT;
  }

  public Config config() {
    return config;
  }

  /**
   * Judges one pair: the match when {@code doc} counts as a republication of {@code candidate}.
   *
   * @throws IllegalArgumentException when the signatures come from different schemes
   */
  public Optional<DuplicateMatch> match(MinHashSignature doc, DedupCandidate candidate) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(candidate, "candidate");
    MinHashSignature other = candidate.signature();
    if (!doc.sameScheme(other)) {
      throw new IllegalArgumentException(
          "candidate " + candidate.docId() + " has a signature of another scheme: " + other);
    }
    if (doc.sameText(other)) {
      if (Math.min(doc.tokenCount(), other.tokenCount()) < config.minExactWords()) {
        return Optional.empty();
      }
      return Optional.of(new DuplicateMatch(candidate, 1.0, 1.0, 1.0, DuplicateKind.EXACT));
    }
    int smaller = Math.min(doc.shingleCount(), other.shingleCount());
    int larger = Math.max(doc.shingleCount(), other.shingleCount());
    if (smaller < config.minShingles()) {
      return Optional.empty();
    }
    double ratio = (double) smaller / larger;
    if (ratio < config.minSizeRatio()) {
      return Optional.empty();
    }
    if (Math.min(doc.numberCount(), other.numberCount()) >= 2
        && doc.numberOverlap(other) < config.minNumberOverlap()) {
      return Optional.empty();
    }
    double jaccard = doc.jaccard(other);
    double containment =
        MinHashSignature.containment(jaccard, doc.shingleCount(), other.shingleCount());
    double score = Math.max(jaccard, containment);
    if (score < config.threshold()) {
      return Optional.empty();
    }
    DuplicateKind kind =
        ratio >= config.nearSizeRatio() ? DuplicateKind.NEAR : DuplicateKind.CONTAINMENT;
    return Optional.of(new DuplicateMatch(candidate, score, jaccard, containment, kind));
  }

  /**
   * The best match of {@code doc} among {@code candidates}, or empty when none reaches the
   * thresholds. See the class comment for the order of preference.
   */
  public Optional<DuplicateMatch> findDuplicate(
      MinHashSignature doc, Collection<DedupCandidate> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    return candidates.stream().map(c -> match(doc, c)).flatMap(Optional::stream).min(BEST_FIRST);
  }

  /**
   * Like {@link #findDuplicate}, as a {@link Republication} of {@code docId} whose original is the
   * matched candidate's original. Candidates that are {@code docId} itself (a store that already
   * holds the new signature returns it) or copies of it are skipped.
   */
  public Optional<Republication> findRepublication(
      String docId, MinHashSignature doc, Collection<DedupCandidate> candidates) {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(candidates, "candidates");
    List<DedupCandidate> others =
        candidates.stream()
            .filter(c -> !c.docId().equals(docId) && !c.originalId().equals(docId))
            .toList();
    return findDuplicate(doc, others)
        .map(
            m ->
                new Republication(
                    docId,
                    m.candidate().docId(),
                    m.candidate().originalId(),
                    m.similarity(),
                    m.kind()));
  }
}
