package org.claimlens.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene index derived from the records: one Lucene document per stored document (BM25 fields,
 * filter fields, a cosine kNN vector) and one per embedded claim (a kNN vector). All Lucene
 * documents of a stored document share a {@code group} term, so indexing a document again replaces
 * it: catching up may safely index a document twice.
 *
 * <p>The commit user data {@code seq} is the highest record sequence number such that every
 * document up to it is in the commit. Seqs are {@link #reserve reserved} in increasing order under
 * the store's write lock; the (expensive, HNSW) adds then run on the writers' threads concurrently.
 * Commits happen every {@link #COMMIT_INTERVAL_MS} ms when something changed, and on close, never
 * per document: a commit flushes a segment, and small segments cost HNSW graph merges. A crash
 * loses at most that much indexing, which the next open redoes from the records.
 *
 * <p>Thread-safe.
 */
final class LuceneIndex implements AutoCloseable {
  static final long COMMIT_INTERVAL_MS = 30_000;
  private static final String SEQ_KEY = "seq";
  private static final int RRF_K = 60;
  private static final int SNIPPET_CHARS = 240;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private static final String KIND = "kind";
  private static final String GROUP = "group";
  private static final String ID = "id";
  private static final String CLAIM_ID = "claim_id";
  private static final String SEQ = "seq";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String OUTLET = "outlet";
  private static final String LANGUAGE = "language";
  private static final String PUBLISHED = "published";
  private static final String DAY = "day";
  private static final String NARRATIVE = "narrative";
  private static final String SOURCE_TYPE = "source_type";
  private static final String DOC_VECTOR = "dvec";
  private static final String CLAIM_VECTOR = "cvec";

  private final Path path;
  private final Analyzer analyzer = new StandardAnalyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ScheduledExecutorService committer;
  private final Object commitLock = new Object();
  private final AtomicBoolean needsRefresh = new AtomicBoolean();
  private final AtomicBoolean needsCommit = new AtomicBoolean();
  private final AtomicInteger docDimension = new AtomicInteger();
  private final AtomicInteger claimDimension = new AtomicInteger();

  /** The highest seq handed to the index with {@link #reserve}, indexed or not. */
  private final AtomicLong highestReserved = new AtomicLong();

  /** Seqs reserved but not yet indexed; a failed add stays here, holding back commits. */
  private final ConcurrentSkipListSet<Long> inFlight = new ConcurrentSkipListSet<>();

  private final long committedAtOpen;

  LuceneIndex(Path path) {
    this.path = path;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      writer = new IndexWriter(directory, config);
      long committed = 0;
      Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
      if (data != null) {
        for (Map.Entry<String, String> e : data) {
          if (e.getKey().equals(SEQ_KEY)) {
            committed = Long.parseLong(e.getValue());
          }
        }
      }
      committedAtOpen = committed;
      highestReserved.set(committed);
      searchers = new SearcherManager(writer, null);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        docDimension.set(dimension(infos.fieldInfo(DOC_VECTOR)));
        claimDimension.set(dimension(infos.fieldInfo(CLAIM_VECTOR)));
      }
    } catch (IOException | NumberFormatException e) {
      throw new StoreException("cannot open the index " + path + ": " + e.getMessage(), e);
    }
    committer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "claimlens-index-commit");
              t.setDaemon(true);
              return t;
            });
    committer.scheduleWithFixedDelay(
        this::commitQuietly, COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS, TimeUnit.MILLISECONDS);
  }

  private static int dimension(@Nullable FieldInfo info) {
    return info == null ? 0 : info.getVectorDimension();
  }

  /** The seq recorded by the last commit when the index was opened; 0 for a new index. */
  long committedSeq() {
    return committedAtOpen;
  }

  /**
   * Checks that the document's vectors fit the index's dimensions, so that a put can be refused
   * before anything is written.
   */
  void checkDimensions(DocumentRecord doc) {
    // Callers hold the store's write lock, so the first vector claims the dimension for good.
    float[] v = doc.vector();
    if (v != null) {
      docDimension.compareAndSet(0, v.length);
      check(docDimension.get(), v.length, "document " + doc.id());
    }
    for (ClaimRecord c : doc.claims()) {
      float[] cv = c.vector();
      if (cv != null) {
        claimDimension.compareAndSet(0, cv.length);
        check(claimDimension.get(), cv.length, "claim " + c.id());
      }
    }
  }

  private static void check(int expected, int actual, String what) {
    if (expected != 0 && expected != actual) {
      throw new IllegalArgumentException(
          "the vector of "
              + what
              + " has "
              + actual
              + " dimensions; this store's have "
              + expected);
    }
  }

  /** The highest seq reserved so far (or recorded by the last commit, right after opening). */
  long highestReserved() {
    return highestReserved.get();
  }

  /**
   * Announces that the document with this seq is committed to the records and will be {@link #add
   * added}. Must be called in increasing seq order (under the store's write lock); the adds
   * themselves may then run concurrently and in any order.
   */
  void reserve(long seq) {
    inFlight.add(seq);
    highestReserved.accumulateAndGet(seq, Math::max);
  }

  /**
   * Indexes (or re-indexes) a stored document whose seq was {@link #reserve reserved}. If this
   * fails, the seq stays in flight: later commits record an older seq, and the next open catches up
   * from there.
   */
  void add(DocumentRecord doc) {
    List<Document> docs = new ArrayList<>(1 + doc.claims().size());
    Document d = new Document();
    d.add(new StringField(KIND, "doc", Field.Store.NO));
    d.add(new StringField(GROUP, doc.id(), Field.Store.NO));
    d.add(new StoredField(ID, doc.id()));
    d.add(new NumericDocValuesField(SEQ, doc.seq()));
    if (doc.title() != null) {
      d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    }
    d.add(new TextField(TEXT, doc.text(), Field.Store.YES));
    if (doc.outlet() != null) {
      d.add(new StringField(OUTLET, doc.outlet(), Field.Store.YES));
    }
    if (doc.language() != null) {
      d.add(new StringField(LANGUAGE, doc.language(), Field.Store.NO));
    }
    String published = doc.published();
    if (published != null) {
      d.add(new StoredField(PUBLISHED, published));
      if (ISO_DAY.matcher(published).matches()) {
        d.add(new StringField(DAY, published.substring(0, 10), Field.Store.NO));
      }
    }
    for (String n : new LinkedHashSet<>(doc.narratives())) {
      d.add(new StringField(NARRATIVE, n, Field.Store.NO));
    }
    Set<String> types = new LinkedHashSet<>();
    for (ClaimRecord c : doc.claims()) {
      types.add(c.sourceType());
    }
    for (String t : types) {
      d.add(new StringField(SOURCE_TYPE, t, Field.Store.NO));
    }
    float[] v = doc.vector();
    if (v != null && Vectors.hasDirection(v)) {
      d.add(new KnnFloatVectorField(DOC_VECTOR, v, VectorSimilarityFunction.COSINE));
      docDimension.compareAndSet(0, v.length); // when catching up, nothing was checked yet
    }
    docs.add(d);
    for (ClaimRecord c : doc.claims()) {
      float[] cv = c.vector();
      if (cv != null && Vectors.hasDirection(cv)) {
        Document cd = new Document();
        cd.add(new StringField(KIND, "claim", Field.Store.NO));
        cd.add(new StringField(GROUP, doc.id(), Field.Store.NO));
        cd.add(new StoredField(CLAIM_ID, c.id()));
        cd.add(new StoredField(ID, doc.id()));
        cd.add(new KnnFloatVectorField(CLAIM_VECTOR, cv, VectorSimilarityFunction.COSINE));
        claimDimension.compareAndSet(0, cv.length);
        docs.add(cd);
      }
    }
    try {
      writer.updateDocuments(new Term(GROUP, doc.id()), docs);
    } catch (IOException e) {
      throw new StoreException("cannot index document " + doc.id() + " in " + path, e);
    }
    inFlight.remove(doc.seq());
    needsRefresh.set(true);
    needsCommit.set(true);
  }

  /** Removes everything, for a rebuild; callers then add all documents in seq order. */
  void deleteAll() {
    synchronized (commitLock) {
      try {
        writer.deleteAll();
      } catch (IOException e) {
        throw new StoreException("cannot clear the index " + path, e);
      }
      highestReserved.set(0);
      needsRefresh.set(true);
      needsCommit.set(true);
    }
  }

  /** Commits what was added, recording the seq up to which the commit is complete. */
  void commit() {
    synchronized (commitLock) {
      // Read before committing: every document up to this seq is added, so it is in the commit.
      // Read the highest reservation first: one made after it is above it and changes nothing.
      // Documents added meanwhile may be in the commit too; indexing them again is harmless.
      long seq = highestReserved.get();
      Long oldestInFlight = inFlight.ceiling(Long.MIN_VALUE);
      if (oldestInFlight != null) {
        seq = Math.min(seq, oldestInFlight - 1);
      }
      needsCommit.set(false);
      writer.setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq)).entrySet());
      try {
        writer.commit();
      } catch (IOException e) {
        needsCommit.set(true);
        throw new StoreException("cannot commit the index " + path, e);
      }
    }
  }

  private void commitQuietly() {
    if (needsCommit.get() && writer.isOpen()) {
      try {
        commit();
      } catch (RuntimeException e) {
        // The records hold the truth and the next commit (or catch-up on open) repairs the index.
        System.getLogger(LuceneIndex.class.getName())
            .log(System.Logger.Level.WARNING, "index commit failed: " + e.getMessage(), e);
      }
    }
  }

  List<SearchHit> search(SearchQuery q) {
    float[] vector = q.vector();
    if (vector != null) {
      check(docDimension.get(), vector.length, "the query");
    }
    IndexSearcher searcher = acquire();
    try {
      Query filter = filter(q);
      Query text = q.text() == null ? null : parse(q.text());
      if (q.text() != null && text == null && vector == null) {
        return List.of();
      }
      boolean hybrid = text != null && vector != null;
      int depth = hybrid ? Math.max(q.limit() * 3, 50) : q.limit();
      List<ScoreDoc> textHits = List.of();
      if (text != null) {
        Query scored =
            new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
        textHits = List.of(searcher.search(scored, depth).scoreDocs);
      }
      List<ScoreDoc> vectorHits = List.of();
      if (vector != null && docDimension.get() != 0) {
        vectorHits =
            List.of(
                searcher.search(new KnnFloatVectorQuery(DOC_VECTOR, vector, depth, filter), depth)
                    .scoreDocs);
      }
      List<ScoreDoc> ranked;
      if (hybrid) {
        ranked = fuse(textHits, vectorHits);
      } else if (text != null) {
        ranked = textHits;
      } else if (vector != null) {
        ranked = vectorHits;
      } else {
        Sort newestFirst = new Sort(new SortField(SEQ, SortField.Type.LONG, true));
        TopDocs all = searcher.search(filter, q.limit(), newestFirst);
        ranked = new ArrayList<>();
        for (ScoreDoc sd : all.scoreDocs) {
          ranked.add(new ScoreDoc(sd.doc, 0f));
        }
      }
      Set<String> terms = q.text() == null ? Set.of() : terms(q.text());
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc sd : ranked.subList(0, Math.min(q.limit(), ranked.size()))) {
        Document d = searcher.storedFields().document(sd.doc);
        hits.add(
            new SearchHit(
                d.get(ID),
                sd.score,
                d.get(TITLE),
                d.get(OUTLET),
                d.get(PUBLISHED),
                snippet(d.get(TEXT), terms)));
      }
      return hits;
    } catch (IOException e) {
      throw new StoreException("search failed on the index " + path, e);
    } finally {
      release(searcher);
    }
  }

  /** Reciprocal-rank fusion: score = sum over lists of 1 / (60 + rank). */
  private static List<ScoreDoc> fuse(List<ScoreDoc> a, List<ScoreDoc> b) {
    Map<Integer, Double> scores = new HashMap<>();
    for (List<ScoreDoc> list : List.of(a, b)) {
      for (int rank = 0; rank < list.size(); rank++) {
        scores.merge(list.get(rank).doc, 1.0 / (RRF_K + rank + 1), Double::sum);
      }
    }
    List<ScoreDoc> fused = new ArrayList<>();
    scores.forEach((doc, score) -> fused.add(new ScoreDoc(doc, score.floatValue())));
    fused.sort(
        Comparator.comparingDouble((ScoreDoc sd) -> -sd.score).thenComparingInt(sd -> sd.doc));
    return fused;
  }

  private static Query filter(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(KIND, "doc")), Occur.FILTER);
    addTerm(b, OUTLET, q.outlet());
    addTerm(b, LANGUAGE, q.language());
    addTerm(b, NARRATIVE, q.narrative());
    addTerm(b, SOURCE_TYPE, q.sourceType());
    if (q.publishedFrom() != null || q.publishedTo() != null) {
      b.add(
          TermRangeQuery.newStringRange(DAY, q.publishedFrom(), q.publishedTo(), true, true),
          Occur.FILTER);
    }
    return b.build();
  }

  private static void addTerm(BooleanQuery.Builder b, String field, @Nullable String value) {
    if (value != null) {
      b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  private @Nullable Query parse(String text) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f));
    // All terms must match, as in web search; "a | b" asks for either, and "-a" excludes.
    parser.setDefaultOperator(Occur.MUST);
    Query q = parser.parse(text);
    return q == null || q instanceof MatchNoDocsQuery ? null : q;
  }

  List<ClaimHit> similarClaims(float[] vector, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    float[] v = Vectors.checked(vector, "query vector");
    if (claimDimension.get() == 0 || v == null) {
      return List.of();
    }
    check(claimDimension.get(), v.length, "the query");
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(new KnnFloatVectorQuery(CLAIM_VECTOR, v, k), k);
      List<ClaimHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        hits.add(new ClaimHit(d.get(CLAIM_ID), d.get(ID), sd.score));
      }
      return hits;
    } catch (IOException e) {
      throw new StoreException("claim search failed on the index " + path, e);
    } finally {
      release(searcher);
    }
  }

  /** The number of stored documents in the index (claims not counted), as searches see it. */
  int documentCount() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(new TermQuery(new Term(KIND, "doc")));
    } catch (IOException e) {
      throw new StoreException("cannot count the index " + path, e);
    } finally {
      release(searcher);
    }
  }

  private IndexSearcher acquire() {
    try {
      if (needsRefresh.getAndSet(false)) {
        searchers.maybeRefreshBlocking();
      }
      return searchers.acquire();
    } catch (IOException e) {
      throw new StoreException("cannot open a searcher on the index " + path, e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new StoreException("cannot release a searcher on the index " + path, e);
    }
  }

  /** The analysed terms of a query, to find where a snippet should start. */
  private Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new StoreException("cannot analyse the query", e);
    }
    return terms;
  }

  /** Plain text around the first query term, or the start of the text. */
  private String snippet(@Nullable String text, Set<String> terms) {
    if (text == null) {
      return "";
    }
    int at = -1;
    if (!terms.isEmpty()) {
      // Analyse at most the first 64k chars: a snippet deep in a huge text is not worth the time.
      String head = text.length() > 65_536 ? text.substring(0, 65_536) : text;
      try (TokenStream ts = analyzer.tokenStream(TEXT, head)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (terms.contains(term.toString())) {
            at = offset.startOffset();
            break;
          }
        }
        ts.end();
      } catch (IOException e) {
        throw new StoreException("cannot analyse a text for its snippet", e);
      }
    }
    int start = at < 0 ? 0 : Math.max(0, at - SNIPPET_CHARS / 3);
    if (start > 0) {
      int space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    int end = Math.min(text.length(), start + SNIPPET_CHARS);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      end = space > start + SNIPPET_CHARS / 2 ? space : end;
    }
    String s = SPACES.matcher(text.substring(start, end)).replaceAll(" ").strip();
    return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
  }

  @Override
  public void close() {
    committer.shutdown();
    try {
      committer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (writer.isOpen()) {
        commit();
      }
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the index " + path, e);
    }
  }
}
