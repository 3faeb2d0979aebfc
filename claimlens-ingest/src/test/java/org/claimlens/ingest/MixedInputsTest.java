package org.claimlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.ingest.TestInputs.join;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A folder mixing every format, good and broken, read as {@code claimlens analyze DIR} would. */
class MixedInputsTest {

  @TempDir Path dir;

  @Test
  void everyBrokenInputIsOneProblemNamingItAndEveryGoodInputStillLoads() throws IOException {
    copy("feeds/kyiv-wire.rss", "a-feeds/kyiv-wire.rss");
    copy("feeds/monitor.atom", "a-feeds/monitor.atom");
    copy("feeds/regional-digest.rdf", "a-feeds/regional-digest.xml");
    copy("feeds/broken.rss", "a-feeds/broken.rss");
    copy("telegram/channel/result.json", "b-telegram/frontline/result.json");
    copy("telegram/truncated/result.json", "b-telegram/truncated/result.json");
    copy("bad-input/good.txt", "c-articles/good.txt");
    Files.write(dir.resolve("d-crawl.warc.gz"), join(warc("curfew"), warc("shelters")));
    byte[] scrambled = warc("schools");
    for (int i = 12; i < scrambled.length - 12; i++) {
      scrambled[i] = (byte) 0x5A; // the deflate data of the middle record
    }
    byte[] first = warc("water");
    Files.write(dir.resolve("e-damaged.warc.gz"), join(join(first, scrambled), warc("transport")));

    var expansion = InputWalker.expand(List.of(dir.toString()));
    var readers = new DocumentReaders(ReaderOptions.defaults());
    List<Document> documents = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (InputFile input : expansion.files()) {
      readers.read(input, documents::add).forEach(p -> problems.add(relative(p.message())));
    }

    assertThat(expansion.problems()).isEmpty();
    assertThat(problems)
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).startsWith("a-feeds/broken.rss: skipped: invalid XML (line"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .isEqualTo(
                        "a-feeds/kyiv-wire.rss#3: skipped: entry \"Photo gallery: spring in"
                            + " Podil\" has no text"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("b-telegram/truncated/result.json: skipped: invalid JSON at line"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "e-damaged.warc.gz#" + first.length + ": skipped: broken WARC record ("));
    // 3 RSS + 2 Atom + 1 RDF entries, 4 channel posts + 1 before the cut, 1 text, 2 + 2 pages.
    assertThat(documents).hasSize(3 + 2 + 1 + 4 + 1 + 1 + 2 + 2);
    // The truncated export is a cut copy of the same channel: its one message is the same post,
    // so it has the same id, which is what lets a store keep it once.
    assertThat(documents.stream().map(Document::id).distinct()).hasSize(documents.size() - 1);
    assertThat(documents)
        .filteredOn(d -> d.id().equals("telegram:1876543210/2"))
        .extracting(d -> d.metadata().sourceFile())
        .containsExactly(
            dir.resolve("b-telegram/frontline/result.json") + "#2",
            dir.resolve("b-telegram/truncated/result.json") + "#2");
  }

  private String relative(String message) {
    String prefix = dir.toString() + "/";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private void copy(String resource, String target) throws IOException {
    Path to = dir.resolve(target);
    Files.createDirectories(to.getParent());
    Files.copy(TestInputs.resource(resource), to, StandardCopyOption.REPLACE_EXISTING);
  }

  /** One gzipped response record for {@code https://city.example/SLUG}. */
  private static byte[] warc(String slug) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      {
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.HTML,
                    ("<html><body><article><p>The city administration extended the "
                            + slug
                            + " rules, the mayor said.</p></article></body></html>")
                        .getBytes(StandardCharsets.UTF_8))
                .build();
        writer.write(
            new WarcResponse.Builder("https://city.example/" + slug)
                .date(Instant.parse("2024-06-01T12:00:00Z"))
                .body(http)
                .build());
      }
    }
    return out.toByteArray();
  }
}
