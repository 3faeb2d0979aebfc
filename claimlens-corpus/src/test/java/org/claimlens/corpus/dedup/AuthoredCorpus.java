package org.claimlens.corpus.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The authored near-duplicate corpus under {@code src/test/resources/dedup/}, read once. */
final class AuthoredCorpus {
  private static final String DIR = "/dedup/";

  /**
   * One document of the manifest; {@code expectedOriginal} is empty for originals and negatives.
   */
  record Doc(
      long order,
      String id,
      String text,
      Optional<String> expectedOriginal,
      Optional<String> expectedParent) {
    boolean isRepost() {
      return expectedOriginal.isPresent();
    }

    /** The group of copies the document belongs to: its original's id, or its own. */
    String group() {
      return expectedOriginal.orElse(id);
    }
  }

  static final List<Doc> DOCS = load();

  private AuthoredCorpus() {}

  static String read(String file) {
    try (InputStream in = AuthoredCorpus.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(DIR + file, e);
    }
  }

  static Doc doc(String id) {
    return DOCS.stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no document " + id));
  }

  private static List<Doc> load() {
    List<Doc> docs = new ArrayList<>();
    String[] lines = read("manifest.tsv").split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new IllegalStateException(
            DIR
                + "manifest.tsv line "
                + (i + 1)
                + ": expected 4 tab-separated fields, got "
                + f.length);
      }
      String id = f[1].replaceFirst("\\.txt$", "");
      docs.add(new Doc(Long.parseLong(f[0]), id, read(f[1]), dash(f[2]), dash(f[3])));
    }
    return List.copyOf(docs);
  }

  private static Optional<String> dash(String s) {
    return Objects.equals(s, "-") ? Optional.empty() : Optional.of(s);
  }
}
