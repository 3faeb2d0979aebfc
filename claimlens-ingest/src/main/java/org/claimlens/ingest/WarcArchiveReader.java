package org.claimlens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record) with
 * jwarc, one record at a time: each {@code response} record holding an HTTP 200 with a {@code
 * text/html}, {@code application/xhtml+xml} or {@code text/plain} payload becomes a document
 * through {@link HtmlReader} (with the HTTP charset) or {@link TextReader}.
 *
 * <ul>
 *   <li>url and id: the record's {@code WARC-Target-URI} (a second capture of the same URI gets
 *       {@code #2}, and so on);
 *   <li>published: the page's own date, else the record's {@code WARC-Date} (the capture time);
 *   <li>title and outlet: from the page;
 *   <li>source: {@code FILE#OFFSET}, the record's byte offset in the (compressed) file, as {@code
 *       warcio} and CDX indexes count it.
 * </ul>
 *
 * <p>Requests, metadata, revisits, other status codes and other media types are skipped silently. A
 * broken record (bad header, bad HTTP head, corrupt gzip member, payload over the size limit) gives
 * one {@link InputProblem.Severity#ERROR} for {@code FILE#OFFSET}; the reader then looks for the
 * next record start ({@code WARC/1.} at a line start, or the next gzip member) and goes on.
 * Thread-safe: all state is per call.
 */
final class WarcArchiveReader {
  private static final byte[] PLAIN_RECORD_START = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MEMBER_START = {0x1F, (byte) 0x8B, 0x08};
  private static final int SCAN_CHUNK = 64 * 1024;
  private static final int MAX_REASON = 120;

  private final HtmlReader html = new HtmlReader();
  private final TextReader text = new TextReader();

  /**
   * Streams the documents of the WARC in {@code channel} to {@code sink} in file order and returns
   * the problems. Closes {@code channel}.
   *
   * @param name the file as the user named it
   * @param maxBytes the largest payload read; a larger one is skipped with an error
   */
  List<InputProblem> read(
      String name, SeekableByteChannel channel, long maxBytes, Consumer<Document> sink) {
    List<InputProblem> problems = new ArrayList<>();
    IdAllocator ids = new IdAllocator();
    try (WarcReader reader = new WarcReader(channel)) {
      reader.setLenient(true); // hand-made and older WARCs end lines with LF only
      boolean gzip = reader.compression() == WarcCompression.GZIP;
      long lastProblem = -1;
      boolean anyRecord = false;
      while (true) {
        WarcRecord record;
        try {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            break;
          }
          record = next.get();
        } catch (IOException | RuntimeException e) {
          long failedAt = reader.position();
          if (failedAt != lastProblem) {
            String what = anyRecord || failedAt > 0 ? "broken WARC record" : "not a WARC file";
            problems.add(InputProblem.error(name + "#" + failedAt, what + " (" + reason(e) + ")"));
            lastProblem = failedAt;
          }
          long resume = nextRecordStart(channel, failedAt + 1, gzip);
          if (resume <= failedAt) {
            break;
          }
          reader.position(resume);
          continue;
        }
        anyRecord = true;
        if (record instanceof WarcResponse response) {
          long offset = reader.position();
          String source = name + "#" + offset;
          try {
            document(response, source, maxBytes, ids, problems).ifPresent(sink);
          } catch (IOException | RuntimeException e) {
            problems.add(InputProblem.error(source, "broken WARC record (" + reason(e) + ")"));
            lastProblem = offset;
          }
        }
      }
    } catch (IOException e) {
      problems.add(InputProblem.error(name, "cannot read WARC (" + reason(e) + ")"));
    }
    return problems;
  }

  private Optional<Document> document(
      WarcResponse response,
      String source,
      long maxBytes,
      IdAllocator ids,
      List<InputProblem> problems)
      throws IOException {
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return Optional.empty();
    }
    MediaType type = http.contentType();
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    boolean isHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!isHtml && !base.equals("text/plain")) {
      return Optional.empty();
    }
    byte[] payload;
    try (InputStream body = http.bodyDecoded().stream()) {
      payload = body.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
    }
    if (payload.length > maxBytes) {
      problems.add(
          InputProblem.error(
              source,
              "payload is over the " + DocumentReaders.size(maxBytes) + " limit (--max-bytes)"));
      return Optional.empty();
    }
    if (BinaryDetector.isBlank(payload)) {
      return Optional.empty();
    }
    Optional<String> binary = BinaryDetector.binaryReason(payload);
    if (binary.isPresent()) {
      problems.add(InputProblem.error(source, binary.get() + " served as " + base));
      return Optional.empty();
    }
    String target = response.target();
    RawInput in = new RawInput(source, DocumentReaders.stem(target), payload);
    ReadResult read = isHtml ? html.read(in, charset(type)) : text.read(in);
    problems.addAll(read.problems());
    if (read.documents().isEmpty()) {
      return Optional.empty();
    }
    Document page = read.documents().getFirst();
    Metadata m = page.metadata();
    String published = m.published() != null ? m.published() : captureDate(response);
    Metadata metadata = new Metadata(m.title(), target, m.outlet(), published, source);
    return Optional.of(Document.of(ids.allocate(target), page.text(), metadata));
  }

  private static @Nullable String captureDate(WarcRecord record) {
    try {
      return record.date().truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (RuntimeException e) {
      return null; // no or unreadable WARC-Date: the date stays unknown
    }
  }

  private static @Nullable Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /**
   * The offset of the first record start at or after {@code from}: a gzip member header in a
   * gzipped WARC, a {@code WARC/1.} line in a plain one; -1 when there is none.
   */
  static long nextRecordStart(SeekableByteChannel channel, long from, boolean gzip)
      throws IOException {
    byte[] pattern = gzip ? GZIP_MEMBER_START : PLAIN_RECORD_START;
    // A plain record start is matched with the newline before it, so the scan starts one early.
    long start = gzip ? from : Math.max(0, from - 1);
    int skip = gzip ? 0 : 1;
    ByteBuffer buffer = ByteBuffer.allocate(SCAN_CHUNK);
    byte[] carry = new byte[0];
    long carryAt = start;
    channel.position(start);
    while (true) {
      buffer.clear();
      int n = channel.read(buffer);
      if (n < 0) {
        return -1;
      }
      byte[] window = new byte[carry.length + n];
      System.arraycopy(carry, 0, window, 0, carry.length);
      System.arraycopy(buffer.array(), 0, window, carry.length, n);
      int at = indexOf(window, pattern);
      if (at >= 0) {
        return carryAt + at + skip;
      }
      int keep = Math.min(pattern.length - 1, window.length);
      carry = new byte[keep];
      System.arraycopy(window, window.length - keep, carry, 0, keep);
      carryAt += window.length - keep;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = message.replaceAll("\\s+", " ").strip();
    return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON - 1) + "…";
  }
}
