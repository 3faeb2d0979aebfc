/**
 * The corpus store: document, claim and fact-check records in SQLite or PostgreSQL (the source of
 * truth), and a Lucene index derived from them that can be rebuilt at any time.
 *
 * <h2>Design</h2>
 *
 * <ul>
 *   <li><b>Records are the truth.</b> {@link org.claimlens.store.Store#put} writes a document and
 *       all its claims in one database transaction, or writes nothing (a duplicate by content hash,
 *       canonical URL or id, or a failure). Each document gets a {@code seq} from the database that
 *       only grows and follows commit order (SQLite has one writer; PostgreSQL writers take an
 *       advisory lock).
 *   <li><b>The index is derived.</b> After the commit, the document is added to a Lucene index:
 *       BM25 on one field of title and text (English function words dropped, a title boost on top),
 *       filter fields, and kNN vectors for documents and for claims (normalised, compared by dot
 *       product, so ranked as by cosine, in 7-bit scalar quantized HNSW graphs). Searches run one
 *       task per slice of segments on a small pool. Similar-claim look-ups during ingest do not
 *       refresh the searcher for every document: claims added since the last refresh (at most 10 s
 *       or 4,096 claims ago) are scored exactly on the side. The index is committed every 30
 *       seconds and on close, not per document (each commit flushes a segment, and small segments
 *       cost HNSW graph merges), and each commit records in its user data the {@code seq} up to
 *       which it is complete. Puts reserve their seq in order under the write lock but index
 *       outside it, in parallel; a commit records only the seq below the oldest document still
 *       being indexed.
 *   <li><b>Catch-up.</b> On open the store compares that {@code seq} with the records and indexes
 *       what the index lacks; a missing index folder is rebuilt from scratch, and an index ahead of
 *       the records (restored database) is rebuilt too. So a crash between the database commit and
 *       the index commit loses nothing. Re-indexing a document replaces its Lucene documents, so
 *       catch-up is idempotent. {@link org.claimlens.store.Store#reindex} rebuilds on demand.
 *   <li><b>Index layout.</b> Each index commit records the layout it was written with; an index of
 *       an older layout is rebuilt from the records when the store opens (once, with a warning).
 *   <li><b>Migrations.</b> The schema is versioned in a {@code schema_version} table. Numbered
 *       scripts per dialect ({@code db/sqlite/V1__init.sql}, {@code db/postgres/V1__init.sql}) are
 *       applied in order, each in a transaction with its version row. Opening a store whose schema
 *       is newer than the code fails with a message saying so.
 *   <li><b>Two record stores, one design.</b> {@link org.claimlens.store.SqliteStore} (embedded
 *       default: {@code DIR/claimlens.db} in WAL mode and {@code DIR/index/}) and {@link
 *       org.claimlens.store.PostgresStore} (records on the server, index in a local folder) share
 *       all SQL except the column types of the schema scripts. Vectors are little-endian float32
 *       bytes in the records; no pgvector is needed.
 * </ul>
 *
 * <p>Thread-safety: a store is shared by ingest threads; database work is serialised on one
 * connection per store, indexing and searches run concurrently on the index.
 *
 * <p>Opening a store whose index is missing re-indexes every record before {@code open} returns
 * (minutes for a large corpus); a store that was closed cleanly opens at once.
 */
@NullMarked
package org.claimlens.store;

import org.jspecify.annotations.NullMarked;
