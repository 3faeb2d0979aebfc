package org.claimlens.annotators.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.claimlens.model.EntityType;

/**
 * The names the entities annotator knows: people, outlets, official bodies, organizations and
 * places, each with its canonical name and the surface forms (aliases) it is written in.
 *
 * <p>The default list is the {@code gazetteer.tsv} resource of this package; its header documents
 * the format. {@link #load(Path)} merges a user file over it: a user row whose canonical name
 * equals a default row's replaces that row, other rows are added.
 *
 * <p>Immutable and thread-safe; load it once per process and share it. Example:
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.loadDefault();
 * g.expect("Volodymyr Zelensky").aliases(); // [Zelensky, Zelenskyy, Zelenskiy, ...]
 * }</pre>
 */
public final class Gazetteer {
  static final String RESOURCE = "gazetteer.tsv";

  /**
   * One known entity.
   *
   * @param canonical the name it resolves to, which also matches as an alias
   * @param type its kind
   * @param country canonical name of the country it belongs to ("Ukraine" for Kyiv and for the
   *     Verkhovna Rada), used to resolve ambiguous aliases from context; empty when none
   * @param aliases surface forms that always mean this entity
   * @param contextAliases surface forms that mean it only when the document's context points to it
   *     ("Defence Ministry" is Russia's in a text about Russia); written {@code ?alias} in the file
   * @param nocase whether the aliases also match in another capitalisation, as long as the text
   *     starts upper case (acronyms written "Nato" or "NATO")
   * @param description a note for people; never copied into output
   */
  public record Entry(
      String canonical,
      EntityType type,
      String country,
      List<String> aliases,
      List<String> contextAliases,
      boolean nocase,
      String description) {

    public Entry {
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(country, "country");
      aliases = List.copyOf(aliases);
      contextAliases = List.copyOf(contextAliases);
      Objects.requireNonNull(description, "description");
      if (canonical.isBlank()) {
        throw new IllegalArgumentException("blank canonical name");
      }
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byCanonical;
  private final AliasTrie trie;
  private final String fingerprint;

  private Gazetteer(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, Entry> map = new LinkedHashMap<>();
    AliasTrie t = new AliasTrie();
    for (Entry e : this.entries) {
      map.put(e.canonical(), e);
      t.add(e.canonical(), e, false);
      for (String a : e.aliases()) {
        t.add(a, e, false);
      }
      for (String a : e.contextAliases()) {
        t.add(a, e, true);
      }
    }
    this.byCanonical = Collections.unmodifiableMap(map);
    this.trie = t;
    this.fingerprint = fingerprintOf(this.entries);
  }

  /** The bundled gazetteer, parsed on first use and shared afterwards. */
  public static Gazetteer loadDefault() {
    return DefaultHolder.DEFAULT;
  }

  /**
   * The bundled gazetteer with the rows of {@code userFile} (same format) merged over it.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static Gazetteer load(Path userFile) {
    Objects.requireNonNull(userFile, "userFile");
    Map<String, Entry> merged = new LinkedHashMap<>();
    for (Entry e : loadDefault().entries) {
      merged.put(e.canonical(), e);
    }
    try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      for (Entry e : parse(r, userFile.toString())) {
        merged.put(e.canonical(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + userFile, e);
    }
    return new Gazetteer(new ArrayList<>(merged.values()));
  }

  /** A gazetteer of exactly these entries (tests, or a caller that builds its own list). */
  public static Gazetteer of(List<Entry> entries) {
    return new Gazetteer(entries);
  }

  private static final class DefaultHolder {
    static final Gazetteer DEFAULT = readDefault();

    private static Gazetteer readDefault() {
      InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new Gazetteer(parse(r, RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Parses rows of the gazetteer format: {@code canonical TAB type TAB country TAB aliases TAB
   * flags TAB description}, aliases separated by {@code |}, context aliases prefixed by {@code ?},
   * lines starting with {@code #} and blank lines ignored.
   */
  static List<Entry> parse(Reader reader, String source) throws IOException {
    List<Entry> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IllegalArgumentException(source + ":" + n + ": expected tab-separated columns");
      }
      String canonical = f[0].strip();
      EntityType type;
      try {
        type = EntityType.parse(f[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            source + ":" + n + ": unknown type '" + f[1] + "' for " + canonical, e);
      }
      String country = f.length > 2 ? f[2].strip() : "";
      List<String> aliases = new ArrayList<>();
      List<String> context = new ArrayList<>();
      if (f.length > 3) {
        for (String a : f[3].split("\\|")) {
          String alias = a.strip();
          if (alias.startsWith("?")) {
            context.add(alias.substring(1).strip());
          } else if (!alias.isEmpty()) {
            aliases.add(alias);
          }
        }
      }
      boolean nocase = false;
      if (f.length > 4 && !f[4].isBlank()) {
        for (String flag : f[4].split(",")) {
          switch (flag.strip().toLowerCase(Locale.ROOT)) {
            case "nocase" -> nocase = true;
            case "" -> {}
            default ->
                throw new IllegalArgumentException(
                    source + ":" + n + ": unknown flag '" + flag + "' for " + canonical);
          }
        }
      }
      String description = f.length > 5 ? f[5].strip() : "";
      try {
        out.add(new Entry(canonical, type, country, aliases, context, nocase, description));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  public List<Entry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** How many entries of each type. */
  public Map<EntityType, Integer> sizeByType() {
    Map<EntityType, Integer> m = new EnumMap<>(EntityType.class);
    for (Entry e : entries) {
      m.merge(e.type(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(m);
  }

  public Optional<Entry> find(String canonical) {
    return Optional.ofNullable(byCanonical.get(canonical));
  }

  /** Like {@link #find} but throws, naming the missing name. */
  public Entry expect(String canonical) {
    return find(canonical)
        .orElseThrow(() -> new IllegalArgumentException("no gazetteer entry " + canonical));
  }

  /** A short hash of the entries, recorded in provenance so that output names its gazetteer. */
  public String fingerprint() {
    return fingerprint;
  }

  AliasTrie trie() {
    return trie;
  }

  private static String fingerprintOf(List<Entry> entries) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Entry e : entries) {
        String row =
            String.join(
                "\t",
                e.canonical(),
                e.type().name(),
                e.country(),
                String.join("|", e.aliases()),
                String.join("|", e.contextAliases()),
                Boolean.toString(e.nocase()));
        md.update(row.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "Gazetteer[" + entries.size() + " entries, " + fingerprint + "]";
  }
}
