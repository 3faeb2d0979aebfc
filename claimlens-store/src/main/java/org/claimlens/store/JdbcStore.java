package org.claimlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.claimlens.model.FactCheck;
import org.jspecify.annotations.Nullable;

/**
 * The store over a JDBC record database and a {@link LuceneIndex}. The SQL is shared by both
 * dialects; what differs (connection setup, cross-process write lock, unique-violation codes) is in
 * the subclasses.
 *
 * <p>One connection, guarded by a lock: every database call is serialised, which is what SQLite
 * needs anyway and keeps {@code seq} in commit order. After the database commit a put reserves its
 * seq with the index under the same lock, then indexes outside it, so that several writer threads
 * build the HNSW graphs in parallel; searches take no lock.
 */
abstract sealed class JdbcStore implements Store permits SqliteStore, PostgresStore {
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final int IN_CHUNK = 500;
  private static final int CATCH_UP_PAGE = 256;

  private static final String DOC_COLUMNS =
      "seq, id, content_hash, canonical_url, title, url, outlet, published, language, source_file,"
          + " text, json, vector, duplicate_of, story";
  private static final String CLAIM_COLUMNS =
      "seq, id, doc_id, idx, text, source_text, source_canonical, source_type, via, vector,"
          + " cluster, corroborated_by, status, entities";

  private final ReentrantLock lock = new ReentrantLock();
  private final ReentrantReadWriteLock closing = new ReentrantReadWriteLock();
  private final Connection connection;
  private final LuceneIndex index;
  private final String where;
  private final Migrations.Dialect dialect;
  private final int schemaVersion;
  private volatile boolean closed;
  private volatile @Nullable Runnable beforeCommit;

  /**
   * Migrates the schema, opens the index and brings it up to date with the records. Closes the
   * connection if anything fails.
   */
  JdbcStore(Connection connection, LuceneIndex index, String where, Migrations.Dialect dialect) {
    this.connection = connection;
    this.index = index;
    this.where = where;
    this.dialect = dialect;
    try {
      schemaVersion = Migrations.migrate(connection, dialect, where);
      catchUp();
    } catch (SQLException | RuntimeException e) {
      index.close();
      closeQuietly(connection);
      throw e instanceof StoreException se ? se : new StoreException(where + ": " + e, e);
    }
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // nothing more to do: we are already failing
    }
  }

  /** True when the exception says a unique constraint was violated. */
  abstract boolean isUniqueViolation(SQLException e);

  /** For tests: runs just before a put commits; a throwing hook makes the put fail midway. */
  final void beforeCommitForTesting(@Nullable Runnable hook) {
    beforeCommit = hook;
  }

  /** For tests: the documents in the index as searches see them. */
  final int indexedDocumentCount() {
    return index.documentCount();
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T read(SqlWork<T> work) {
    lock.lock();
    try {
      checkOpen();
      return work.apply(connection);
    } catch (SQLException e) {
      throw new StoreException(where + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  private <T> T write(SqlWork<T> work) {
    lock.lock();
    try {
      checkOpen();
      connection.setAutoCommit(false);
      try {
        dialect.lockWriters(connection);
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(where + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the store " + where + " is closed");
    }
  }

  // ---------------------------------------------------------------- index maintenance

  /** Indexes the documents the index has not seen, or rebuilds it if it is ahead of the records. */
  private void catchUp() {
    lock.lock();
    try {
      long max = read(c -> queryLong(c, "SELECT COALESCE(MAX(seq), 0) FROM documents"));
      long from = index.committedSeq();
      if (from > max) {
        // The index knows documents the records do not (records restored from an older backup).
        index.deleteAll();
        from = 0;
      }
      if (from < max) {
        indexFrom(from, n -> {});
      }
    } finally {
      lock.unlock();
    }
  }

  private long indexFrom(long afterSeq, LongConsumer progress) {
    long done = 0;
    long after = afterSeq;
    for (List<DocumentRecord> page = documents(after, CATCH_UP_PAGE);
        !page.isEmpty();
        page = documents(after, CATCH_UP_PAGE)) {
      for (DocumentRecord d : page) {
        index.reserve(d.seq());
        index.add(d);
        after = d.seq();
      }
      done += page.size();
      progress.accept(done);
    }
    index.commit();
    return done;
  }

  @Override
  public void reindex(LongConsumer progress) {
    Objects.requireNonNull(progress, "progress");
    lock.lock();
    try {
      checkOpen();
      index.deleteAll();
      indexFrom(0, progress);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- documents

  @Override
  public int schemaVersion() {
    return schemaVersion;
  }

  @Override
  public PutResult put(DocumentRecord doc) {
    Objects.requireNonNull(doc, "doc");
    // The read lock keeps close() from closing the index under an add that runs outside the lock.
    closing.readLock().lock();
    try {
      PutResult result;
      List<DocumentRecord> toIndex = new ArrayList<>(1);
      lock.lock();
      try {
        checkOpen();
        index.checkDimensions(doc);
        result = writeOrFindDuplicate(doc);
        if (result.inserted()) {
          long after = index.highestReserved();
          if (result.seq() > after + 1) {
            // Another process (PostgreSQL) committed documents since our last one; index them too,
            // or a commit would claim seqs this index never saw. Rolled-back seqs are just gaps.
            toIndex.addAll(
                read(
                    c ->
                        loadDocuments(
                            c,
                            "WHERE seq > ? AND seq < ? ORDER BY seq",
                            List.of(after, result.seq()))));
          }
          toIndex.add(doc.withSeq(result.seq()));
          for (DocumentRecord d : toIndex) {
            index.reserve(d.seq());
          }
        }
      } finally {
        lock.unlock();
      }
      // Outside the lock: building the HNSW graphs is the slow part, and Lucene runs it in
      // parallel for several writer threads. Reserving the seqs above keeps commits honest.
      for (DocumentRecord d : toIndex) {
        index.add(d);
      }
      return result;
    } finally {
      closing.readLock().unlock();
    }
  }

  private PutResult writeOrFindDuplicate(DocumentRecord doc) {
    try {
      return write(
          c -> {
            Optional<PutResult> duplicate = findDuplicate(c, doc);
            if (duplicate.isPresent()) {
              return duplicate.get();
            }
            long seq = insert(c, doc);
            Runnable hook = beforeCommit;
            if (hook != null) {
              hook.run();
            }
            return PutResult.inserted(doc.id(), seq);
          });
    } catch (StoreException e) {
      // Another process may have inserted the same document between our check and insert.
      if (e.getCause() instanceof SQLException se && isUniqueViolation(se)) {
        Optional<PutResult> duplicate = read(c -> findDuplicate(c, doc));
        if (duplicate.isPresent()) {
          return duplicate.get();
        }
      }
      throw e;
    }
  }

  private static Optional<PutResult> findDuplicate(Connection c, DocumentRecord doc)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT id, seq, content_hash, canonical_url FROM documents"
                + " WHERE content_hash = ? OR canonical_url = ? OR id = ?")) {
      p.setString(1, doc.contentHash());
      p.setString(2, doc.canonicalUrl());
      p.setString(3, doc.id());
      PutResult byUrl = null;
      PutResult byId = null;
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String id = r.getString(1);
          long seq = r.getLong(2);
          if (doc.contentHash().equals(r.getString(3))) {
            return Optional.of(PutResult.duplicate(id, seq, PutResult.DuplicateKey.CONTENT_HASH));
          } else if (doc.canonicalUrl() != null && doc.canonicalUrl().equals(r.getString(4))) {
            byUrl = PutResult.duplicate(id, seq, PutResult.DuplicateKey.CANONICAL_URL);
          } else {
            byId = PutResult.duplicate(id, seq, PutResult.DuplicateKey.ID);
          }
        }
      }
      return Optional.ofNullable(byUrl != null ? byUrl : byId);
    }
  }

  private static long insert(Connection c, DocumentRecord doc) throws SQLException {
    String ingested = Instant.now().toString();
    String published = doc.published();
    String day =
        published != null && ISO_DAY.matcher(published).matches()
            ? published.substring(0, 10)
            : Instant.now().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    long seq;
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO documents (id, content_hash, canonical_url, title, url, outlet, published,"
                + " language, source_file, text, json, vector, duplicate_of, story, day, ingested,"
                + " claim_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING seq")) {
      p.setString(1, doc.id());
      p.setString(2, doc.contentHash());
      p.setString(3, doc.canonicalUrl());
      p.setString(4, doc.title());
      p.setString(5, doc.url());
      p.setString(6, doc.outlet());
      p.setString(7, published);
      p.setString(8, doc.language());
      p.setString(9, doc.sourceFile());
      p.setString(10, doc.text());
      p.setString(11, doc.json());
      setBytes(p, 12, Vectors.encode(doc.vector()));
      p.setString(13, doc.duplicateOf());
      p.setString(14, doc.story());
      p.setString(15, day);
      p.setString(16, ingested);
      p.setInt(17, doc.claims().size());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        seq = r.getLong(1);
      }
    }
    if (!doc.narratives().isEmpty()) {
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO document_narratives (doc_id, position, label) VALUES (?, ?, ?)")) {
        for (int i = 0; i < doc.narratives().size(); i++) {
          p.setString(1, doc.id());
          p.setInt(2, i);
          p.setString(3, doc.narratives().get(i));
          p.addBatch();
        }
        p.executeBatch();
      }
    }
    if (!doc.claims().isEmpty()) {
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO claims (id, doc_id, doc_seq, idx, text, source_text, source_canonical,"
                  + " source_type, via, vector, cluster, corroborated_by, status, entities)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (ClaimRecord cl : doc.claims()) {
          p.setString(1, cl.id());
          p.setString(2, doc.id());
          p.setLong(3, seq);
          p.setInt(4, cl.index());
          p.setString(5, cl.text());
          p.setString(6, cl.sourceText());
          p.setString(7, cl.sourceCanonical());
          p.setString(8, cl.sourceType());
          p.setString(9, StringLists.encode(cl.via()));
          setBytes(p, 10, Vectors.encode(cl.vector()));
          p.setString(11, cl.cluster());
          p.setString(12, StringLists.encode(cl.corroboratedBy()));
          p.setString(13, cl.status());
          p.setString(14, StringLists.encode(cl.entities()));
          p.addBatch();
        }
        p.executeBatch();
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO claim_debunks (claim_id, fact_check_id) VALUES (?, ?)"
                  + " ON CONFLICT DO NOTHING")) {
        int n = 0;
        for (ClaimRecord cl : doc.claims()) {
          for (String fc : cl.debunkedBy()) {
            p.setString(1, cl.id());
            p.setString(2, fc);
            p.addBatch();
            n++;
          }
        }
        if (n > 0) {
          p.executeBatch();
        }
      }
    }
    return seq;
  }

  private static void setBytes(PreparedStatement p, int i, byte @Nullable [] bytes)
      throws SQLException {
    if (bytes == null) {
      p.setNull(i, Types.BINARY);
    } else {
      p.setBytes(i, bytes);
    }
  }

  @Override
  public Optional<DocumentRecord> findDocument(String id) {
    Objects.requireNonNull(id, "id");
    return read(c -> loadDocuments(c, "WHERE id = ?", List.of(id))).stream().findFirst();
  }

  @Override
  public Optional<DocumentSummary> findSummary(String id) {
    Objects.requireNonNull(id, "id");
    return read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT seq, outlet, published, duplicate_of, story FROM documents WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
              return r.next()
                  ? Optional.of(
                      new DocumentSummary(
                          id,
                          r.getLong(1),
                          r.getString(2),
                          r.getString(3),
                          r.getString(4),
                          r.getString(5)))
                  : Optional.<DocumentSummary>empty();
            }
          }
        });
  }

  @Override
  public Optional<String> findIdByHash(String contentHash) {
    Objects.requireNonNull(contentHash, "contentHash");
    return read(
        c -> queryString(c, "SELECT id FROM documents WHERE content_hash = ?", contentHash));
  }

  @Override
  public Optional<String> findIdByUrl(String canonicalUrl) {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    return read(
        c -> queryString(c, "SELECT id FROM documents WHERE canonical_url = ?", canonicalUrl));
  }

  @Override
  public long documentCount() {
    return read(c -> queryLong(c, "SELECT COUNT(*) FROM documents"));
  }

  @Override
  public List<DocumentRecord> documents(long afterSeq, int limit) {
    checkLimit(limit);
    return read(
        c -> loadDocuments(c, "WHERE seq > ? ORDER BY seq LIMIT ?", List.of(afterSeq, limit)));
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
  }

  private List<DocumentRecord> loadDocuments(Connection c, String tail, List<Object> params)
      throws SQLException {
    List<DocumentRecord> docs = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + DOC_COLUMNS + " FROM documents " + tail)) {
      bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          docs.add(
              new DocumentRecord(
                  r.getString(2),
                  r.getLong(1),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9),
                  r.getString(10),
                  r.getString(11),
                  r.getString(12),
                  Vectors.decode(r.getBytes(13)),
                  List.of(),
                  r.getString(14),
                  r.getString(15),
                  List.of()));
        }
      }
    }
    if (docs.isEmpty()) {
      return docs;
    }
    List<String> ids = docs.stream().map(DocumentRecord::id).toList();
    Map<String, List<String>> narratives = new HashMap<>();
    for (List<String> chunk : chunks(ids)) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT doc_id, label FROM document_narratives WHERE doc_id IN ("
                  + placeholders(chunk.size())
                  + ") ORDER BY doc_id, position")) {
        bind(p, chunk);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            narratives.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
          }
        }
      }
    }
    Map<String, List<ClaimRecord>> claims = new HashMap<>();
    for (List<String> chunk : chunks(ids)) {
      for (ClaimRecord cl :
          loadClaims(
              c, "WHERE doc_id IN (" + placeholders(chunk.size()) + ") ORDER BY seq", chunk)) {
        claims.computeIfAbsent(cl.docId(), k -> new ArrayList<>()).add(cl);
      }
    }
    List<DocumentRecord> complete = new ArrayList<>(docs.size());
    for (DocumentRecord d : docs) {
      List<ClaimRecord> cs = claims.getOrDefault(d.id(), List.of());
      complete.add(
          new DocumentRecord(
              d.id(),
              d.seq(),
              d.contentHash(),
              d.canonicalUrl(),
              d.title(),
              d.url(),
              d.outlet(),
              d.published(),
              d.language(),
              d.sourceFile(),
              d.text(),
              d.json(),
              d.vector(),
              narratives.getOrDefault(d.id(), List.of()),
              d.duplicateOf(),
              d.story(),
              cs.stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).toList()));
    }
    return complete;
  }

  private List<ClaimRecord> loadClaims(Connection c, String tail, List<?> params)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + CLAIM_COLUMNS + " FROM claims " + tail)) {
      bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Object[] {
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getInt(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getBytes(10),
                r.getString(11),
                r.getString(12),
                r.getString(13),
                r.getString(14)
              });
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(row -> (String) row[1]).toList();
    Map<String, List<String>> debunks = new HashMap<>();
    for (List<String> chunk : chunks(ids)) {
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT claim_id, fact_check_id FROM claim_debunks WHERE claim_id IN ("
                  + placeholders(chunk.size())
                  + ") ORDER BY claim_id, fact_check_id")) {
        bind(p, chunk);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            debunks.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
          }
        }
      }
    }
    List<ClaimRecord> claims = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      String id = (String) row[1];
      claims.add(
          new ClaimRecord(
              id,
              (Long) row[0],
              (String) row[2],
              (Integer) row[3],
              (String) row[4],
              (String) row[5],
              (String) row[6],
              (String) row[7],
              StringLists.decode((String) row[8], where + " claims.via of " + id),
              Vectors.decode((byte[]) row[9]),
              (String) row[10],
              StringLists.decode((String) row[11], where + " claims.corroborated_by of " + id),
              debunks.getOrDefault(id, List.of()),
              (String) row[12],
              StringLists.decode((String) row[13], where + " claims.entities of " + id)));
    }
    return claims;
  }

  @Override
  public void setDuplicateOf(String docId, @Nullable String originalId) {
    updateOne("UPDATE documents SET duplicate_of = ? WHERE id = ?", originalId, docId, "document");
  }

  @Override
  public void setStory(String docId, @Nullable String storyId) {
    updateOne("UPDATE documents SET story = ? WHERE id = ?", storyId, docId, "document");
  }

  private void updateOne(String sql, @Nullable String value, String id, String what) {
    Objects.requireNonNull(id, "id");
    int n =
        write(
            c -> {
              try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, value);
                p.setString(2, id);
                return p.executeUpdate();
              }
            });
    if (n == 0) {
      throw new NoSuchElementException("no " + what + " with id " + id + " in " + where);
    }
  }

  // ---------------------------------------------------------------- claims

  @Override
  public List<ClaimRecord> claims(String docId) {
    Objects.requireNonNull(docId, "docId");
    return read(c -> loadClaims(c, "WHERE doc_id = ? ORDER BY idx", List.of(docId)));
  }

  @Override
  public List<ClaimRecord> findClaims(Collection<String> claimIds) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(claimIds));
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ClaimRecord> found = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      found.addAll(
          read(c -> loadClaims(c, "WHERE id IN (" + placeholders(chunk.size()) + ")", chunk)));
    }
    return found;
  }

  @Override
  public List<ClaimRecord> claims(long afterClaimSeq, int limit) {
    checkLimit(limit);
    return read(
        c -> loadClaims(c, "WHERE seq > ? ORDER BY seq LIMIT ?", List.of(afterClaimSeq, limit)));
  }

  @Override
  public List<ClaimRecord> claimsInCluster(String clusterId) {
    Objects.requireNonNull(clusterId, "clusterId");
    return read(c -> loadClaims(c, "WHERE cluster = ? ORDER BY seq", List.of(clusterId)));
  }

  @Override
  public void setClaimCluster(String claimId, @Nullable String clusterId) {
    updateOne("UPDATE claims SET cluster = ? WHERE id = ?", clusterId, claimId, "claim");
  }

  @Override
  public void setCorroboratedBy(String claimId, List<String> claimIds) {
    updateOne(
        "UPDATE claims SET corroborated_by = ? WHERE id = ?",
        StringLists.encode(List.copyOf(claimIds)),
        claimId,
        "claim");
  }

  @Override
  public void addDebunkedBy(String claimId, String factCheckId) {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(factCheckId, "factCheckId");
    write(
        c -> {
          if (queryString(c, "SELECT id FROM claims WHERE id = ?", claimId).isEmpty()) {
            throw new NoSuchElementException("no claim with id " + claimId + " in " + where);
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO claim_debunks (claim_id, fact_check_id) VALUES (?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            p.setString(1, claimId);
            p.setString(2, factCheckId);
            return p.executeUpdate();
          }
        });
  }

  // ---------------------------------------------------------------- signatures

  @Override
  public void putSignature(String docId, long[] bandKeys, byte[] signature) {
    Objects.requireNonNull(docId, "docId");
    long[] keys = bandKeys.clone();
    byte[] sig = signature.clone();
    write(
        c -> {
          if (queryString(c, "SELECT id FROM documents WHERE id = ?", docId).isEmpty()) {
            throw new NoSuchElementException("no document with id " + docId + " in " + where);
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO signatures (doc_id, signature) VALUES (?, ?)"
                      + " ON CONFLICT (doc_id) DO UPDATE SET signature = excluded.signature")) {
            p.setString(1, docId);
            p.setBytes(2, sig);
            p.executeUpdate();
          }
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM signature_bands WHERE doc_id = ?")) {
            p.setString(1, docId);
            p.executeUpdate();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO signature_bands (band_key, doc_id) VALUES (?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            for (long k : keys) {
              p.setLong(1, k);
              p.setString(2, docId);
              p.addBatch();
            }
            if (keys.length > 0) {
              p.executeBatch();
            }
          }
          return null;
        });
  }

  @Override
  public List<Signature> signatureCandidates(long[] bandKeys) {
    List<Long> keys = new ArrayList<>(bandKeys.length);
    for (long k : bandKeys) {
      keys.add(k);
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    return read(
        c -> {
          Map<String, Signature> found = new TreeMap<>();
          for (List<Long> chunk : chunks(keys)) {
            try (PreparedStatement p =
                c.prepareStatement(
                    "SELECT s.doc_id, s.signature, d.seq, d.duplicate_of FROM signatures s"
                        + " JOIN documents d ON d.id = s.doc_id WHERE s.doc_id IN"
                        + " (SELECT b.doc_id FROM signature_bands b WHERE b.band_key IN ("
                        + placeholders(chunk.size())
                        + "))")) {
              bind(p, chunk);
              try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                  found.put(
                      r.getString(1),
                      new Signature(r.getString(1), r.getBytes(2), r.getLong(3), r.getString(4)));
                }
              }
            }
          }
          return List.copyOf(found.values());
        });
  }

  // ---------------------------------------------------------------- fact-checks

  @Override
  public void putFactCheck(FactCheck fc, float @Nullable [] vector) {
    Objects.requireNonNull(fc, "fc");
    byte[] v = Vectors.encode(Vectors.checked(vector, "vector of fact-check " + fc.id()));
    write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO fact_checks (id, claim, verdict, url, published, vector)"
                      + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                      + " claim = excluded.claim, verdict = excluded.verdict, url = excluded.url,"
                      + " published = excluded.published, vector = excluded.vector")) {
            p.setString(1, fc.id());
            p.setString(2, fc.claim());
            p.setString(3, fc.verdict());
            p.setString(4, fc.url());
            p.setString(5, fc.published());
            setBytes(p, 6, v);
            return p.executeUpdate();
          }
        });
  }

  @Override
  public List<FactCheck> factChecks() {
    return read(
        c -> {
          List<FactCheck> all = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT id, claim, verdict, url, published FROM fact_checks ORDER BY id")) {
            while (r.next()) {
              all.add(
                  new FactCheck(
                      r.getString(1),
                      r.getString(2),
                      r.getString(3),
                      r.getString(4),
                      r.getString(5)));
            }
          }
          return all;
        });
  }

  @Override
  public Optional<float[]> factCheckVector(String id) {
    Objects.requireNonNull(id, "id");
    return read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT vector FROM fact_checks WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
              return r.next()
                  ? Optional.ofNullable(Vectors.decode(r.getBytes(1)))
                  : Optional.empty();
            }
          }
        });
  }

  // ---------------------------------------------------------------- search

  @Override
  public List<SearchHit> search(SearchQuery q) {
    Objects.requireNonNull(q, "q");
    closing.readLock().lock();
    try {
      checkOpen();
      return index.search(q);
    } finally {
      closing.readLock().unlock();
    }
  }

  @Override
  public List<ClaimHit> similarClaims(float[] vector, int k) {
    Objects.requireNonNull(vector, "vector");
    closing.readLock().lock();
    try {
      checkOpen();
      return index.similarClaims(vector, k);
    } finally {
      closing.readLock().unlock();
    }
  }

  @Override
  public ClaimLookup similarClaimsAhead(float[] vector, int k) {
    Objects.requireNonNull(vector, "vector");
    closing.readLock().lock();
    try {
      checkOpen();
      return index.similarClaimsAhead(vector, k);
    } finally {
      closing.readLock().unlock();
    }
  }

  @Override
  public List<ClaimHit> similarClaimsSince(ClaimLookup ahead, float[] vector, int k) {
    Objects.requireNonNull(ahead, "ahead");
    Objects.requireNonNull(vector, "vector");
    closing.readLock().lock();
    try {
      checkOpen();
      return index.similarClaimsSince(ahead, vector, k);
    } finally {
      closing.readLock().unlock();
    }
  }

  // ---------------------------------------------------------------- journal and aggregates

  @Override
  public boolean isSourceDone(String key) {
    Objects.requireNonNull(key, "key");
    return read(c ->
            queryString(c, "SELECT source_key FROM sources_done WHERE source_key = ?", key))
        .isPresent();
  }

  @Override
  public void markSourceDone(String key) {
    Objects.requireNonNull(key, "key");
    write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO sources_done (source_key, done_at) VALUES (?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            p.setString(1, key);
            p.setString(2, Instant.now().toString());
            return p.executeUpdate();
          }
        });
  }

  @Override
  public List<DayCount> countsPerDay(@Nullable String outlet) {
    String sql =
        "SELECT day, COUNT(*), SUM(claim_count) FROM documents"
            + (outlet == null ? "" : " WHERE outlet = ?")
            + " GROUP BY day ORDER BY day";
    return read(
        c -> {
          List<DayCount> days = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql)) {
            if (outlet != null) {
              p.setString(1, outlet);
            }
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                days.add(new DayCount(r.getString(1), r.getLong(2), r.getLong(3)));
              }
            }
          }
          return days;
        });
  }

  @Override
  public Map<String, Long> countsPerOutlet() {
    return counts(
        "SELECT outlet, COUNT(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet");
  }

  @Override
  public Map<String, Long> countsPerNarrative() {
    return counts("SELECT label, COUNT(DISTINCT doc_id) FROM document_narratives GROUP BY label");
  }

  @Override
  public Map<String, Long> countsPerSourceType() {
    return counts("SELECT source_type, COUNT(*) FROM claims GROUP BY source_type");
  }

  private Map<String, Long> counts(String sql) {
    return read(
        c -> {
          // Sorted in Java: the databases' collations differ and callers want a stable order.
          Map<String, Long> counts = new TreeMap<>();
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
              counts.put(r.getString(1), r.getLong(2));
            }
          }
          return Collections.unmodifiableMap(counts);
        });
  }

  // ---------------------------------------------------------------- helpers

  private static long queryLong(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Optional<String> queryString(Connection c, String sql, String param)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, param);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement p, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      switch (v) {
        case String s -> p.setString(i + 1, s);
        case Long l -> p.setLong(i + 1, l);
        case Integer n -> p.setInt(i + 1, n);
        default -> throw new IllegalArgumentException("unsupported parameter " + v.getClass());
      }
    }
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
    }
    return chunks;
  }

  @Override
  public void close() {
    closing.writeLock().lock();
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        index.close();
      } finally {
        try {
          connection.close();
        } catch (SQLException e) {
          throw new StoreException(where + ": cannot close: " + e.getMessage(), e);
        }
      }
    } finally {
      lock.unlock();
      closing.writeLock().unlock();
    }
  }
}
