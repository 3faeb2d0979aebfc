package org.claimlens.annotators.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue verbs of {@code cues.tsv}, looked up by lower-case word form in one hash map.
 *
 * <p>Immutable and thread-safe once loaded. Example: {@code lexicon.lookup("said")} gives the entry
 * for "say" with the frame {@link Frame#CLAUSE}.
 */
final class CueLexicon {

  /** What a cue says about its content. */
  enum Kind {
    SPEECH,
    ATTITUDE,
    EVIDENCE,
    DENIAL,
    CONFIRMATION
  }

  /** What may follow a cue verb; see the header of {@code cues.tsv}. */
  enum Frame {
    CLAUSE,
    THAT,
    NP,
    OF,
    ON,
    TELL,
    INF,
    OBJINF,
    ACCUSE,
    CALL,
    DESCRIBE,
    ASK,
    EVIDENCE
  }

  /**
   * One cue verb.
   *
   * @param lemma its dictionary form
   * @param kind what it says about the content
   * @param frames what may follow it
   */
  record Entry(String lemma, Kind kind, Set<Frame> frames) {
    boolean has(Frame f) {
      return frames.contains(f);
    }
  }

  static final String RESOURCE = "cues.tsv";

  private final Map<String, Entry> byForm;

  private CueLexicon(Map<String, Entry> byForm) {
    this.byForm = Map.copyOf(byForm);
  }

  /** The bundled lexicon, loaded once per class loader. */
  static CueLexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CueLexicon INSTANCE = load();
  }

  /** The entry for a word form, or null: the hot path avoids allocating an Optional per token. */
  @org.jspecify.annotations.Nullable
  Entry lookup(String lowerForm) {
    return byForm.get(lowerForm);
  }

  int size() {
    return byForm.size();
  }

  private static CueLexicon load() {
    InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
    }
    Map<String, Entry> map = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(
              RESOURCE + ":" + no + ": expected 4 TAB-separated fields");
        }
        Kind kind = Kind.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
        EnumSet<Frame> frames = EnumSet.noneOf(Frame.class);
        for (String fr : f[2].split(",")) {
          frames.add(Frame.valueOf(fr.trim().toUpperCase(Locale.ROOT)));
        }
        Entry e = new Entry(f[0].trim(), kind, Set.copyOf(frames));
        for (String form : f[3].trim().split(" +")) {
          map.put(form.toLowerCase(Locale.ROOT), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CueLexicon(map);
  }
}
