package org.claimlens.annotators.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimlens.model.Annotation;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Span;

/**
 * Chooses which mentions of a document to frame, as SemEval annotators do: the key actors the text
 * takes a stance on, one occurrence each, the one where the framing is clearest.
 *
 * <ol>
 *   <li><b>Candidates</b>: entities of type person, organization and official body; locations only
 *       when they are countries, or when a verb follows them ("Moscow warned", "Washington
 *       decided": a capital standing for its government); media outlets never. Also groups the
 *       entity annotator does not mark: a population noun of the lexicon ({@code group}:
 *       "civilians", "pensioners") with a modifier ("Ukrainian civilians", "our farmers") or an
 *       "of", "in" or "from" phrase of proper names after it ("the people of Mariupol", "civilians
 *       in Kharkiv"), "civilians" and "refugees" even alone; and a collective actor ({@code actor}:
 *       "authorities", "media") with a capitalised modifier ("the Latvian authorities", "Western
 *       media"). An entity inside such a group phrase is not a candidate of its own.
 *   <li><b>One mention per entity</b> (same canonical name, or the same group phrase): the one with
 *       the most distinct role-cue categories in its sentence (outside the mention) and in the next
 *       sentence when that one opens with a pronoun; the earliest on a tie.
 *   <li><b>Salience</b> = those categories + 0.5 per further mention (up to 4) + 1 when the entity
 *       is in the title. An entity is framed when its best mention has at least one role cue and
 *       its salience reaches {@link RoleAnnotator.Config#minSalience()}; at most {@link
 *       RoleAnnotator.Config#maxEntities()} per document, the most salient first.
 * </ol>
 *
 * <p>On the training split of {@code data/roles} (tuned there), with the defaults (5 entities,
 * salience 1), about half the chosen mentions are annotated ones and about half the annotated
 * entities are chosen. Mentions come back in text order. Thread-safe.
 */
final class MentionSelector {
  private static final Set<String> LONE_GROUPS = Set.of("civilians", "refugees");
  private static final Set<String> COMPLEMENTS = Set.of("of", "in", "from");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");

  private final RoleFeatures features;
  private final int maxEntities;
  private final double minSalience;

  MentionSelector(RoleFeatures features, int maxEntities, double minSalience) {
    this.features = features;
    this.maxEntities = maxEntities;
    this.minSalience = minSalience;
  }

  private record Candidate(String key, Span span, int sentence) {}

  private record Chosen(Span span, double salience, int firstToken) {}

  List<Span> select(DocumentView v) {
    Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
    List<Candidate> groups = groupCandidates(v);
    for (Candidate c : entityCandidates(v)) {
      // "Mariupol" inside "the people of Mariupol" is framed as part of the group.
      if (groups.stream().noneMatch(g -> g.span().contains(c.span()))) {
        byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
      }
    }
    for (Candidate c : groups) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    List<Chosen> chosen = new ArrayList<>();
    for (List<Candidate> mentions : byKey.values()) {
      Candidate best = null;
      int bestCues = -1;
      boolean inTitle = false;
      for (Candidate c : mentions) {
        int cues = cueCategories(v, c);
        if (cues > bestCues) {
          best = c;
          bestCues = cues;
        }
        inTitle |= v.hasTitle && c.sentence() == 0;
      }
      if (best == null || bestCues < 1) {
        continue;
      }
      double salience = bestCues + 0.5 * Math.min(mentions.size() - 1, 4) + (inTitle ? 1.0 : 0.0);
      if (salience >= minSalience) {
        chosen.add(new Chosen(best.span(), salience, v.tokensOf(mentions.getFirst().span())[0]));
      }
    }
    chosen.sort(
        Comparator.comparingDouble(Chosen::salience)
            .reversed()
            .thenComparingInt(Chosen::firstToken));
    List<Span> out = new ArrayList<>();
    for (Chosen c : chosen.subList(0, Math.min(maxEntities, chosen.size()))) {
      out.add(c.span());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private List<Candidate> entityCandidates(DocumentView v) {
    List<Candidate> out = new ArrayList<>();
    for (Annotation<Entity> e : v.entities) {
      EntityType type = e.value().type();
      int[] r = v.tokensOf(e.span());
      if (r[0] >= r[1]) {
        continue;
      }
      boolean framable =
          switch (type) {
            case PERSON, ORGANIZATION, OFFICIAL_BODY -> true;
            case LOCATION ->
                features.isCountry(e.value().canonical())
                    || (r[1] < v.tokenCount()
                        && v.sentenceOf[r[1]] == v.sentenceOf[r[0]]
                        && (v.pos[r[1]].equals("VERB") || v.pos[r[1]].equals("AUX")));
            case MEDIA_OUTLET -> false;
          };
      if (framable) {
        out.add(new Candidate("e:" + e.value().canonical(), e.span(), v.sentenceOf[r[0]]));
      }
    }
    return out;
  }

  private List<Candidate> groupCandidates(DocumentView v) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < v.tokenCount(); i++) {
      String w = v.lower[i];
      // PROPN too: the tagger takes a capitalised "Civilians" opening a sentence for a name.
      boolean noun = v.pos[i].isEmpty() || v.pos[i].equals("NOUN") || v.pos[i].equals("PROPN");
      boolean group = v.groupWord[i];
      boolean actor = !group && v.actorWord[i];
      if (!noun || !(group || actor) || v.entityAt(i) != null) {
        continue;
      }
      int sentence = v.sentenceOf[i];
      int s0 = v.sentenceFirst[sentence];
      int s1 = v.sentenceEnd[sentence];
      int start = i;
      boolean named = false;
      while (start - 1 >= s0 && isModifier(v, start - 1)) {
        start--;
        named |= Character.isUpperCase(v.doc.text().charAt(v.starts[start]));
      }
      int end = i + 1;
      if (end + 1 < s1 && COMPLEMENTS.contains(v.lower[end])) {
        int k = end + 1;
        if (k < s1 && v.pos[k].equals("DET")) {
          k++;
        }
        int names = k;
        while (names < s1
            && (v.pos[names].equals("PROPN")
                || (v.lower[names].equals("and")
                    && names + 1 < s1
                    && v.pos[names + 1].equals("PROPN")))) {
          names++;
        }
        if (names > k) {
          end = names;
          named = true;
        }
      }
      // A group needs a modifier ("Ukrainian civilians", "our farmers"), an actor a proper one
      // ("the Latvian authorities"): "the government" alone is too vague to frame.
      boolean keep = actor ? named : (start < i || end > i + 1 || LONE_GROUPS.contains(w));
      if (!keep) {
        continue;
      }
      if (start - 1 >= s0 && v.lower[start - 1].equals("the")) {
        start--;
      }
      StringBuilder key = new StringBuilder("g:");
      for (int k = start; k < end; k++) {
        if (!v.lower[k].equals("the") && !v.lower[k].equals("our")) {
          key.append(v.lower[k]).append(' ');
        }
      }
      out.add(new Candidate(key.toString(), Span.of(v.starts[start], v.ends[end - 1]), sentence));
      i = end - 1;
    }
    return out;
  }

  private static boolean isModifier(DocumentView v, int i) {
    String p = v.pos[i];
    return p.equals("ADJ") || p.equals("PROPN") || v.lower[i].equals("our");
  }

  /**
   * Distinct role-cue categories in the candidate's sentence, outside the mention, and in the next
   * sentence when that one opens with a pronoun ("He launched the largest war...").
   */
  private int cueCategories(DocumentView v, Candidate c) {
    Set<String> cats = new HashSet<>();
    int[] r = v.tokensOf(c.span());
    for (CueLexicon.Hit h : v.hitsBySentence.get(c.sentence())) {
      boolean inside = h.start() >= r[0] && h.end() <= r[1];
      if (!inside && features.isRoleCategory(h.category())) {
        cats.add(h.category());
      }
    }
    int next = c.sentence() + 1;
    if (next < v.sentences.size()
        && v.sentenceFirst[next] < v.sentenceEnd[next]
        && PRONOUNS.contains(v.lower[v.sentenceFirst[next]])) {
      for (CueLexicon.Hit h : v.hitsBySentence.get(next)) {
        if (features.isRoleCategory(h.category())) {
          cats.add(h.category());
        }
      }
    }
    return cats.size();
  }
}
