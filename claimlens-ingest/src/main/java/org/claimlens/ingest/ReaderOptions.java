package org.claimlens.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link DocumentReaders} treat their input. Immutable.
 *
 * <p>Example: {@code new DocumentReaders(new ReaderOptions(64 * 1024))} skips every input over 64
 * KB; {@code ReaderOptions.defaults().withAllowPrivate(true)} also fetches URLs on the local
 * network.
 *
 * @param maxBytes the largest input, in bytes, that is read at all. A file over it is skipped with
 *     an error before it is read (unless its first bytes show a WARC file or a Telegram export,
 *     which are streamed and then limited per record or message); stdin is read up to one byte past
 *     it; a fetched URL body and a WARC record payload are read up to one byte past it. Between 1
 *     and {@link #MAX_BYTES_LIMIT}: a whole input is held in memory as one array.
 * @param allowPrivate whether URLs may be fetched from loopback, private, link-local, unique-local,
 *     multicast, unspecified and reserved addresses (the CLI's {@code --allow-private}). Off by
 *     default: a URL in a shared list must not reach the machine's own services.
 * @param connectTimeout how long a URL fetch may wait for each TCP/TLS connection; positive
 * @param fetchTimeout how long a whole URL fetch may take, redirects and body included; positive
 */
public record ReaderOptions(
    long maxBytes, boolean allowPrivate, Duration connectTimeout, Duration fetchTimeout) {
  /** The default limit: 5 MB, far above any news article and well below a stray video file. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** The highest limit allowed: the largest byte array a JVM reliably allocates. */
  public static final long MAX_BYTES_LIMIT = Integer.MAX_VALUE - 8;

  /** The default connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The default timeout for a whole fetch: 30 s. */
  public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(30);

  public ReaderOptions {
    if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "maxBytes must be in [1, " + MAX_BYTES_LIMIT + "], was " + maxBytes);
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
    }
    if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException("fetchTimeout must be positive, was " + fetchTimeout);
    }
  }

  /** Options with {@code maxBytes}, private addresses refused and the default timeouts. */
  public ReaderOptions(long maxBytes) {
    this(maxBytes, false, DEFAULT_CONNECT_TIMEOUT, DEFAULT_FETCH_TIMEOUT);
  }

  /** Options with a {@link #DEFAULT_MAX_BYTES} limit and the other defaults. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_BYTES);
  }

  /** These options with another {@link #maxBytes()}. */
  public ReaderOptions withMaxBytes(long maxBytes) {
    return new ReaderOptions(maxBytes, allowPrivate, connectTimeout, fetchTimeout);
  }

  /** These options with private addresses allowed or refused. */
  public ReaderOptions withAllowPrivate(boolean allowPrivate) {
    return new ReaderOptions(maxBytes, allowPrivate, connectTimeout, fetchTimeout);
  }

  /** These options with other fetch timeouts. */
  public ReaderOptions withTimeouts(Duration connectTimeout, Duration fetchTimeout) {
    return new ReaderOptions(maxBytes, allowPrivate, connectTimeout, fetchTimeout);
  }
}
