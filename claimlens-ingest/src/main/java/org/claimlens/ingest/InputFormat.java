package org.claimlens.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The input formats, told by file extension or, failing that, by the first character. */
enum InputFormat {
  TEXT,
  HTML,
  JSONL;

  /** The format the extension of {@code fileName} names, or null when it names none. */
  static @Nullable InputFormat byExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "txt", "text", "md" -> TEXT;
      case "html", "htm", "xhtml" -> HTML;
      case "jsonl", "ndjson" -> JSONL;
      default -> null;
    };
  }

  /**
   * The format content looks like: JSONL if the first character after whitespace and a byte order
   * mark is {@code {}, HTML if it is {@code <}, else text.
   */
  static InputFormat sniff(byte[] bytes) {
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
      return b == '{' ? JSONL : b == '<' ? HTML : TEXT;
    }
    return TEXT;
  }
}
