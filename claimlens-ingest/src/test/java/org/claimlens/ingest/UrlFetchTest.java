package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.ReadResultAssert.assertThatRead;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimlens.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching through a local {@link HttpServer} on 127.0.0.1, which only allowPrivate may reach. */
class UrlFetchTest {

  private static final String PAGE =
      """
      <html><head><title>Governor: power restored in Sumy | Northern Courier</title>
      <meta property="og:site_name" content="Northern Courier">
      <meta property="article:published_time" content="2024-04-02T10:00:00Z"></head>
      <body><article><p>Power was restored to most of Sumy after overnight strikes, the regional
      governor said, adding that repair crews worked through the night.</p></article></body></html>
      """;

  private HttpServer server;
  private ExecutorService serverThreads;
  private final AtomicInteger hits = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final ConcurrentHashMap<String, Integer> pathHits = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "test-http-server");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(serverThreads);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    serverThreads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    hits.incrementAndGet();
    String path = exchange.getRequestURI().getPath();
    pathHits.merge(path, 1, Integer::sum);
    switch (path) {
      case "/page" -> send(exchange, 200, "text/html; charset=utf-8", PAGE);
      case "/feed" ->
          send(
              exchange,
              200,
              "application/rss+xml",
              Files.readString(TestInputs.resource("feeds/kyiv-wire.rss")));
      case "/feed-as-html" ->
          send(
              exchange,
              200,
              "text/html",
              Files.readString(TestInputs.resource("feeds/monitor.atom")));
      case "/statement" ->
          send(exchange, 200, "text/plain", "The ministry said the report was false.\n");
      case "/hop1" -> redirect(exchange, "/hop2");
      case "/hop2" -> redirect(exchange, "/page");
      case "/loop" -> redirect(exchange, "/loop");
      case "/to-file" -> redirect(exchange, "file:///etc/passwd");
      case "/big" -> send(exchange, 200, "text/html", "<p>" + "x".repeat(10_000) + "</p>");
      case "/big-chunked" -> {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse early
        try (OutputStream out = exchange.getResponseBody()) {
          for (int i = 0; i < 20; i++) {
            out.write(("<p>" + "y".repeat(1000) + "</p>").getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      case "/slow" -> {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        send(exchange, 200, "text/html", PAGE);
      }
      case "/pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.7\n1 0 obj");
      default -> send(exchange, 404, "text/plain", "not found");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private ReadResult fetch(String path, ReaderOptions options) {
    return new DocumentReaders(options).read(InputFile.url(URI.create(url(path))));
  }

  private ReadResult fetch(String path) {
    return fetch(path, ReaderOptions.defaults().withAllowPrivate(true));
  }

  @Test
  void pageIsReadThroughTheHtmlReaderWithTheUrlAsId() {
    Document doc = assertThatRead(fetch("/page")).hasNoProblems().singleDocument();

    assertThat(doc.id()).isEqualTo(url("/page"));
    assertThat(doc.metadata().url()).isEqualTo(url("/page"));
    assertThat(doc.metadata().title()).isEqualTo("Governor: power restored in Sumy");
    assertThat(doc.metadata().outlet()).isEqualTo("Northern Courier");
    assertThat(doc.metadata().published()).isEqualTo("2024-04-02T10:00:00Z");
    assertThat(doc.metadata().sourceFile()).isEqualTo(url("/page"));
    assertThat(doc.text()).contains("repair crews worked through the night").doesNotContain("<");
  }

  @Test
  void sameUrlIsRefusedWithoutAllowPrivateAndNeverContacted() {
    ReadResult result = fetch("/page", ReaderOptions.defaults());

    assertThatRead(result)
        .wasSkippedWith(
            url("/page")
                + ": skipped: refused: loopback address 127.0.0.1 (private addresses are off;"
                + " --allow-private turns them on)");
    assertThat(hits).hasValue(0);
  }

  @Test
  void localhostNameIsRefusedByWhatItResolvesTo() {
    ReadResult result =
        new DocumentReaders(ReaderOptions.defaults())
            .read(
                InputFile.url(
                    URI.create("http://localhost:" + server.getAddress().getPort() + "/page")));

    assertThatRead(result).wasSkippedBecause("refused: localhost resolves to loopback address");
    assertThat(hits).hasValue(0);
  }

  @Test
  void feedUrlIsReadThroughTheFeedReader() {
    ReadResult result = fetch("/feed");

    assertThat(result.documents()).hasSize(3);
    assertThat(result.documents().getFirst().id())
        .isEqualTo("https://kyivwire.example/news/drone-debris-kyiv");
    assertThat(result.documents().getFirst().metadata().sourceFile())
        .isEqualTo(url("/feed") + "#1");
  }

  @Test
  void feedServedAsHtmlIsStillAFeedBecauseItsRootSaysSo() {
    assertThat(fetch("/feed-as-html").documents())
        .extracting(d -> d.metadata().outlet())
        .containsOnly("Black Sea Monitor");
  }

  @Test
  void plainTextIsReadAsText() {
    Document doc = assertThatRead(fetch("/statement")).singleDocument();

    assertThat(doc.text()).isEqualTo("The ministry said the report was false.\n");
    assertThat(doc.metadata().url()).isEqualTo(url("/statement"));
  }

  @Test
  void redirectsAreFollowedAndTheFinalUrlIsKept() {
    Document doc = assertThatRead(fetch("/hop1")).singleDocument();

    assertThat(doc.id()).isEqualTo(url("/hop1"));
    assertThat(doc.metadata().url()).isEqualTo(url("/page"));
    assertThat(pathHits)
        .containsEntry("/hop1", 1)
        .containsEntry("/hop2", 1)
        .containsEntry("/page", 1);
  }

  @Test
  void redirectLoopStopsAfterFiveRedirects() {
    assertThatRead(fetch("/loop")).wasSkippedBecause("too many redirects (more than 5)");
    assertThat(pathHits).containsEntry("/loop", 6);
  }

  @Test
  void redirectToAnotherSchemeIsRefused() {
    assertThatRead(fetch("/to-file"))
        .wasSkippedWith(
            url("/to-file") + ": skipped: refused: file:///etc/passwd is not an http(s) URL");
  }

  @Test
  void bodyOverTheLimitIsOneProblemNamingTheUrlAndReason() {
    ReaderOptions small = new ReaderOptions(4096).withAllowPrivate(true);

    assertThatRead(fetch("/big", small))
        .wasSkippedWith(
            url("/big") + ": skipped: body of 9.8 KB is over the 4.0 KB limit (--max-bytes)");
    assertThatRead(fetch("/big-chunked", small))
        .wasSkippedWith(
            url("/big-chunked") + ": skipped: body is over the 4.0 KB limit (--max-bytes)");
  }

  @Test
  void fetchThatTakesTooLongIsOneProblem() {
    ReaderOptions impatient =
        ReaderOptions.defaults()
            .withAllowPrivate(true)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));

    assertThatRead(fetch("/slow", impatient))
        .wasSkippedWith(url("/slow") + ": skipped: timed out after 0.3 s");
  }

  @Test
  void httpErrorAndBinaryBodyAreProblems() {
    assertThatRead(fetch("/missing")).wasSkippedWith(url("/missing") + ": skipped: HTTP 404");
    assertThatRead(fetch("/pdf")).wasSkippedBecause("binary file (PDF document)");
  }

  @Test
  void closedPortIsConnectionRefused() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    ReadResult result =
        new DocumentReaders(ReaderOptions.defaults().withAllowPrivate(true))
            .read(InputFile.url(URI.create("http://127.0.0.1:" + port + "/")));

    assertThatRead(result).wasSkippedBecause("connection refused");
  }

  @Test
  void walkerTurnsUrlArgumentsIntoFetchedInputsAlongsideFiles() throws IOException {
    var expansion =
        InputWalker.expand(
            List.of(
                url("/page"), TestInputs.resource("feeds/monitor.atom").toString(), url("/feed")));
    var readers = new DocumentReaders(ReaderOptions.defaults().withAllowPrivate(true));

    int documents = 0;
    for (InputFile input : expansion.files()) {
      documents += readers.read(input).documents().size();
    }

    assertThat(expansion.problems()).isEmpty();
    assertThat(documents).isEqualTo(1 + 2 + 3);
  }
}
