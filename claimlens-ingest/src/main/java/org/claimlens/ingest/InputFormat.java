package org.claimlens.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The input formats, told by file extension and by content.
 *
 * <p>{@code .txt .text .md}, {@code .html .htm .xhtml} and {@code .jsonl .ndjson} decide by
 * themselves, as before. {@code .rss .atom} say "feed" and {@code .warc .warc.gz} say "WARC", but
 * their readers still check the content and refuse a file that is something else. Every other name,
 * stdin and a fetched body are sniffed: a WARC header (plain or gzipped) means WARC; a leading
 * {@code <} means a feed when the XML root element is {@code rss}, {@code feed} or {@code RDF},
 * else HTML; a leading <code>{</code> means a Telegram Desktop export when the object opens with a
 * chat {@code type} and a {@code messages} array, else JSON Lines; anything else is text.
 */
enum InputFormat {
  TEXT,
  HTML,
  JSONL,
  FEED,
  TELEGRAM,
  WARC;

  /** How many leading bytes the content sniffers look at. */
  static final int SNIFF_BYTES = 64 * 1024;

  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  /** The format the extension of {@code fileName} names, or null when it names none. */
  static @Nullable InputFormat byExtension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".warc.gz")) {
      return WARC;
    }
    int dot = lower.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return switch (lower.substring(dot + 1)) {
      case "txt", "text", "md" -> TEXT;
      case "html", "htm", "xhtml" -> HTML;
      case "jsonl", "ndjson" -> JSONL;
      case "rss", "atom" -> FEED;
      case "warc" -> WARC;
      default -> null;
    };
  }

  /** The format of content named {@code fileName} (null for stdin): extension first, else sniff. */
  static InputFormat of(@Nullable String fileName, byte[] head) {
    InputFormat byName = fileName == null ? null : byExtension(fileName);
    return byName != null ? byName : sniff(head);
  }

  /**
   * The format content looks like, from its first {@value #SNIFF_BYTES} bytes or fewer: see the
   * class comment.
   */
  static InputFormat sniff(byte[] bytes) {
    if (isWarc(bytes)) {
      return WARC;
    }
    int i = TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    // UTF-16 text: skip its byte order mark and look at every other byte.
    int step = 1;
    if (TextDecoder.startsWith(bytes, 0xFE, 0xFF)) {
      i = 3;
      step = 2;
    } else if (TextDecoder.startsWith(bytes, 0xFF, 0xFE)) {
      i = 2;
      step = 2;
    }
    for (; i < bytes.length; i += step) {
      int b = bytes[i] & 0xFF;
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f') {
        continue;
      }
      if (b == '{') {
        return step == 1 && TelegramReader.looksLikeExport(bytes) ? TELEGRAM : JSONL;
      }
      if (b == '<') {
        return step == 1 && FeedReader.isFeedRoot(xmlRoot(bytes)) ? FEED : HTML;
      }
      return TEXT;
    }
    return TEXT;
  }

  /** Whether {@code head} starts a WARC file: {@code WARC/}, or a gzip member that starts so. */
  static boolean isWarc(byte[] head) {
    if (startsWith(head, WARC_MAGIC)) {
      return true;
    }
    if (!TextDecoder.startsWith(head, 0x1F, 0x8B)) {
      return false;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return startsWith(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
    } catch (IOException e) {
      return false; // not even a gzip header: the binary check names it
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The local name of the root element of XML in {@code head} ({@code RDF} for {@code rdf:RDF}),
   * skipping a byte order mark, the XML declaration, comments, processing instructions and a
   * DOCTYPE; empty when there is none in reach. Reads ASCII only, which every XML encoding we meet
   * (UTF-8, windows-1251, ISO-8859-x) writes as itself for markup.
   */
  static Optional<String> xmlRoot(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("<?", i)) {
        i = after(s, "?>", i);
      } else if (s.startsWith("<!--", i)) {
        i = after(s, "-->", i);
      } else if (s.startsWith("<!", i)) {
        int bracket = s.indexOf('[', i);
        int close = s.indexOf('>', i);
        // An internal subset holds '>' characters of its own; skip to its "]>".
        i = bracket >= 0 && close > bracket ? after(s, "]>", i) : after(s, ">", i);
      } else if (c == '<') {
        int end = i + 1;
        while (end < s.length() && isNameChar(s.charAt(end))) {
          end++;
        }
        String name = s.substring(i + 1, end);
        int colon = name.indexOf(':');
        String local = colon >= 0 ? name.substring(colon + 1) : name;
        return local.isEmpty() ? Optional.empty() : Optional.of(local);
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int after(String s, String terminator, int from) {
    int at = s.indexOf(terminator, from);
    return at < 0 ? s.length() : at + terminator.length();
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
  }
}
