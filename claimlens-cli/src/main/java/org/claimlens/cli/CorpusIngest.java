package org.claimlens.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.claimlens.annotators.embedding.CacheStats;
import org.claimlens.annotators.embedding.CachedEncoder;
import org.claimlens.annotators.embedding.EmbeddingAnnotator;
import org.claimlens.corpus.Corpus;
import org.claimlens.ingest.DocumentReaders;
import org.claimlens.ingest.InputFile;
import org.claimlens.ingest.InputProblem;
import org.claimlens.ingest.InputWalker;
import org.claimlens.model.Document;
import org.claimlens.pipeline.Annotator;
import org.claimlens.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;

/**
 * Reads sources, analyses their documents on a worker pool and commits them to a {@link Corpus} in
 * input order. Resumable: a source (a file, a feed URL) is marked done in the store once all its
 * documents are committed, and is skipped on the next run; a document already stored (same text or
 * canonical URL) is skipped before it is analysed, so a run killed half-way through a source costs
 * only the reading of that source again.
 */
final class CorpusIngest implements AutoCloseable {

  /**
   * What a run did.
   *
   * @param sources sources read
   * @param sourcesDone sources skipped because an earlier run finished them
   * @param added documents stored
   * @param reposts of those, how many republish a stored original
   * @param duplicates documents not stored because the same text or URL was already there
   * @param claims claims stored
   * @param debunked of those, how many restate a fact-checked claim
   * @param failed documents and sources that failed, each reported on stderr with its reason
   */
  record Summary(
      int sources,
      int sourcesDone,
      int added,
      int reposts,
      int duplicates,
      int claims,
      int debunked,
      int failed) {
    String line() {
      return String.format(
          Locale.ROOT,
          "%d new (%d reposts), %d duplicates, %d failed; %d claims (%d match a fact-check);"
              + " %d sources read, %d already done",
          added,
          reposts,
          duplicates,
          failed,
          claims,
          debunked,
          sources,
          sourcesDone);
    }
  }

  /**
   * Where an ingest's time went, summed over documents: the analysis and the corpus preparation
   * (claim embeddings, record, signature) on the worker threads, and the commit (store, duplicates,
   * claim clusters, corroboration) on the one serial thread. Wall times: under a full CPU they
   * include waiting for a core. {@code halfRate} is the documents committed per second over the
   * second half of the committed documents: the sustained rate, once the JIT compiler has warmed up
   * (on 2 cores it takes a large share of the CPU during the first minute); NaN under 4 documents.
   */
  record Timings(
      int documents,
      long analysisNanos,
      long prepareNanos,
      long commitNanos,
      double halfRate,
      @Nullable CacheStats sentences,
      @Nullable CacheStats claims,
      CacheStats twins) {

    /**
     * How much the embedding caches gave: the sentence and claim vectors taken from them, of all
     * looked up ("(no cache)" for a pipeline or corpus without one); and how many claims joined a
     * word-for-word twin's cluster without a similar-claim look-up.
     */
    String cacheLine() {
      return "embedding caches: sentence vectors reused "
          + (sentences == null ? "(no cache)" : sentences.describe())
          + ", claim vectors reused "
          + (claims == null ? "(no cache)" : claims.describe())
          + "; claims that joined a word-for-word twin's cluster without a look-up "
          + twins.describe();
    }

    String line() {
      double n = Math.max(1, documents);
      String rate =
          Double.isNaN(halfRate)
              ? ""
              : String.format(
                  Locale.ROOT, "; second half of the commits %.1f documents/s", halfRate);
      return String.format(
              Locale.ROOT,
              "timings per document (%d): analysis %.1f ms, claim embeddings and records %.1f ms"
                  + " (worker threads), commit %.1f ms (serial)",
              documents,
              analysisNanos / 1e6 / n,
              prepareNanos / 1e6 / n,
              commitNanos / 1e6 / n)
          + rate;
    }
  }

  private final LongAdder analysisNanos = new LongAdder();
  private final LongAdder prepareNanos = new LongAdder();
  private final LongAdder commitNanos = new LongAdder();
  private final LongAdder analysed = new LongAdder();

  /** When each commit ended, in order (written by the commit thread only). */
  private long[] commitEnds = new long[1024];

  private int commits;

  /** The time spent so far, per stage. */
  Timings timings() {
    double halfRate = Double.NaN;
    int ends = commits;
    if (ends >= 4) {
      int from = ends / 2;
      long span = commitEnds[ends - 1] - commitEnds[from - 1];
      halfRate = span <= 0 ? Double.NaN : (ends - from) * 1e9 / span;
    }
    CacheStats sentences = null;
    for (Annotator a : pipeline.annotators()) {
      if (a instanceof EmbeddingAnnotator e) {
        sentences = e.cacheStats();
      }
    }
    CacheStats claims = corpus.encoder() instanceof CachedEncoder c ? c.stats() : null;
    return new Timings(
        analysed.intValue(),
        analysisNanos.sum(),
        prepareNanos.sum(),
        commitNanos.sum(),
        halfRate,
        sentences,
        claims,
        corpus.twinStats());
  }

  private final Pipeline pipeline;
  private final Corpus corpus;
  private final DocumentReaders readers;
  private final PrintStream err;
  private final int threads;
  private final boolean progress;
  private final ExecutorService pool;
  private Consumer<Document> observer = d -> {};

  CorpusIngest(
      Pipeline pipeline,
      Corpus corpus,
      DocumentReaders readers,
      int threads,
      PrintStream err,
      boolean progress) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.readers = Objects.requireNonNull(readers, "readers");
    this.err = Objects.requireNonNull(err, "err");
    this.threads = Math.max(1, threads);
    this.progress = progress;
    this.pool =
        Executors.newFixedThreadPool(this.threads, BatchAnalyzer.namedThreads("claimlens-ingest"));
  }

  /** Calls {@code o} with every analysed document, in input order (demo summarises them). */
  CorpusIngest observe(Consumer<Document> o) {
    this.observer = Objects.requireNonNull(o, "o");
    return this;
  }

  private record Analysed(Document doc, Corpus.Prepared prepared) {}

  /** A source being ingested: marked done once it is read through and all it gave is committed. */
  private static final class Source {
    final Optional<String> key;
    int seen;
    int outstanding;
    boolean readThrough;
    boolean storeFailed;

    Source(Optional<String> key) {
      this.key = key;
    }
  }

  private record Pending(Document input, Source source, Future<Analysed> result) {}

  private final class Counts {
    int sources;
    int sourcesDone;
    int added;
    int reposts;
    int duplicates;
    int claims;
    int debunked;
    int failed;
    int filesDone;
  }

  Summary run(List<String> inputs) {
    InputWalker.Expansion expansion = InputWalker.expand(inputs);
    ProgressBar bar = new ProgressBar(err, expansion.files().size(), progress);
    Counts n = new Counts();
    for (InputProblem p : expansion.problems()) {
      report(bar, p.message());
      n.failed++;
    }
    // one window of documents in flight across sources, so that short sources (a file per
    // article) still keep every worker busy
    Deque<Pending> window = new ArrayDeque<>();
    // ids of the documents in the window, not yet in the store
    Set<String> inWindow = new HashSet<>();
    for (InputFile file : expansion.files()) {
      Optional<String> key = file.sourceKey();
      if (key.isPresent() && corpus.store().isSourceDone(key.get())) {
        n.sourcesDone++;
        bar.update(++n.filesDone, n.added);
        continue;
      }
      n.sources++;
      Source source = new Source(key);
      List<InputProblem> problems =
          readers.read(
              file,
              doc -> {
                source.seen++;
                if (corpus.alreadyStored(doc).isPresent()) {
                  n.duplicates++;
                  return;
                }
                source.outstanding++;
                Document named = corpus.withFreeId(doc, inWindow);
                inWindow.add(named.id());
                window.add(new Pending(named, source, pool.submit(() -> analyse(named))));
                while (window.size() >= threads * 4) {
                  commit(window.removeFirst(), n, bar, inWindow);
                }
              });
      for (InputProblem p : problems) {
        report(bar, p.message());
        if (p.severity() == InputProblem.Severity.ERROR) {
          n.failed++;
        }
      }
      source.readThrough = true;
      if (source.outstanding == 0) {
        finish(source, n, bar);
      }
    }
    while (!window.isEmpty()) {
      commit(window.removeFirst(), n, bar, inWindow);
    }
    bar.update(n.filesDone, n.added);
    bar.finish();
    return new Summary(
        n.sources, n.sourcesDone, n.added, n.reposts, n.duplicates, n.claims, n.debunked, n.failed);
  }

  /**
   * Marks a source done, unless it gave nothing (unreadable file, failed fetch) or the store
   * refused one of its documents: those are tried again next time, and what they stored is then
   * skipped by its content hash.
   */
  private void finish(Source source, Counts n, ProgressBar bar) {
    if (source.key.isPresent() && source.seen > 0 && !source.storeFailed) {
      corpus.store().markSourceDone(source.key.get());
    }
    bar.update(++n.filesDone, n.added);
  }

  private Analysed analyse(Document doc) {
    long t0 = System.nanoTime();
    Document done = pipeline.process(doc);
    long t1 = System.nanoTime();
    Corpus.Prepared prepared = corpus.prepare(done);
    analysisNanos.add(t1 - t0);
    prepareNanos.add(System.nanoTime() - t1);
    analysed.increment();
    return new Analysed(done, prepared);
  }

  private void commit(Pending p, Counts n, ProgressBar bar, Set<String> inWindow) {
    commitOne(p, n, bar);
    inWindow.remove(p.input().id());
    Source source = p.source();
    source.outstanding--;
    if (source.readThrough && source.outstanding == 0) {
      finish(source, n, bar);
    }
  }

  private void commitOne(Pending p, Counts n, ProgressBar bar) {
    try {
      Analysed done = p.result().get();
      long t0 = System.nanoTime();
      Corpus.Added a = corpus.commit(done.prepared());
      long t1 = System.nanoTime();
      commitNanos.add(t1 - t0);
      if (commits == commitEnds.length) {
        commitEnds = Arrays.copyOf(commitEnds, commits * 2);
      }
      commitEnds[commits++] = t1;
      observer.accept(done.doc());
      switch (a.outcome()) {
        case NEW -> n.added++;
        case REPOST -> {
          n.added++;
          n.reposts++;
        }
        case DUPLICATE -> n.duplicates++;
      }
      n.claims += a.claims();
      n.debunked += a.debunked();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      report(bar, p.input().metadata().sourceFile() + ": failed: " + cause.getMessage());
      n.failed++;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (RuntimeException e) {
      report(bar, p.input().metadata().sourceFile() + ": not stored: " + e.getMessage());
      n.failed++;
      p.source().storeFailed = true;
    }
  }

  private void report(ProgressBar bar, String message) {
    bar.clear();
    err.println("claimlens: " + Terminal.oneLine(message));
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
