package org.claimlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit watermark: a commit never claims a document that is not in it. */
class LuceneIndexTest {
  @TempDir Path dir;

  private static DocumentRecord stored(DocumentRecord doc, long seq) {
    return doc.withSeq(seq);
  }

  @Test
  void commitRecordsOnlyTheSeqBelowTheOldestAddStillInFlight() {
    try (LuceneIndex index = new LuceneIndex(dir)) {
      assertThat(index.committedSeq()).isZero();
      index.reserve(1);
      index.reserve(2);
      index.reserve(3);
      // Writers finish out of order; the add of seq 2 is still running (or failed).
      index.add(stored(Corpus.KYIV_DRONES, 1));
      index.add(stored(Corpus.ZNPP_TASS, 3));
      index.commit();
    }
    try (LuceneIndex index = new LuceneIndex(dir)) {
      assertThat(index.committedSeq()).isEqualTo(1);
      assertThat(index.documentCount()).isEqualTo(2);
      index.reserve(2);
      index.add(stored(Corpus.GRAIN_CORRIDOR, 2));
      // Catching up may index seq 3 again: it replaces, never duplicates.
      index.reserve(3);
      index.add(stored(Corpus.ZNPP_TASS, 3));
      index.commit();
    }
    try (LuceneIndex index = new LuceneIndex(dir)) {
      assertThat(index.committedSeq()).isEqualTo(3);
      assertThat(index.documentCount()).isEqualTo(3);
      assertThat(index.search(SearchQuery.text("Rosatom")))
          .extracting(SearchHit::docId)
          .containsExactly("znpp-tass");
      assertThat(index.similarClaims(Corpus.topic(Corpus.NUCLEAR, "q"), 3))
          .extracting(ClaimHit::docId)
          .containsOnly("znpp-tass");
      // 2 + 2 + 3 claims: indexing znpp-tass twice left one copy of its claims.
      assertThat(index.similarClaims(Corpus.topic(Corpus.NUCLEAR, "q"), 20)).hasSize(7);
    }
  }

  @Test
  void deleteAllStartsTheWatermarkAgain() {
    try (LuceneIndex index = new LuceneIndex(dir)) {
      for (int i = 0; i < 3; i++) {
        index.reserve(i + 1);
        index.add(stored(Corpus.ALL.get(i), i + 1));
      }
      index.commit();
      index.deleteAll();
      index.reserve(1);
      index.add(stored(Corpus.ALL.get(0), 1));
      index.commit();
    }
    try (LuceneIndex index = new LuceneIndex(dir)) {
      assertThat(index.committedSeq()).isEqualTo(1);
      assertThat(index.documentCount()).isEqualTo(1);
      assertThat(index.search(SearchQuery.all()).stream().map(SearchHit::docId).toList())
          .isEqualTo(List.of(Corpus.ALL.get(0).id()));
    }
  }
}
