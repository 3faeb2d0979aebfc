package org.claimlens.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.claimlens.store.Corpus.ENERGY;
import static org.claimlens.store.Corpus.ENERGY_STRIKE;
import static org.claimlens.store.Corpus.GRAIN_CORRIDOR;
import static org.claimlens.store.Corpus.KYIV_DRONES;
import static org.claimlens.store.Corpus.NATO_FACTCHECK;
import static org.claimlens.store.Corpus.NUCLEAR;
import static org.claimlens.store.Corpus.UNDATED_POST;
import static org.claimlens.store.Corpus.ZNPP_REPOST;
import static org.claimlens.store.Corpus.ZNPP_TASS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.claimlens.model.FactCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} backend must show. Subclasses say how to open a fresh store,
 * reopen it, reach its index folder and run raw SQL on its records.
 */
abstract class StoreContractTest {
  /** The store under test, fresh for each test. */
  protected Store store;

  /** Opens the store at this test's location (a new one the first time, the same one later). */
  protected abstract Store open();

  /** This test's index folder. */
  protected abstract Path indexDir();

  /** Runs one SQL statement on this test's records, with the store closed. */
  protected abstract void executeSql(String sql) throws Exception;

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  private void reopen() {
    store.close();
    store = open();
  }

  private void putAll(List<DocumentRecord> docs) {
    for (DocumentRecord d : docs) {
      assertThat(store.put(d).status()).as(d.id()).isEqualTo(PutResult.Status.INSERTED);
    }
  }

  /** The stored form of {@code doc}: its seq set, its claims' seqs cleared for comparison. */
  private static DocumentRecord withoutClaimSeqs(DocumentRecord doc) {
    return doc.withClaims(doc.claims().stream().map(c -> c.withSeq(0)).toList());
  }

  private List<String> ids(SearchQuery q) {
    return store.search(q).stream().map(SearchHit::docId).toList();
  }

  // ------------------------------------------------------------------ documents

  @Test
  void insertedDocumentComesBackWhole() {
    PutResult r = store.put(ZNPP_TASS);

    assertThat(r.inserted()).isTrue();
    assertThat(r.id()).isEqualTo("znpp-tass");
    assertThat(r.seq()).isPositive();
    DocumentRecord found = store.expectDocument("znpp-tass");
    assertThat(found.seq()).isEqualTo(r.seq());
    assertThat(withoutClaimSeqs(found)).isEqualTo(ZNPP_TASS.withSeq(r.seq()));
    assertThat(found.claims()).extracting(ClaimRecord::seq).allMatch(s -> s > 0).isSorted();
    assertThat(found.vector()).containsExactly(ZNPP_TASS.vector());
    assertThat(store.findIdByHash(ZNPP_TASS.contentHash())).contains("znpp-tass");
    assertThat(store.findIdByUrl("https://news.example/znpp-tass")).contains("znpp-tass");
    assertThat(store.documentCount()).isEqualTo(1);
    assertThat(store.findDocument("no-such-doc")).isEmpty();
    assertThat(store.findIdByHash("0000")).isEmpty();
    assertThatThrownBy(() -> store.expectDocument("no-such-doc"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no-such-doc");
  }

  @Test
  void documentWithoutUrlOutletOrDateIsStored() {
    PutResult r = store.put(UNDATED_POST);

    DocumentRecord found = store.expectDocument("undated-post");
    assertThat(withoutClaimSeqs(found)).isEqualTo(UNDATED_POST.withSeq(r.seq()));
    assertThat(found.canonicalUrl()).isNull();
    assertThat(found.claims().get(0).sourceText()).isNull();
  }

  @Test
  void sameContentHashIsADuplicateAndWritesNothing() {
    long seq = store.put(GRAIN_CORRIDOR).seq();
    DocumentRecord repost =
        new DocumentRecord(
            "grain-repost",
            0,
            GRAIN_CORRIDOR.contentHash(),
            null,
            "Repost",
            null,
            "Some channel",
            "2024-03-06",
            "en",
            "channel/42.txt",
            GRAIN_CORRIDOR.text(),
            "{}",
            null,
            List.of(),
            null,
            null,
            List.of(
                ClaimRecord.of(
                    "grain-repost", 0, "x", null, null, "unattributed", List.of(), null)));

    PutResult r = store.put(repost);

    assertThat(r)
        .isEqualTo(PutResult.duplicate("grain-corridor", seq, PutResult.DuplicateKey.CONTENT_HASH));
    assertThat(store.documentCount()).isEqualTo(1);
    assertThat(store.findDocument("grain-repost")).isEmpty();
    assertThat(store.claims("grain-repost")).isEmpty();
    assertThat(store.countsPerOutlet()).containsOnlyKeys("Reuters");
  }

  @Test
  void sameCanonicalUrlIsADuplicateButNullUrlsNeverCollide() {
    long seq = store.put(ENERGY_STRIKE).seq();
    DocumentRecord updated =
        Corpus.variant(ENERGY_STRIKE, "energy-strike-v2", ENERGY_STRIKE.canonicalUrl());

    PutResult r = store.put(updated);

    assertThat(r.status()).isEqualTo(PutResult.Status.DUPLICATE);
    assertThat(r.matchedBy()).isEqualTo(PutResult.DuplicateKey.CANONICAL_URL);
    assertThat(r.id()).isEqualTo("energy-strike");
    assertThat(r.seq()).isEqualTo(seq);
    assertThat(store.put(Corpus.variant(ENERGY_STRIKE, "no-url-1", null)).inserted()).isTrue();
    assertThat(store.put(Corpus.variant(ENERGY_STRIKE, "no-url-2", null)).inserted()).isTrue();
    assertThat(store.documentCount()).isEqualTo(3);
  }

  @Test
  void sameIdWithOtherContentIsADuplicateById() {
    store.put(KYIV_DRONES);

    PutResult r = store.put(Corpus.variant(KYIV_DRONES, "kyiv-drones", null));

    assertThat(r.matchedBy()).isEqualTo(PutResult.DuplicateKey.ID);
    assertThat(store.expectDocument("kyiv-drones").text()).isEqualTo(KYIV_DRONES.text());
  }

  @Test
  void putThatFailsMidwayLeavesNothing() {
    store.put(GRAIN_CORRIDOR);
    ((JdbcStore) store)
        .beforeCommitForTesting(
            () -> {
              throw new IllegalStateException("simulated crash after the claims were written");
            });

    assertThatThrownBy(() -> store.put(ZNPP_TASS)).hasMessageContaining("simulated crash");

    assertThat(store.documentCount()).isEqualTo(1);
    assertThat(store.findDocument("znpp-tass")).isEmpty();
    assertThat(store.findIdByHash(ZNPP_TASS.contentHash())).isEmpty();
    assertThat(store.claims("znpp-tass")).isEmpty();
    assertThat(store.claims(0, 100)).extracting(ClaimRecord::docId).containsOnly("grain-corridor");
    assertThat(store.countsPerNarrative()).isEmpty();
    assertThat(ids(SearchQuery.text("Rosatom"))).isEmpty();

    ((JdbcStore) store).beforeCommitForTesting(null);
    assertThat(store.put(ZNPP_TASS).inserted()).isTrue();
    assertThat(store.claims("znpp-tass")).hasSize(3);
    assertThat(ids(SearchQuery.text("Rosatom"))).containsExactly("znpp-tass");
  }

  @Test
  void vectorOfTheWrongDimensionIsRefusedBeforeWriting() {
    store.put(KYIV_DRONES);
    DocumentRecord bad =
        new DocumentRecord(
            "bad-dims",
            0,
            "abc123",
            null,
            null,
            null,
            null,
            null,
            "en",
            "bad.txt",
            "Short text about drones.",
            "{}",
            new float[] {1f, 0f, 0f},
            List.of(),
            null,
            null,
            List.of());

    assertThatThrownBy(() -> store.put(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad-dims")
        .hasMessageContaining("3 dimensions");
    assertThat(store.findDocument("bad-dims")).isEmpty();
  }

  @Test
  void documentsPageInInsertionOrder() {
    putAll(Corpus.ALL);

    List<String> seen = new ArrayList<>();
    long after = 0;
    for (List<DocumentRecord> page = store.documents(after, 3);
        !page.isEmpty();
        page = store.documents(after, 3)) {
      assertThat(page.size()).isLessThanOrEqualTo(3);
      for (DocumentRecord d : page) {
        assertThat(d.seq()).isGreaterThan(after);
        assertThat(d.claims()).isNotEmpty();
        seen.add(d.id());
        after = d.seq();
      }
    }
    assertThat(seen)
        .containsExactlyElementsOf(Corpus.ALL.stream().map(DocumentRecord::id).toList());
    assertThat(store.documentCount()).isEqualTo(Corpus.ALL.size());
  }

  // ------------------------------------------------------------------ claims and corpus fields

  @Test
  void claimsPageOverAllDocuments() {
    putAll(Corpus.ALL);
    List<String> expected =
        Corpus.ALL.stream().flatMap(d -> d.claims().stream()).map(ClaimRecord::id).toList();

    List<String> seen = new ArrayList<>();
    long after = 0;
    for (List<ClaimRecord> page = store.claims(after, 4);
        !page.isEmpty();
        page = store.claims(after, 4)) {
      for (ClaimRecord c : page) {
        assertThat(c.seq()).isGreaterThan(after);
        seen.add(c.id());
        after = c.seq();
      }
    }

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(store.claims("znpp-tass"))
        .extracting(ClaimRecord::sourceCanonical)
        .containsExactly(
            "Rosatom",
            "the plant's Russian-installed administration",
            "International Atomic Energy Agency");
    assertThat(store.claims("grain-corridor").get(1).via()).containsExactly("Reuters");
  }

  @Test
  void claimsAreFoundByIdAcrossDocuments() {
    putAll(List.of(ZNPP_TASS, GRAIN_CORRIDOR));
    List<String> wanted = List.of("grain-corridor#1", "znpp-tass#2", "znpp-tass#0", "no-such#9");

    List<ClaimRecord> found = store.findClaims(wanted);

    assertThat(found)
        .extracting(ClaimRecord::id)
        .containsExactlyInAnyOrder("grain-corridor#1", "znpp-tass#2", "znpp-tass#0");
    assertThat(found)
        .filteredOn(c -> c.id().equals("znpp-tass#2"))
        .singleElement()
        .isEqualTo(store.claims("znpp-tass").get(2));
    assertThat(store.findClaims(List.of())).isEmpty();
  }

  @Test
  void corpusFieldsAreUpdatedInPlace() {
    putAll(List.of(ZNPP_TASS, ZNPP_REPOST, NATO_FACTCHECK));

    store.setDuplicateOf("znpp-repost", "znpp-tass");
    store.setStory("znpp-tass", "story-znpp-2024-03");
    store.setStory("znpp-repost", "story-znpp-2024-03");
    store.setClaimCluster("znpp-tass#0", "cluster-drone-hit");
    store.setClaimCluster("znpp-repost#0", "cluster-drone-hit");
    store.setCorroboratedBy("znpp-tass#0", List.of("znpp-repost#0"));
    store.addDebunkedBy("nato-factcheck#0", "stopfake-2024-017");
    store.addDebunkedBy("nato-factcheck#0", "stopfake-2024-017");
    store.addDebunkedBy("nato-factcheck#0", "afp-ua-0311");

    DocumentRecord repost = store.expectDocument("znpp-repost");
    assertThat(repost.duplicateOf()).isEqualTo("znpp-tass");
    assertThat(repost.story()).isEqualTo("story-znpp-2024-03");
    assertThat(store.claimsInCluster("cluster-drone-hit"))
        .extracting(ClaimRecord::id)
        .containsExactly("znpp-tass#0", "znpp-repost#0");
    assertThat(store.claims("znpp-tass").get(0).corroboratedBy()).containsExactly("znpp-repost#0");
    assertThat(store.claims("nato-factcheck").get(0).debunkedBy())
        .containsExactly("afp-ua-0311", "stopfake-2024-017");
    assertThat(store.expectDocument("nato-factcheck").claims().get(0).debunkedBy()).hasSize(2);

    DocumentRecord tass = store.expectDocument("znpp-tass");
    assertThat(store.findSummary("znpp-repost"))
        .contains(
            new DocumentSummary(
                "znpp-repost",
                repost.seq(),
                repost.outlet(),
                repost.published(),
                "znpp-tass",
                "story-znpp-2024-03"));
    assertThat(store.findSummary("znpp-tass").orElseThrow().outlet())
        .isEqualTo(tass.outlet())
        .isNotNull();
    assertThat(store.findSummary("no-such-doc")).isEmpty();

    store.setDuplicateOf("znpp-repost", null);
    store.setClaimCluster("znpp-repost#0", null);
    assertThat(store.expectDocument("znpp-repost").duplicateOf()).isNull();
    assertThat(store.claimsInCluster("cluster-drone-hit")).hasSize(1);

    assertThatThrownBy(() -> store.setStory("missing", "s"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> store.setClaimCluster("missing#0", "c"))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> store.addDebunkedBy("missing#0", "fc"))
        .isInstanceOf(NoSuchElementException.class);
  }

  // ------------------------------------------------------------------ signatures, fact-checks

  @Test
  void signatureCandidatesShareABandKey() {
    putAll(List.of(ZNPP_TASS, ZNPP_REPOST, GRAIN_CORRIDOR));
    store.putSignature("znpp-tass", new long[] {11L, -7L, 1L << 40}, new byte[] {1, 2, 3});
    store.putSignature("znpp-repost", new long[] {11L, 99L}, new byte[] {1, 2, 4});
    store.putSignature("grain-corridor", new long[] {500L, 501L}, new byte[] {9, 9});

    assertThat(store.signatureCandidates(new long[] {11L}))
        .containsExactly(
            new Signature("znpp-repost", new byte[] {1, 2, 4}),
            new Signature("znpp-tass", new byte[] {1, 2, 3}));
    assertThat(store.signatureCandidates(new long[] {1L << 40, 501L}))
        .extracting(Signature::docId)
        .containsExactly("grain-corridor", "znpp-tass");
    assertThat(store.signatureCandidates(new long[] {12345L})).isEmpty();
    assertThat(store.signatureCandidates(new long[0])).isEmpty();

    // Each candidate carries what a near-duplicate decision needs of its document.
    store.setDuplicateOf("znpp-repost", "znpp-tass");
    Signature repost =
        store.signatureCandidates(new long[] {99L}).stream().findFirst().orElseThrow();
    assertThat(repost.seq()).isEqualTo(store.expectDocument("znpp-repost").seq()).isPositive();
    assertThat(repost.duplicateOf()).isEqualTo("znpp-tass");

    // A new signature replaces the old bands.
    store.putSignature("znpp-tass", new long[] {77L}, new byte[] {5});
    assertThat(store.signatureCandidates(new long[] {-7L})).isEmpty();
    assertThat(store.signatureCandidates(new long[] {77L}))
        .containsExactly(new Signature("znpp-tass", new byte[] {5}));
    assertThatThrownBy(() -> store.putSignature("missing", new long[] {1L}, new byte[] {1}))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void factChecksAreUpsertedById() {
    FactCheck first =
        new FactCheck(
            "stopfake-2024-017",
            "Video shows French troops arriving in Odesa",
            "False",
            "https://factcheck.example/odesa-troops",
            "2024-03-25");
    float[] v = Corpus.topic(Corpus.NATO, "fc1");
    store.putFactCheck(first, v);
    store.putFactCheck(
        new FactCheck("afp-ua-0311", "Zelensky bought a villa in Egypt", "False", null, null),
        null);
    FactCheck revised =
        new FactCheck(first.id(), first.claim(), "Missing context", first.url(), "2024-03-26");
    float[] v2 = Corpus.topic(Corpus.NATO, "fc1-revised");
    store.putFactCheck(revised, v2);

    assertThat(store.factChecks())
        .containsExactly(
            new FactCheck("afp-ua-0311", "Zelensky bought a villa in Egypt", "False", null, null),
            revised);
    assertThat(store.factCheckVector("stopfake-2024-017"))
        .hasValueSatisfying(got -> assertThat(got).containsExactly(v2));
    assertThat(store.factCheckVector("afp-ua-0311")).isEmpty();
    assertThat(store.factCheckVector("missing")).isEmpty();
  }

  // ------------------------------------------------------------------ search

  @Test
  void fullTextSearchRanksAndSnippetsInPlainText() {
    putAll(Corpus.ALL);

    List<SearchHit> hits = store.search(SearchQuery.text("Zaporizhzhia"));

    assertThat(hits)
        .extracting(SearchHit::docId)
        .containsExactlyInAnyOrder("znpp-tass", "energy-strike");
    // The title match weighs more than a mention in the text.
    assertThat(hits.get(0).docId()).isEqualTo("znpp-tass");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    SearchHit tass = hits.get(0);
    assertThat(tass.title()).isEqualTo(ZNPP_TASS.title());
    assertThat(tass.outlet()).isEqualTo("TASS");
    assertThat(tass.published()).isEqualTo("2024-03-20");
    assertThat(tass.snippet()).contains("Zaporizhzhia").doesNotContain("<", ">");
    assertThat(hits.get(1).snippet()).contains("Zaporizhzhia").startsWith("…");
    assertThat(store.search(SearchQuery.text("\"nuclear terrorism\"")))
        .extracting(SearchHit::docId)
        .containsExactly("znpp-tass");
    assertThat(store.search(SearchQuery.text("Zaporizhzhia -Rosatom")))
        .extracting(SearchHit::docId)
        .containsExactly("energy-strike");
    assertThat(store.search(SearchQuery.text("Odesa").withLimit(1))).hasSize(1);
    assertThat(ids(SearchQuery.text("Odesa Kharkiv"))).containsExactly("energy-strike");
    assertThat(ids(SearchQuery.text("Kubrakov | Ukrenergo")))
        .containsExactlyInAnyOrder("grain-corridor", "energy-strike");
    assertThat(store.search(SearchQuery.text("kaleidoscope"))).isEmpty();
  }

  @Test
  void everyFilterNarrowsTheSearch() {
    putAll(Corpus.ALL);
    SearchQuery odesa = SearchQuery.text("Odesa");
    assertThat(ids(odesa))
        .containsExactlyInAnyOrder("grain-corridor", "energy-strike", "nato-factcheck");

    assertThat(ids(odesa.withOutlet("Reuters"))).containsExactly("grain-corridor");
    assertThat(ids(odesa.withOutlet("reuters"))).isEmpty();
    assertThat(ids(SearchQuery.all().withLanguage("de"))).containsExactly("mobilisation-dw");
    assertThat(ids(SearchQuery.text("АЭС").withLanguage("ru"))).containsExactly("znpp-repost");
    assertThat(ids(odesa.withPublishedFrom("2024-03-22")))
        .containsExactlyInAnyOrder("energy-strike", "nato-factcheck");
    assertThat(ids(odesa.withPublishedTo("2024-03-22")))
        .containsExactlyInAnyOrder("grain-corridor", "energy-strike");
    assertThat(ids(odesa.withPublishedFrom("2024-03-22").withPublishedTo("2024-03-22")))
        .containsExactly("energy-strike");
    assertThat(ids(odesa.withNarrative(Corpus.FEAR))).containsExactly("nato-factcheck");
    assertThat(ids(SearchQuery.all().withNarrative(Corpus.BLAME).withLimit(50)))
        .containsExactly("znpp-repost", "znpp-tass");
    assertThat(ids(odesa.withSourceType("named_person"))).containsExactly("grain-corridor");
    assertThat(ids(SearchQuery.all().withSourceType("unattributed")))
        .containsExactly("undated-post");
    assertThat(ids(odesa.withOutlet("Reuters").withLanguage("de"))).isEmpty();
    assertThatThrownBy(() -> odesa.withPublishedFrom("March 2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("March 2024");
  }

  @Test
  void filterOnlySearchListsNewestFirst() {
    putAll(Corpus.ALL);

    List<String> all = ids(SearchQuery.all().withLimit(100));

    List<String> reversed = new ArrayList<>(Corpus.ALL.stream().map(DocumentRecord::id).toList());
    java.util.Collections.reverse(reversed);
    assertThat(all).containsExactlyElementsOf(reversed);
    assertThat(store.search(SearchQuery.all().withLimit(100)).get(0).snippet())
        .startsWith("Sirens again in Sumy");
  }

  @Test
  void vectorSearchFindsTheNearestDocuments() {
    putAll(Corpus.ALL);

    List<SearchHit> hits =
        store.search(SearchQuery.vector(Corpus.topic(NUCLEAR, "q")).withLimit(3));

    assertThat(hits.subList(0, 2))
        .extracting(SearchHit::docId)
        .containsExactlyInAnyOrder("znpp-tass", "znpp-repost");
    assertThat(hits.get(0).score()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
    assertThat(hits.get(2).score()).isLessThan(hits.get(1).score());
    assertThat(ids(SearchQuery.vector(Corpus.topic(NUCLEAR, "q")).withLanguage("en").withLimit(1)))
        .containsExactly("znpp-tass");
    assertThatThrownBy(() -> store.search(SearchQuery.vector(new float[] {1f, 2f})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 dimensions");
  }

  @Test
  void hybridSearchFusesTextAndVectorRanks() {
    putAll(Corpus.ALL);
    SearchQuery text = SearchQuery.text("Odesa").withLimit(50);
    float[] v = Corpus.topic(ENERGY, "q");
    List<String> byText = ids(text);
    List<String> byVector = ids(SearchQuery.vector(v).withLimit(50));
    java.util.Map<String, Double> expected = new java.util.HashMap<>();
    for (List<String> list : List.of(byText, byVector)) {
      for (int rank = 0; rank < list.size(); rank++) {
        expected.merge(list.get(rank), 1.0 / (60 + rank + 1), Double::sum);
      }
    }

    List<SearchHit> hybrid = store.search(text.withVector(v));

    assertThat(hybrid)
        .extracting(SearchHit::docId)
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (SearchHit h : hybrid) {
      assertThat(h.score()).as(h.docId()).isCloseTo(expected.get(h.docId()), within(1e-6));
    }
    assertThat(hybrid).extracting(SearchHit::score).isSortedAccordingTo(Comparator.reverseOrder());
    // Documents found by both text and vector come before those found by the vector alone.
    assertThat(hybrid.subList(0, byText.size()))
        .extracting(SearchHit::docId)
        .containsExactlyInAnyOrderElementsOf(byText);
    assertThat(hybrid.get(0).snippet()).contains("Odesa");
  }

  @Test
  void zeroVectorIsStoredButHasNoNeighbours() {
    putAll(List.of(KYIV_DRONES, GRAIN_CORRIDOR));
    DocumentRecord empty =
        new DocumentRecord(
            "empty-vector",
            0,
            "hash-empty-vector",
            null,
            "Blank",
            null,
            "Channel",
            "2024-03-30",
            "en",
            "blank.txt",
            "Drones again.",
            "{}",
            new float[Corpus.DIMS],
            List.of(),
            null,
            null,
            List.of());

    assertThat(store.put(empty).inserted()).isTrue();

    assertThat(store.expectDocument("empty-vector").vector()).containsOnly(0f);
    assertThat(ids(SearchQuery.vector(Corpus.topic(Corpus.DRONES, "q")).withLimit(10)))
        .containsExactly("kyiv-drones", "grain-corridor");
    assertThat(ids(SearchQuery.text("drones"))).contains("empty-vector");
  }

  @Test
  void similarClaimsSearchesClaimVectors() {
    putAll(Corpus.ALL);

    List<ClaimHit> hits = store.similarClaims(Corpus.topic(Corpus.GRAIN, "q"), 2);

    assertThat(hits)
        .extracting(ClaimHit::claimId)
        .containsExactlyInAnyOrder("grain-corridor#0", "grain-corridor#1");
    assertThat(hits).allSatisfy(h -> assertThat(h.docId()).isEqualTo("grain-corridor"));
    assertThat(store.similarClaims(Corpus.topic(NUCLEAR, "q"), 5))
        .extracting(ClaimHit::docId)
        .containsOnly("znpp-tass", "znpp-repost");
  }

  @Test
  void aLookUpMadeAheadCatchesUpWithTheClaimsStoredSince() {
    // ingest looks up a document's claims on a worker thread, then commits it a few documents later
    putAll(Corpus.ALL.subList(0, 2));
    float[] q = Corpus.topic(NUCLEAR, "q");
    ClaimLookup ahead = store.similarClaimsAhead(q, 5);
    assertThat(ahead.hits()).extracting(ClaimHit::docId).doesNotContain("znpp-tass");

    putAll(Corpus.ALL.subList(2, Corpus.ALL.size()));

    List<ClaimHit> caughtUp = store.similarClaimsSince(ahead, q, 5);
    assertThat(caughtUp).extracting(ClaimHit::docId).containsOnly("znpp-tass", "znpp-repost");
    assertThat(caughtUp)
        .extracting(ClaimHit::claimId)
        .containsExactlyElementsOf(
            store.similarClaims(q, 5).stream().map(ClaimHit::claimId).toList());
    // nothing stored since: the look-up as it was
    ClaimLookup now = store.similarClaimsAhead(q, 5);
    assertThat(store.similarClaimsSince(now, q, 3))
        .containsExactlyElementsOf(now.hits().subList(0, 3));
  }

  @Test
  void aLookUpMadeAheadOnAnEmptyStoreFindsTheClaimsStoredSince() {
    float[] q = Corpus.topic(Corpus.GRAIN, "q");
    ClaimLookup ahead = store.similarClaimsAhead(q, 2);
    assertThat(ahead.hits()).isEmpty();

    putAll(Corpus.ALL);

    assertThat(store.similarClaimsSince(ahead, q, 2))
        .extracting(ClaimHit::claimId)
        .containsExactlyInAnyOrder("grain-corridor#0", "grain-corridor#1");
  }

  // ------------------------------------------------------------------ the derived index

  private List<List<String>> probe() {
    return List.of(
        ids(SearchQuery.text("Zaporizhzhia")),
        ids(SearchQuery.text("Odesa").withPublishedFrom("2024-03-10")),
        ids(SearchQuery.vector(Corpus.topic(NUCLEAR, "q")).withLimit(4)),
        ids(SearchQuery.text("drones").withVector(Corpus.topic(Corpus.DRONES, "q"))),
        ids(SearchQuery.all().withLimit(100)),
        store.similarClaims(Corpus.topic(ENERGY, "q"), 3).stream().map(ClaimHit::claimId).toList());
  }

  @Test
  void reindexAndDeletedIndexGiveTheSameResults() throws IOException {
    putAll(Corpus.ALL);
    List<List<String>> before = probe();
    assertThat(before.get(0)).isNotEmpty();

    List<Long> progress = new ArrayList<>();
    store.reindex(progress::add);
    assertThat(progress).isNotEmpty().isSorted().last().isEqualTo((long) Corpus.ALL.size());
    assertThat(probe()).isEqualTo(before);

    store.close();
    deleteRecursively(indexDir());
    store = open();
    assertThat(((JdbcStore) store).indexedDocumentCount()).isEqualTo(Corpus.ALL.size());
    assertThat(probe()).isEqualTo(before);
  }

  @Test
  void indexBehindTheRecordsCatchesUpOnOpen() throws IOException {
    putAll(Corpus.ALL.subList(0, 3));
    store.close();
    Path stale = Files.createTempDirectory("claimlens-stale-index");
    try {
      copyRecursively(indexDir(), stale);
      store = open();
      putAll(Corpus.ALL.subList(3, Corpus.ALL.size()));
      List<List<String>> complete = probe();
      store.close();
      // As after a crash: the records hold all documents, the index only its older commit.
      deleteRecursively(indexDir());
      copyRecursively(stale, indexDir());

      store = open();

      assertThat(((JdbcStore) store).indexedDocumentCount()).isEqualTo(Corpus.ALL.size());
      assertThat(probe()).isEqualTo(complete);
      assertThat(ids(SearchQuery.text("Mobilisierung"))).containsExactly("mobilisation-dw");
    } finally {
      deleteRecursively(stale);
    }
  }

  // ------------------------------------------------------------------ migrations, persistence

  @Test
  void schemaIsMigratedAndANewerSchemaIsRefused() throws Exception {
    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    store.put(KYIV_DRONES);
    store.close();

    executeSql("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')");

    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99 is newer")
        .hasMessageContaining("(" + Migrations.latest() + ")");
    executeSql("DELETE FROM schema_version WHERE version = 99");
    store = open();
    assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
    assertThat(store.documentCount()).isEqualTo(1);
  }

  @Test
  void everythingSurvivesAReopen() {
    putAll(List.of(ZNPP_TASS, ZNPP_REPOST));
    store.setStory("znpp-repost", "story-1");
    store.addDebunkedBy("znpp-repost#0", "fc-1");
    store.putSignature("znpp-tass", new long[] {3L}, new byte[] {7});
    store.putFactCheck(
        new FactCheck("fc-1", "Kyiv shelled the plant", "Unproven", null, null),
        Corpus.topic(NUCLEAR, "fc"));
    store.markSourceDone("feeds/tass.xml#2024-03-20");
    DocumentRecord before = store.expectDocument("znpp-repost");

    reopen();

    assertThat(store.expectDocument("znpp-repost")).isEqualTo(before);
    assertThat(store.signatureCandidates(new long[] {3L}))
        .extracting(Signature::docId)
        .containsExactly("znpp-tass");
    assertThat(store.factChecks()).extracting(FactCheck::id).containsExactly("fc-1");
    assertThat(store.isSourceDone("feeds/tass.xml#2024-03-20")).isTrue();
    assertThat(ids(SearchQuery.text("Rosatom"))).containsExactlyInAnyOrder("znpp-tass");
    // New documents continue the sequence.
    assertThat(store.put(KYIV_DRONES).seq()).isGreaterThan(before.seq());
  }

  @Test
  void ingestJournalMarksSourcesDone() {
    assertThat(store.isSourceDone("exports/rybar/messages.html")).isFalse();
    store.markSourceDone("exports/rybar/messages.html");
    store.markSourceDone("exports/rybar/messages.html");
    assertThat(store.isSourceDone("exports/rybar/messages.html")).isTrue();
    assertThat(store.isSourceDone("exports/rybar/messages2.html")).isFalse();
  }

  // ------------------------------------------------------------------ aggregates

  @Test
  void countsPerDayOutletNarrativeAndSourceType() {
    putAll(Corpus.ALL);
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    List<DayCount> days = store.countsPerDay(null);

    assertThat(days).contains(new DayCount("2024-03-20", 1, 3), new DayCount("2024-04-02", 1, 1));
    assertThat(days).contains(new DayCount(today, 1, 1));
    assertThat(days).extracting(DayCount::day).isSorted();
    assertThat(days.stream().mapToLong(DayCount::documents).sum()).isEqualTo(Corpus.ALL.size());
    assertThat(store.countsPerDay("TASS")).containsExactly(new DayCount("2024-03-20", 1, 3));
    assertThat(store.countsPerDay("Nobody")).isEmpty();
    assertThat(store.countsPerOutlet()).hasSize(7).containsEntry("TASS", 1L).doesNotContainKey("");
    assertThat(store.countsPerNarrative())
        .containsExactly(
            Map.entry(Corpus.FEAR, 2L),
            Map.entry(Corpus.BLAME, 2L),
            Map.entry(Corpus.DISCREDIT, 1L));
    assertThat(store.countsPerSourceType())
        .containsEntry("official_body", 6L)
        .containsEntry("anonymous_group", 4L)
        .containsEntry("unattributed", 1L);
    assertThat(store.countsPerSourceType().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(Corpus.ALL.stream().mapToLong(d -> d.claims().size()).sum());
  }

  // ------------------------------------------------------------------ concurrency

  @Test
  void concurrentPutsStoreEachDocumentOnce() throws Exception {
    List<DocumentRecord> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      DocumentRecord base = Corpus.ALL.get(i % Corpus.ALL.size());
      docs.add(Corpus.variant(base, base.id() + "-" + i, "https://news.example/c/" + i));
    }
    // Each thread puts every document, plus a same-URL copy under its own id.
    int threads = 4;
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, r -> new Thread(r, "store-test-writer"));
    ConcurrentLinkedQueue<PutResult> results = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < docs.size(); i++) {
                  DocumentRecord d = docs.get((i + thread * 3) % docs.size());
                  results.add(store.put(d));
                  results.add(
                      store.put(Corpus.variant(d, d.id() + "-t" + thread, d.canonicalUrl())));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(store.documentCount()).isEqualTo(docs.size());
    assertThat(results).hasSize(threads * docs.size() * 2);
    assertThat(results.stream().filter(PutResult::inserted)).hasSize(docs.size());
    for (DocumentRecord d : docs) {
      String stored = store.findIdByUrl(d.canonicalUrl()).orElseThrow();
      assertThat(results.stream().filter(r -> r.id().equals(stored)).map(PutResult::seq).distinct())
          .hasSize(1);
      assertThat(store.claims(stored)).hasSize(d.claims().size());
    }
    assertThat(store.claims(0, 1000)).hasSize(docs.stream().mapToInt(d -> d.claims().size()).sum());
    assertThat(ids(SearchQuery.all().withLimit(100))).hasSize(docs.size()).doesNotHaveDuplicates();
    reopen();
    assertThat(((JdbcStore) store).indexedDocumentCount()).isEqualTo(docs.size());
  }

  // ------------------------------------------------------------------ helpers

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
