package org.claimlens.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Fetches http and https URLs with {@link HttpClient}, behind an SSRF guard and within limits.
 *
 * <ul>
 *   <li>Before each request, the host is resolved and every address it resolves to is checked by
 *       {@link AddressGuard}; one loopback, private, link-local, unique-local, multicast,
 *       unspecified or reserved address refuses the URL unless {@link
 *       ReaderOptions#allowPrivate()}. Redirects are followed by hand, at most {@value
 *       #MAX_REDIRECTS}, and each hop is checked the same way, so a public page cannot redirect
 *       into the local network; a redirect to any scheme but http and https is refused.
 *   <li>{@link ReaderOptions#connectTimeout()} bounds each connection, {@link
 *       ReaderOptions#fetchTimeout()} the whole fetch (redirects and body included), and {@link
 *       ReaderOptions#maxBytes()} the body: a larger {@code Content-Length} is refused at once, and
 *       a body that grows past it is cut off.
 * </ul>
 *
 * <p>{@link HttpClient} resolves the host again when it connects, so a DNS server that answers a
 * public address to the check and a private one a moment later (DNS rebinding) could slip past the
 * first check. {@link GuardedResolverProvider}, the JVM's name resolver whenever claimlens-ingest
 * is on the class path, checks that second look-up too, while the fetch lasts.
 *
 * <p>Thread-safe: one client, shared by all fetches, on named daemon threads.
 */
final class UrlFetcher {
  /** The most redirects followed before a fetch is given up. */
  static final int MAX_REDIRECTS = 5;

  private static final String USER_AGENT =
      "claimlens/0.1 (information-integrity research; +https://github.com/claimlens)";

  /** Why a fetch failed, said for a person: {@code HTTP 404}, {@code timed out after 30 s}. */
  static final class FetchException extends Exception {
    FetchException(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * A fetched body.
   *
   * @param finalUri the URI the body came from, after redirects
   * @param contentType the Content-Type header, or null
   * @param body the body, at most {@code maxBytes}
   */
  record Fetched(URI finalUri, @Nullable String contentType, byte[] body) {}

  private final ReaderOptions options;
  private final HttpClient client;

  UrlFetcher(ReaderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, each hop checked
            .executor(Executors.newCachedThreadPool(daemonThreads("claimlens-fetch")))
            .build();
  }

  /** Whether {@code uri} is absolute, http or https, and names a host. */
  static boolean isHttp(URI uri) {
    String scheme = uri.getScheme();
    return scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        && uri.getHost() != null
        && !uri.getHost().isEmpty();
  }

  /** Fetches {@code uri}, following redirects; throws with the reason when it cannot. */
  Fetched fetch(URI uri) throws FetchException {
    long deadline = System.nanoTime() + options.fetchTimeout().toNanos();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      if (!isHttp(current)) {
        throw new FetchException("refused: " + current + " is not an http(s) URL");
      }
      AddressGuard.checkHost(current.getHost(), options.allowPrivate());
      HttpResponse<byte[]> response = sendGuarded(current, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new FetchException("HTTP " + status + " redirect without a Location");
        }
        if (hop == MAX_REDIRECTS) {
          throw new FetchException("too many redirects (more than " + MAX_REDIRECTS + ")");
        }
        current = resolve(current, location.get());
        continue;
      }
      if (status < 200 || status >= 300) {
        throw new FetchException("HTTP " + status);
      }
      return new Fetched(
          current, response.headers().firstValue("Content-Type").orElse(null), response.body());
    }
  }

  /**
   * Sends the request; unless private addresses are allowed, the client's own look-up of the host
   * is checked again by {@link GuardedResolverProvider} (DNS rebinding).
   */
  private HttpResponse<byte[]> sendGuarded(URI uri, long deadline) throws FetchException {
    if (options.allowPrivate()) {
      return send(uri, deadline);
    }
    try (GuardedResolverProvider.Guard guard = GuardedResolverProvider.guard(uri.getHost())) {
      try {
        return send(uri, deadline);
      } catch (FetchException e) {
        Optional<String> refusal = guard.refusal();
        if (refusal.isPresent()) {
          throw new FetchException(
              "refused: "
                  + refusal.get()
                  + ", after resolving to public addresses (DNS rebinding?); private addresses"
                  + " are off; --allow-private turns them on");
        }
        throw e;
      }
    }
  }

  private HttpResponse<byte[]> send(URI uri, long deadline) throws FetchException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timedOut();
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofNanos(left))
            .header("User-Agent", USER_AGENT)
            .header(
                "Accept",
                "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
                    + " application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1")
            .GET()
            .build();
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, info -> limited(info, options.maxBytes()));
    try {
      return future.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    } catch (CancellationException e) {
      throw new FetchException("cancelled");
    } catch (ExecutionException e) {
      throw new FetchException(reason(e.getCause() == null ? e : e.getCause()));
    }
  }

  private FetchException timedOut() {
    return new FetchException("timed out after " + seconds(options.fetchTimeout()));
  }

  private String reason(Throwable e) {
    if (e instanceof TooBig tooBig) {
      return tooBig.getMessage();
    }
    if (e instanceof HttpConnectTimeoutException) {
      return "connection timed out after " + seconds(options.connectTimeout());
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out after " + seconds(options.fetchTimeout());
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof IOException && e.getCause() instanceof TooBig tooBig) {
      return tooBig.getMessage();
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? d.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static URI resolve(URI base, String location) throws FetchException {
    try {
      return base.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException("redirect to an invalid URL (" + location + ")");
    }
  }

  // ---- the body, limited -----------------------------------------------------------------------

  /** A body over the limit; carried through the client's future. */
  private static final class TooBig extends IOException {
    TooBig(String message) {
      super(message, null);
    }
  }

  /**
   * A subscriber that keeps at most {@code maxBytes}: a larger Content-Length fails at once, and a
   * body that grows past the limit cancels the download.
   */
  private static HttpResponse.BodySubscriber<byte[]> limited(
      HttpResponse.ResponseInfo info, long maxBytes) {
    String over = "over the " + DocumentReaders.size(maxBytes) + " limit (--max-bytes)";
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      return failing(new TooBig("body of " + DocumentReaders.size(declared) + " is " + over));
    }
    return new HttpResponse.BodySubscriber<>() {
      private final CompletableFuture<byte[]> result = new CompletableFuture<>();
      private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      private Flow.@Nullable Subscription subscription;

      @Override
      public CompletionStage<byte[]> getBody() {
        return result;
      }

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
          return; // cut off already; the cancelled stream may still deliver what was in flight
        }
        for (ByteBuffer item : items) {
          int n = item.remaining();
          if (out.size() + (long) n > maxBytes) {
            if (subscription != null) {
              subscription.cancel();
            }
            result.completeExceptionally(new TooBig("body is " + over));
            return;
          }
          byte[] chunk = new byte[n];
          item.get(chunk);
          out.write(chunk, 0, n);
        }
      }

      @Override
      public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
      }

      @Override
      public void onComplete() {
        result.complete(out.toByteArray());
      }
    };
  }

  private static HttpResponse.BodySubscriber<byte[]> failing(IOException e) {
    return new HttpResponse.BodySubscriber<>() {
      @Override
      public CompletionStage<byte[]> getBody() {
        return CompletableFuture.failedFuture(e);
      }

      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.cancel();
      }

      @Override
      public void onNext(List<ByteBuffer> items) {}

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {}
    };
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
