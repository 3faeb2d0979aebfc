package org.claimlens.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.claimlens.model.FactCheck;
import org.jspecify.annotations.Nullable;

/**
 * The corpus store: documents with their claims, near-duplicate signatures, the fact-check library
 * and an ingest journal, kept in a relational record store (the source of truth), plus a Lucene
 * index derived from the records for full-text and vector search.
 *
 * <p>Two backends share this contract: {@link #openEmbedded(Path)} (SQLite in WAL mode and the
 * index in one folder) and {@link PostgresStore#open(String, String, String, Path)}.
 *
 * <p><b>Thread-safety:</b> an instance is safe for use by many threads, and meant to be shared by
 * ingest threads. Writes to the records are serialised internally (SQLite has one writer;
 * PostgreSQL writers also take an advisory lock, so that sequence numbers follow commit order
 * across processes); the expensive part of a {@link #put}, indexing the vectors, runs outside that
 * lock, so several writer threads help. Searches run on the index concurrently with writes and see
 * every document whose {@code put} has returned. Only one open store may use an index folder at a
 * time.
 *
 * <p><b>Nulls:</b> no argument may be null unless marked {@code @Nullable}. Methods that change a
 * document or claim throw {@link java.util.NoSuchElementException} for an unknown id. Failures of
 * the database or the index are {@link StoreException}s.
 *
 * <pre>{@code
 * try (Store store = Store.openEmbedded(Path.of("claimlens-data"))) {
 *   PutResult r = store.put(doc);
 *   List<SearchHit> hits = store.search(SearchQuery.text("grain corridor").withLanguage("en"));
 * }
 * }</pre>
 */
public interface Store extends AutoCloseable {

  /**
   * Opens (creating if needed) the embedded store in {@code dir}: records in {@code
   * dir/claimlens.db}, the index in {@code dir/index/}.
   *
   * @throws StoreException when the folder cannot be used or its schema is newer than this code
   */
  static Store openEmbedded(Path dir) {
    return SqliteStore.open(dir);
  }

  /** The schema version of the records, as migrated. */
  int schemaVersion();

  /**
   * Stores a document and its claims in one transaction, unless it duplicates a stored one: same
   * content hash, same non-null canonical URL, or same id (checked in that order). A duplicate
   * writes nothing. The document's and its claims' {@code seq} values are ignored and assigned.
   *
   * <p>Then the document is indexed. Should that fail, the record stays stored, this throws a
   * {@link StoreException}, and the index catches up on the next open.
   *
   * @throws IllegalArgumentException when a vector's dimension differs from the stored ones
   *     (checked before anything is written)
   */
  PutResult put(DocumentRecord doc);

  /** The document with its claims. */
  Optional<DocumentRecord> findDocument(String id);

  /** The outlet and corpus links of a stored document, without loading the document. */
  Optional<DocumentSummary> findSummary(String id);

  /** Like {@link #findDocument} but throws {@link java.util.NoSuchElementException} if absent. */
  default DocumentRecord expectDocument(String id) {
    return findDocument(id)
        .orElseThrow(() -> new NoSuchElementException("no document with id " + id));
  }

  Optional<String> findIdByHash(String contentHash);

  Optional<String> findIdByUrl(String canonicalUrl);

  long documentCount();

  /** Up to {@code limit} documents with {@code seq > afterSeq}, with claims, in insertion order. */
  List<DocumentRecord> documents(long afterSeq, int limit);

  /**
   * Calls {@code action} with every document in insertion order, a page at a time, so that memory
   * does not grow with the corpus.
   */
  default void forEachDocument(Consumer<DocumentRecord> action) {
    long cursor = 0;
    for (List<DocumentRecord> page = documents(0, PAGE);
        !page.isEmpty();
        page = documents(cursor, PAGE)) {
      for (DocumentRecord d : page) {
        cursor = d.seq();
        action.accept(d);
      }
    }
  }

  /** The page size of {@link #forEachDocument} and {@link #forEachClaim}. */
  int PAGE = 500;

  /** Marks {@code docId} as a (near) duplicate of {@code originalId}; null clears it. */
  void setDuplicateOf(String docId, @Nullable String originalId);

  /** Puts {@code docId} in a story; null takes it out. */
  void setStory(String docId, @Nullable String storyId);

  /** The claims of a document in index order; empty for an unknown document. */
  List<ClaimRecord> claims(String docId);

  /** The stored claims with these ids, in no particular order; unknown ids are skipped. */
  List<ClaimRecord> findClaims(Collection<String> claimIds);

  /**
   * Up to {@code limit} claims with {@code seq > afterClaimSeq}, in insertion order. Page with the
   * last claim's {@link ClaimRecord#seq()}.
   */
  List<ClaimRecord> claims(long afterClaimSeq, int limit);

  /** Calls {@code action} with every claim in insertion order, a page at a time. */
  default void forEachClaim(Consumer<ClaimRecord> action) {
    long cursor = 0;
    for (List<ClaimRecord> page = claims(0, PAGE); !page.isEmpty(); page = claims(cursor, PAGE)) {
      for (ClaimRecord c : page) {
        cursor = c.seq();
        action.accept(c);
      }
    }
  }

  List<ClaimRecord> claimsInCluster(String clusterId);

  /** Puts a claim in a cluster; null takes it out. */
  void setClaimCluster(String claimId, @Nullable String clusterId);

  /** Replaces the claims that corroborate {@code claimId}. */
  void setCorroboratedBy(String claimId, List<String> claimIds);

  /** Records that a fact-check rates a claim; adding the same pair twice changes nothing. */
  void addDebunkedBy(String claimId, String factCheckId);

  /** Stores a document's near-duplicate signature and its LSH band keys, replacing earlier ones. */
  void putSignature(String docId, long[] bandKeys, byte[] signature);

  /** The signatures of documents sharing at least one band key, ordered by document id. */
  List<Signature> signatureCandidates(long[] bandKeys);

  /** Inserts or replaces a fact-check, by id, with its embedding (null for none). */
  void putFactCheck(FactCheck fc, float @Nullable [] vector);

  /** All fact-checks, ordered by id. */
  List<FactCheck> factChecks();

  Optional<float[]> factCheckVector(String id);

  /** Searches the documents on the index; see {@link SearchQuery}. */
  List<SearchHit> search(SearchQuery q);

  /**
   * The {@code k} claims whose vectors are most similar to {@code vector}, best first, scored (1 +
   * cosine) / 2. Index hits are scored on quantized vectors, within about 0.01 of the exact score.
   */
  List<ClaimHit> similarClaims(float[] vector, int k);

  /**
   * {@link #similarClaims}, made ahead of the commit that needs it, on another thread: ingest looks
   * up a document's claims on its worker threads and brings the result up to date on its commit
   * thread with {@link #similarClaimsSince}, which then scores only the claims added in between.
   * Thread-safe.
   */
  ClaimLookup similarClaimsAhead(float[] vector, int k);

  /**
   * The look-up made ahead, brought up to date with the claims added since: the same {@code k}
   * claims (at most the look-up's) that {@link #similarClaims} would give now, up to the
   * approximation of the index's graph search. {@code ahead} must come from this store, opened as
   * it is now.
   */
  List<ClaimHit> similarClaimsSince(ClaimLookup ahead, float[] vector, int k);

  /**
   * Rebuilds the whole index from the records, reporting the number of documents indexed so far.
   * Writers wait while it runs; searches may see a partial index until it returns.
   */
  void reindex(LongConsumer progress);

  /** True when the ingest journal marks {@code key} (a file, feed item, archive) as done. */
  boolean isSourceDone(String key);

  void markSourceDone(String key);

  /** Documents and claims per day (publication date, else ingest date), ascending by day. */
  List<DayCount> countsPerDay(@Nullable String outlet);

  /** Documents per outlet; documents without an outlet are not counted. Sorted by outlet. */
  Map<String, Long> countsPerOutlet();

  /** Documents per narrative label. Sorted by label. */
  Map<String, Long> countsPerNarrative();

  /** Claims per source type. Sorted by type. */
  Map<String, Long> countsPerSourceType();

  /** Commits the index and closes the database connection. */
  @Override
  void close();
}
