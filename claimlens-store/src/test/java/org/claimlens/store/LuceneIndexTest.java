package org.claimlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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

  @Test
  void anIndexOfAnOlderLayoutStartsEmptySoTheStoreRebuildsIt() throws Exception {
    // An index as layout 1 left it: cosine vectors, and no format in the commit data.
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("kind", "doc", Field.Store.NO));
      doc.add(
          new KnnFloatVectorField(
              "dvec", Corpus.topic(Corpus.NUCLEAR, "x"), VectorSimilarityFunction.COSINE));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of("seq", "7").entrySet());
      w.commit();
    }
    try (LuceneIndex index = new LuceneIndex(dir)) {
      assertThat(index.committedSeq()).isZero();
      assertThat(index.documentCount()).isZero();
      index.reserve(1);
      index.add(stored(Corpus.ZNPP_TASS, 1));
      index.commit();
    }
    try (LuceneIndex index = new LuceneIndex(dir)) {
      // The new layout is recorded, so the next open keeps what was indexed.
      assertThat(index.committedSeq()).isEqualTo(1);
      assertThat(index.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void vectorSearchIgnoresTheLengthOfTheVectors() {
    try (LuceneIndex index = new LuceneIndex(dir)) {
      for (int i = 0; i < Corpus.ALL.size(); i++) {
        DocumentRecord doc = Corpus.ALL.get(i);
        index.reserve(i + 1);
        index.add(stored(doc.withVector(scaled(doc.vector(), 1 + 10 * i)), i + 1));
      }
      float[] query = Corpus.topic(Corpus.NUCLEAR, "q");
      List<SearchHit> small = index.search(SearchQuery.all().withVector(query).withLimit(3));
      List<SearchHit> large =
          index.search(SearchQuery.all().withVector(scaled(query, 250)).withLimit(3));
      assertThat(small).extracting(SearchHit::docId).startsWith("znpp-tass");
      assertThat(large)
          .extracting(SearchHit::docId)
          .isEqualTo(small.stream().map(SearchHit::docId).toList());
      // Scores keep the cosine scale: (1 + cos) / 2, at most 1.
      assertThat(small.get(0).score()).isBetween(0.5, 1.0001);
      assertThat(large.get(0).score()).isCloseTo(small.get(0).score(), within(1e-3));
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  private static float[] scaled(float[] v, float by) {
    float[] s = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = v[i] * by;
    }
    return s;
  }

  @Test
  void similarClaimsSeesEveryClaimAddedWithoutRefreshingTheSearcherEachTime() {
    try (LuceneIndex index = new LuceneIndex(dir)) {
      for (int i = 0; i < Corpus.ALL.size(); i++) {
        index.reserve(i + 1);
        index.add(stored(Corpus.ALL.get(i), i + 1));
        // ingest asks for similar claims after each document
        List<ClaimHit> hits = index.similarClaims(Corpus.topic(Corpus.NUCLEAR, "q"), 50);
        assertThat(hits).extracting(ClaimHit::claimId).doesNotHaveDuplicates();
        assertThat(hits)
            .extracting(ClaimHit::docId)
            .containsAll(
                Corpus.ALL.subList(0, i + 1).stream()
                    .filter(d -> !d.claims().isEmpty())
                    .map(DocumentRecord::id)
                    .toList());
      }
      // nothing was flushed to serve those searches: no segment per document
      assertThat(index.searcherSegments()).isZero();
      List<ClaimHit> before = index.similarClaims(Corpus.topic(Corpus.NUCLEAR, "q"), 5);
      // a search of documents refreshes; the claim hits stay the same, now from the index
      assertThat(index.documentCount()).isEqualTo(Corpus.ALL.size());
      assertThat(index.searcherSegments()).isEqualTo(1);
      assertThat(index.similarClaims(Corpus.topic(Corpus.NUCLEAR, "q"), 5))
          .extracting(ClaimHit::claimId)
          .containsExactlyInAnyOrderElementsOf(before.stream().map(ClaimHit::claimId).toList());
      assertThat(before.get(0).docId()).startsWith("znpp");
      // index hits are scored on 7-bit quantized vectors: close to the exact (1 + cos) / 2
      float[] q = Corpus.topic(Corpus.NUCLEAR, "q");
      for (ClaimHit hit : index.similarClaims(q, 20)) {
        float[] v =
            Corpus.ALL.stream()
                .flatMap(d -> d.claims().stream())
                .filter(c -> c.id().equals(hit.claimId()))
                .findFirst()
                .orElseThrow()
                .vector();
        assertThat(hit.score()).isCloseTo((1 + cosine(q, v)) / 2, within(0.01));
      }
    }
  }
}
