package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.TestInputs.join;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArchiveReaderTest {

  private static final Instant CAPTURED = Instant.parse("2024-05-10T06:30:00Z");

  private static final String ARTICLE =
      """
      <html><head><title>Evacuation ordered in frontline villages | Eastern Herald</title>
      <meta property="og:site_name" content="Eastern Herald"></head>
      <body><nav><a href="/">Home</a></nav><article>
      <h1>Evacuation ordered in frontline villages</h1>
      <p>The regional military administration ordered the evacuation of families with children
      from eleven villages, the governor said on Friday.</p>
      <p>Buses will leave from the district centre, the administration said.</p>
      </article></body></html>
      """;

  private static final String DATED =
      """
      <html><head><title>Fact check: no, the dam was not breached again</title>
      <meta property="article:published_time" content="2024-05-09T18:00:00Z"></head>
      <body><article><p>Posts claiming a second breach of the dam use footage from June 2023,
      a reverse image search shows.</p></article></body></html>
      """;

  @TempDir Path dir;

  @Test
  void htmlAndTextResponsesBecomeDocumentsAndEverythingElseIsSkippedSilently() throws IOException {
    Path warc = dir.resolve("crawl.warc");
    Files.write(warc, warcBytes(WarcCompression.NONE, standardRecords()));

    ReadResult result = read(warc, "crawl.warc");

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents())
        .extracting(Document::id)
        .containsExactly(
            "https://herald.example/evacuation",
            "https://factcheck.example/dam",
            "https://herald.example/statement.txt");
  }

  @Test
  void pageKeepsItsMetadataWithTargetUriAsUrlAndCaptureDateAsFallback() throws IOException {
    Path warc = dir.resolve("crawl.warc");
    Files.write(warc, warcBytes(WarcCompression.NONE, standardRecords()));

    List<Document> docs = read(warc, "crawl.warc").documents();

    Document article = docs.getFirst();
    assertThat(article.metadata().title()).isEqualTo("Evacuation ordered in frontline villages");
    assertThat(article.metadata().outlet()).isEqualTo("Eastern Herald");
    assertThat(article.metadata().url()).isEqualTo("https://herald.example/evacuation");
    assertThat(article.metadata().published()).isEqualTo("2024-05-10T06:30:00Z");
    assertThat(article.metadata().sourceFile()).matches("crawl\\.warc#\\d+");
    assertThat(article.text()).contains("eleven villages").doesNotContain("Home", "<");
    assertThat(docs.get(1).metadata().published())
        .as("the page's own date wins over the capture date")
        .isEqualTo("2024-05-09T18:00:00Z");
  }

  @Test
  void gzippedWarcReadsTheSame() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    Files.write(warc, warcBytes(WarcCompression.GZIP, standardRecords()));

    ReadResult result = read(warc, "crawl.warc.gz");

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).hasSize(3);
  }

  @Test
  void warcIsSniffedFromContentWhateverItsName() throws IOException {
    byte[] gz = warcBytes(WarcCompression.GZIP, standardRecords());

    ReadResult result = new DocumentReaders(ReaderOptions.defaults()).read("capture.bin", gz);

    assertThat(result.documents()).hasSize(3);
  }

  @Test
  void brokenRecordIsOneProblemAndTheNextRecordsStillLoad() throws IOException {
    byte[] first =
        warcBytes(WarcCompression.NONE, List.of(response("https://herald.example/a", ARTICLE)));
    byte[] broken =
        "WARC/1.1\r\nWARC-Type: response\r\nthis line is not a header field\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] last =
        warcBytes(WarcCompression.NONE, List.of(response("https://herald.example/b", DATED)));
    Path warc = dir.resolve("damaged.warc");
    Files.write(warc, join(join(first, broken), last));

    ReadResult result = read(warc, "damaged.warc");

    assertThat(result.documents())
        .extracting(Document::id)
        .containsExactly("https://herald.example/a", "https://herald.example/b");
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().getFirst().message())
        .startsWith("damaged.warc#" + first.length + ": skipped: broken WARC record (");
  }

  @Test
  void corruptGzipMemberIsOneProblemAndTheNextMembersStillLoad() throws IOException {
    byte[] a =
        warcBytes(WarcCompression.GZIP, List.of(response("https://herald.example/a", ARTICLE)));
    byte[] b =
        warcBytes(WarcCompression.GZIP, List.of(response("https://herald.example/b", DATED)));
    byte[] c =
        warcBytes(
            WarcCompression.GZIP,
            List.of(
                text("https://herald.example/c.txt", "Statement: the ceasefire talks resumed.")));
    for (int i = 12; i < b.length - 12; i++) {
      b[i] = (byte) 0xA5; // the deflate data of the middle record, scrambled
    }
    Path warc = dir.resolve("damaged.warc.gz");
    Files.write(warc, join(join(a, b), c));

    ReadResult result = read(warc, "damaged.warc.gz");

    assertThat(result.documents())
        .extracting(Document::id)
        .containsExactly("https://herald.example/a", "https://herald.example/c.txt");
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().getFirst().message())
        .startsWith("damaged.warc.gz#" + a.length + ": skipped: broken WARC record");
  }

  @Test
  void fileNamedWarcThatIsNoneIsOneClearError() throws IOException {
    Path warc = dir.resolve("notes.warc");
    Files.writeString(warc, "Meeting notes: the convoy left at dawn.\n");

    ReadResult result = read(warc, "notes.warc");

    assertThat(result.documents()).isEmpty();
    assertThat(result.problems())
        .extracting(InputProblem::message)
        .containsExactly("notes.warc: skipped: not a WARC file (no WARC/1.x header)");
  }

  @Test
  void warcOverTheSizeLimitIsStreamedAndLimitedPerRecord() throws IOException {
    String big =
        "<html><body><article><p>" + "Long report. ".repeat(400) + "</p></article></body></html>";
    Path warc = dir.resolve("big.warc.gz");
    Files.write(
        warc,
        warcBytes(
            WarcCompression.GZIP,
            List.of(
                response("https://herald.example/big", big),
                response("https://herald.example/a", ARTICLE))));
    var readers = new DocumentReaders(new ReaderOptions(2048));

    List<Document> docs = new ArrayList<>();
    List<InputProblem> problems = readers.read(new InputFile(warc, "big.warc.gz"), docs::add);

    assertThat(Files.size(warc)).isGreaterThan(0);
    assertThat(docs).extracting(Document::id).containsExactly("https://herald.example/a");
    assertThat(problems).hasSize(1);
    assertThat(problems.getFirst().message())
        .matches(
            "big\\.warc\\.gz#\\d+: skipped: payload is over the 2\\.0 KB limit \\(--max-bytes\\)");
  }

  @Test
  void secondCaptureOfTheSameUriGetsASuffixedId() throws IOException {
    Path warc = dir.resolve("twice.warc");
    Files.write(
        warc,
        warcBytes(
            WarcCompression.NONE,
            List.of(
                response("https://herald.example/a", ARTICLE),
                response("https://herald.example/a", ARTICLE))));

    assertThat(read(warc, "twice.warc").documents())
        .extracting(Document::id)
        .containsExactly("https://herald.example/a", "https://herald.example/a#2");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static ReadResult read(Path warc, String name) {
    return new DocumentReaders(ReaderOptions.defaults()).read(new InputFile(warc, name));
  }

  private static List<WarcRecord> standardRecords() throws IOException {
    return List.of(
        new Warcinfo.Builder().date(CAPTURED).filename("crawl.warc").build(),
        response("https://herald.example/evacuation", ARTICLE),
        http(
            "https://herald.example/missing",
            404,
            MediaType.HTML,
            "<html><body><p>Not found</p></body></html>"),
        http(
            "https://herald.example/logo.png", 200, MediaType.parse("image/png"), "\u0089PNG fake"),
        response("https://factcheck.example/dam", DATED),
        http("https://herald.example/redirect", 301, MediaType.HTML, ""),
        text(
            "https://herald.example/statement.txt",
            "Statement of the regional administration\n\nThe curfew is extended until 06:00."));
  }

  private static WarcResponse response(String uri, String html) throws IOException {
    return http(uri, 200, MediaType.parse("text/html; charset=utf-8"), html);
  }

  private static WarcResponse text(String uri, String text) throws IOException {
    return http(uri, 200, MediaType.PLAIN_TEXT, text);
  }

  private static WarcResponse http(String uri, int status, MediaType type, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(type, body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(uri).date(CAPTURED).body(http).build();
  }

  private static byte[] warcBytes(WarcCompression compression, List<WarcRecord> records)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    }
    return out.toByteArray();
  }
}
