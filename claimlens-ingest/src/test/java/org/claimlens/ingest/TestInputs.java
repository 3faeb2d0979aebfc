package org.claimlens.ingest;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/** Small helpers that feed readers: test resources, strings as files, strings as stdin. */
final class TestInputs {
  private TestInputs() {}

  /** A file under {@code src/test/resources}, e.g. {@code bad-input/good.txt}. */
  static Path resource(String name) {
    URL url = Objects.requireNonNull(TestInputs.class.getResource("/" + name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name, e);
    }
  }

  /** Reads a test resource, displayed as {@code bad-input/x} just as a user would have named it. */
  static ReadResult readResource(String name) {
    return new DocumentReaders(ReaderOptions.defaults()).read(new InputFile(resource(name), name));
  }

  /** Reads {@code content} as if it were the file {@code name}. */
  static ReadResult readAs(String name, String content) {
    return readAs(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static ReadResult readAs(String name, byte[] content) {
    return new DocumentReaders(ReaderOptions.defaults()).read(name, content);
  }

  /** Reads {@code content} piped to stdin. */
  static ReadResult readStdin(String content) {
    return readStdin(content, ReaderOptions.defaults());
  }

  static ReadResult readStdin(String content, ReaderOptions options) {
    var stdin = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    return new DocumentReaders(options, stdin).read(InputFile.stdin());
  }

  /** Bytes written as unsigned values, for magic numbers and invalid UTF-8. */
  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** {@code head} followed by {@code tail} as UTF-8. */
  static byte[] concat(byte[] head, String tail) {
    return join(head, tail.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] join(byte[] head, byte[] tail) {
    byte[] out = new byte[head.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, head.length, tail.length);
    return out;
  }
}
