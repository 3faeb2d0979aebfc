package org.claimlens.ingest;

/**
 * How {@link DocumentReaders} treat their input. Immutable.
 *
 * <p>Example: {@code new DocumentReaders(new ReaderOptions(64 * 1024))} skips every input over 64
 * KB.
 *
 * @param maxBytes the largest input, in bytes, that is read at all. A file over it is skipped with
 *     an error before any of its bytes are read; stdin is read up to one byte past it. Between 1
 *     and {@link #MAX_BYTES_LIMIT}: the whole input is held in memory as one array.
 */
public record ReaderOptions(long maxBytes) {
  /** The default limit: 5 MB, far above any news article and well below a stray video file. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** The highest limit allowed: the largest byte array a JVM reliably allocates. */
  public static final long MAX_BYTES_LIMIT = Integer.MAX_VALUE - 8;

  public ReaderOptions {
    if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxBytes must be in [1, " + MAX_BYTES_LIMIT + "], was " + maxBytes);
    }
  }

  /** Options with a {@link #DEFAULT_MAX_BYTES} limit. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_BYTES);
  }
}
