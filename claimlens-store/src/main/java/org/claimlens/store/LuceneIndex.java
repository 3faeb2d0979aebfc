package org.claimlens.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PatienceKnnVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
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

  /** At most this long between the refreshes {@link #similarClaims} asks for. */
  static final long CLAIM_REFRESH_MS = 10_000;

  /** A refresh is due anyway when this many claims wait to be seen by the searcher. */
  static final int MAX_PENDING_CLAIMS = 4_096;

  private static final String SEQ_KEY = "seq";

  /**
   * English function words, dropped from the searched fields and from queries, as Lucene's English
   * analyser does: a conjunction of "the" and "of" matches every English document and costs a scan
   * of the whole index, and ranks nothing. Other languages keep all their words.
   */
  private static final CharArraySet STOP_WORDS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into",
                  "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
                  "there", "these", "they", "this", "to", "was", "will", "with"),
              true));

  private static final String FORMAT_KEY = "format";

  /**
   * The layout of the index (fields, similarity, vector format). An index of another layout is
   * rebuilt from the records when opened. 2: unit vectors under dot product, in a 7-bit scalar
   * quantized HNSW graph; the kind filter only where a query needs it; one searched text field.
   */
  static final String FORMAT = "2";

  private static final int RRF_K = 60;
  private static final int SNIPPET_CHARS = 240;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private static final String KIND = "kind";
  private static final Query DOCS = new TermQuery(new Term(KIND, "doc"));
  private static final String GROUP = "group";
  private static final String ID = "id";
  private static final String CLAIM_ID = "claim_id";
  private static final String CLAIM_KEY = "claim_key";
  private static final String GROUP_KEY = "group_key";
  private static final String SEQ = "seq";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String BODY = "body";
  private static final String OUTLET = "outlet";
  private static final String LANGUAGE = "language";
  private static final String PUBLISHED = "published";
  private static final String DAY = "day";
  private static final String NARRATIVE = "narrative";
  private static final String SOURCE_TYPE = "source_type";
  private static final String DOC_VECTOR = "dvec";
  private static final String CLAIM_VECTOR = "cvec";

  /**
   * Dot product over unit vectors (normalised when indexed and when queried): the same ranking and
   * scores as cosine, with a third of its arithmetic.
   */
  private static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

  private final Path path;
  private final Analyzer analyzer = new StandardAnalyzer(STOP_WORDS);

  /**
   * Searches run on this pool, one task per slice of segments, so that one query uses every core;
   * an analyst's search waits on one query at a time.
   */
  private final ExecutorService searchPool =
      Executors.newFixedThreadPool(
          Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
          r -> {
            Thread t = new Thread(r, "claimlens-search");
            t.setDaemon(true);
            return t;
          });

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

  /**
   * Claims added since the searcher was last refreshed, in the order added. Ingest asks for similar
   * claims after every document; refreshing the searcher each time would flush a tiny segment per
   * document, and the merges of their HNSW graphs dominated ingest time. So {@link #similarClaims}
   * refreshes at most every {@link #CLAIM_REFRESH_MS} ms and scores the claims added meanwhile
   * exactly, one by one. Guarded by itself.
   */
  private final List<PendingClaim> pendingClaims = new ArrayList<>();

  private volatile long lastRefresh = System.nanoTime();

  /**
   * The claims added last, oldest first, at most {@link #RECENT_CLAIMS}, whether or not the
   * searcher sees them yet: {@link #similarClaimsSince} scores those added after a look-up made
   * ahead of a commit. Guarded by {@link #pendingClaims}.
   */
  private final ArrayDeque<PendingClaim> recentClaims = new ArrayDeque<>();

  /** How many claims were ever added; each added claim's order. Guarded by pendingClaims. */
  private long claimsAdded;

  /**
   * How many of the last added claims {@link #similarClaimsSince} can catch up with; a look-up made
   * further back is made again. Ingest commits a document at most a window of 4 documents per
   * thread after its look-ups, some hundreds of claims.
   */
  static final int RECENT_CLAIMS = 4_096;

  private record PendingClaim(String claimId, String docId, float[] unit, long order) {}

  LuceneIndex(Path path) {
    this.path = path;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      Map<String, String> data = committedData(directory);
      boolean stale = !data.isEmpty() && !FORMAT.equals(data.get(FORMAT_KEY));
      if (stale) {
        System.getLogger(LuceneIndex.class.getName())
            .log(
                System.Logger.Level.WARNING,
                "the index "
                    + path
                    + " has an older layout; rebuilding it from the records (once; this may take"
                    + " a while for a large store)");
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(
          stale ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCodec(new QuantizedVectorsCodec());
      writer = new IndexWriter(directory, config);
      committedAtOpen = stale ? 0 : Long.parseLong(data.getOrDefault(SEQ_KEY, "0"));
      long committed = committedAtOpen;
      highestReserved.set(committed);
      searchers =
          new SearcherManager(
              writer,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(
                    org.apache.lucene.index.IndexReader reader,
                    org.apache.lucene.index.@Nullable IndexReader previous) {
                  return new IndexSearcher(reader, searchPool);
                }
              });
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

  /** The user data of the index's last commit; empty for a new index. */
  private static Map<String, String> committedData(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    return SegmentInfos.readLatestCommit(directory).getUserData();
  }

  /**
   * The default codec with both vector fields in 7-bit scalar quantized HNSW graphs: a quarter of
   * the memory a search needs, and integer distances, which build the graphs about twice as fast.
   */
  private static final class QuantizedVectorsCodec extends FilterCodec {
    private final KnnVectorsFormat vectors =
        new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.SEVEN_BIT, 16, 100);
    private final KnnVectorsFormat perField =
        new PerFieldKnnVectorsFormat() {
          @Override
          public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return vectors;
          }
        };

    QuantizedVectorsCodec() {
      super(Codec.getDefault().getName(), Codec.getDefault());
    }

    @Override
    public KnnVectorsFormat knnVectorsFormat() {
      return perField;
    }
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
    // One searched field, title and text, so that each query term is one posting list; the title
    // field only adds a boost. Two fields per term made every conjunction a conjunction of
    // disjunctions, which the top-k scorers prune far less well.
    d.add(
        new TextField(
            BODY,
            doc.title() == null ? doc.text() : doc.title() + "\n" + doc.text(),
            Field.Store.NO));
    d.add(new StoredField(TEXT, doc.text()));
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
      d.add(new KnnFloatVectorField(DOC_VECTOR, Vectors.unit(v), SIMILARITY));
      docDimension.compareAndSet(0, v.length); // when catching up, nothing was checked yet
    }
    docs.add(d);
    List<PendingClaim> pending = new ArrayList<>();
    for (ClaimRecord c : doc.claims()) {
      float[] cv = c.vector();
      if (cv != null && Vectors.hasDirection(cv)) {
        Document cd = new Document();
        cd.add(new StringField(KIND, "claim", Field.Store.NO));
        cd.add(new StringField(GROUP, doc.id(), Field.Store.NO));
        cd.add(new StoredField(CLAIM_ID, c.id()));
        cd.add(new StoredField(ID, doc.id()));
        cd.add(new BinaryDocValuesField(CLAIM_KEY, new BytesRef(c.id())));
        cd.add(new BinaryDocValuesField(GROUP_KEY, new BytesRef(doc.id())));
        float[] unit = Vectors.unit(cv);
        cd.add(new KnnFloatVectorField(CLAIM_VECTOR, unit, SIMILARITY));
        pending.add(new PendingClaim(c.id(), doc.id(), unit, 0));
        claimDimension.compareAndSet(0, cv.length);
        docs.add(cd);
      }
    }
    try {
      writer.updateDocuments(new Term(GROUP, doc.id()), docs);
    } catch (IOException e) {
      throw new StoreException("cannot index document " + doc.id() + " in " + path, e);
    }
    synchronized (pendingClaims) {
      for (PendingClaim p : pending) {
        PendingClaim numbered = new PendingClaim(p.claimId(), p.docId(), p.unit(), claimsAdded++);
        pendingClaims.add(numbered);
        recentClaims.addLast(numbered);
        if (recentClaims.size() > RECENT_CLAIMS) {
          recentClaims.removeFirst();
        }
      }
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
        synchronized (pendingClaims) {
          pendingClaims.clear();
          recentClaims.clear();
        }
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
      writer.setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq), FORMAT_KEY, FORMAT).entrySet());
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
      float[] unit = vector == null || !Vectors.hasDirection(vector) ? null : Vectors.unit(vector);
      if (q.text() != null && text == null && vector == null) {
        return List.of();
      }
      boolean hybrid = text != null && vector != null;
      int depth = hybrid ? Math.max(q.limit() * 3, 50) : q.limit();
      List<ScoreDoc> textHits = List.of();
      if (text != null) {
        Query scored =
            filter == null
                ? text
                : new BooleanQuery.Builder()
                    .add(text, Occur.MUST)
                    .add(filter, Occur.FILTER)
                    .build();
        textHits = List.of(searcher.search(scored, depth).scoreDocs);
      }
      List<ScoreDoc> vectorHits = List.of();
      if (unit != null && docDimension.get() != 0) {
        vectorHits =
            List.of(
                searcher.search(new KnnFloatVectorQuery(DOC_VECTOR, unit, depth, filter), depth)
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
        TopDocs all = searcher.search(filter == null ? DOCS : filter, q.limit(), newestFirst);
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

  /**
   * The query's filters, or null when it has none. Only stored documents have the text fields and
   * the document vector, so text and vector searches need no kind filter of their own: at a million
   * documents, a filter on every document costs a scan of a quarter of the index per query.
   */
  private static @Nullable Query filter(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    addTerm(b, OUTLET, q.outlet());
    addTerm(b, LANGUAGE, q.language());
    addTerm(b, NARRATIVE, q.narrative());
    addTerm(b, SOURCE_TYPE, q.sourceType());
    if (q.publishedFrom() != null || q.publishedTo() != null) {
      b.add(
          TermRangeQuery.newStringRange(DAY, q.publishedFrom(), q.publishedTo(), true, true),
          Occur.FILTER);
    }
    BooleanQuery built = b.build();
    return built.clauses().isEmpty() ? null : built;
  }

  private static void addTerm(BooleanQuery.Builder b, String field, @Nullable String value) {
    if (value != null) {
      b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  private @Nullable Query parse(String text) {
    Query body = parse(text, BODY);
    if (body == null) {
      return null;
    }
    Query title = parse(text, TITLE);
    return title == null
        ? body
        : new BooleanQuery.Builder().add(body, Occur.MUST).add(title, Occur.SHOULD).build();
  }

  private @Nullable Query parse(String text, String field) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, field);
    // All terms must match, as in web search; "a | b" asks for either, and "-a" excludes.
    parser.setDefaultOperator(Occur.MUST);
    Query q = parser.parse(text);
    return q == null || q instanceof MatchNoDocsQuery ? null : q;
  }

  List<ClaimHit> similarClaims(float[] vector, int k) {
    return similarClaimsAhead(vector, k).hits();
  }

  /**
   * The {@code k} most similar claims, with the mark that {@link #similarClaimsSince} needs to
   * bring them up to date with the claims added later. Safe to call from many threads while
   * documents are added.
   */
  ClaimLookup similarClaimsAhead(float[] vector, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    float[] v = Vectors.checked(vector, "query vector");
    if (v == null || !Vectors.hasDirection(v)) {
      return new ClaimLookup(List.of(), Long.MAX_VALUE, k);
    }
    // The claims added since the searcher was opened are not in it: score them one by one,
    // keeping the best k. Snapshot them before acquiring the searcher: a claim cleared from the
    // list by a refresh in between is in the (newer) searcher, and one both in the snapshot and
    // in the searcher appears once. Every claim added before the mark is in one or the other.
    List<PendingClaim> pending;
    long mark;
    synchronized (pendingClaims) {
      pending = List.copyOf(pendingClaims);
      mark = claimsAdded;
    }
    if (claimDimension.get() == 0) {
      return new ClaimLookup(List.of(), mark, k);
    }
    check(claimDimension.get(), v.length, "the query");
    float[] unit = Vectors.unit(v);
    boolean refresh =
        pending.size() > MAX_PENDING_CLAIMS
            || System.nanoTime() - lastRefresh > CLAIM_REFRESH_MS * 1_000_000;
    IndexSearcher searcher = refresh ? acquire() : acquireCurrent();
    try {
      Map<String, ClaimHit> hits = new HashMap<>();
      for (ClaimHit h : bestOf(pending, unit, k)) {
        hits.put(h.claimId(), h);
      }
      // On the calling thread: ingest asks from its worker threads, which keep every core busy,
      // so handing each segment to the search pool would only add thread switches.
      // Patience: a segment's graph search stops once its top k stop changing. At 100,000
      // documents that made look-ups about 10% faster, with the same top 10 for all of 1,500
      // real claims (docs/benchmarks.md).
      TopDocs top =
          new IndexSearcher(searcher.getIndexReader())
              .search(
                  PatienceKnnVectorQuery.fromFloatQuery(
                      new KnnFloatVectorQuery(CLAIM_VECTOR, unit, k)),
                  k);
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (ScoreDoc sd : top.scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        String claimId = docValue(leaf, CLAIM_KEY, sd.doc);
        String docId = docValue(leaf, GROUP_KEY, sd.doc);
        if (claimId == null || docId == null) {
          // a segment written before the keys were doc values
          Document d = searcher.storedFields().document(sd.doc);
          claimId = d.get(CLAIM_ID);
          docId = d.get(ID);
        }
        hits.putIfAbsent(claimId, new ClaimHit(claimId, docId, sd.score));
      }
      return new ClaimLookup(best(hits.values(), k), mark, k);
    } catch (IOException e) {
      throw new StoreException("claim search failed on the index " + path, e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The look-up made ahead, brought up to date: its hits and the claims added since, scored
   * exactly, best {@code k} of them. Made again in full when more claims were added since than this
   * index keeps at hand ({@link #RECENT_CLAIMS}).
   */
  List<ClaimHit> similarClaimsSince(ClaimLookup ahead, float[] vector, int k) {
    if (k < 1 || k > ahead.k()) {
      throw new IllegalArgumentException(
          "k must be between 1 and the look-up's " + ahead.k() + ", got " + k);
    }
    float[] v = Vectors.checked(vector, "query vector");
    if (v == null || !Vectors.hasDirection(v)) {
      return List.of();
    }
    List<PendingClaim> newer = addedSince(ahead.mark());
    if (newer == null) {
      return similarClaims(vector, k);
    }
    check(claimDimension.get(), v.length, "the query");
    Map<String, ClaimHit> hits = new HashMap<>();
    for (ClaimHit h : ahead.hits()) {
      hits.put(h.claimId(), h);
    }
    for (ClaimHit h : bestOf(newer, Vectors.unit(v), k)) {
      hits.merge(h.claimId(), h, (a, b) -> a.score() >= b.score() ? a : b);
    }
    return best(hits.values(), k);
  }

  /**
   * The claims added at or after the mark, newest first; null when some of them are no longer at
   * hand in {@link #recentClaims}.
   */
  private @Nullable List<PendingClaim> addedSince(long mark) {
    synchronized (pendingClaims) {
      if (mark < claimsAdded
          && (recentClaims.isEmpty() || recentClaims.getFirst().order() > mark)) {
        return null;
      }
      List<PendingClaim> newer = new ArrayList<>();
      for (Iterator<PendingClaim> it = recentClaims.descendingIterator(); it.hasNext(); ) {
        PendingClaim c = it.next();
        if (c.order() < mark) {
          break;
        }
        newer.add(c);
      }
      return newer;
    }
  }

  /** The best {@code k} of {@code claims} for the unit vector, scored exactly. */
  private static List<ClaimHit> bestOf(List<PendingClaim> claims, float[] unit, int k) {
    PriorityQueue<ClaimHit> best =
        new PriorityQueue<>(k + 1, Comparator.comparingDouble(ClaimHit::score));
    for (PendingClaim c : claims) {
      float score = Math.max(0f, (1 + VectorUtil.dotProduct(unit, c.unit())) / 2);
      if (best.size() < k || score > best.peek().score()) {
        best.add(new ClaimHit(c.claimId(), c.docId(), score));
        if (best.size() > k) {
          best.poll();
        }
      }
    }
    return List.copyOf(best);
  }

  /** The best {@code k} hits, best first; ties by claim id. */
  private static List<ClaimHit> best(Collection<ClaimHit> hits, int k) {
    return hits.stream()
        .sorted(
            Comparator.comparingDouble((ClaimHit h) -> -h.score()).thenComparing(ClaimHit::claimId))
        .limit(k)
        .toList();
  }

  /** The number of stored documents in the index (claims not counted), as searches see it. */
  int documentCount() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(DOCS);
    } catch (IOException e) {
      throw new StoreException("cannot count the index " + path, e);
    } finally {
      release(searcher);
    }
  }

  /** A searcher that sees everything added so far. */
  private IndexSearcher acquire() {
    try {
      if (needsRefresh.getAndSet(false)) {
        // Everything in the list before the refresh starts was added to the writer before it.
        int refreshed;
        synchronized (pendingClaims) {
          refreshed = pendingClaims.size();
        }
        searchers.maybeRefreshBlocking();
        lastRefresh = System.nanoTime();
        synchronized (pendingClaims) {
          pendingClaims.subList(0, Math.min(refreshed, pendingClaims.size())).clear();
        }
      }
      return searchers.acquire();
    } catch (IOException e) {
      throw new StoreException("cannot open a searcher on the index " + path, e);
    }
  }

  /**
   * The value of a binary doc values field for a top-level doc, or null when its segment has none:
   * a claim hit read this way costs no decompression of a stored-fields block (which it shares with
   * whole article texts).
   */
  private static @Nullable String docValue(LeafReaderContext leaf, String field, int doc)
      throws IOException {
    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    return values != null && values.advanceExact(doc - leaf.docBase)
        ? values.binaryValue().utf8ToString()
        : null;
  }

  /** For tests: the segments the current searcher sees, without refreshing it. */
  int searcherSegments() {
    IndexSearcher searcher = acquireCurrent();
    try {
      return searcher.getIndexReader().leaves().size();
    } finally {
      release(searcher);
    }
  }

  /** The current searcher, which may not see the latest adds. */
  private IndexSearcher acquireCurrent() {
    try {
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
      searchPool.shutdown();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the index " + path, e);
    }
  }
}
