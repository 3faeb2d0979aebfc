package org.claimlens.annotators.embedding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Embedding;
import org.claimlens.model.Language;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.model.Sentence;
import org.claimlens.pipeline.Annotator;
import org.jspecify.annotations.Nullable;

/**
 * Embeds the sentences of a document with a {@link SentenceEncoder}: one {@link Embedding} per
 * embedded sentence, on the sentence's span, in sentence order, shared by every later consumer.
 *
 * <p>Cost is kept down in four ways:
 *
 * <ul>
 *   <li><b>A sentence budget</b> ({@link Config#maxSentences()}): a document with more sentences
 *       embeds only those its {@link SentenceSelector} picks, so the layer then covers a subset of
 *       the sentences; consumers match embeddings to sentences by span. 0 embeds every sentence.
 *   <li><b>Each distinct sentence text is embedded once</b> per process, as long as it stays in a
 *       bounded LRU cache ({@link Config#cacheSize()} vectors, keyed by a 64-bit hash and the
 *       length of the text). Boilerplate lines ("Subscribe: @channel"), repeated headlines and
 *       reposts are free after their first time. Two threads that meet a new sentence at the same
 *       moment may both embed it; they get the same vector.
 *   <li><b>Batches of similar length</b>, when {@link Config#batchSize()} is above 1: the sentences
 *       still to embed are sorted by length and sent to the encoder that many at a time, so little
 *       is spent on padding. The default is 1, for two measured reasons: the quantized encoders
 *       scale their int8 activations per batch (dynamic quantization), so a sentence's vector would
 *       depend on which sentences shared its batch (cosine about 0.99 to its vector alone) and a
 *       document's labels on what was analysed before it; and on CPU batches of 8 embed no more
 *       sentences per CPU-second than single sentences (32 were slower, from padding).
 *   <li><b>Intra-document parallelism is off by default</b> ({@link Config#parallelism()} 1): the
 *       pipeline already runs documents in parallel on every core, and a second level of threads
 *       would only contend with it. Raise it for a single long document on an idle machine.
 * </ul>
 *
 * <p>Very long sentences are truncated by the encoder to its maximum input (256 word pieces for
 * MiniLM, 512 for bge-small): only their beginning is embedded. Documents in other languages are
 * embedded too, by default, so the layer is always there (near-duplicate search works within a
 * language even with an English-centric encoder such as MiniLM), but their vectors are weak; with
 * {@link Config#englishOnly()} they get an empty layer instead. Documents whose language is {@code
 * und} are always embedded.
 *
 * <p>Thread-safe. Example:
 *
 * <pre>{@code
 * Annotator embedding = new EmbeddingAnnotator(Encoders.minilm(), EmbeddingAnnotator.Config.defaults());
 * Pipeline p = Pipeline.builder().add(language).add(text).add(embedding).build();
 * }</pre>
 */
public final class EmbeddingAnnotator implements Annotator {

  /**
   * How the annotator runs.
   *
   * @param batchSize sentences per encoder call; {@code >= 1}
   * @param cacheSize how many sentence vectors the cache keeps; 0 turns it off
   * @param parallelism threads that embed the batches of one document; 1 runs them on the calling
   *     thread
   * @param englishOnly whether documents detected as another language than English get an empty
   *     layer instead of vectors
   * @param maxSentences at most this many sentences of a document are embedded, chosen by the
   *     annotator's {@link SentenceSelector}; 0 embeds every sentence
   */
  public record Config(
      int batchSize, int cacheSize, int parallelism, boolean englishOnly, int maxSentences) {
    public Config {
      if (batchSize < 1 || cacheSize < 0 || parallelism < 1 || maxSentences < 0) {
        throw new IllegalArgumentException(
            "need batchSize >= 1, cacheSize >= 0, parallelism >= 1, maxSentences >= 0: " + this);
      }
    }

    /**
     * One sentence per encoder call, 50,000 cached vectors, no intra-document threads, every
     * language, every sentence.
     */
    public static Config defaults() {
      return new Config(1, 50_000, 1, false, 0);
    }

    public Config withBatchSize(int size) {
      return new Config(size, cacheSize, parallelism, englishOnly, maxSentences);
    }

    public Config withCacheSize(int size) {
      return new Config(batchSize, size, parallelism, englishOnly, maxSentences);
    }

    public Config withParallelism(int threads) {
      return new Config(batchSize, cacheSize, threads, englishOnly, maxSentences);
    }

    /** This config with a sentence budget per document; 0 embeds every sentence. */
    public Config withMaxSentences(int max) {
      return new Config(batchSize, cacheSize, parallelism, englishOnly, max);
    }
  }

  private final SentenceEncoder encoder;
  private final Config config;
  private final EmbeddingCache cache;
  private final Provenance provenance;
  private final @Nullable ExecutorService pool;
  private final SentenceSelector selector;

  /** An annotator that embeds the {@link SentenceSelector#lead() lead} when over budget. */
  public EmbeddingAnnotator(SentenceEncoder encoder, Config config) {
    this(encoder, config, SentenceSelector.lead());
  }

  /**
   * An annotator that lets {@code selector} choose the sentences of a document longer than {@link
   * Config#maxSentences()}.
   */
  public EmbeddingAnnotator(SentenceEncoder encoder, Config config, SentenceSelector selector) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.config = Objects.requireNonNull(config, "config");
    this.selector = Objects.requireNonNull(selector, "selector");
    this.cache = new EmbeddingCache(config.cacheSize());
    this.provenance = Provenances.of("embedding", encoder.id(), config);
    this.pool =
        config.parallelism() > 1
            ? Executors.newFixedThreadPool(config.parallelism(), new NamedThreads())
            : null;
  }

  /** The default encoder ({@link Encoders#minilm()}) with the default config. */
  public static EmbeddingAnnotator withDefaults() {
    return new EmbeddingAnnotator(Encoders.minilm(), Config.defaults());
  }

  public SentenceEncoder encoder() {
    return encoder;
  }

  /**
   * How many sentence look-ups so far found their vector in the cache, and how many did not (a
   * sentence repeated within one document counts once per occurrence).
   */
  public CacheStats cacheStats() {
    return cache.stats();
  }

  @Override
  public String name() {
    return "embedding";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.SENTENCE_EMBEDDINGS);
  }

  @Override
  public Document annotate(Document doc) {
    if (config.englishOnly() && !englishOrUnknown(doc)) {
      return doc.with(Layers.SENTENCE_EMBEDDINGS, List.of());
    }
    List<Annotation<Sentence>> sentences = chosen(doc);
    String[] texts = new String[sentences.size()];
    float[][] vectors = new float[sentences.size()][];
    Map<String, List<Integer>> missing = new HashMap<>();
    for (int i = 0; i < texts.length; i++) {
      texts[i] = doc.text(sentences.get(i).span());
      float[] cached = cache.get(texts[i]);
      if (cached != null) {
        vectors[i] = cached;
      } else {
        missing.computeIfAbsent(texts[i], k -> new ArrayList<>(1)).add(i);
      }
    }
    if (!missing.isEmpty()) {
      List<String> todo = new ArrayList<>(missing.keySet());
      // Similar lengths in one batch: the encoder pads every sentence to the longest.
      todo.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
      List<List<String>> batches = new ArrayList<>();
      for (int from = 0; from < todo.size(); from += config.batchSize()) {
        batches.add(todo.subList(from, Math.min(todo.size(), from + config.batchSize())));
      }
      List<float[][]> results = embedAll(batches);
      for (int b = 0; b < batches.size(); b++) {
        List<String> batch = batches.get(b);
        float[][] out = results.get(b);
        for (int j = 0; j < batch.size(); j++) {
          cache.put(batch.get(j), out[j]);
          for (int i : missing.get(batch.get(j))) {
            vectors[i] = out[j];
          }
        }
      }
    }
    List<Annotation<Embedding>> out = new ArrayList<>(texts.length);
    for (int i = 0; i < texts.length; i++) {
      out.add(
          new Annotation<>(
              sentences.get(i).span(), new Embedding(vectors[i], encoder.id()), 1.0, provenance));
    }
    return doc.with(Layers.SENTENCE_EMBEDDINGS, out);
  }

  /** The sentences to embed: all, or the selector's choice when the document is over budget. */
  private List<Annotation<Sentence>> chosen(Document doc) {
    List<Annotation<Sentence>> all = doc.layer(Layers.SENTENCES);
    int max = config.maxSentences();
    if (max == 0 || all.size() <= max) {
      return all;
    }
    int[] picked = selector.select(doc, max);
    List<Annotation<Sentence>> out = new ArrayList<>(picked.length);
    int previous = -1;
    for (int i : picked) {
      if (i <= previous || i >= all.size() || out.size() == max) {
        throw new IllegalStateException(
            "sentence selector "
                + selector
                + " returned "
                + Arrays.toString(picked)
                + " for "
                + all.size()
                + " sentences and a budget of "
                + max
                + "; it must return at most that many ascending, distinct indexes");
      }
      out.add(all.get(i));
      previous = i;
    }
    return out;
  }

  private List<float[][]> embedAll(List<List<String>> batches) {
    List<float[][]> results = new ArrayList<>(batches.size());
    if (pool == null || batches.size() == 1) {
      for (List<String> batch : batches) {
        results.add(checked(encoder.embed(batch), batch.size()));
      }
      return results;
    }
    List<Future<float[][]>> futures = new ArrayList<>(batches.size());
    for (List<String> batch : batches) {
      futures.add(pool.submit(() -> checked(encoder.embed(batch), batch.size())));
    }
    try {
      for (Future<float[][]> f : futures) {
        results.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("embedding failed", e.getCause());
    }
    return results;
  }

  private float[][] checked(float[][] vectors, int expected) {
    if (vectors.length != expected) {
      throw new IllegalStateException(
          "encoder " + encoder.id() + " returned " + vectors.length + " vectors for " + expected);
    }
    return vectors;
  }

  private static boolean englishOrUnknown(Document doc) {
    String code =
        doc.find(Layers.LANGUAGE).map(a -> a.value().code()).orElse(Language.UNDETERMINED);
    return code.equals("en") || code.equals(Language.UNDETERMINED);
  }

  /** Daemon threads named {@code claimlens-embedding-N}, so a pipeline never blocks JVM exit. */
  private static final class NamedThreads implements ThreadFactory {
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "claimlens-embedding-" + next.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
