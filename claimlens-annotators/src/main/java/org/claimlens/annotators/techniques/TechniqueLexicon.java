package org.claimlens.annotators.techniques;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The authored cue lexicon ({@code lexicon.tsv} beside this class; its header documents the
 * format): token patterns, with alternatives, affixes, wildcards, gaps and sentence anchors,
 * matched through one trie over the lower-cased tokens of a sentence.
 *
 * <p>Patterns are tokens, not regular expressions, so that matching a sentence costs a walk per
 * token and never backtracks over characters (regular expressions cost about 80 µs a sentence for
 * twenty cues; the trie costs a few for all of them).
 *
 * <p>Immutable and thread-safe; the default is parsed once per process. Example:
 *
 * <pre>{@code
 * TechniqueLexicon lex = TechniqueLexicon.loadDefault();
 * lex.matchTokens(new String[] {"the", "so-called", "experts"}, 0, 3); // [doubt "so-called" 1-2]
 * }</pre>
 */
final class TechniqueLexicon {
  static final String RESOURCE = "lexicon.tsv";

  /** Categories whose matches propose phrase candidates. */
  static final String LOADED = "loaded";

  static final String LOADED_MILD = "loaded_mild";
  static final String NAME = "name";
  static final String NAME_HEAD = "name_head";

  /**
   * One cue found in a text.
   *
   * @param category the cue's category ({@code doubt}, {@code loaded}, ...)
   * @param cue the pattern as written in the lexicon
   * @param start first token of the match
   * @param end one past its last token
   */
  record Match(String category, String cue, int start, int end) {}

  /** A trie node over lower-cased tokens. */
  private static final class Node {
    final Map<String, Node> exact = new HashMap<>();
    final List<Map.Entry<String, Node>> prefixes = new ArrayList<>();
    final List<Map.Entry<String, Node>> suffixes = new ArrayList<>();
    @Nullable Node any;
    @Nullable Node gap;
    @Nullable Node sentenceStart;
    final List<String[]> ends = new ArrayList<>(); // {category, cue}
    final List<String[]> endsAtSentenceEnd = new ArrayList<>();
  }

  private final Node root = new Node();
  private final String fingerprint;
  private final int size;

  private TechniqueLexicon(List<String[]> rows, String fingerprint) {
    for (String[] r : rows) {
      add(r[0], r[1]);
    }
    this.fingerprint = fingerprint;
    this.size = rows.size();
  }

  /** A lexicon of exactly these {@code {category, pattern}} rows (learned phrases, tests). */
  static TechniqueLexicon of(List<String[]> rows) {
    StringBuilder all = new StringBuilder();
    for (String[] r : rows) {
      all.append(r[0]).append('\t').append(r[1]).append('\n');
    }
    return new TechniqueLexicon(rows, Hashing.sha256Hex(all.toString()).substring(0, 12));
  }

  static TechniqueLexicon loadDefault() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final TechniqueLexicon DEFAULT = read();

    private static TechniqueLexicon read() {
      InputStream in = TechniqueLexicon.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return parse(r, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** Parses the lexicon format; throws naming source and line on a malformed row. */
  static TechniqueLexicon parse(Reader reader, String source) throws IOException {
    List<String[]> rows = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException(source + ":" + n + ": expected CATEGORY<TAB>PATTERN");
      }
      String pattern = f[1].strip();
      List<String> toks = tokenize(pattern);
      for (int i = 0; i < toks.size(); i++) {
        String t = toks.get(i);
        if ((t.equals("^") && i > 0) || (t.equals("$") && i < toks.size() - 1)) {
          throw new IllegalArgumentException(
              source + ":" + n + ": ^ may only open a pattern and $ only close it");
        }
      }
      if (toks.stream().allMatch(t -> t.equals("^") || t.equals("$") || t.equals("..."))) {
        throw new IllegalArgumentException(source + ":" + n + ": pattern matches no token");
      }
      rows.add(new String[] {f[0].strip(), pattern});
      all.append(f[0].strip()).append('\t').append(pattern).append('\n');
    }
    return new TechniqueLexicon(rows, Hashing.sha256Hex(all.toString()).substring(0, 12));
  }

  private void add(String category, String pattern) {
    List<String> toks = tokenize(pattern);
    boolean atEnd = !toks.isEmpty() && toks.getLast().equals("$");
    if (atEnd) {
      toks = toks.subList(0, toks.size() - 1);
    }
    List<Node> frontier = List.of(root);
    for (String tok : toks) {
      List<Node> next = new ArrayList<>();
      for (Node node : frontier) {
        for (Node c : children(node, tok)) {
          if (!next.contains(c)) {
            next.add(c);
          }
        }
      }
      frontier = next;
    }
    for (Node node : frontier) {
      (atEnd ? node.endsAtSentenceEnd : node.ends).add(new String[] {category, pattern});
    }
  }

  /** The nodes reached from {@code node} by one pattern token (one per alternative). */
  private static List<Node> children(Node node, String tok) {
    switch (tok) {
      case "^" -> {
        if (node.sentenceStart == null) {
          node.sentenceStart = new Node();
        }
        return List.of(node.sentenceStart);
      }
      case "_" -> {
        if (node.any == null) {
          node.any = new Node();
        }
        return List.of(node.any);
      }
      case "..." -> {
        if (node.gap == null) {
          node.gap = new Node();
        }
        return List.of(node.gap);
      }
      default -> {}
    }
    if (tok.length() > 1 && tok.endsWith("*")) {
      return List.of(affix(node.prefixes, tok.substring(0, tok.length() - 1)));
    }
    if (tok.length() > 1 && tok.startsWith("*")) {
      return List.of(affix(node.suffixes, tok.substring(1)));
    }
    List<Node> out = new ArrayList<>(1);
    for (String alt : tok.length() > 1 ? tok.split("\\|") : new String[] {tok}) {
      out.add(node.exact.computeIfAbsent(alt, k -> new Node()));
    }
    return out;
  }

  private static Node affix(List<Map.Entry<String, Node>> list, String affix) {
    for (Map.Entry<String, Node> e : list) {
      if (e.getKey().equals(affix)) {
        return e.getValue();
      }
    }
    Node next = new Node();
    list.add(Map.entry(affix, next));
    return next;
  }

  /**
   * Every cue that starts and ends inside {@code [from, to)} of {@code lower} (the lower-cased
   * tokens of one sentence: {@code ^} and {@code $} anchor at {@code from} and {@code to}), all
   * matches at every start, in start order.
   */
  List<Match> matchTokens(String[] lower, int from, int to) {
    List<Match> out = new ArrayList<>();
    if (root.sentenceStart != null && from < to) {
      walk(root.sentenceStart, lower, from, from, to, out);
    }
    for (int i = from; i < to; i++) {
      walk(root, lower, i, i, to, out);
    }
    return out;
  }

  private static void walk(Node node, String[] lower, int start, int i, int to, List<Match> out) {
    if (i > start) {
      for (String[] e : node.ends) {
        out.add(new Match(e[0], e[1], start, i));
      }
      if (i == to) {
        for (String[] e : node.endsAtSentenceEnd) {
          out.add(new Match(e[0], e[1], start, i));
        }
      }
    }
    if (node.gap != null) {
      for (int j = i; j < to; j++) {
        step(node.gap, lower, start, j, to, out);
      }
    }
    if (i < to) {
      step(node, lower, start, i, to, out);
    }
  }

  /** Follows the edges of {@code node} that token {@code i} satisfies. */
  private static void step(Node node, String[] lower, int start, int i, int to, List<Match> out) {
    String tok = lower[i];
    Node next = node.exact.get(tok);
    if (next != null) {
      walk(next, lower, start, i + 1, to, out);
    }
    for (Map.Entry<String, Node> e : node.prefixes) {
      if (tok.length() > e.getKey().length() && tok.startsWith(e.getKey())) {
        walk(e.getValue(), lower, start, i + 1, to, out);
      }
    }
    for (Map.Entry<String, Node> e : node.suffixes) {
      if (tok.length() > e.getKey().length() && tok.endsWith(e.getKey())) {
        walk(e.getValue(), lower, start, i + 1, to, out);
      }
    }
    if (node.any != null && isWord(tok)) {
      walk(node.any, lower, start, i + 1, to, out);
    }
  }

  /** A short hash of the lexicon's rows, recorded in provenance. */
  String fingerprint() {
    return fingerprint;
  }

  int size() {
    return size;
  }

  static boolean isWord(String tok) {
    return !tok.isEmpty() && Character.isLetterOrDigit(tok.charAt(0));
  }

  /**
   * Splits a written pattern into tokens as the document tokenizer would: on spaces, with leading
   * and trailing punctuation and the clitics {@code 's}, {@code n't}, ... split off. The operators
   * {@code ^ $ _ ...}, alternatives ({@code why|how}) and affixes ({@code eco-*}, {@code *est})
   * stay whole.
   */
  static List<String> tokenize(String phrase) {
    List<String> out = new ArrayList<>();
    for (String chunk : phrase.toLowerCase(Locale.ROOT).replace('’', '\'').strip().split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      if (isOperator(chunk)) {
        out.add(chunk);
        continue;
      }
      int a = 0;
      int b = chunk.length();
      while (a < b && isPunct(chunk.charAt(a))) {
        out.add(String.valueOf(chunk.charAt(a)));
        a++;
      }
      List<String> tail = new ArrayList<>();
      while (b > a && isPunct(chunk.charAt(b - 1))) {
        tail.addFirst(String.valueOf(chunk.charAt(b - 1)));
        b--;
      }
      if (b > a) {
        String w = chunk.substring(a, b);
        String clitic = null;
        for (String c : new String[] {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}) {
          if (w.length() > c.length() && w.endsWith(c)) {
            clitic = c;
            break;
          }
        }
        if (clitic != null) {
          out.add(w.substring(0, w.length() - clitic.length()));
          out.add(clitic);
        } else {
          out.add(w);
        }
      }
      out.addAll(tail);
    }
    return out;
  }

  private static boolean isOperator(String chunk) {
    return switch (chunk) {
      case "^", "$", "_", "..." -> true;
      default ->
          chunk.length() > 1
              && (chunk.indexOf('|') > 0 || chunk.startsWith("*") || chunk.endsWith("*"));
    };
  }

  private static boolean isPunct(char c) {
    return !Character.isLetterOrDigit(c) && c != '\'';
  }

  @Override
  public String toString() {
    return "TechniqueLexicon[" + size + " cues, " + fingerprint + "]";
  }
}
