package org.claimlens.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells binary files from text by their first bytes, so that an image or a PDF in an articles
 * folder is skipped with a clear reason instead of being analysed as garbage. Stateless and
 * thread-safe.
 */
final class BinaryDetector {
  /** How many leading bytes are examined. */
  static final int SNIFF_BYTES = 8 * 1024;

  /** Above this share of control characters, a file is not text in any encoding we read. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private record Magic(String what, int... prefix) {}

  private static final List<Magic> MAGIC =
      List.of(
          new Magic("PDF document", '%', 'P', 'D', 'F', '-'),
          new Magic("ZIP archive", 'P', 'K', 3, 4),
          new Magic("ZIP archive", 'P', 'K', 5, 6),
          new Magic("ZIP archive", 'P', 'K', 7, 8),
          new Magic("PNG image", 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'),
          new Magic("JPEG image", 0xFF, 0xD8, 0xFF),
          new Magic("GIF image", 'G', 'I', 'F', '8'),
          new Magic("GZIP archive", 0x1F, 0x8B),
          new Magic("Microsoft Office document", 0xD0, 0xCF, 0x11, 0xE0));

  private BinaryDetector() {}

  /**
   * Why {@code bytes} is binary ({@code "binary file (PDF document)"}), or empty if it looks like
   * text. Text with a UTF-16 byte order mark is text, although half its bytes are NUL.
   */
  static Optional<String> binaryReason(byte[] bytes) {
    for (Magic magic : MAGIC) {
      if (TextDecoder.startsWith(bytes, magic.prefix())) {
        return Optional.of("binary file (" + magic.what() + ")");
      }
    }
    if (TextDecoder.startsWith(bytes, 0xFE, 0xFF) || TextDecoder.startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.empty();
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary file (NUL bytes in the first 8 KB)");
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        control++;
      }
    }
    if (n > 0 && control > n * MAX_CONTROL_SHARE) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "binary file (%d%% control characters)",
              Math.round(100.0 * control / n)));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code bytes} holds nothing but whitespace, after an optional UTF-8 byte order mark.
   */
  static boolean isBlank(byte[] bytes) {
    int start = TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
        return false;
      }
    }
    return true;
  }
}
