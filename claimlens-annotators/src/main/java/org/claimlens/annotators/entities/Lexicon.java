package org.claimlens.annotators.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of the rules: titles, role nouns, head nouns of organisation names, prepositions
 * that introduce places, speech verbs, words that are never names, given names and demonyms. Read
 * from the {@code cues.txt}, {@code first-names.txt} and {@code demonyms.tsv} resources.
 *
 * <p>Immutable after loading; {@link #get()} shares one instance. Lookups are by lower-cased word
 * ({@link Locale#ROOT}) except {@link #isFirstName}, which is case-sensitive.
 */
final class Lexicon {
  final Set<String> honorifics;
  final Set<String> roleNouns;
  final Set<String> roleModifiers;
  final Set<String> orgOfficial;
  final Set<String> orgGeneral;
  final Set<String> orgOutlet;
  final Set<String> locationHeads;
  final Set<String> locationSuffixes;
  final Set<String> locationPreps;
  final Set<String> outletNouns;
  final Set<String> outletVerbs;
  final Set<String> outletBefore;
  final Set<String> speechVerbs;
  final Set<String> stop;
  final Set<String> months;
  final Set<String> nonEntities;
  final List<String> cyrillicTitles;
  private final Set<String> firstNames;
  private final Map<String, String> demonyms;

  private Lexicon() {
    Map<String, Set<String>> s = readSections("cues.txt");
    honorifics = section(s, "honorifics");
    roleNouns = section(s, "role_nouns");
    roleModifiers = section(s, "role_modifiers");
    orgOfficial = section(s, "org_official");
    orgGeneral = section(s, "org_general");
    orgOutlet = section(s, "org_outlet");
    locationHeads = section(s, "location_heads");
    locationSuffixes = section(s, "location_suffixes");
    locationPreps = section(s, "location_preps");
    outletNouns = section(s, "outlet_nouns");
    outletVerbs = section(s, "outlet_verbs");
    outletBefore = section(s, "outlet_before");
    speechVerbs = section(s, "speech_verbs");
    stop = section(s, "stop");
    months = section(s, "months");
    nonEntities = section(s, "non_entities");
    cyrillicTitles = List.copyOf(section(s, "cyrillic_titles"));
    Set<String> names = new HashSet<>();
    for (String line : lines("first-names.txt")) {
      names.add(line);
    }
    firstNames = Set.copyOf(names);
    Map<String, String> dem = new HashMap<>();
    for (String line : lines("demonyms.tsv")) {
      String[] f = line.split("\t", -1);
      dem.put(f[0].strip().toLowerCase(Locale.ROOT), f.length > 1 ? f[1].strip() : "");
    }
    demonyms = Map.copyOf(dem);
  }

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }

  static Lexicon get() {
    return Holder.INSTANCE;
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  boolean isFirstName(String word) {
    return firstNames.contains(word);
  }

  boolean isDemonym(String word) {
    return demonyms.containsKey(lower(word));
  }

  /** The country a demonym points to, or "" when it points to none or is not a demonym. */
  String demonymCountry(String word) {
    return demonyms.getOrDefault(lower(word), "");
  }

  boolean isOrgHead(String word) {
    String w = lower(word);
    return orgOfficial.contains(w) || orgGeneral.contains(w) || orgOutlet.contains(w);
  }

  /** Whether a word starts with one of the Cyrillic (and other non-English) title stems. */
  boolean isForeignTitle(String word) {
    String w = lower(word);
    for (String t : cyrillicTitles) {
      if (w.startsWith(t)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> section(Map<String, Set<String>> sections, String name) {
    Set<String> s = sections.get(name);
    if (s == null) {
      throw new IllegalStateException("cues.txt has no section [" + name + "]");
    }
    return Set.copyOf(s);
  }

  private static Map<String, Set<String>> readSections(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    Set<String> current = null;
    for (String line : lines(resource)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
      } else if (current != null) {
        current.add(lower(line));
      }
    }
    return out;
  }

  /** Non-blank lines of a resource with comments removed and whitespace trimmed. */
  private static List<String> lines(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the class path");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!l.isEmpty()) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
