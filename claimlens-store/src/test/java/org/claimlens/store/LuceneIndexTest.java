package org.claimlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /** A document with {@code n} claims whose vectors are random unit vectors. */
  private static DocumentRecord randomClaims(String id, int n, Random random) {
    List<float[]> vectors = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      vectors.add(random(random));
    }
    return withClaims(id, vectors);
  }

  /** A document with a claim for each vector. */
  private static DocumentRecord withClaims(String id, List<float[]> vectors) {
    List<ClaimRecord> claims = new ArrayList<>();
    for (int c = 0; c < vectors.size(); c++) {
      claims.add(
          ClaimRecord.of(
              id, c, "claim " + c, null, null, "unattributed", List.of(), vectors.get(c)));
    }
    return new DocumentRecord(
        id,
        0,
        Corpus.sha256(id),
        null,
        null,
        null,
        null,
        null,
        "en",
        id + ".txt",
        "text of " + id,
        "{}",
        null,
        List.of(),
        null,
        null,
        claims);
  }

  private static float[] random(Random random) {
    float[] v = new float[Corpus.DIMS];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return Vectors.unit(v);
  }

  @Test
  void lookUpsMadeAheadWhileDocumentsAreAddedCatchUpToTheExactNearestClaims() throws Exception {
    Random random = new Random(42);
    List<float[]> all = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (LuceneIndex index = new LuceneIndex(dir)) {
      List<DocumentRecord> docs = new ArrayList<>();
      for (int d = 0; d < 60; d++) {
        docs.add(randomClaims("doc-" + d, 1 + random.nextInt(8), random));
      }
      List<float[]> queries = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        queries.add(random(random));
      }
      // a writer adds documents while look-ups are made ahead on another thread
      ExecutorService pool = Executors.newSingleThreadExecutor();
      List<Future<ClaimLookup>> lookups = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        if (d < queries.size()) {
          float[] q = queries.get(d);
          lookups.add(pool.submit(() -> index.similarClaimsAhead(q, 5)));
        }
        index.reserve(d + 1);
        index.add(stored(docs.get(d), d + 1));
        for (ClaimRecord c : docs.get(d).claims()) {
          all.add(c.vector());
          ids.add(c.id());
        }
      }
      pool.shutdown();
      for (int i = 0; i < queries.size(); i++) {
        float[] q = queries.get(i);
        List<ClaimHit> hits = index.similarClaimsSince(lookups.get(i).get(), q, 5);
        // the exact top 5 over every claim added; index scores are within 0.01 of exact
        List<Double> exact = new ArrayList<>();
        for (float[] v : all) {
          exact.add((1 + cosine(q, v)) / 2);
        }
        exact.sort(Comparator.reverseOrder());
        assertThat(hits).hasSize(5).extracting(ClaimHit::claimId).doesNotHaveDuplicates();
        for (ClaimHit h : hits) {
          double score = (1 + cosine(q, all.get(ids.indexOf(h.claimId())))) / 2;
          assertThat(score).isGreaterThanOrEqualTo(exact.get(4) - 0.02);
        }
      }
    }
  }

  @Test
  void aLookUpMadeTooFarAheadIsMadeAgain() {
    Random random = new Random(7);
    try (LuceneIndex index = new LuceneIndex(dir)) {
      index.reserve(1);
      index.add(stored(randomClaims("first", 3, random), 1));
      float[] q = random(random);
      ClaimLookup ahead = index.similarClaimsAhead(q, 3);
      assertThat(ahead.hits()).extracting(ClaimHit::docId).containsOnly("first");
      // more claims than the index keeps at hand, and among them a twin of the query
      int seq = 2;
      for (int added = 0; added <= LuceneIndex.RECENT_CLAIMS; added += 100, seq++) {
        index.reserve(seq);
        index.add(stored(randomClaims("bulk-" + seq, 100, random), seq));
      }
      index.reserve(seq);
      index.add(stored(withClaims("twin", List.of(q)), seq));
      for (int i = 0; i < 5; i++) {
        seq++;
        index.reserve(seq);
        index.add(stored(randomClaims("late-" + i, 100, random), seq));
      }

      List<ClaimHit> hits = index.similarClaimsSince(ahead, q, 3);
      assertThat(hits.getFirst().docId()).isEqualTo("twin");
      assertThat(hits)
          .extracting(ClaimHit::claimId)
          .containsExactlyElementsOf(
              index.similarClaims(q, 3).stream().map(ClaimHit::claimId).toList());
    }
  }
}
