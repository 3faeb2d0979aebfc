package org.claimlens.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.claimlens.ingest.DocumentReaders;
import org.claimlens.ingest.InputFile;
import org.claimlens.ingest.InputProblem;
import org.claimlens.ingest.InputWalker;
import org.claimlens.ingest.ReadResult;
import org.claimlens.model.Document;
import org.claimlens.pipeline.Pipeline;

/**
 * Reads inputs, runs the pipeline on a pool of worker threads, and hands the analyzed documents to
 * a sink in input order, so that output is deterministic whatever the thread count.
 *
 * <p>Bad input never stops the batch: each problem is printed on stderr as one line naming the file
 * and the reason, and counted in the {@link Summary}.
 */
final class BatchAnalyzer implements AutoCloseable {
  private final Pipeline pipeline;
  private final DocumentReaders readers;
  private final PrintStream err;
  private final int threads;
  private final boolean progress;
  private final ExecutorService pool;

  /** What a run did. */
  record Summary(int files, int documents, int skipped, int warnings, int failed) {}

  BatchAnalyzer(
      Pipeline pipeline, DocumentReaders readers, int threads, PrintStream err, boolean progress) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.readers = Objects.requireNonNull(readers, "readers");
    this.err = Objects.requireNonNull(err, "err");
    this.threads = Math.max(1, threads);
    this.progress = progress;
    this.pool = Executors.newFixedThreadPool(this.threads, namedThreads("claimlens-analyze"));
  }

  static ThreadFactory namedThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private record Pending(Document input, Future<Document> result) {}

  /** Analyzes every document of {@code inputs} (paths, folders or "-") and sinks it in order. */
  Summary run(List<String> inputs, Consumer<Document> sink) {
    InputWalker.Expansion expansion = InputWalker.expand(inputs);
    int skipped = 0;
    int warnings = 0;
    int failed = 0;
    int documents = 0;
    ProgressBar bar = new ProgressBar(err, expansion.files().size(), progress);
    for (InputProblem p : expansion.problems()) {
      report(bar, p);
      skipped++;
    }
    Deque<Pending> window = new ArrayDeque<>();
    int windowLimit = threads * 8;
    int done = 0;
    for (InputFile file : expansion.files()) {
      ReadResult read = readers.read(file);
      for (InputProblem p : read.problems()) {
        report(bar, p);
        if (p.severity() == InputProblem.Severity.ERROR) {
          skipped++;
        } else {
          warnings++;
        }
      }
      for (Document doc : read.documents()) {
        window.add(new Pending(doc, pool.submit(() -> pipeline.process(doc))));
        while (window.size() >= windowLimit) {
          if (drain(window.removeFirst(), sink, bar)) {
            documents++;
          } else {
            failed++;
          }
        }
      }
      bar.update(++done, documents);
    }
    while (!window.isEmpty()) {
      if (drain(window.removeFirst(), sink, bar)) {
        documents++;
      } else {
        failed++;
      }
    }
    bar.update(done, documents);
    bar.finish();
    return new Summary(expansion.files().size(), documents, skipped, warnings, failed);
  }

  private boolean drain(Pending p, Consumer<Document> sink, ProgressBar bar) {
    try {
      sink.accept(p.result().get());
      return true;
    } catch (ExecutionException e) {
      bar.clear();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      err.println(
          "claimlens: " + p.input().metadata().sourceFile() + ": failed: " + cause.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private void report(ProgressBar bar, InputProblem p) {
    bar.clear();
    err.println("claimlens: " + Terminal.oneLine(p.message()));
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
