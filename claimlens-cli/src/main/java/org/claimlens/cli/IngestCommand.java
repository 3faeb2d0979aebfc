package org.claimlens.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.annotators.embedding.CachedEncoder;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.corpus.Corpus;
import org.claimlens.ingest.DocumentReaders;
import org.claimlens.ingest.ReaderOptions;
import org.claimlens.pipeline.Pipeline;
import org.claimlens.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimlens ingest SOURCE... --store DIR}: analyses documents from folders, files, feeds,
 * Telegram exports, WARC files and URLs, and adds them to a corpus. Resumable (see {@link
 * CorpusIngest}); ends with a summary line.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze documents and add them to a corpus: folders and files (txt, html, jsonl), RSS and"
          + " Atom feeds (files or URLs), Telegram Desktop exports (result.json), WARC files and"
          + " http(s) URLs.",
      "Each document is stored once (by content and canonical URL); reposts point at their"
          + " original. A killed run, started again, goes on where it stopped."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions storeOptions;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders, feeds, URLs.")
  List<String> sources;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-bytes",
      defaultValue = "" + ReaderOptions.DEFAULT_MAX_BYTES,
      paramLabel = "N",
      description = "Skip inputs larger than N bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(
      names = "--allow-private",
      description = "Let URLs reach private, loopback and link-local addresses.")
  boolean allowPrivate;

  @Option(names = "--no-progress", description = "Never draw a progress bar.")
  boolean noProgress;

  @Option(
      names = "--claim-vectors",
      defaultValue = "10",
      paramLabel = "N",
      description =
          "Embed the first N claims of each document for claim matching and fact-check links"
              + " (2-4 ms of CPU each); 0 embeds every claim. Default: ${DEFAULT-VALUE}.")
  int claimVectors;

  @Option(
      names = "--embedding-cache",
      defaultValue = "50000",
      paramLabel = "N",
      description =
          "Remember the vectors of the last N distinct sentences, and of the last N distinct"
              + " claims, so that texts met again (reposts, quotes carried by several outlets,"
              + " boilerplate) are not embedded again; about 1.6 KB per vector. 0 embeds every"
              + " text (benchmarks of new text). Default: ${DEFAULT-VALUE}.")
  int embeddingCache;

  @Option(
      names = "--timings",
      description =
          "At the end, print on stderr where the time went per document (analysis, claim"
              + " embeddings and records, commit), the rate over the second half, and how many"
              + " sentence and claim vectors came from the embedding caches.")
  boolean timings;

  @Override
  public Integer call() {
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be > 0");
    }
    if (claimVectors < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--claim-vectors must be >= 0 (0 embeds every claim)");
    }
    if (embeddingCache < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--embedding-cache must be >= 0 (0 turns the caches off)");
    }
    long t0 = System.nanoTime();
    try (Store store = storeOptions.open()) {
      CorpusIngest.Summary s =
          ingest(
              store,
              sources,
              threads,
              maxBytes,
              allowPrivate,
              !noProgress,
              claimVectors,
              embeddingCache,
              root,
              t -> {
                if (timings) {
                  root.err.println("claimlens ingest: " + t.line());
                  root.err.println("claimlens ingest: " + t.cacheLine());
                }
              });
      double seconds = (System.nanoTime() - t0) / 1e9;
      root.out.printf(
          Locale.ROOT,
          "claimlens ingest: %s; %.1f s; the store now holds %d documents%n",
          s.line(),
          seconds,
          store.documentCount());
      return s.added() + s.duplicates() + s.sourcesDone() > 0 || s.failed() == 0 ? 0 : 1;
    }
  }

  /** Ingests {@code sources} into {@code store} with the default pipeline; shared with demo. */
  static CorpusIngest.Summary ingest(
      Store store,
      List<String> sources,
      int threads,
      long maxBytes,
      boolean allowPrivate,
      boolean progress,
      int claimVectors,
      int embeddingCache,
      ClaimlensCommand root,
      Consumer<CorpusIngest.Timings> timings) {
    Pipeline pipeline =
        StandardPipeline.build(
            StandardPipeline.Options.defaults().withEmbeddingCache(embeddingCache));
    Corpus corpus =
        new Corpus(
            store,
            CachedEncoder.of(Encoders.minilm(), embeddingCache),
            Corpus.Config.defaults().withMaxClaimVectors(claimVectors));
    try (CorpusIngest ingest =
        new CorpusIngest(
            pipeline,
            corpus,
            new DocumentReaders(new ReaderOptions(maxBytes).withAllowPrivate(allowPrivate)),
            threads,
            root.err,
            progress && ProgressBar.stderrIsTerminal())) {
      CorpusIngest.Summary s = ingest.run(sources);
      timings.accept(ingest.timings());
      return s;
    }
  }
}
