package org.claimlens.annotators.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimlens.annotators.entities.Gazetteer;
import org.claimlens.eval.semeval.RoleTaxonomy;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The features of one entity mention, read from its context. All are named strings with a value,
 * most of them 1:
 *
 * <ul>
 *   <li><b>the mention</b>: its words ({@code mw=}), its head word ({@code mh=}), whether the head
 *       is a population group ("civilians") or a collective actor ("authorities"), the entity's
 *       type and canonical name (a country is {@code type=country}), and its side ({@code b=}: the
 *       {@code bloc-*} categories of {@code cues.txt}) from its words, canonical name and gazetteer
 *       country;
 *   <li><b>its syntax, approximated from UPOS tags and order</b>: the verb it is the subject of
 *       ({@code av=}: the first verb after it, past auxiliaries, adverbs and an appositive), or the
 *       patient of ({@code pv=}: that verb after a form of "be"; {@code ov=}: a verb right before
 *       it), "brokered by X" ({@code by=}), the preposition before it and the word before that
 *       ({@code prep=}, {@code pn=}, {@code ovp=}), and a copula's predicate ("NATO is a defensive
 *       alliance" gives {@code pred=defensive}, {@code pred=alliance}). When one of these words is
 *       a cue, its category is a feature of that relation too ({@code avc=Terrorist}, and per main
 *       role {@code avM=Antagonist});
 *   <li><b>cue categories</b> in its sentence: anywhere ({@code c=}, log counts), within five
 *       tokens ({@code cn=}), inside the mention ({@code cm=}), negated ({@code cneg=}); in the
 *       other sentences about the entity ({@code e=}: those naming it again, and the next sentence
 *       when it opens with a pronoun); and summed per main role ({@code cM=}, {@code cmM=}, {@code
 *       eM=});
 *   <li><b>the sides</b>: main-role cue counts in the other sentences about entities of the same
 *       side ({@code sb=}) and of the opposing side ({@code ob=}): a text that surrounds Russia
 *       with Antagonist cues casts the West as Protagonist, and the other way round;
 *   <li><b>words</b>: three tokens either side ({@code L=}, {@code R=}, the nearest also {@code
 *       L1=}, {@code R1=}) and the content words of its sentence ({@code s=}, value 0.3);
 *   <li><b>the document's voice</b>: counts of the {@code stance-*} cues, alone and crossed with
 *       the entity's side or with a group (the same name is cast as Guardian in a pro-Kremlin text
 *       and as Instigator in a pro-Western one);
 *   <li><b>position and claims</b>: in the title, how often the entity is named, in the first two
 *       sentences, and, when a claims layer is present, whether the mention is a claim's source or
 *       inside its content.
 * </ul>
 *
 * <p>The cue features whose names end in a role ({@code c=Spy}, {@code cM=Antagonist}) are also
 * read by the classifiers through one weight per prefix shared by all labels ({@link #FINE_TIED},
 * {@link #MAIN_TIED}): "a cue of the label's own category stands nearby" is learned from every
 * example, not only from the dozen of each fine role.
 *
 * <p>{@link #VERSION} names this feature set; models record it and refuse to load against another.
 * Immutable and thread-safe.
 */
final class RoleFeatures {
  /** Bumped whenever the features change, so that older models are retrained, not misread. */
  static final String VERSION = "1";

  /**
   * Prefixes of the cue features that name a fine role ({@code "c=Spy"}); the fine-role classifiers
   * tie one weight to each across labels.
   */
  static final List<String> FINE_TIED =
      List.of(
          "c=", "cn=", "cm=", "cneg=", "e=", "avc=", "pvc=", "ovc=", "ovpc=", "byc=", "pnc=",
          "predc=");

  /** Prefixes of the cue features that name a main role ({@code "cM=Antagonist"}). */
  static final List<String> MAIN_TIED =
      List.of("cM=", "cmM=", "eM=", "avM=", "pvM=", "ovM=", "ovpM=", "byM=", "pnM=", "predM=");

  static final String STANCE_PREFIX = "stance-";
  static final String BLOC_PREFIX = "bloc-";
  static final String GROUP = "group";
  static final String ACTOR = "actor";

  /** The sides each side is set against, for the {@code ob=} features. */
  private static final Map<String, List<String>> OPPOSED =
      Map.of(
          "bloc-russia", List.of("bloc-west", "bloc-ukraine"),
          "bloc-west", List.of("bloc-russia"),
          "bloc-ukraine", List.of("bloc-russia"),
          "bloc-activist", List.of("bloc-industry"),
          "bloc-industry", List.of("bloc-activist"));

  private static final Set<String> BE = words("is are was were be been being 's 're get got gets");

  /** Words between a subject and its verb that do not change who acts. */
  private static final Set<String> SKIPPABLE =
      words(
          "has have had will would could can may might must should also not n't never already"
              + " still repeatedly just now then again even only reportedly allegedly to 've 'll"
              + " 'd");

  /** Verbs that are auxiliaries when a verb follows ("have targeted"), main verbs otherwise. */
  private static final Set<String> AUXILIARIES =
      words("has have had is are was were be been get got gets");

  private static final Set<String> NEGATIONS = words("not n't never no nor without");
  private static final Set<String> PRONOUNS = words("he she they it his her their its him them");

  /** Irregular past participles, for telling "were hit" (passive) from "have hit". */
  private static final Set<String> PARTICIPLES =
      words(
          "hit held told sent left kept made shot struck fed paid sold brought caught bought"
              + " built cut put set spent lost hurt led met shut spread forgotten seen taken"
              + " given beaten driven stolen thrown torn won hidden bitten born forced");

  /**
   * A cue occurrence, kept as evidence.
   *
   * @param category its lexicon category
   * @param span where it stands in the text
   */
  record CueSpan(String category, Span span) {}

  /**
   * What {@link #extract} returns.
   *
   * @param features feature name to value, in a fixed order
   * @param sentence the mention's sentence, or the mention itself when no sentence holds it
   * @param cues role cues in the mention's sentence, in text order
   * @param elsewhere role cues in the other sentences about the entity, in text order
   * @param entity the entity's canonical name, or the mention as written
   */
  record Extracted(
      Map<String, Double> features,
      Span sentence,
      List<CueSpan> cues,
      List<CueSpan> elsewhere,
      String entity) {}

  private final CueLexicon lexicon;
  private final Gazetteer gazetteer;
  private final Map<String, String> mainOf;

  RoleFeatures(CueLexicon lexicon, Gazetteer gazetteer, RoleTaxonomy taxonomy) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    Map<String, String> m = new LinkedHashMap<>();
    for (String main : taxonomy.mainRoles()) {
      for (String fine : taxonomy.fineRolesOf(main)) {
        m.put(fine, main);
      }
    }
    this.mainOf = Map.copyOf(m);
  }

  CueLexicon lexicon() {
    return lexicon;
  }

  /** Whether {@code category} is a fine role (not a group, stance or bloc category). */
  boolean isRoleCategory(String category) {
    return mainOf.containsKey(category);
  }

  /** The features of the mention at {@code span} in the document {@code v} shows. */
  Extracted extract(DocumentView v, Span span) {
    Map<String, Double> f = new LinkedHashMap<>();
    int[] range = v.tokensOf(span);
    int first = range[0];
    int end = range[1];
    String mentionText = v.doc.text(span);
    if (first >= v.tokenCount() || first >= end) {
      f.put("notokens", 1.0);
      return new Extracted(f, span, List.of(), List.of(), mentionText.strip());
    }
    int sentence = v.sentenceOf[first];
    int s0 = v.sentenceFirst[sentence];
    int s1 = v.sentenceEnd[sentence];
    int head = head(v, first, end);
    String headWord = v.lower[head];

    // The mention itself.
    for (int i = first; i < end; i++) {
      if (!v.isPunct(i)) {
        f.put("mw=" + v.lower[i], 1.0);
      }
    }
    f.put("mh=" + headWord, 1.0);
    boolean group = v.groupWord[head];
    if (group) {
      f.put("mh:group", 1.0);
    }
    if (v.actorWord[head]) {
      f.put("mh:actor", 1.0);
    }
    if (!v.pos[head].isEmpty()) {
      f.put("mhpos=" + v.pos[head], 1.0);
    }
    Annotation<Entity> entity = entityOf(v, span, head);
    String canonical = entity != null ? entity.value().canonical() : mentionText.strip();
    String type = typeOf(entity, group);
    f.put("type=" + type, 1.0);
    if (entity != null) {
      f.put("ent=" + canonical.toLowerCase(Locale.ROOT), 1.0);
    }
    Set<String> blocs = blocsOf(v, first, end, entity);
    for (String b : blocs) {
      f.put("b=" + b, 1.0);
    }

    // The document's voice, alone and crossed with the entity's bloc (and with a group).
    for (String st : new TreeSet<>(v.stanceCounts.keySet())) {
      double value = Math.min(1.0, v.stanceCounts.get(st) / 3.0);
      f.put("st=" + st, value);
      for (String b : blocs) {
        f.put("b=" + b + "&st=" + st, value);
      }
      if (group) {
        f.put("group&st=" + st, value);
      }
    }

    // Syntax from tags and order: token -> how the mention relates to it.
    Map<Integer, String> links = new LinkedHashMap<>();
    verbAfter(v, end, s1, f, links);
    verbBefore(v, first, s0, f, links);

    // Window and sentence words.
    for (int k = 1; k <= 3; k++) {
      if (first - k >= s0) {
        f.put("L=" + v.lower[first - k], 1.0);
      }
      if (end - 1 + k < s1) {
        f.put("R=" + v.lower[end - 1 + k], 1.0);
      }
    }
    f.put("L1=" + (first - 1 >= s0 ? v.lower[first - 1] : "<s>"), 1.0);
    f.put("R1=" + (end < s1 ? v.lower[end] : "</s>"), 1.0);
    for (int i = s0; i < s1; i++) {
      if ((i < first || i >= end) && isContentWord(v, i)) {
        f.put("s=" + v.lower[i], 0.3);
      }
    }

    // Cues in the sentence.
    List<CueSpan> cues = new ArrayList<>();
    Map<String, Double> sentenceCues = new LinkedHashMap<>();
    for (CueLexicon.Hit h : v.hitsBySentence.get(sentence)) {
      String cat = h.category();
      String main = mainOf.get(cat);
      if (main == null) {
        continue;
      }
      cues.add(new CueSpan(cat, Span.of(v.starts[h.start()], v.ends[h.end() - 1])));
      if (h.start() >= first && h.end() <= end) {
        f.put("cm=" + cat, 1.0);
        f.put("cmM=" + main, 1.0);
        continue;
      }
      if (negated(v, h.start(), s0)) {
        f.put("cneg=" + cat, 1.0);
        continue;
      }
      sentenceCues.merge(cat, 1.0, Double::sum);
      int distance = h.start() >= end ? h.start() - end : first - h.end();
      if (distance <= 5) {
        f.put("cn=" + cat, 1.0);
      }
      for (int t = h.start(); t < h.end(); t++) {
        String kind = links.get(t);
        if (kind != null) {
          f.put(kind + "c=" + cat, 1.0);
          f.put(kind + "M=" + main, 1.0);
        }
      }
    }
    addCounts(f, "c=", "cM=", sentenceCues, 1.0);

    // The entity elsewhere in the document.
    Set<Integer> others = otherSentences(v, entity, headWord, sentence, group);
    Map<String, Double> elsewhere = new LinkedHashMap<>();
    List<CueSpan> elsewhereCues = new ArrayList<>();
    for (int s : others) {
      for (CueLexicon.Hit h : v.hitsBySentence.get(s)) {
        if (mainOf.containsKey(h.category())) {
          elsewhere.merge(h.category(), 1.0, Double::sum);
          elsewhereCues.add(
              new CueSpan(h.category(), Span.of(v.starts[h.start()], v.ends[h.end() - 1])));
        }
      }
    }
    addCounts(f, "e=", "eM=", elsewhere, 0.5);
    // How the text treats the entity's own side and the opposing side, elsewhere.
    Set<Integer> own = new TreeSet<>(others);
    own.add(sentence);
    Map<String, Set<Integer>> bySide = blocSentences(v);
    Map<String, Double> sameSide = new LinkedHashMap<>();
    Map<String, Double> otherSide = new LinkedHashMap<>();
    for (String b : blocs) {
      countMainCues(v, bySide.getOrDefault(b, Set.of()), own, sameSide);
      for (String o : OPPOSED.getOrDefault(b, List.of())) {
        countMainCues(v, bySide.getOrDefault(o, Set.of()), own, otherSide);
      }
    }
    for (String main : new TreeSet<>(sameSide.keySet())) {
      f.put("sb=" + main, Math.log1p(sameSide.get(main)));
    }
    for (String main : new TreeSet<>(otherSide.keySet())) {
      f.put("ob=" + main, Math.log1p(otherSide.get(main)));
    }

    int named = 1 + (int) others.stream().filter(s -> s != sentence).count();
    f.put("named=" + Math.min(named, 4), 1.0);
    if (v.hasTitle && (sentence == 0 || others.contains(0))) {
      f.put("intitle", 1.0);
    }
    if (sentence <= 1) {
      f.put("lead", 1.0);
    }

    // Claims, when an attribution annotator ran.
    for (Annotation<Claim> c : v.claims) {
      Span src = c.value().source().span();
      if (src != null && src.overlaps(span)) {
        f.put("claim:source", 1.0);
      } else if (c.span().contains(span)) {
        f.put("claim:inside", 1.0);
      }
    }
    Span sentenceSpan = sentence < v.sentences.size() ? v.sentences.get(sentence) : span;
    return new Extracted(f, sentenceSpan, cues, elsewhereCues, canonical);
  }

  /**
   * Adds log-scaled counts per category ({@code prefix}) and per main role ({@code mainPrefix}),
   * times {@code scale}.
   */
  private void addCounts(
      Map<String, Double> f,
      String prefix,
      String mainPrefix,
      Map<String, Double> counts,
      double scale) {
    Map<String, Double> byMain = new TreeMap<>();
    for (String cat : new TreeSet<>(counts.keySet())) {
      double c = counts.get(cat);
      f.put(prefix + cat, scale * Math.log1p(c));
      byMain.merge(mainOf.get(cat), c, Double::sum);
    }
    byMain.forEach((main, c) -> f.put(mainPrefix + main, scale * Math.log1p(c)));
  }

  /** Adds the main-role cue counts of {@code sentences}, leaving out those in {@code skip}. */
  private void countMainCues(
      DocumentView v, Set<Integer> sentences, Set<Integer> skip, Map<String, Double> into) {
    for (int s : sentences) {
      if (!skip.contains(s)) {
        for (CueLexicon.Hit h : v.hitsBySentence.get(s)) {
          String main = mainOf.get(h.category());
          if (main != null) {
            into.merge(main, 1.0, Double::sum);
          }
        }
      }
    }
  }

  /** The sentences that name an entity of each bloc, computed once per document. */
  private Map<String, Set<Integer>> blocSentences(DocumentView v) {
    if (v.blocSentences == null) {
      Map<String, Set<Integer>> out = new TreeMap<>();
      for (Annotation<Entity> e : v.entities) {
        int[] r = v.tokensOf(e.span());
        if (r[0] < r[1]) {
          for (String b : blocsOf(v, r[0], r[1], e)) {
            out.computeIfAbsent(b, k -> new TreeSet<>()).add(v.sentenceOf[r[0]]);
          }
        }
      }
      v.blocSentences = out;
    }
    return v.blocSentences;
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }

  /** The head word: the last word before "of", "in", "who", a comma or the end. */
  private static int head(DocumentView v, int first, int end) {
    int last = end - 1;
    for (int i = first + 1; i < end; i++) {
      String w = v.lower[i];
      if (w.equals("of")
          || w.equals("in")
          || w.equals("from")
          || w.equals("who")
          || w.equals(",")
          || w.equals("(")) {
        last = i - 1;
        break;
      }
    }
    while (last > first && (v.isPunct(last) || v.lower[last].equals("'s"))) {
      last--;
    }
    return last;
  }

  private static @Nullable Annotation<Entity> entityOf(DocumentView v, Span span, int head) {
    Annotation<Entity> atHead = v.entityAt(head);
    if (atHead != null && atHead.span().overlaps(span)) {
      return atHead;
    }
    for (Annotation<Entity> e : v.entities) {
      if (e.span().equals(span)
          || (span.contains(e.span()) && e.span().length() * 2 >= span.length())) {
        return e;
      }
    }
    return null;
  }

  private String typeOf(@Nullable Annotation<Entity> entity, boolean group) {
    if (entity == null) {
      return group ? "group" : "none";
    }
    EntityType t = entity.value().type();
    if (t == EntityType.LOCATION && isCountry(entity.value().canonical())) {
      return "country";
    }
    return t.jsonName();
  }

  boolean isCountry(String canonical) {
    return gazetteer
        .find(canonical)
        .map(e -> e.type() == EntityType.LOCATION && e.country().equals(canonical))
        .orElse(false);
  }

  private Set<String> blocsOf(
      DocumentView v, int first, int end, @Nullable Annotation<Entity> entity) {
    List<String> words = new ArrayList<>();
    for (int i = first; i < end; i++) {
      words.add(v.lower[i]);
    }
    if (entity != null) {
      String canonical = entity.value().canonical();
      words.add("|");
      words.addAll(List.of(canonical.toLowerCase(Locale.ROOT).split("\\s+")));
      gazetteer
          .find(canonical)
          .ifPresent(
              e -> {
                if (!e.country().isEmpty()) {
                  words.add("|");
                  words.addAll(List.of(e.country().toLowerCase(Locale.ROOT).split("\\s+")));
                }
              });
    }
    Set<String> blocs = new TreeSet<>();
    for (CueLexicon.Hit h : lexicon.match(words.toArray(new String[0]))) {
      if (h.category().startsWith(BLOC_PREFIX)) {
        blocs.add(h.category());
      }
    }
    return blocs;
  }

  /**
   * Looks for the verb the mention is the subject of; records {@code av=}, {@code pv=} or copula
   * predicates. Returns whether the mention is a passive subject.
   */
  private static void verbAfter(
      DocumentView v, int end, int s1, Map<String, Double> f, Map<Integer, String> links) {
    int j = end;
    if (j < s1 && v.lower[j].equals(",")) {
      // Skip an appositive: "Ramzan Kadyrov, a close ally of Vladimir Putin, has been accused".
      int k = j + 1;
      while (k < s1 && k - j <= 14 && !v.lower[k].equals(",") && !v.pos[k].equals("VERB")) {
        k++;
      }
      if (k < s1 && v.lower[k].equals(",")) {
        j = k + 1;
      }
    }
    boolean sawBe = false;
    for (int steps = 0; j < s1 && steps < 6; steps++, j++) {
      String w = v.lower[j];
      String p = v.pos[j];
      if (p.equals("VERB") && !(AUXILIARIES.contains(w) && verbFollows(v, j + 1, s1))) {
        String kind = sawBe && isParticiple(w) ? "pv" : "av";
        f.put(kind + "=" + w, 1.0);
        links.put(j, kind);
        return;
      }
      if (p.equals("AUX") || p.equals("ADV") || p.equals("PART") || SKIPPABLE.contains(w)) {
        sawBe |= BE.contains(w);
        continue;
      }
      if (sawBe && (p.equals("DET") || p.equals("ADJ") || p.equals("NOUN"))) {
        for (int k = j; k < s1 && k < j + 5; k++) {
          if (v.pos[k].equals("ADJ") || v.pos[k].equals("NOUN")) {
            f.put("pred=" + v.lower[k], 1.0);
            links.put(k, "pred");
          } else if (!v.pos[k].equals("DET") && !v.pos[k].equals("ADV")) {
            break;
          }
        }
      }
      break;
    }
  }

  /** Records the verb or preposition right before the mention ({@code ov=}, {@code by=}, …). */
  private static void verbBefore(
      DocumentView v, int first, int s0, Map<String, Double> f, Map<Integer, String> links) {
    int j = first - 1;
    while (j >= s0 && j >= first - 3 && (v.pos[j].equals("DET") || v.pos[j].equals("ADJ"))) {
      j--;
    }
    if (j < s0) {
      return;
    }
    String w = v.lower[j];
    if (v.pos[j].equals("VERB")) {
      f.put("ov=" + w, 1.0);
      links.put(j, "ov");
    } else if (v.pos[j].equals("ADP") || v.pos[j].equals("SCONJ")) {
      f.put("prep=" + w, 1.0);
      if (j - 1 >= s0) {
        String before = v.lower[j - 1];
        String kind =
            v.pos[j - 1].equals("VERB")
                ? (w.equals("by") ? "by" : "ovp")
                : v.pos[j - 1].equals("NOUN") ? "pn" : null;
        if (kind != null) {
          f.put(kind + "=" + before, 1.0);
          f.put("pw=" + before + "_" + w, 1.0);
          links.put(j - 1, kind);
        }
      }
    }
  }

  /** Whether a verb follows at {@code j}, past adverbs, particles and further auxiliaries. */
  private static boolean verbFollows(DocumentView v, int j, int s1) {
    for (int k = j; k < s1 && k < j + 4; k++) {
      String p = v.pos[k];
      if (p.equals("VERB")) {
        return true;
      }
      if (!p.equals("ADV") && !p.equals("PART") && !p.equals("AUX")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isParticiple(String w) {
    return w.endsWith("ed") || w.endsWith("en") || PARTICIPLES.contains(w);
  }

  private static boolean negated(DocumentView v, int at, int s0) {
    for (int k = at - 1; k >= s0 && k >= at - 3; k--) {
      if (NEGATIONS.contains(v.lower[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContentWord(DocumentView v, int i) {
    String p = v.pos[i];
    if (p.isEmpty()) {
      return v.lower[i].length() > 3 && Character.isLetter(v.lower[i].charAt(0));
    }
    return p.equals("NOUN") || p.equals("VERB") || p.equals("ADJ") || p.equals("ADV");
  }

  /**
   * The other sentences about the entity: those naming it again (same canonical name, or the same
   * head word for a group) and, after each sentence about it, the next one when it opens with a
   * pronoun.
   */
  private static Set<Integer> otherSentences(
      DocumentView v,
      @Nullable Annotation<Entity> entity,
      String headWord,
      int sentence,
      boolean group) {
    Set<Integer> about = new TreeSet<>();
    if (entity != null) {
      String canonical = entity.value().canonical();
      for (Annotation<Entity> e : v.entities) {
        if (e.value().canonical().equals(canonical)) {
          int[] r = v.tokensOf(e.span());
          if (r[0] < r[1]) {
            about.add(v.sentenceOf[r[0]]);
          }
        }
      }
    } else if (headWord.length() > 2 && Character.isLetter(headWord.charAt(0))) {
      for (int i = 0; i < v.tokenCount(); i++) {
        if (v.lower[i].equals(headWord)) {
          about.add(v.sentenceOf[i]);
        }
      }
    }
    about.add(sentence);
    Set<Integer> out = new TreeSet<>(about);
    for (int s : about) {
      int next = s + 1;
      if (next < v.sentences.size()) {
        int t = v.sentenceFirst[next];
        if (t < v.sentenceEnd[next] && PRONOUNS.contains(v.lower[t])) {
          boolean plural = v.lower[t].startsWith("the");
          if (!group || plural) {
            out.add(next);
          }
        }
      }
    }
    out.remove(sentence);
    return out;
  }
}
