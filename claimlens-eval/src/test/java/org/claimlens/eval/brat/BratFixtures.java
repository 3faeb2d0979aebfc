package org.claimlens.eval.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.model.Span;

/** Small helpers to write brat folders and find phrases in test texts. */
final class BratFixtures {
  private BratFixtures() {}

  /** The span of the {@code nth} (from 1) occurrence of {@code phrase}; fails if there is none. */
  static Span at(String text, String phrase, int nth) {
    int from = -1;
    for (int i = 0; i < nth; i++) {
      from = text.indexOf(phrase, from + 1);
      if (from < 0) {
        throw new AssertionError("\"" + phrase + "\" occurs fewer than " + nth + " times");
      }
    }
    return Span.of(from, from + phrase.length());
  }

  static Span at(String text, String phrase) {
    return at(text, phrase, 1);
  }

  static BratSpan span(String text, String phrase) {
    return BratSpan.of(at(text, phrase));
  }

  /** A brat T line for the first occurrence of {@code phrase}. */
  static String t(int id, String type, String text, String phrase) {
    Span s = at(text, phrase);
    return "T" + id + "\t" + type + " " + s.start() + " " + s.end() + "\t" + phrase;
  }

  static Path write(Path dir, String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
