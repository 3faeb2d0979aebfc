package org.claimlens.annotators.grading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;

/**
 * Source ratings for the Admiralty grader: canonical source names and source types mapped to a
 * reliability letter with a note. See the header of the bundled {@code reputation.tsv} for the
 * format.
 *
 * <p>The bundled default is neutral: it rates nobody, so every source gets F until the user adds
 * ratings. {@link #load(Path)} merges a user file over the default. Immutable and thread-safe.
 * Example:
 *
 * <pre>{@code
 * ReputationTable table = ReputationTable.load(Path.of("my-reputation.tsv"));
 * table.find(source).map(ReputationTable.Entry::reliability); // Optional['B']
 * }</pre>
 */
public final class ReputationTable {
  static final String RESOURCE = "reputation.tsv";
  static final String TYPE_PREFIX = "type:";

  /**
   * One rating.
   *
   * @param pattern a canonical name, or {@code type:} and a source type's JSON name
   * @param reliability the letter, {@code 'A'} to {@code 'F'}
   * @param note why, shown in grade reasons; may be empty
   */
  public record Entry(String pattern, char reliability, String note) {
    public Entry {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(note, "note");
      if (reliability < 'A' || reliability > 'F') {
        throw new IllegalArgumentException("reliability must be A-F, was " + reliability);
      }
    }

    /** Whether this rule rates a whole source type rather than one name. */
    public boolean isTypeRule() {
      return pattern.startsWith(TYPE_PREFIX);
    }
  }

  private final Map<String, Entry> entries;

  private ReputationTable(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** The bundled neutral table, loaded once. */
  public static ReputationTable loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static final class DefaultHolder {
    static final ReputationTable INSTANCE = readDefault();

    private static ReputationTable readDefault() {
      InputStream in = ReputationTable.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new ReputationTable(parse(r, RESOURCE, new LinkedHashMap<>()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * The default table with the rules of {@code userFile} merged over it (a user rule replaces a
   * default rule with the same pattern).
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if a line is malformed, naming the file and line
   */
  public static ReputationTable load(Path userFile) {
    Objects.requireNonNull(userFile, "userFile");
    Map<String, Entry> merged = new LinkedHashMap<>(loadDefault().entries);
    try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      return new ReputationTable(parse(r, userFile.toString(), merged));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reputation table " + userFile, e);
    }
  }

  /** A table of exactly these entries (no default merged in), for tests and embedding. */
  public static ReputationTable of(Iterable<Entry> entries) {
    Map<String, Entry> map = new LinkedHashMap<>();
    for (Entry e : entries) {
      map.put(key(e.pattern()), e);
    }
    return new ReputationTable(map);
  }

  private static Map<String, Entry> parse(Reader reader, String origin, Map<String, Entry> into)
      throws IOException {
    BufferedReader r = new BufferedReader(reader);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2 || f[0].isBlank() || f[1].trim().length() != 1) {
        throw new IllegalArgumentException(
            origin + ":" + no + ": expected 'pattern<TAB>letter<TAB>note', got: " + line);
      }
      String pattern = f[0].trim();
      if (pattern.toLowerCase(Locale.ROOT).startsWith(TYPE_PREFIX)) {
        String type = pattern.substring(TYPE_PREFIX.length());
        try {
          pattern = TYPE_PREFIX + SourceType.parse(type).jsonName();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              origin + ":" + no + ": unknown source type " + type, e);
        }
      }
      char letter = Character.toUpperCase(f[1].trim().charAt(0));
      if (letter < 'A' || letter > 'F') {
        throw new IllegalArgumentException(
            origin + ":" + no + ": reliability must be A-F: " + line);
      }
      String note = f.length > 2 ? f[2].trim() : "";
      into.put(key(pattern), new Entry(pattern, letter, note));
    }
    return into;
  }

  private static String key(String pattern) {
    return pattern.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The rule for {@code source}: its canonical name's rule, else its type's rule, else empty (the
   * grader then uses F).
   */
  public Optional<Entry> find(Source source) {
    Objects.requireNonNull(source, "source");
    Entry byName = source.canonical().isEmpty() ? null : entries.get(key(source.canonical()));
    if (byName != null) {
      return Optional.of(byName);
    }
    return Optional.ofNullable(entries.get(key(TYPE_PREFIX + source.type().jsonName())));
  }

  /** The rule for a canonical name alone, if any. */
  public Optional<Entry> findName(String canonical) {
    return Optional.ofNullable(entries.get(key(canonical)));
  }

  public int size() {
    return entries.size();
  }

  /** A short hash of the rules, for provenance. */
  public String fingerprint() {
    return Integer.toHexString(java.util.List.copyOf(entries.values()).hashCode());
  }

  @Override
  public String toString() {
    return "ReputationTable[" + entries.size() + " rules]";
  }
}
