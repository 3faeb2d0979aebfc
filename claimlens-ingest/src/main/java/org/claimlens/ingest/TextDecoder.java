package org.claimlens.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes bytes to text, counting what could not be decoded. Stateless and thread-safe. */
final class TextDecoder {

  /**
   * Decoded text.
   *
   * @param text the text, without a byte order mark
   * @param replaced how many malformed or unmappable byte sequences became U+FFFD
   * @param charset the charset used: the byte order mark's, else the one asked for
   */
  record Decoded(String text, int replaced, Charset charset) {

    /** The warning to give when bytes were replaced, naming how many. */
    Optional<InputProblem> warning(String file) {
      if (replaced == 0) {
        return Optional.empty();
      }
      return Optional.of(
          InputProblem.warning(
              file,
              replaced
                  + " invalid "
                  + charset.name()
                  + (replaced == 1 ? " byte sequence" : " byte sequences")
                  + " replaced with U+FFFD"));
    }
  }

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} as {@code charset}, or as the charset a byte order mark names, which
   * wins. Each malformed sequence becomes U+FFFD and is counted.
   */
  static Decoded decode(byte[] bytes, Charset charset) {
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    // REPORT instead of REPLACE so that each bad sequence can be counted; it is then replaced by
    // hand exactly as REPLACE would have done.
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length - skip + 16);
    int replaced = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isOverflow()) {
        out = grow(out);
        continue;
      }
      replaced++;
      in.position(in.position() + result.length());
      if (!out.hasRemaining()) {
        out = grow(out);
      }
      out.put('\uFFFD');
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    out.flip();
    return new Decoded(out.toString(), replaced, charset);
  }

  /**
   * CRLF and lone CR as LF. Readers call this before creating a document, because the document's
   * text is what every offset indexes.
   */
  static String normaliseNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Whether {@code bytes} starts with the given unsigned byte values. */
  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
