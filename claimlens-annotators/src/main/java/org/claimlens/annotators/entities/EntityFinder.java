package org.claimlens.annotators.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.model.Sentence;
import org.claimlens.model.Span;
import org.claimlens.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * The work of {@link EntityAnnotator} on one document: gazetteer matches, context resolution of
 * ambiguous aliases, capitalised runs typed by cues, short mentions, overlap removal and roles.
 *
 * <p>Made for one call and confined to its thread. Works on token indices; every decision reads a
 * fixed window of neighbouring tokens, so the cost is linear in the document's length.
 */
final class EntityFinder {
  static final double GAZ_EXACT = 0.95;
  static final double GAZ_VARIANT = 0.85;
  static final double GAZ_CONTEXT = 0.8;
  static final double CUE_STRONG = 0.8;
  static final double CUE = 0.7;
  static final double CUE_WEAK = 0.6;
  static final double GUESS = 0.5;
  static final double GUESS_WEAK = 0.45;

  private static final int MAX_ROLE_TOKENS = 12;
  private static final Set<String> CONNECTORS =
      Set.of("of", "for", "and", "&", "on", "'s", "’s", "the");
  private static final Set<String> PARTICLES =
      Set.of(
          "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn",
          "ben", "dos", "das", "del", "des", "ter", "zu");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> QUASI_INITIAL_BEFORE =
      Set.of("\"", "“", "”", "«", "„", ":", "—", "–", "-", "•", "|", "·", "*", "►", "▪", "…");
  private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
  private static final Set<String> APPOSITIVE_ENDS =
      Set.of("at", "from", "in", "with", "since", "to", "on", "during", "after", "before");
  private static final Set<String> ROLE_STOPS =
      Set.of("who", "which", "that", "whose", "whom", "where", "when", "said", "says", "told");
  private static final Set<String> MILITARY_UNITS =
      Set.of(
          "brigade",
          "battalion",
          "regiment",
          "division",
          "corps",
          "army",
          "squadron",
          "detachment",
          "fleet");
  private static final Set<String> ORG_NOUNS =
      Set.of(
          "company",
          "firm",
          "operator",
          "group",
          "producer",
          "manufacturer",
          "maker",
          "organisation",
          "organization",
          "ngo",
          "charity",
          "foundation",
          "party",
          "movement",
          "think-tank",
          "tank",
          "consultancy",
          "watchdog",
          "institute",
          "bank",
          "lender",
          "insurer",
          "carrier",
          "airline",
          "conglomerate",
          "giant",
          "startup",
          "contractor",
          "network",
          "alliance",
          "coalition",
          "union",
          "association",
          "project",
          "initiative");
  private static final Set<String> BYLINE_VERBS =
      Set.of("reporting", "editing", "writing", "compiled", "photos", "photo", "video");
  private static final Set<String> LOCATION_OF_HEADS =
      Set.of(
          "village",
          "town",
          "city",
          "settlement",
          "region",
          "outskirts",
          "suburb",
          "suburbs",
          "port",
          "district",
          "province",
          "capital",
          "direction",
          "hamlet",
          "island",
          "oblast",
          "resident",
          "residents",
          "native",
          "mayor",
          "governor",
          "centre",
          "center");

  private final Gazetteer gazetteer;
  private final Lexicon lex;
  private final EntityAnnotator.Config config;
  private final Provenance provenance;
  private final String text;
  private final String language;

  private final int n;
  private final int[] ts;
  private final int[] te;
  private final String[] word;
  private final String[] pos;
  private final int[] sent;
  private final boolean hasPos;
  private final int[] sentFirst;
  private final int[] sentEnd;
  private final int[] sentCharEnd;

  /** Index into {@link #gaz} of the gazetteer mention covering a token, or -1. */
  private final int[] gazOwner;

  private final List<Mention> gaz = new ArrayList<>();
  private final List<Mention> rules = new ArrayList<>();

  /** Index into {@link #chosen} of the output mention covering a token, or -1. */
  private int[] owner = new int[0];

  private List<Mention> chosen = List.of();

  EntityFinder(
      Gazetteer gazetteer,
      Lexicon lex,
      EntityAnnotator.Config config,
      Provenance provenance,
      Document doc) {
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.config = config;
    this.provenance = provenance;
    this.text = doc.text();
    this.language =
        doc.find(Layers.LANGUAGE).map(a -> a.value().code()).orElse(Language.UNDETERMINED);
    List<Annotation<Token>> tokens = doc.layer(Layers.TOKENS);
    List<Annotation<Sentence>> sentences = doc.layer(Layers.SENTENCES);
    this.n = tokens.size();
    this.ts = new int[n];
    this.te = new int[n];
    this.word = new String[n];
    this.pos = new String[n];
    this.sent = new int[n];
    boolean anyPos = false;
    int maxSentence = sentences.size() - 1;
    for (int i = 0; i < n; i++) {
      Annotation<Token> t = tokens.get(i);
      ts[i] = t.start();
      te[i] = t.end();
      word[i] = text.substring(t.start(), t.end());
      pos[i] = upos(t.value().pos());
      sent[i] = t.value().sentence();
      anyPos |= !pos[i].isEmpty();
      maxSentence = Math.max(maxSentence, sent[i]);
    }
    this.hasPos = anyPos;
    int sentenceCount = maxSentence + 1;
    this.sentFirst = new int[sentenceCount];
    this.sentEnd = new int[sentenceCount];
    this.sentCharEnd = new int[sentenceCount];
    Arrays.fill(sentFirst, -1);
    Arrays.fill(sentCharEnd, text.length());
    for (Annotation<Sentence> s : sentences) {
      int idx = s.value().index();
      if (idx >= 0 && idx < sentenceCount) {
        sentCharEnd[idx] = s.end();
      }
    }
    for (int i = 0; i < n; i++) {
      int s = sent[i];
      if (sentFirst[s] < 0) {
        sentFirst[s] = i;
      }
      sentEnd[s] = i + 1;
      sentCharEnd[s] = Math.max(sentCharEnd[s], te[i]);
    }
    this.gazOwner = new int[n];
    Arrays.fill(gazOwner, -1);
  }

  /**
   * The tag as a Universal POS tag. English tokens carry UPOS from the UD-EWT model; Penn Treebank
   * tags (another tagger) are mapped to the coarse UPOS the rules read, so either works.
   */
  static String upos(String tag) {
    return switch (tag) { // UPOS tags and "" fall through unchanged
      case "NNP", "NNPS" -> "PROPN";
      case "NN", "NNS" -> "NOUN";
      case "JJ", "JJR", "JJS" -> "ADJ";
      case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ" -> "VERB";
      case "MD" -> "AUX";
      case "IN" -> "ADP";
      case "DT", "PDT", "WDT" -> "DET";
      case "PRP", "PRP$", "WP", "WP$", "EX" -> "PRON";
      case "CC" -> "CCONJ";
      case "CD" -> "NUM";
      case "RB", "RBR", "RBS", "WRB" -> "ADV";
      case "RP", "TO", "POS" -> "PART";
      case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "#", "$" -> "PUNCT";
      default -> tag;
    };
  }

  List<Annotation<Entity>> find() {
    if (n == 0) {
      return List.of();
    }
    matchGazetteer();
    dropSurnamesOfOthers();
    resolveAmbiguous();
    extendPersonsLeft();
    for (int g = 0; g < gaz.size(); g++) {
      Mention m = gaz.get(g);
      for (int i = m.first; i <= m.last; i++) {
        gazOwner[i] = g;
      }
    }
    if (config.unknownNames()) {
      for (int s = 0; s < sentFirst.length; s++) {
        if (sentFirst[s] >= 0) {
          findUnknown(sentFirst[s], sentEnd[s]);
        }
      }
    }
    resolveShortMentions();
    select();
    if (config.roles()) {
      for (Mention m : chosen) {
        if (m.isPerson()) {
          findRole(m);
        }
      }
    }
    return emit();
  }

  // ---------------------------------------------------------------------------------------------
  // Gazetteer

  /**
   * The longest acceptable alias at every token start (and after a French elision, "l'OTAN"), then
   * the longest of overlapping matches, so "the Ukraine Defence Contact Group" is one organisation
   * rather than "the Ukraine" and the rest.
   */
  private void matchGazetteer() {
    AliasTrie trie = gazetteer.trie();
    List<AliasTrie.Hit> hits = new ArrayList<>();
    List<Mention> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Mention best = longestAt(trie, ts[i], sent[i], hits);
      if (best == null && isElision(word[i])) {
        best = longestAt(trie, ts[i] + 2, sent[i], hits);
      }
      if (best != null) {
        found.add(best);
      }
    }
    found.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(m -> m.start));
    boolean[] taken = new boolean[text.length() + 1];
    for (Mention m : found) {
      boolean free = true;
      for (int c = m.start; c < m.end && free; c++) {
        free = !taken[c];
      }
      if (free) {
        Arrays.fill(taken, m.start, m.end, true);
        m.first = tokenAt(m.start);
        m.last = tokenAt(m.end - 1);
        gaz.add(m);
      }
    }
    gaz.sort(Comparator.comparingInt(m -> m.start));
  }

  private @Nullable Mention longestAt(
      AliasTrie trie, int start, int sentence, List<AliasTrie.Hit> hits) {
    if (!startBoundary(start)) {
      return null;
    }
    hits.clear();
    trie.matchAt(text, start, sentCharEnd[sentence], hits);
    Mention best = null;
    for (AliasTrie.Hit h : hits) {
      if ((best != null && h.end() <= best.end) || !endBoundary(h.end())) {
        continue;
      }
      Mention m = accept(start, h);
      if (m != null) {
        best = m;
      }
    }
    return best;
  }

  private static boolean isElision(String w) {
    if (w.length() < 4) {
      return false;
    }
    char c = Character.toLowerCase(w.charAt(0));
    char q = w.charAt(1);
    return (c == 'l' || c == 'd' || c == 'j' || c == 'n' || c == 'c' || c == 's')
        && (q == '\'' || q == '’')
        && Character.isUpperCase(w.charAt(2));
  }

  /** The index of the token that contains (or, between tokens, follows) a character offset. */
  private int tokenAt(int offset) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (ts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** A mention for the aliases of {@code hit} that the text's capitalisation admits, or null. */
  private @Nullable Mention accept(int start, AliasTrie.Hit hit) {
    String surface = Fold.surfaceOf(text, start, hit.end());
    List<Gazetteer.Entry> entries = new ArrayList<>(2);
    boolean ambiguous = false;
    boolean exact = false;
    boolean article = false;
    for (AliasTrie.Target t : hit.targets()) {
      int fit = fit(surface, t, hit.extended());
      if (fit == 0) {
        continue;
      }
      if (!entries.contains(t.entry())) {
        entries.add(t.entry());
      }
      ambiguous |= t.ambiguous();
      exact |= fit == 2;
      article |= t.surface().startsWith("the ");
    }
    if (entries.isEmpty()) {
      return null;
    }
    Mention m = new Mention(start, hit.end(), -1, -1);
    if (article && surface.startsWith("The ") || surface.startsWith("the ")) {
      m.start = start + 4;
      while (m.start < hit.end() && Character.isWhitespace(text.charAt(m.start))) {
        m.start++;
      }
    }
    if (entries.size() == 1 && !ambiguous) {
      m.resolve(entries.getFirst(), exact ? GAZ_EXACT : GAZ_VARIANT);
    } else {
      m.candidates = List.copyOf(entries);
      m.score = GAZ_CONTEXT;
    }
    return m;
  }

  /**
   * How well the text's characters fit an alias: 2 exactly (modulo typography), 1 by a tolerated
   * variant (all capitals, a {@code nocase} entry, "the"/"The", Cyrillic capitalisation), 0 not.
   */
  private int fit(String surface, AliasTrie.Target t, boolean extended) {
    String alias = t.surface();
    if (surface.isEmpty() || alias.isEmpty()) {
      return 0;
    }
    if (Fold.isCyrillic(alias.charAt(0))) {
      // The trie matched modulo case endings; the initial's case tells a name from a word.
      return surface.charAt(0) == alias.charAt(0) ? 2 : 0;
    }
    String s =
        extended && surface.length() > alias.length()
            ? surface.substring(0, alias.length())
            : surface;
    if (s.equals(alias)) {
      return 2;
    }
    if (!s.equalsIgnoreCase(alias)) {
      return 0;
    }
    char first = s.charAt(0);
    if (t.entry().nocase() && Character.isUpperCase(first)) {
      return 1;
    }
    if (config.allCapsText() && isAllCaps(s) && !isAllCaps(alias)) {
      return 1;
    }
    if ((alias.startsWith("the ") && s.startsWith("The "))
        || (alias.startsWith("The ") && s.startsWith("the "))) {
      return s.substring(4).equals(alias.substring(4)) ? 2 : 0;
    }
    return 0;
  }

  private boolean startBoundary(int start) {
    if (start == 0) {
      return true;
    }
    char p = text.charAt(start - 1);
    if (Character.isLetterOrDigit(p) || p == '@' || p == '#' || p == '_' || p == '/') {
      return false;
    }
    if (p == '-' || p == '‐' || p == '‑') {
      int w = start - 1;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      return w < start - 1 && Character.isUpperCase(text.charAt(w));
    }
    return true;
  }

  private boolean endBoundary(int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (Character.isLetterOrDigit(c) || c == '_' || c == '@') {
      return false;
    }
    char after = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
    if ((c == '-' || c == '‐' || c == '‑') && Character.isLowerCase(after)) {
      return false;
    }
    if (c == '.' && Character.isLetterOrDigit(after)) {
      return false;
    }
    if (c == '\'' || c == '’') {
      char after2 = end + 2 < text.length() ? text.charAt(end + 2) : ' ';
      return !Character.isLetter(after) || (after == 's' && !Character.isLetter(after2));
    }
    return true;
  }

  /**
   * "Graham Smith" is not Lindsey Graham: a known surname matched alone and followed by another
   * capitalised name word is somebody's given name. (Latin script only: Russian writes "Путин
   * Владимир Владимирович".)
   */
  private void dropSurnamesOfOthers() {
    gaz.removeIf(
        m -> {
          if (m.first != m.last || m.first + 1 >= n || sent[m.first + 1] != sent[m.first]) {
            return false;
          }
          boolean person =
              m.entry != null
                  ? m.entry.type() == EntityType.PERSON
                  : m.candidates.stream().allMatch(e -> e.type() == EntityType.PERSON);
          if (!person || !m.canonical.isEmpty() && m.canonical.indexOf(' ') < 0) {
            return false;
          }
          int k = m.first + 1;
          String w = word[k];
          String lw = Lexicon.lower(w);
          return !Fold.isCyrillic(word[m.first].charAt(0))
              && ts[k] - te[m.first] == 1
              && cap(k)
              && isNameWord(w)
              && !isAllCaps(w)
              && gazOwner(k) < 0
              && !lex.stop.contains(lw)
              && !lex.months.contains(lw)
              && !lex.isDemonym(w)
              && !lex.isOrgHead(w)
              && !lex.locationHeads.contains(lw)
              && !lex.nonEntities.contains(lw)
              && (!hasPos || pos[k].equals("PROPN"));
        });
  }

  /** The gazetteer match covering token {@code k} before {@link #gazOwner} is filled, or -1. */
  private int gazOwner(int k) {
    for (int g = 0; g < gaz.size(); g++) {
      Mention m = gaz.get(g);
      if (m.start <= ts[k] && ts[k] < m.end) {
        return g;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Context

  private record Point(int offset, int sentence, String key) {}

  /**
   * Picks, for each ambiguous gazetteer mention, the candidate whose own name or country is
   * mentioned closest before it (same sentence counts most), and drops it when nothing points to
   * any candidate.
   */
  private void resolveAmbiguous() {
    boolean any = false;
    for (Mention m : gaz) {
      any |= !m.candidates.isEmpty();
    }
    if (!any) {
      return;
    }
    List<Point> points = new ArrayList<>();
    for (Mention m : gaz) {
      if (m.entry != null) {
        int s = sentenceOfOffset(m.start);
        points.add(new Point(m.start, s, m.entry.canonical()));
        if (!m.entry.country().isEmpty()) {
          points.add(new Point(m.start, s, m.entry.country()));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      String c = lex.demonymCountry(word[i]);
      if (!c.isEmpty() && Character.isUpperCase(word[i].charAt(0))) {
        points.add(new Point(ts[i], sent[i], c));
      }
    }
    List<Mention> kept = new ArrayList<>(gaz.size());
    for (Mention m : gaz) {
      if (m.candidates.isEmpty()) {
        kept.add(m);
        continue;
      }
      int s = sentenceOfOffset(m.start);
      Gazetteer.Entry best = null;
      double bestScore = 0;
      for (Gazetteer.Entry c : m.candidates) {
        double score = 0;
        for (Point p : points) {
          if (p.key().equals(c.canonical())) {
            score += 3 * weight(p, m.start, s);
          } else if (p.key().equals(c.country())) {
            score += weight(p, m.start, s);
          }
        }
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best != null && bestScore >= 0.4) {
        m.resolve(best, GAZ_CONTEXT);
        kept.add(m);
      }
    }
    gaz.clear();
    gaz.addAll(kept);
  }

  /** Nearby mentions decide, the nearest most; the rest of the document only breaks ties. */
  private static double weight(Point p, int offset, int sentence) {
    if (p.sentence() == sentence) {
      return p.offset() < offset ? 5 : 3;
    }
    int before = sentence - p.sentence();
    if (before == 1) {
      return 3;
    }
    if (before == 2) {
      return 1.5;
    }
    if (before > 0 && before <= 5) {
      return 0.7;
    }
    return 0.2;
  }

  private int sentenceOfOffset(int offset) {
    return sent[tokenAt(offset)];
  }

  /**
   * "Andrii Sybiha" where the gazetteer knows "Sybiha" and "Andriy Sybiha": the given name before a
   * known surname belongs to the mention.
   */
  private void extendPersonsLeft() {
    for (int g = 0; g < gaz.size(); g++) {
      Mention m = gaz.get(g);
      if (!m.isPerson() || m.first < 0) {
        continue;
      }
      for (int step = 0; step < 2; step++) {
        int p = m.first - 1;
        if (p < 0 || sent[p] != sent[m.first] || ts[m.first] - te[p] > 1) {
          break;
        }
        if (g > 0 && gaz.get(g - 1).last >= p) {
          break;
        }
        boolean full = m.last > m.first;
        if (!givenNameLike(p) || full && !lex.isFirstName(word[p]) && !isInitial(word[p])) {
          break;
        }
        m.first = p;
        m.start = ts[p];
      }
    }
  }

  private boolean givenNameLike(int i) {
    String w = word[i];
    if (!cap(i) || isAllCaps(w) && w.length() > 2 || !isNameWord(w)) {
      return false;
    }
    String lw = Lexicon.lower(w);
    if (lex.stop.contains(lw)
        || lex.months.contains(lw)
        || lex.isDemonym(w)
        || lex.nonEntities.contains(lw)
        || lex.roleNouns.contains(lw)
        || lex.roleModifiers.contains(lw)
        || lex.honorifics.contains(lw)
        || lex.isOrgHead(w)
        || lex.locationHeads.contains(lw)
        || lex.isForeignTitle(w)) {
      return false;
    }
    if (lex.isFirstName(w) || isInitial(w)) {
      return true;
    }
    return hasPos ? pos[i].equals("PROPN") : !isSentenceInitial(i);
  }

  // ---------------------------------------------------------------------------------------------
  // Names beyond the list

  private void findUnknown(int from, int to) {
    if (isHeadline(from, to)) {
      return;
    }
    datelinePlace(from, to);
    int i = from;
    while (i < to) {
      if (!member(i)) {
        i++;
        continue;
      }
      int a = i;
      if (i - 1 >= from && gazOwner[i] < 0 && initialNameStart(i - 1)) {
        a = i - 1; // "Frontline Notes — a blog": the capital of the first word is also the name's
      }
      int b = i;
      int j = i + 1;
      while (j < to) {
        if (member(j) || innerDemonym(j)) {
          b = j;
          j++;
          continue;
        }
        int k = connectorEnd(j, to);
        if (k > j && k < to && (member(k) || innerDemonym(k))) {
          b = k;
          j = k + 1;
          continue;
        }
        break;
      }
      while (b > a && innerDemonym(b)) {
        b--;
      }
      interpretRun(a, b, from, to);
      i = b + 1;
    }
  }

  /** Past a connector ("of", "of the", "'s" before a head noun) starting at {@code j}, or j. */
  private int connectorEnd(int j, int to) {
    String w = Lexicon.lower(word[j]);
    if (!CONNECTORS.contains(w) && !PARTICLES.contains(w)) {
      return j;
    }
    if (w.equals("the")) {
      return j;
    }
    if (w.equals("'s") || w.equals("’s")) {
      return j + 1 < to && lex.isOrgHead(word[j + 1]) ? j + 1 : j;
    }
    if (w.equals("and") || w.equals("&")) {
      boolean before = j > 0 && gazOwner[j - 1] < 0;
      boolean after = j + 1 < to && gazOwner[j + 1] < 0;
      if (!before || !after) {
        return j;
      }
    }
    int k = j + 1;
    if (k < to && (w.equals("of") || w.equals("for") || w.equals("on") || w.equals("and"))) {
      if (Lexicon.lower(word[k]).equals("the")) {
        k++;
      }
    }
    return k;
  }

  /** A capitalised sentence-initial word right before a name-like word may begin the name. */
  private boolean initialNameStart(int i) {
    String w = word[i];
    String lw = Lexicon.lower(w);
    return hasPos
        && cap(i)
        && gazOwner[i] < 0
        && isSentenceInitial(i)
        && isNameWord(w)
        && !isLowerCompound(w)
        && ts[i + 1] - te[i] == 1
        && !lex.stop.contains(lw)
        && !lex.months.contains(lw)
        && !lex.nonEntities.contains(lw)
        && !lex.isDemonym(w)
        && !lex.roleModifiers.contains(lw)
        && !lex.roleNouns.contains(lw)
        && !lex.honorifics.contains(lw)
        && !lex.speechVerbs.contains(lw)
        && (pos[i].equals("NOUN") || pos[i].equals("ADJ") || pos[i].equals("PROPN"));
  }

  /** "European" inside "Center for European Policy Analysis": a demonym inside a name. */
  private boolean innerDemonym(int i) {
    return gazOwner[i] < 0 && cap(i) && lex.isDemonym(word[i]) && !isSentenceInitial(i);
  }

  /** A token that may be part of a capitalised run. */
  private boolean member(int i) {
    int g = gazOwner[i];
    if (g >= 0) {
      return !gaz.get(g).isPerson();
    }
    return nameLike(i);
  }

  private boolean nameLike(int i) {
    String w = word[i];
    if (!cap(i) || isLowerCompound(w)) {
      return false;
    }
    String lw = Lexicon.lower(w);
    if (lex.stop.contains(lw)
        || lex.months.contains(lw)
        || lex.nonEntities.contains(lw)
        || lex.isDemonym(w)) {
      return false;
    }
    if (isSentenceInitial(i)) {
      if (hasPos) {
        return pos[i].equals("PROPN") || lex.isFirstName(w) || isTitle(i);
      }
      return lex.isFirstName(w);
    }
    return true;
  }

  private boolean isTitle(int i) {
    String lw = Lexicon.lower(word[i]);
    return lex.honorifics.contains(lw) || (lex.roleNouns.contains(lw) && !lex.isOrgHead(word[i]));
  }

  private void interpretRun(int a, int b, int from, int to) {
    if (a - 1 >= from && b + 1 < to && isOpenQuote(word[a - 1]) && isCloseQuote(word[b + 1])) {
      return; // a name in quotes is a ship, an operation, a title: none of the five types
    }
    if (datelineOutlet(a, b, from, to)) {
      rules.add(rule(a, b, EntityType.MEDIA_OUTLET, CUE));
      return;
    }
    // A place or an organisation named by its head noun: "Kharkiv Regional Military
    // Administration", "Ministry of Strategic Industries". The name starts with the first
    // segment (words between connectors) that holds a head noun, so "Thomas Reiner of the Center
    // for European Policy Analysis" keeps the person apart.
    int head = -1;
    if (hasPos && b > a) {
      boolean endsInHead =
          gazOwner[b] < 0
              && (lex.locationHeads.contains(Lexicon.lower(word[b])) || lex.isOrgHead(word[b]));
      for (int h = a; h <= b && head < 0; h++) {
        if (gazOwner[h] >= 0 || !lex.isOrgHead(word[h]) && h != b) {
          continue;
        }
        String nextL = h + 1 <= b ? Lexicon.lower(word[h + 1]) : "";
        if (h == b && endsInHead
            || nextL.equals("of")
            || nextL.equals("for")
            || nextL.equals("on")
            || endsInHead && lex.isOrgHead(word[h])) {
          head = h;
        }
      }
    }
    if (head >= 0) {
      int start = head;
      while (start > a && !isConnector(start - 1)) {
        start--;
      }
      int headWord = endsInHeadWord(b) ? b : head;
      if (hasContent(start, b, headWord)) {
        int orgStart = start;
        while (orgStart > from
            && orgStart == a
            && (lex.isDemonym(word[orgStart - 1]) && cap(orgStart - 1)
                || isOrdinal(word[orgStart - 1])
                    && MILITARY_UNITS.contains(Lexicon.lower(word[headWord])))) {
          orgStart--;
        }
        if (!(gazOwner[orgStart] >= 0 && gazOwner[orgStart] == gazOwner[b])) {
          rules.add(rule(orgStart, b, typeByHead(orgStart, b, headWord), CUE));
          int prefixEnd = start - 1;
          while (prefixEnd >= a && isConnector(prefixEnd)) {
            prefixEnd--;
          }
          if (prefixEnd >= a) {
            splitPieces(a, prefixEnd, from, to);
          }
          return;
        }
      }
    }
    splitPieces(a, b, from, to);
  }

  private boolean endsInHeadWord(int b) {
    return gazOwner[b] < 0
        && (lex.locationHeads.contains(Lexicon.lower(word[b])) || lex.isOrgHead(word[b]));
  }

  private boolean isConnector(int i) {
    String lw = Lexicon.lower(word[i]);
    return CONNECTORS.contains(lw) && gazOwner[i] < 0;
  }

  /** Splits a run into name pieces at gazetteer mentions, titles and connectors and types each. */
  private void splitPieces(int a, int b, int from, int to) {
    int p = -1;
    boolean titleBeforePiece = false;
    boolean prevWasTitle = false;
    for (int t = a; t <= b + 1; t++) {
      boolean breaks;
      boolean title = false;
      String lw = t <= b ? Lexicon.lower(word[t]) : "";
      if (t > b || gazOwner[t] >= 0) {
        breaks = true;
      } else if (isTitle(t)) {
        breaks = true;
        title = true;
      } else if (p < 0 && lex.roleModifiers.contains(lw)) {
        breaks = true;
      } else if (CONNECTORS.contains(lw) || lex.isDemonym(word[t])) {
        breaks = true;
      } else if (PARTICLES.contains(lw)) {
        breaks = p < 0 || t == b || isTitle(t + 1) || gazOwner[t + 1] >= 0;
      } else {
        breaks = false;
      }
      if (breaks) {
        if (p >= 0) {
          typePiece(p, t - 1, titleBeforePiece, from, to);
          p = -1;
        }
        prevWasTitle = title;
      } else if (p < 0) {
        p = t;
        titleBeforePiece = prevWasTitle;
      }
    }
  }

  /** An organisation needs a word besides its head and the titles ("Ministry" alone is none). */
  private boolean hasContent(int a, int b, int head) {
    for (int i = a; i <= b; i++) {
      if (i == head) {
        continue;
      }
      String lw = Lexicon.lower(word[i]);
      if (!CONNECTORS.contains(lw) && !lex.roleNouns.contains(lw) && !lex.honorifics.contains(lw)
          || gazOwner[i] >= 0) {
        return true;
      }
    }
    return false;
  }

  private EntityType typeByHead(int a, int b, int head) {
    String h = Lexicon.lower(word[head]);
    if (head == b && lex.locationHeads.contains(h)) {
      return EntityType.LOCATION;
    }
    boolean outletWord = false;
    for (int i = a; i <= b; i++) {
      if (gazOwner[i] < 0 && lex.orgOutlet.contains(Lexicon.lower(word[i]))) {
        outletWord = true;
      }
    }
    if (lex.orgOutlet.contains(h)
        || outletWord
            && (h.equals("agency")
                || h.equals("network")
                || h.equals("corporation")
                || h.equals("service") && !pressOnly(a, b))) {
      return EntityType.MEDIA_OUTLET;
    }
    if (lex.orgOfficial.contains(h)) {
      return EntityType.OFFICIAL_BODY;
    }
    return EntityType.ORGANIZATION;
  }

  /** Whether "Press" is the only outlet word in a run ("Press Service" is a body's office). */
  private boolean pressOnly(int a, int b) {
    for (int i = a; i <= b; i++) {
      String lw = Lexicon.lower(word[i]);
      if (lex.orgOutlet.contains(lw) && !lw.equals("press")) {
        return false;
      }
    }
    return true;
  }

  /** Types one run of unknown capitalised words {@code [p, q]} by the cues around it. */
  private void typePiece(int p, int q, boolean titleInRun, int from, int to) {
    int len = q - p + 1;
    if (len > 5) {
      return;
    }
    boolean onlyModifiers = true;
    for (int i = p; i <= q; i++) {
      String lw = Lexicon.lower(word[i]);
      onlyModifiers &= lex.roleModifiers.contains(lw) || lex.roleNouns.contains(lw);
    }
    if (onlyModifiers) {
      return;
    }
    boolean person = personShape(p, q);
    boolean given = lex.isFirstName(word[p]) || lex.isFirstName(firstPart(word[p]));
    String prev = p - 1 >= from ? word[p - 1] : "";
    String prevL = Lexicon.lower(prev);
    String prev2L = p - 2 >= from ? Lexicon.lower(word[p - 2]) : "";
    String next = q + 1 < to ? word[q + 1] : "";
    String nextL = Lexicon.lower(next);
    boolean titled =
        titleInRun
            || p - 1 >= from
                && (lex.roleNouns.contains(prevL) || lex.honorifics.contains(prevL))
                && !lex.isOrgHead(prev)
            || !hasPos && foreignTitleBefore(p, from);

    if (!hasPos) {
      if (!person) {
        return;
      }
      if (titled || given && len >= 2) {
        rules.add(rule(p, q, EntityType.PERSON, CUE));
      } else if (len >= 2 && !language.equals("de")) {
        rules.add(rule(p, q, EntityType.PERSON, Fold.isCyrillic(word[p].charAt(0)) ? 0.55 : GUESS));
      } else if (len == 1) {
        Mention m = rule(p, q, EntityType.PERSON, 0);
        m.shortCandidate = true;
        rules.add(m);
      }
      return;
    }

    // People.
    if (person && titled) {
      Mention m = rule(p, q, EntityType.PERSON, CUE_STRONG);
      m.shortCandidate = len == 1;
      rules.add(m);
      return;
    }
    if (person && len >= 2 && given) {
      rules.add(rule(p, q, EntityType.PERSON, 0.75));
      return;
    }
    if (person
        && len >= 2
        && !isPossessive(next)
        && (prevL.equals("by") && (isSentenceInitial(p - 1) || BYLINE_VERBS.contains(prev2L)))) {
      rules.add(rule(p, q, EntityType.PERSON, 0.75));
      return;
    }
    // Places.
    if (!given && q + 1 < to && lex.locationSuffixes.contains(nextL) && !cap(q + 1)) {
      rules.add(rule(p, q + 1, EntityType.LOCATION, CUE));
      return;
    }
    if (!given && !isAllCaps(word[p]) && len <= 3) {
      if (prevL.equals("of") && LOCATION_OF_HEADS.contains(prev2L)) {
        rules.add(rule(p, q, EntityType.LOCATION, 0.75));
        return;
      }
      if (lex.locationPreps.contains(prevL) && !prevL.equals("to")) {
        rules.add(rule(p, q, EntityType.LOCATION, 0.65));
        return;
      }
      if (next.equals(",") && q + 2 < to && isGazLocation(q + 2)) {
        rules.add(rule(p, q, EntityType.LOCATION, 0.65));
        return;
      }
    }
    if (person && len >= 2 && (appositiveRoleAfter(q, to) || ageAfter(q, to))) {
      rules.add(rule(p, q, EntityType.PERSON, CUE));
      return;
    }
    // Outlets.
    if (datelineOutlet(p, q, from, to)) {
      rules.add(rule(p, q, EntityType.MEDIA_OUTLET, CUE));
      return;
    }
    if (!person && orgAppositiveAfter(q, to)) {
      rules.add(rule(p, q, EntityType.ORGANIZATION, CUE));
      return;
    }
    if (lex.outletNouns.contains(prevL) && !given || outletAppositiveAfter(q, to)) {
      rules.add(rule(p, q, EntityType.MEDIA_OUTLET, CUE));
      return;
    }
    if (!given
        && (lex.outletBefore.contains(prevL)
            || prevL.equals("with") && prev2L.equals("interview")
            || prevL.equals("by")
                && (prev2L.equals("quoted") || prev2L.equals("cited") || prev2L.equals("published"))
            || prevL.equals("to") && prev2L.equals("told"))) {
      rules.add(rule(p, q, EntityType.MEDIA_OUTLET, CUE_WEAK));
      return;
    }
    if (person && len >= 2 && speechAfter(q, to)) {
      rules.add(rule(p, q, EntityType.PERSON, CUE));
      return;
    }
    if (!person && !given && lex.outletVerbs.contains(nextL)) {
      rules.add(rule(p, q, EntityType.MEDIA_OUTLET, GUESS));
      return;
    }
    if (len == 1) {
      if (!person) {
        return;
      }
      Mention m = rule(p, q, EntityType.PERSON, 0);
      m.shortCandidate = true;
      if (isSentenceInitial(p)) {
        m.score = 0; // only a short mention of someone named in full can stand here
      } else if (lex.speechVerbs.contains(nextL)) {
        m.score = GUESS_WEAK;
      } else if (lex.outletVerbs.contains(nextL)) {
        m.type = EntityType.MEDIA_OUTLET;
        m.score = GUESS_WEAK;
      }
      rules.add(m);
      return;
    }
    if (person && allProper(p, q)) {
      rules.add(rule(p, q, EntityType.PERSON, GUESS));
    }
  }

  private Mention rule(int p, int q, EntityType type, double score) {
    int end = te[q];
    String w = word[q];
    if (w.endsWith("'s") || w.endsWith("’s")) {
      end -= 2;
    }
    Mention m = new Mention(ts[p], end, p, q);
    m.type = type;
    m.score = score;
    m.canonical = collapse(text.substring(ts[p], end));
    return m;
  }

  private static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private boolean personShape(int p, int q) {
    if (q - p + 1 > 4) {
      return false;
    }
    for (int i = p; i <= q; i++) {
      String w = word[i];
      if (PARTICLES.contains(Lexicon.lower(w)) && i > p && i < q) {
        continue;
      }
      if (!cap(i)
          || !isNameWord(w)
          || isAllCaps(w) && w.replace(".", "").length() > 2
          || hasCapitalPair(w)
          || letters(w) < 2 && !isInitial(w)) {
        return false;
      }
      String lw = Lexicon.lower(w);
      if (lex.isOrgHead(w) || lex.locationHeads.contains(lw) || lex.roleModifiers.contains(lw)) {
        return false;
      }
    }
    return true;
  }

  private boolean allProper(int p, int q) {
    for (int i = p; i <= q; i++) {
      if (!pos[i].equals("PROPN") && !PARTICLES.contains(Lexicon.lower(word[i]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameWord(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != '-' && c != '\'' && c != '’' && c != '.') {
        return false;
      }
    }
    return letters > 0;
  }

  private static int letters(String w) {
    int k = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        k++;
      }
    }
    return k;
  }

  /** Two capitals in a row ("OVD-Info", "NATO-Ukraine"): an acronym inside, not a person. */
  private static boolean hasCapitalPair(String w) {
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isUpperCase(w.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** "Western-supplied", "Kremlin-backed": adjectives, not names. */
  private static boolean isLowerCompound(String w) {
    int h = w.indexOf('-');
    return h > 0 && h + 1 < w.length() && Character.isLowerCase(w.charAt(h + 1));
  }

  private static boolean isInitial(String w) {
    return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }

  private static boolean isOrdinal(String w) {
    int d = 0;
    while (d < w.length() && Character.isDigit(w.charAt(d))) {
      d++;
    }
    String rest = w.substring(d);
    return d > 0
        && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"));
  }

  private static String firstPart(String w) {
    int h = w.indexOf('-');
    return h > 0 ? w.substring(0, h) : w;
  }

  private boolean foreignTitleBefore(int p, int from) {
    for (int i = p - 1; i >= from && i >= p - 3; i--) {
      if (lex.isForeignTitle(word[i])) {
        return true;
      }
      if (!Character.isLetter(word[i].charAt(0)) && !word[i].equals("«") && !word[i].equals("»")) {
        return false;
      }
    }
    return false;
  }

  /** ", the regional governor," / ", spokeswoman for ..." after a name. */
  private boolean appositiveRoleAfter(int q, int to) {
    if (q + 2 >= to || !word[q + 1].equals(",")) {
      return false;
    }
    return appositiveEnd(q + 2, to) > 0;
  }

  private boolean ageAfter(int q, int to) {
    return q + 3 < to
        && word[q + 1].equals(",")
        && word[q + 2].chars().allMatch(Character::isDigit)
        && word[q + 2].length() <= 3
        && word[q + 3].equals(",");
  }

  private boolean speechAfter(int q, int to) {
    if (q + 1 >= to) {
      return false;
    }
    String w = Lexicon.lower(word[q + 1]);
    if (w.equals(",") && q + 2 < to) {
      return Lexicon.lower(word[q + 2]).equals("who");
    }
    return lex.speechVerbs.contains(w);
  }

  /** ", the Finnish grid operator" / ", a defence company" after a name. */
  private boolean orgAppositiveAfter(int q, int to) {
    if (q + 3 >= to || !word[q + 1].equals(",") || !ARTICLES.contains(Lexicon.lower(word[q + 2]))) {
      return false;
    }
    for (int i = q + 3; i < to && i <= q + 7; i++) {
      String w = Lexicon.lower(word[i]);
      if (ORG_NOUNS.contains(w)) {
        return i + 1 >= to || !lex.roleNouns.contains(Lexicon.lower(word[i + 1]));
      }
      if (w.equals(",")
          || w.equals(".")
          || w.equals("who")
          || w.equals("which")
          || lex.roleNouns.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** ", a Ukrainian outlet" / ", the Telegram channel" after a name. */
  private boolean outletAppositiveAfter(int q, int to) {
    if (q + 2 >= to || !word[q + 1].equals(",") && !DASHES.contains(word[q + 1])) {
      return false;
    }
    for (int i = q + 2; i < to && i <= q + 6; i++) {
      String w = Lexicon.lower(word[i]);
      if (lex.outletNouns.contains(w) && !w.equals("service") && !w.equals("media")) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || w.equals("who") || w.equals("which")) {
        return false;
      }
    }
    return false;
  }

  /** "(Northline News Agency) -" in a dateline. */
  private boolean datelineOutlet(int p, int q, int from, int to) {
    return p - 1 >= from
        && word[p - 1].equals("(")
        && q + 2 < to
        && word[q + 1].equals(")")
        && DASHES.contains(word[q + 2]);
  }

  /** "RAMSTEIN AIR BASE, Germany, Sept 6": a dateline place in capitals at a sentence start. */
  private void datelinePlace(int from, int to) {
    int i = from;
    while (i < to && !hasLetter(word[i])) {
      i++;
    }
    int j = i;
    while (j < to && gazOwner[j] < 0 && isAllCaps(word[j]) && isNameWord(word[j])) {
      j++;
    }
    if (j > i && j < to && word[j].equals(",") && j + 1 < to && isGazLocation(j + 1)) {
      rules.add(rule(i, j - 1, EntityType.LOCATION, CUE_WEAK));
    }
  }

  private boolean isGazLocation(int i) {
    int g = gazOwner[i];
    return g >= 0 && gaz.get(g).type == EntityType.LOCATION;
  }

  /**
   * Title Case headlines ("Russia Launches Massive Drone Attack On Kyiv") carry no cues. With POS
   * tags, words the tagger does not take for proper nouns decide; without, all longer words.
   */
  private boolean isHeadline(int from, int to) {
    int words = 0;
    int capitalised = 0;
    for (int i = from; i < to; i++) {
      String w = word[i];
      if (w.length() >= 4 && isNameWord(w) && (!hasPos || !pos[i].equals("PROPN"))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= (hasPos ? 3 : 4) && capitalised * 5 >= words * 4;
  }

  // ---------------------------------------------------------------------------------------------
  // Short mentions and selection

  private void resolveShortMentions() {
    Map<String, List<Mention>> bySurname = new HashMap<>();
    List<Mention> all = new ArrayList<>(gaz.size() + rules.size());
    all.addAll(gaz);
    all.addAll(rules);
    for (Mention m : all) {
      if (!m.isPerson() || m.score < CUE) {
        continue;
      }
      if (m.last > m.first) {
        bySurname
            .computeIfAbsent(Fold.keyOf(stripPossessive(word[m.last])), k -> new ArrayList<>())
            .add(m);
      }
      if (m.entry != null) {
        String c = m.entry.canonical();
        int sp = c.lastIndexOf(' ');
        if (sp > 0) {
          bySurname.computeIfAbsent(Fold.keyOf(c.substring(sp + 1)), k -> new ArrayList<>()).add(m);
        }
      }
    }
    List<Mention> kept = new ArrayList<>(rules.size());
    for (Mention m : rules) {
      if (m.last == m.first && (m.shortCandidate || m.isPerson())) {
        List<Mention> full =
            config.shortMentions()
                ? bySurname.get(Fold.keyOf(stripPossessive(word[m.first])))
                : null;
        if (full != null && m.score < CUE_STRONG + 0.01) {
          Mention target = nearest(full, m.start);
          m.type = EntityType.PERSON;
          m.canonical = target.canonical;
          m.entry = target.entry;
          m.score = Math.max(m.score, Math.min(0.85, target.score));
        } else if (full != null && m.isPerson()) {
          Mention target = nearest(full, m.start);
          m.canonical = target.canonical;
          m.entry = target.entry;
        }
      }
      if (m.score > 0) {
        kept.add(m);
      }
    }
    rules.clear();
    rules.addAll(kept);
    resolveShortOrganisations(all);
    harmonise();
  }

  /**
   * One name, one type per document: a name the rules typed several ways takes the type of its
   * first confident mention ("(Agence Continentale) -" in the dateline makes the byline's "Agence
   * Continentale" an outlet too).
   */
  private void harmonise() {
    Map<String, Mention> first = new HashMap<>();
    for (Mention m : rules) {
      if (m.type != null && m.score >= CUE_WEAK && m.entry == null) {
        first.putIfAbsent(m.canonical, m);
      }
    }
    for (Mention m : rules) {
      Mention ref = first.get(m.canonical);
      if (ref == null || ref == m || m.entry != null) {
        continue;
      }
      if (ref.type != m.type) {
        m.type = ref.type;
        m.score = Math.min(m.score, ref.score);
      } else {
        m.score = Math.max(m.score, ref.score);
      }
    }
  }

  /** "the Contact Group" after "the Ukraine Defence Contact Group" is the same body. */
  private void resolveShortOrganisations(List<Mention> all) {
    for (Mention m : rules) {
      if (m.type == null || m.isPerson() || m.type == EntityType.LOCATION || m.entry != null) {
        continue;
      }
      String shortName = m.canonical;
      if (shortName.indexOf(' ') < 0) {
        continue;
      }
      for (Mention f : all) {
        if (f != m
            && f.start < m.start
            && f.type == m.type
            && f.length() > m.length()
            && text.substring(f.start, f.end).endsWith(" " + shortName)) {
          m.canonical = f.canonical;
          m.entry = f.entry;
          break;
        }
      }
    }
  }

  private static Mention nearest(List<Mention> full, int offset) {
    Mention before = null;
    Mention after = null;
    for (Mention f : full) {
      if (f.start < offset) {
        before = f;
      } else if (after == null) {
        after = f;
      }
    }
    return before != null ? before : after != null ? after : full.getFirst();
  }

  private static String stripPossessive(String w) {
    return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
  }

  /** Keeps the longest of overlapping mentions (then the higher score), in text order. */
  private void select() {
    List<Mention> all = new ArrayList<>(gaz.size() + rules.size());
    for (Mention m : gaz) {
      if (m.entry != null) {
        all.add(m);
      }
    }
    for (Mention m : rules) {
      if (m.type != null && m.score >= config.minScore()) {
        all.add(m);
      }
    }
    all.sort(
        Comparator.comparingInt(Mention::length)
            .reversed()
            .thenComparing(Comparator.comparingDouble((Mention m) -> m.score).reversed())
            .thenComparingInt(m -> m.start));
    List<Mention> accepted = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    for (Mention m : all) {
      if (m.score < config.minScore() || m.start >= m.end) {
        continue;
      }
      boolean free = true;
      for (int c = m.start; c < m.end && free; c++) {
        free = !taken[c];
      }
      if (free) {
        Arrays.fill(taken, m.start, m.end, true);
        accepted.add(m);
      }
    }
    accepted.sort(Comparator.comparingInt(m -> m.start));
    chosen = accepted;
    owner = new int[n];
    Arrays.fill(owner, -1);
    for (int k = 0; k < chosen.size(); k++) {
      Mention m = chosen.get(k);
      for (int i = Math.max(0, m.first); i <= m.last && i < n; i++) {
        owner[i] = k;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Roles

  private void findRole(Mention m) {
    if (m.first < 0) {
      return;
    }
    int s = sent[m.first];
    int from = sentFirst[s];
    int to = sentEnd[s];
    if (!hasPos) {
      foreignRole(m, from);
      return;
    }
    if (preRole(m, m.first - 1, from, false)) {
      return;
    }
    if (m.first - 2 >= from && word[m.first - 1].equals(",") && m.last + 1 < to) {
      String after = word[m.last + 1];
      if (after.equals(",") || pos[m.last + 1].equals("VERB") || pos[m.last + 1].equals("AUX")) {
        if (preRole(m, m.first - 2, from, true)) {
          return;
        }
      }
    }
    if (m.last + 2 < to && word[m.last + 1].equals(",")) {
      int end = appositiveEnd(m.last + 2, to);
      if (end > 0) {
        int start = m.last + 2;
        while (start < end && ARTICLES.contains(Lexicon.lower(word[start]))) {
          start++;
        }
        setRole(m, start, end - 1);
      }
    }
  }

  /**
   * A role phrase that ends at token {@code j} right before the name ("Kremlin spokesman", "U.S.
   * Defense Secretary", "Press Secretary of the Russian President"). When {@code inverted}, the
   * phrase stands before a comma and must reach back to the sentence start or a verb or preposition
   * ("The head of the regional administration, Oleh Syniehubov, said").
   */
  private boolean preRole(Mention m, int j, int from, boolean inverted) {
    if (j < from) {
      return false;
    }
    String lastWord = Lexicon.lower(word[j]);
    boolean endsInRole =
        (lex.roleNouns.contains(lastWord) || lex.isForeignTitle(word[j]))
            && !lex.honorifics.contains(lastWord);
    int left = j + 1;
    int i = j;
    int stopAt = from - 1;
    while (i >= from && j - i < MAX_ROLE_TOKENS) {
      int o = owner[i];
      if (o >= 0) {
        Mention e = chosen.get(o);
        if (e == m) {
          break;
        }
        if (e.isPerson() && !(e.last + 1 < n && isPossessive(word[e.last + 1]))) {
          break;
        }
        left = e.first;
        i = e.first - 1;
        continue;
      }
      String lw = Lexicon.lower(word[i]);
      if (lex.roleNouns.contains(lw) && !lex.honorifics.contains(lw)
          || lex.roleModifiers.contains(lw)
          || lex.isDemonym(word[i])
          || isPossessive(word[i])
          || lw.equals("u.s.")) {
        left = i;
        i--;
        continue;
      }
      break;
    }
    stopAt = i;
    // "press service of Commander-in-Chief": what stands before "of" belongs to the role only if
    // it has a role noun of its own ("Press Secretary of the Russian President").
    for (int k = left; k < j; k++) {
      String lw = Lexicon.lower(word[k]);
      if ((lw.equals("of") || lw.equals("for")) && !hasRoleNoun(left, k - 1)) {
        left = k + 1;
      }
    }
    if (!endsInRole && !(hasRoleNoun(left, j - 1) && containsOf(left, j))) {
      return false;
    }
    while (left <= j) {
      String lw = Lexicon.lower(word[left]);
      if (ARTICLES.contains(lw)
          || lw.equals("of")
          || lw.equals("for")
          || isPossessive(word[left])
          || lw.equals(",")) {
        left++;
      } else {
        break;
      }
    }
    if (left > j) {
      return false;
    }
    if (inverted) {
      boolean atStart = stopAt < from || !hasPos;
      if (!atStart) {
        String p = pos[stopAt];
        atStart = p.equals("VERB") || p.equals("ADP") || p.equals("PUNCT") || p.equals("SCONJ");
      }
      if (!atStart) {
        return false;
      }
    }
    setRole(m, left, j);
    return true;
  }

  private boolean hasRoleNoun(int from, int to) {
    for (int k = from; k <= to; k++) {
      String lw = Lexicon.lower(word[k]);
      if (lex.roleNouns.contains(lw) && !lex.honorifics.contains(lw)
          || lex.isForeignTitle(word[k])) {
        return true;
      }
    }
    return false;
  }

  private boolean containsOf(int from, int to) {
    for (int k = from; k <= to; k++) {
      String lw = Lexicon.lower(word[k]);
      if (lw.equals("of") || lw.equals("for") || isPossessive(word[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where an appositive role phrase starting at token {@code k} ends (exclusive), or -1 if the
   * words after the comma are not a role ("a Crimean Tatar who became ..." is none).
   */
  private int appositiveEnd(int k, int to) {
    int i = k;
    while (i < to && ARTICLES.contains(Lexicon.lower(word[i]))) {
      i++;
    }
    int firstContent = i;
    boolean role = false;
    boolean complement = false;
    int end = -1;
    for (; i < to && i - k < 16; i++) {
      String w = word[i];
      String lw = Lexicon.lower(w);
      if (owner.length > 0 && owner[i] >= 0 && chosen.get(owner[i]).isPerson()) {
        Mention e = chosen.get(owner[i]);
        if (role) {
          end = i;
          break;
        }
        if (!(e.last + 1 < to && isPossessive(word[e.last + 1]))) {
          return -1;
        }
      }
      boolean terminator =
          w.equals(",")
              || w.equals(".")
              || w.equals(";")
              || w.equals(":")
              || w.equals("(")
              || w.equals(")")
              || w.equals("\"")
              || w.equals("“")
              || w.equals("”")
              || DASHES.contains(w)
              || ROLE_STOPS.contains(lw)
              || role && APPOSITIVE_ENDS.contains(lw)
              || hasPos
                  && (pos[i].equals("VERB") || pos[i].equals("AUX"))
                  && !lex.roleNouns.contains(lw);
      if (terminator) {
        end = i;
        break;
      }
      if (lex.roleNouns.contains(lw) && !lex.honorifics.contains(lw) && !complement) {
        role = true;
      }
      if (lw.equals("of") || lw.equals("for")) {
        complement = true;
        if (!role) {
          return -1;
        }
      }
      if (!role && i - firstContent >= 5) {
        return -1;
      }
    }
    if (end < 0) {
      end = i >= to ? to : -1;
    }
    if (!role || end <= firstContent) {
      return -1;
    }
    while (end > firstContent && CONNECTORS.contains(Lexicon.lower(word[end - 1]))) {
      end--;
    }
    return end > firstContent ? end : -1;
  }

  /** Cyrillic and other untagged text: a title stem within three words before the name. */
  private void foreignRole(Mention m, int from) {
    int title = -1;
    for (int i = m.first - 1; i >= from && i >= m.first - 5; i--) {
      String w = word[i];
      if (!hasLetter(w) && !w.equals("«") && !w.equals("»")) {
        break;
      }
      if (owner[i] >= 0 && chosen.get(owner[i]).isPerson()) {
        break;
      }
      if (lex.isForeignTitle(w)) {
        title = i;
      }
    }
    if (title < 0) {
      return;
    }
    int left = title;
    if (left - 1 >= from && isAdjectiveLike(word[left - 1])) {
      left--;
    }
    setRole(m, left, m.first - 1);
  }

  private static boolean isAdjectiveLike(String w) {
    String lw = Lexicon.lower(w);
    return lw.length() > 3
        && (lw.endsWith("ий") || lw.endsWith("ій") || lw.endsWith("ый") || lw.endsWith("ой"))
        && Fold.isCyrillic(lw.charAt(0));
  }

  private void setRole(Mention m, int first, int last) {
    while (last >= first
        && (word[last].equals(",") || CONNECTORS.contains(word[last]) || word[last].equals("to"))) {
      last--;
    }
    if (last < first) {
      return;
    }
    int start = ts[first];
    int end = te[last];
    m.roleSpan = Span.of(start, end);
    m.role = collapse(text.substring(start, end));
  }

  private static boolean isPossessive(String w) {
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  private List<Annotation<Entity>> emit() {
    List<Annotation<Entity>> out = new ArrayList<>(chosen.size());
    Set<String> seen = new LinkedHashSet<>();
    for (Mention m : chosen) {
      if (m.type == null || m.end <= m.start || !seen.add(m.start + ":" + m.end)) {
        continue;
      }
      Entity e = new Entity(m.canonical, m.type, m.role, m.roleSpan);
      double score = Math.max(0.0, Math.min(1.0, m.score));
      out.add(new Annotation<>(Span.of(m.start, m.end), e, score, provenance));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Token predicates

  private static boolean isOpenQuote(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("«") || w.equals("„") || w.equals("'");
  }

  private static boolean isCloseQuote(String w) {
    return w.equals("\"") || w.equals("”") || w.equals("»") || w.equals("“") || w.equals("'");
  }

  private boolean cap(int i) {
    String w = word[i];
    if (w.isEmpty()) {
      return false;
    }
    char c = w.charAt(0);
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllCaps(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * The first word of a sentence, or of a quotation, list item or clause after a colon or dash
   * inside it: capitalised by convention, so capitals there say nothing about names.
   */
  private boolean isSentenceInitial(int i) {
    int from = sentFirst[sent[i]];
    for (int k = i - 1; k >= from; k--) {
      String w = word[k];
      if (QUASI_INITIAL_BEFORE.contains(w)) {
        return true;
      }
      if (hasLetter(w) || Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
