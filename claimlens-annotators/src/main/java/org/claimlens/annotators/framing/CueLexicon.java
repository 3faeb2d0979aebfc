package org.claimlens.annotators.framing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The evaluative cue lexicon ({@code cues.txt} beside this class): words and phrases by category,
 * matched against lowercased tokens.
 *
 * <p>Cues are indexed by their first word, exact words in one map and prefixes ({@code "provok*"})
 * in another, so matching a token costs one lookup plus one per prefix length: no scan over the
 * lexicon. Immutable and thread-safe.
 */
final class CueLexicon {
  static final String RESOURCE = "cues.txt";

  /** The shortest stem a {@code *} cue may have, so that "a*" cannot match half the text. */
  private static final int MIN_STEM = 3;

  /**
   * One cue: its category and words; a word ending in {@code *} matches by prefix.
   *
   * @param category the category the cue signals
   * @param words the cue's words, lowercase
   */
  record Cue(String category, List<String> words) {}

  /**
   * Where a cue matched: tokens {@code [start, end)} of the sequence given to {@link #match}.
   *
   * @param category the cue's category
   * @param start first token
   * @param end one past the last token
   */
  record Hit(String category, int start, int end) {}

  private final List<String> categories;
  private final Map<String, List<Cue>> byFirstWord;
  private final Map<String, List<Cue>> byFirstStem;
  private final int longestStem;
  private final String sha;

  private CueLexicon(List<Cue> cues, String sha) {
    Set<String> cats = new LinkedHashSet<>();
    Map<String, List<Cue>> words = new HashMap<>();
    Map<String, List<Cue>> stems = new HashMap<>();
    int longest = 0;
    for (Cue c : cues) {
      cats.add(c.category());
      String first = c.words().getFirst();
      if (first.endsWith("*")) {
        String stem = first.substring(0, first.length() - 1);
        stems.computeIfAbsent(stem, k -> new ArrayList<>()).add(c);
        longest = Math.max(longest, stem.length());
      } else {
        words.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
      }
    }
    this.categories = List.copyOf(cats);
    this.byFirstWord = Map.copyOf(words);
    this.byFirstStem = Map.copyOf(stems);
    this.longestStem = longest;
    this.sha = sha;
  }

  /** The bundled lexicon, parsed once. */
  static CueLexicon loadDefault() {
    return DefaultHolder.DEFAULT;
  }

  private static final class DefaultHolder {
    static final CueLexicon DEFAULT = readResource();

    private static CueLexicon readResource() {
      try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Parses lexicon text: {@code category: cue, cue} lines, {@code #} comments.
   *
   * @throws IllegalArgumentException naming {@code name} and the line of a malformed line
   */
  static CueLexicon parse(String content, String name) {
    List<Cue> cues = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(
            name + ":" + (i + 1) + ": expected \"category: cue, cue\", got \"" + line + "\"");
      }
      String category = line.substring(0, colon).strip();
      for (String raw : line.substring(colon + 1).split(",")) {
        String cue = raw.strip().toLowerCase(Locale.ROOT);
        if (cue.isEmpty()) {
          continue;
        }
        List<String> words = List.of(cue.split("\\s+"));
        for (String w : words) {
          if (w.endsWith("*") && w.length() - 1 < MIN_STEM) {
            throw new IllegalArgumentException(
                name + ":" + (i + 1) + ": stem \"" + w + "\" is shorter than " + MIN_STEM);
          }
        }
        cues.add(new Cue(category, words));
      }
    }
    return new CueLexicon(cues, Sha.hex(content, 8));
  }

  /** Categories in file order. */
  List<String> categories() {
    return categories;
  }

  /** A short SHA-256 of the lexicon text, recorded in models trained with it. */
  String sha() {
    return sha;
  }

  /**
   * Every cue occurrence in {@code lower} (lowercased tokens), at most one per category and start
   * token (the longest), in order of start token.
   */
  List<Hit> match(String[] lower) {
    List<Hit> hits = new ArrayList<>();
    Map<String, Hit> atStart = new HashMap<>();
    for (int i = 0; i < lower.length; i++) {
      atStart.clear();
      for (Cue c : candidates(lower[i])) {
        int end = matchFrom(c, lower, i);
        if (end > 0) {
          Hit prev = atStart.get(c.category());
          if (prev == null || prev.end() < end) {
            atStart.put(c.category(), new Hit(c.category(), i, end));
          }
        }
      }
      if (!atStart.isEmpty()) {
        atStart.values().stream()
            .sorted((a, b) -> a.category().compareTo(b.category()))
            .forEach(hits::add);
      }
    }
    return hits;
  }

  private List<Cue> candidates(String token) {
    List<Cue> out = new ArrayList<>();
    addCandidates(token, out);
    int hyphen = token.lastIndexOf('-');
    if (hyphen > 0 && hyphen < token.length() - 1) {
      addCandidates(token.substring(hyphen + 1), out);
    }
    return out;
  }

  private void addCandidates(String token, List<Cue> out) {
    List<Cue> exact = byFirstWord.get(token);
    if (exact != null) {
      out.addAll(exact);
    }
    int max = Math.min(longestStem, token.length());
    for (int len = MIN_STEM; len <= max; len++) {
      List<Cue> s = byFirstStem.get(token.substring(0, len));
      if (s != null) {
        out.addAll(s);
      }
    }
  }

  /** The end token of {@code cue} matched at {@code i}, or 0 when it does not match there. */
  private static int matchFrom(Cue cue, String[] lower, int i) {
    List<String> words = cue.words();
    if (i + words.size() > lower.length) {
      return 0;
    }
    // The first word already matched (as the token or its last hyphen part).
    for (int k = 1; k < words.size(); k++) {
      if (!wordMatches(words.get(k), lower[i + k])) {
        return 0;
      }
    }
    return i + words.size();
  }

  private static boolean wordMatches(String word, String token) {
    if (word.endsWith("*")) {
      String stem = word.substring(0, word.length() - 1);
      return token.startsWith(stem) || lastPart(token).startsWith(stem);
    }
    return token.equals(word) || lastPart(token).equals(word);
  }

  private static String lastPart(String token) {
    int hyphen = token.lastIndexOf('-');
    return hyphen > 0 && hyphen < token.length() - 1 ? token.substring(hyphen + 1) : token;
  }
}
