package org.claimlens.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimlens.corpus.dedup.AuthoredCorpus.Doc;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the default decision on the authored corpus, at two levels, printed as
 * one {@code key=value} line each so the figures can be quoted:
 *
 * <ul>
 *   <li>document level: each document added in arrival order; a true positive is a repost flagged
 *       with its right original;
 *   <li>pair level: every pair judged on its own, without the index; positives are a repost and its
 *       immediate parent ("direct") or any two members of one group of copies ("group", which
 *       includes a repost of a repost against the original it was never compared with).
 * </ul>
 */
class DedupEvaluationTest {
  private static final MinHasher HASHER = MinHasher.withDefaults();
  private static final NearDuplicateDetector DETECTOR = NearDuplicateDetector.withDefaults();

  @Test
  void documentLevelDecisionIsExactOnTheAuthoredCorpus() {
    InMemoryDedupIndex index = InMemoryDedupIndex.withDefaults();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Doc d : AuthoredCorpus.DOCS) {
      Optional<Republication> r = index.add(d.id(), d.order(), d.text());
      boolean right = r.isPresent() && r.get().originalId().equals(d.expectedOriginal().orElse(""));
      if (right) {
        tp++;
      } else {
        fp += r.isPresent() ? 1 : 0;
        fn += d.isRepost() ? 1 : 0;
      }
    }
    double precision = tp / (double) Math.max(1, tp + fp);
    double recall = tp / (double) Math.max(1, tp + fn);
    System.out.printf(
        Locale.ROOT,
        "dedup-eval level=document docs=%d reposts=%d tp=%d fp=%d fn=%d precision=%.3f recall=%.3f%n",
        AuthoredCorpus.DOCS.size(),
        AuthoredCorpus.DOCS.stream().filter(Doc::isRepost).count(),
        tp,
        fp,
        fn,
        precision,
        recall);
    assertThat(fp).isZero();
    assertThat(fn).isZero();
  }

  @Test
  void pairLevelScoresLeaveAGapAroundTheThreshold() {
    List<Doc> docs = AuthoredCorpus.DOCS;
    int directPairs = 0;
    int directFound = 0;
    int groupPairs = 0;
    int groupFound = 0;
    int falsePairs = 0;
    int negativePairs = 0;
    double minDirect = 1;
    double maxNegative = 0;
    for (int i = 0; i < docs.size(); i++) {
      MinHashSignature a = HASHER.signature(docs.get(i).text());
      for (int j = 0; j < i; j++) {
        Doc later = docs.get(i);
        Doc earlier = docs.get(j);
        MinHashSignature b = HASHER.signature(earlier.text());
        double score = Math.max(a.jaccard(b), a.containment(b));
        boolean flagged =
            DETECTOR.match(a, DedupCandidate.original(earlier.id(), j, b)).isPresent();
        boolean direct = later.expectedParent().map(earlier.id()::equals).orElse(false);
        boolean group = later.group().equals(earlier.group());
        if (direct) {
          directPairs++;
          directFound += flagged ? 1 : 0;
          minDirect = Math.min(minDirect, score);
        }
        if (group) {
          groupPairs++;
          groupFound += flagged ? 1 : 0;
        } else {
          negativePairs++;
          falsePairs += flagged ? 1 : 0;
          maxNegative = Math.max(maxNegative, score);
        }
      }
    }
    int flaggedPairs = groupFound + falsePairs;
    System.out.printf(
        Locale.ROOT,
        "dedup-eval level=pair threshold=%.2f direct_recall=%d/%d group_recall=%d/%d"
            + " precision=%d/%d negative_pairs=%d min_direct_score=%.3f max_negative_score=%.3f%n",
        DETECTOR.config().threshold(),
        directFound,
        directPairs,
        groupFound,
        groupPairs,
        groupFound,
        flaggedPairs,
        negativePairs,
        minDirect,
        maxNegative);
    assertThat(falsePairs).isZero();
    assertThat(directFound).isEqualTo(directPairs);
    assertThat(minDirect).isGreaterThan(DETECTOR.config().threshold() + 0.1);
    assertThat(maxNegative).isLessThan(DETECTOR.config().threshold() - 0.2);
  }
}
