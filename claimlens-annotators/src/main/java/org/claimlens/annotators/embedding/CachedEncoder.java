package org.claimlens.annotators.embedding;

import java.util.List;
import java.util.Objects;

/**
 * A {@link SentenceEncoder} that remembers the vectors of the texts it has embedded, in a bounded
 * LRU cache, and embeds each text it has not seen <b>on its own</b>, one encoder call per text.
 *
 * <p>One text per call keeps vectors independent of what else was asked: the quantized encoders
 * scale their int8 activations per call, so a text embedded beside others gets a vector slightly
 * different (cosine about 0.99) from its vector alone. With this wrapper, a text gets the same
 * vector whether it came from the cache or from the encoder, and whatever came before it.
 *
 * <p>Use it where the same texts come back: the claims of reposts and of quotes that several
 * outlets carry. The cache holds vectors only, keyed by a 64-bit hash and the length of the text
 * (about 1.6 KB per 384-dimension vector). Thread-safe; two threads that meet a new text at the
 * same moment may both embed it, and get the same vector. Example:
 *
 * <pre>{@code
 * SentenceEncoder claims = CachedEncoder.of(Encoders.minilm(), 50_000);
 * }</pre>
 */
public final class CachedEncoder implements SentenceEncoder {
  private final SentenceEncoder encoder;
  private final EmbeddingCache cache;
  private final int capacity;

  private CachedEncoder(SentenceEncoder encoder, int capacity) {
    this.encoder = encoder;
    this.capacity = capacity;
    this.cache = new EmbeddingCache(capacity);
  }

  /**
   * {@code encoder} with a cache of about {@code capacity} vectors; with {@code capacity} 0, the
   * encoder itself, unwrapped.
   *
   * @throws IllegalArgumentException when {@code capacity} is negative
   */
  public static SentenceEncoder of(SentenceEncoder encoder, int capacity) {
    Objects.requireNonNull(encoder, "encoder");
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
    }
    return capacity == 0 ? encoder : new CachedEncoder(encoder, capacity);
  }

  @Override
  public String id() {
    return encoder.id();
  }

  @Override
  public int dimension() {
    return encoder.dimension();
  }

  @Override
  public float[][] embed(List<String> sentences) {
    float[][] out = new float[sentences.size()][];
    for (int i = 0; i < out.length; i++) {
      String text = sentences.get(i);
      float[] v = cache.get(text);
      if (v == null) {
        v = encoder.embed(List.of(text))[0];
        cache.put(text, v.clone());
        out[i] = v;
      } else {
        // the caller owns what it gets: never hand out the cached array itself
        out[i] = v.clone();
      }
    }
    return out;
  }

  /** How many vectors the cache holds now. */
  public int size() {
    return cache.size();
  }

  /** How many texts so far came from the cache, and how many were embedded. */
  public CacheStats stats() {
    return cache.stats();
  }

  @Override
  public String toString() {
    return "CachedEncoder[" + encoder + ", " + capacity + " vectors]";
  }
}
