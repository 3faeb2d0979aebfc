package org.claimlens.annotators.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimlens.model.Annotation;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.jspecify.annotations.Nullable;

/**
 * Says who a source mention is: its canonical name, its {@link SourceType} and, for an anonymous
 * descriptor that names a body or place, the body it is linked to.
 *
 * <p>Mentions are resolved in document order, and each resolved source is remembered, so that later
 * mentions can point back: a pronoun ("he", "it", "they") takes the most recent compatible source
 * or entity mention of the last few sentences; a definite role noun ("the minister", "the
 * spokesman", "the ministry", "the newspaper", "the official") takes the most recent source or
 * entity whose name, role or descriptor has that noun, or failing that the most recent one of a
 * compatible type. Names come from the {@code ENTITIES} layer (its canonical names), so "Peskov" is
 * "Dmitry Peskov" when the entity annotator says so.
 *
 * <p>Typing: a known entity at the head of the phrase gives its type (a place speaking, "Moscow has
 * warned", is an official body); an indefinite or bare plural descriptor without a name ("a senior
 * European military official", "two people familiar with the matter", "sources in the President's
 * Office") is anonymous, linked to the entity inside it; an on-record spokesperson of a body ("a
 * spokesperson for the British Ministry of Defence") speaks for the body, so the source is that
 * official body; a definite description of a unique office holder ("the Prime Minister") counts as
 * named; evidence without an identifiable author ("polls", "a reverse image search") is an
 * anonymous group. Made per document, confined to one thread.
 */
final class SourceResolver {
  private static final int PRONOUN_WINDOW_SENTENCES = 3;
  private static final int ROLE_WINDOW_SENTENCES = 12;

  static final Set<String> PERSON_ROLES =
      Set.of(
          "official",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "minister",
          "president",
          "mayor",
          "governor",
          "commander",
          "chief",
          "adviser",
          "advisor",
          "aide",
          "diplomat",
          "ambassador",
          "general",
          "secretary",
          "head",
          "leader",
          "envoy",
          "prosecutor",
          "source",
          "officer",
          "analyst",
          "expert",
          "researcher",
          "correspondent",
          "broker",
          "trader",
          "colonel",
          "major",
          "deputy",
          "lawmaker",
          "senator",
          "candidate",
          "strategist",
          "consultant",
          "economist",
          "teacher",
          "fighter",
          "coordinator",
          "director",
          "narrator",
          "author",
          "member",
          "chairman",
          "chairwoman",
          "speaker",
          "representative",
          "negotiator",
          "insider",
          "interlocutor",
          "informant",
          "witness",
          "resident",
          "person",
          "man",
          "woman",
          "citizen",
          "journalist",
          "reporter",
          "colleague",
          "activist",
          "doctor",
          "engineer",
          "soldier",
          "commissioner",
          "executive",
          "manager",
          "planner",
          "inspector",
          "investigator",
          "blogger",
          "user",
          "scientist",
          "professor",
          "lawyer",
          "attorney",
          "judge",
          "guy",
          "mother",
          "father",
          "son",
          "daughter",
          "wife",
          "husband",
          "friend",
          "neighbour",
          "neighbor",
          "driver",
          "medic",
          "surgeon",
          "nurse",
          "pilot",
          "volunteer",
          "worker",
          "farmer",
          "student",
          "priest",
          "one");
  static final Set<String> GROUP_HEADS =
      Set.of(
          "officials",
          "sources",
          "people",
          "diplomats",
          "aides",
          "analysts",
          "experts",
          "researchers",
          "insiders",
          "interlocutors",
          "informants",
          "residents",
          "witnesses",
          "lawmakers",
          "members",
          "officers",
          "commanders",
          "soldiers",
          "critics",
          "supporters",
          "defenders",
          "investigators",
          "journalists",
          "traders",
          "economists",
          "scientists",
          "bloggers",
          "users",
          "voters",
          "others",
          "some",
          "many",
          "most",
          "readers",
          "guys",
          "subscribers",
          "drivers",
          "surgeons",
          "engineers",
          "volunteers",
          "prisoners",
          "relatives",
          "insurers",
          "planners",
          "ministers",
          "specialists",
          "inspectors",
          "monitors",
          "activists",
          "doctors",
          "medics",
          "negotiators",
          "mediators",
          "leaders",
          "conservatives",
          "liberals",
          "democrats",
          "republicans",
          "candidates",
          "campaigns",
          "observers",
          "commentators",
          "politicians",
          "executives",
          "employees",
          "workers",
          "locals",
          "villagers",
          "civilians",
          "refugees",
          "protesters",
          "hackers",
          "agencies",
          "governments",
          "countries",
          "allies",
          "states",
          "channels",
          "outlets",
          "media",
          "groups",
          "organisations",
          "organizations",
          "scholars",
          "academics",
          "historians",
          "lawyers",
          "judges",
          "prosecutors",
          "senators",
          "representatives",
          "parties",
          "factions",
          "staff",
          "individuals",
          "men",
          "women",
          "colleagues",
          "friends",
          "architects",
          "authorities");
  static final Set<String> ORG_BODY_HEADS =
      Set.of(
          "ministry",
          "government",
          "office",
          "committee",
          "service",
          "army",
          "military",
          "navy",
          "police",
          "council",
          "directorate",
          "headquarters",
          "administration",
          "embassy",
          "commission",
          "mission",
          "authorities",
          "department",
          "kremlin",
          "parliament",
          "court",
          "regulator",
          "command",
          "guard",
          "management",
          "cabinet",
          "secretariat",
          "inspectorate",
          "staff",
          "presidency",
          "chancellery",
          "prosecutor's",
          "agency",
          "force",
          "forces",
          "border",
          "customs",
          "municipality",
          "legislature",
          "assembly",
          "senate",
          "house",
          "bureau",
          "intelligence",
          "unit",
          "brigade",
          "battalion",
          "corps",
          "fleet",
          "division",
          "regiment");
  static final Set<String> ORG_HEADS =
      Set.of(
          "company",
          "operator",
          "alliance",
          "bloc",
          "group",
          "movement",
          "party",
          "union",
          "institute",
          "bank",
          "fund",
          "organisation",
          "organization",
          "association",
          "campaign",
          "faction",
          "firm",
          "corporation",
          "lab",
          "laboratory",
          "centre",
          "center",
          "project",
          "foundation",
          "charity",
          "university",
          "network",
          "coalition",
          "consortium",
          "team",
          "club",
          "federation",
          "body",
          "watchdog",
          "account");
  static final Set<String> OUTLET_HEADS =
      Set.of(
          "newspaper",
          "paper",
          "outlet",
          "channel",
          "broadcaster",
          "tabloid",
          "daily",
          "magazine",
          "website",
          "journal",
          "station",
          "publication",
          "site",
          "blog",
          "agency");
  static final Set<String> ANONYMOUS_DETERMINERS =
      Set.of(
          "a",
          "an",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "several",
          "some",
          "many",
          "most",
          "few",
          "other",
          "another",
          "our",
          "my",
          "numerous",
          "multiple",
          "various");

  private final TokenView t;
  private final @Nullable String outlet;
  private final List<Known> history = new ArrayList<>();

  /** A resolved source or an entity mention that later mentions may point back to. */
  private record Known(
      int token,
      int sentence,
      String canonical,
      SourceType type,
      @Nullable String linkedTo,
      String descriptor) {}

  SourceResolver(TokenView t, @Nullable String outlet) {
    this.t = t;
    this.outlet = outlet;
  }

  /** Resolves the source tokens {@code [first, end)}; call in document order. */
  Source resolve(int first, int end) {
    Source s = resolveUnrecorded(first, end);
    history.add(
        new Known(
            first,
            t.sent[first],
            s.canonical(),
            s.type(),
            s.linkedTo(),
            t.words(first, end).toLowerCase(Locale.ROOT)));
    return s;
  }

  private Source resolveUnrecorded(int first, int end) {
    org.claimlens.model.Span span = t.span(first, end);
    String words = t.words(first, end);
    if (end - first == 1
        || end - first == 2 && t.lw[first + 1].equals("himself")
        || end - first == 2 && t.lw[first + 1].equals("herself")) {
      Source p = pronoun(first, span);
      if (p != null) {
        return p;
      }
    }
    int head = head(first, end);
    int ent = t.entityAt[head];
    if (ent >= 0) {
      Entity e = t.entities.get(ent).value();
      String lwHead = t.lw[head];
      if (e.type() == EntityType.PERSON || !isRoleNoun(head) || isOutletOrBody(e)) {
        return fromEntity(span, e, head);
      }
    }
    String headWord = t.lw[head];
    String det = t.lw[first];
    boolean definite =
        det.equals("the") || det.equals("this") || det.equals("that") || hasPossessor(first, head);
    boolean plural =
        GROUP_HEADS.contains(headWord)
            || headWord.endsWith("s")
                && !headWord.endsWith("ss")
                && t.posIs(head, "NOUN")
                && !PERSON_ROLES.contains(headWord);
    boolean oneOf = det.equals("one") && t.is(first + 1, "of");
    @Nullable String linked = linkedEntity(first, end, head);

    // a spokesperson of a body speaks for the body
    if ((headWord.startsWith("spokes") || headWord.equals("press")) && linked != null) {
      Known body = entityCanonicalKnown(first, end, head);
      if (body != null && body.type == SourceType.OFFICIAL_BODY) {
        return new Source(span, body.canonical, SourceType.OFFICIAL_BODY, null);
      }
    }
    if (oneOf) {
      return new Source(span, words, SourceType.ANONYMOUS_PERSON, linked);
    }
    if (t.hasPos && t.posIs(head, "PROPN") && !GROUP_HEADS.contains(headWord)) {
      // a name the entity layer does not know: a person if it looks like one
      return unknownName(span, first, end, head);
    }
    if (EVIDENCE.contains(headWord)) {
      Known author = entityCanonicalKnown(first, end, head);
      if (author != null) {
        return new Source(span, author.canonical, author.type, null);
      }
      return new Source(span, words, SourceType.ANONYMOUS_GROUP, linked);
    }
    if (definite && !plural) {
      Known k = antecedentForRole(headWord, first);
      if (k != null) {
        return new Source(span, k.canonical, k.type, k.linkedTo);
      }
    }
    if (ORG_BODY_HEADS.contains(headWord)) {
      return new Source(span, stripArticle(words), SourceType.OFFICIAL_BODY, null);
    }
    if (ORG_HEADS.contains(headWord)) {
      return new Source(span, stripArticle(words), SourceType.NAMED_ORGANIZATION, null);
    }
    if (OUTLET_HEADS.contains(headWord)) {
      return new Source(span, stripArticle(words), SourceType.MEDIA_OUTLET, null);
    }
    boolean anonymous = ANONYMOUS_DETERMINERS.contains(det) || !definite;
    if (plural) {
      return new Source(span, words, SourceType.ANONYMOUS_GROUP, linked);
    }
    if (anonymous) {
      return new Source(span, words, SourceType.ANONYMOUS_PERSON, linked);
    }
    // a definite description of a unique office holder: "the Prime Minister", "The ranking
    // Democrat"; identifiable by role, so treated as named
    return new Source(span, stripArticle(words), SourceType.NAMED_PERSON, null);
  }

  private static final Set<String> STATEMENT_WORDS =
      Set.of(
          "statement",
          "commentary",
          "communiqué",
          "communique",
          "release",
          "declaration",
          "comment",
          "announcement",
          "notice");

  private static final Set<String> EVIDENCE =
      AttributionFinder.union(
          AttributionFinder.EVIDENCE_NOUNS,
          Set.of("passage", "post", "posts", "note", "letter", "transcript", "reports"));

  private boolean isRoleNoun(int head) {
    return PERSON_ROLES.contains(t.lw[head]) || GROUP_HEADS.contains(t.lw[head]);
  }

  private static boolean isOutletOrBody(Entity e) {
    return e.type() == EntityType.MEDIA_OUTLET
        || e.type() == EntityType.OFFICIAL_BODY
        || e.type() == EntityType.ORGANIZATION;
  }

  private Source fromEntity(org.claimlens.model.Span span, Entity e, int head) {
    SourceType type =
        switch (e.type()) {
          case PERSON -> SourceType.NAMED_PERSON;
          case ORGANIZATION -> SourceType.NAMED_ORGANIZATION;
          case MEDIA_OUTLET -> SourceType.MEDIA_OUTLET;
          case OFFICIAL_BODY, LOCATION -> SourceType.OFFICIAL_BODY;
        };
    return new Source(span, e.canonical(), type, null);
  }

  /** The head word: the last noun before a preposition, comma, relative pronoun or quote. */
  private int head(int first, int end) {
    int stop = end;
    for (int j = first + 1; j < end; j++) {
      String lw = t.lw[j];
      if (lw.equals(",")
          || t.posIs(j, "ADP") && !lw.equals("'s")
          || lw.equals("who")
          || lw.equals("which")
          || lw.equals("that")
          || t.posIs(j, "VERB") && j > first + 1 && (lw.endsWith("ed") || lw.endsWith("ing"))) {
        stop = j;
        break;
      }
    }
    for (int j = stop - 1; j >= first; j--) {
      if (t.isNoun(j) || t.posIs(j, "PRON") || t.posIs(j, "NUM") || !t.hasPos) {
        if (t.entityAt[j] >= 0 || !t.lw[j].equals("'s")) {
          return j;
        }
      }
    }
    return stop - 1 >= first ? stop - 1 : first;
  }

  private boolean hasPossessor(int first, int head) {
    for (int j = first; j < head; j++) {
      if (t.lw[j].equals("'s")
          || t.lw[j].equals("’s")
          || t.lw[j].equals("his")
          || t.lw[j].equals("her")
          || t.lw[j].equals("its")
          || t.lw[j].equals("their")) {
        return true;
      }
    }
    return false;
  }

  /** The canonical name of the first entity inside the phrase other than at its head. */
  private @Nullable String linkedEntity(int first, int end, int head) {
    Known k = entityCanonicalKnown(first, end, head);
    return k == null ? null : k.canonical;
  }

  private @Nullable Known entityCanonicalKnown(int first, int end, int head) {
    for (int j = first; j < end; j++) {
      int e = t.entityAt[j];
      if (e >= 0 && j != head) {
        Entity entity = t.entities.get(e).value();
        return new Known(
            j,
            t.sent[j],
            entity.canonical(),
            fromEntity(t.span(j, j + 1), entity, j).type(),
            null,
            entity.canonical());
      }
      if (e >= 0 && j == head) {
        break;
      }
    }
    return null;
  }

  private Source unknownName(org.claimlens.model.Span span, int first, int end, int head) {
    int a = head;
    while (a - 1 >= first && t.posIs(a - 1, "PROPN")) {
      a--;
    }
    String name = t.words(a, head + 1);
    boolean person = head - a >= 1 || t.posIs(head + 1 < t.n ? head + 1 : head, "PUNCT");
    for (int j = a; j <= head; j++) {
      if (ORG_BODY_HEADS.contains(t.lw[j]) || ORG_HEADS.contains(t.lw[j])) {
        person = false;
      }
    }
    return new Source(
        span, name, person ? SourceType.NAMED_PERSON : SourceType.NAMED_ORGANIZATION, null);
  }

  private static String stripArticle(String words) {
    String lw = words.toLowerCase(Locale.ROOT);
    if (lw.startsWith("the ")) {
      return words.substring(4);
    }
    return words;
  }

  // ---------------------------------------------------------------------------------------------
  // Pronouns and definite role nouns

  private @Nullable Source pronoun(int i, org.claimlens.model.Span span) {
    String lw = t.lw[i];
    switch (lw) {
      case "he", "she", "him", "his", "her", "hers" -> {
        Known k = recent(i, PRONOUN_WINDOW_SENTENCES, Kind.PERSON, null);
        return k == null
            ? new Source(span, t.w[i], SourceType.ANONYMOUS_PERSON, null)
            : new Source(span, k.canonical, k.type, k.linkedTo);
      }
      case "it", "its" -> {
        Known k = recent(i, PRONOUN_WINDOW_SENTENCES, Kind.ORGANISATION, null);
        return k == null
            ? new Source(span, t.w[i], SourceType.ANONYMOUS_GROUP, null)
            : new Source(span, k.canonical, k.type, k.linkedTo);
      }
      case "they", "their", "them" -> {
        Known k = recent(i, PRONOUN_WINDOW_SENTENCES, Kind.GROUP, null);
        return k == null
            ? new Source(span, t.w[i], SourceType.ANONYMOUS_GROUP, null)
            : new Source(span, k.canonical, k.type, k.linkedTo);
      }
      case "we", "our", "us" -> {
        Known issuer = issuer();
        if (issuer != null) {
          return new Source(span, issuer.canonical, issuer.type, null);
        }
        return new Source(
            span,
            outlet != null ? outlet : "the author",
            outlet != null ? SourceType.MEDIA_OUTLET : SourceType.ANONYMOUS_GROUP,
            null);
      }
      case "i", "me", "my" -> {
        return new Source(
            span,
            outlet != null ? outlet : "the author",
            outlet != null ? SourceType.MEDIA_OUTLET : SourceType.ANONYMOUS_PERSON,
            null);
      }
      default -> {
        return null;
      }
    }
  }

  private enum Kind {
    PERSON,
    ORGANISATION,
    GROUP,
    ANY
  }

  /**
   * The most recent source or entity mention before token {@code before}, within {@code window}
   * sentences, of the given kind; with {@code noun} set, one whose descriptor, name or role has
   * that noun.
   */
  private @Nullable Known recent(int before, int window, Kind kind, @Nullable String noun) {
    int sentence = t.sent[before];
    Known best = null;
    int bestToken = -1;
    for (Known k : history) {
      if (k.token < before
          && sentence - k.sentence <= window
          && fits(k.type, kind)
          && (noun == null || k.descriptor.contains(noun))) {
        if (k.token > bestToken) {
          best = k;
          bestToken = k.token;
        }
      }
    }
    for (int e = 0; e < t.entities.size(); e++) {
      int first = t.entityFirst[e];
      if (first >= before) {
        break;
      }
      if (sentence - t.sent[first] > window || first <= bestToken) {
        continue;
      }
      Annotation<Entity> a = t.entities.get(e);
      Entity entity = a.value();
      SourceType type = fromEntity(a.span(), entity, first).type();
      if (entity.type() == EntityType.LOCATION || !fits(type, kind)) {
        continue;
      }
      String desc =
          (entity.canonical() + " " + (entity.role() == null ? "" : entity.role()))
              .toLowerCase(Locale.ROOT);
      if (noun != null && !desc.contains(noun)) {
        continue;
      }
      best = new Known(first, t.sent[first], entity.canonical(), type, null, desc);
      bestToken = first;
    }
    return best;
  }

  private static boolean fits(SourceType type, Kind kind) {
    return switch (kind) {
      case PERSON -> type == SourceType.NAMED_PERSON || type == SourceType.ANONYMOUS_PERSON;
      case ORGANISATION ->
          type == SourceType.NAMED_ORGANIZATION
              || type == SourceType.OFFICIAL_BODY
              || type == SourceType.MEDIA_OUTLET;
      case GROUP ->
          type == SourceType.ANONYMOUS_GROUP
              || type == SourceType.NAMED_ORGANIZATION
              || type == SourceType.OFFICIAL_BODY;
      case ANY -> type != SourceType.UNATTRIBUTED;
    };
  }

  /** "the minister", "the spokesman", "the ministry", "the newspaper", "the official". */
  private @Nullable Known antecedentForRole(String headWord, int before) {
    Kind kind;
    if (OUTLET_HEADS.contains(headWord) || headWord.equals("report")) {
      Known k = recent(before, ROLE_WINDOW_SENTENCES, Kind.ORGANISATION, null);
      Known outletK = recentOfType(before, SourceType.MEDIA_OUTLET);
      return outletK != null ? outletK : k;
    } else if (ORG_BODY_HEADS.contains(headWord) || ORG_HEADS.contains(headWord)) {
      kind = Kind.ORGANISATION;
    } else if (PERSON_ROLES.contains(headWord)) {
      kind = Kind.PERSON;
    } else {
      return null;
    }
    Known byNoun = recent(before, ROLE_WINDOW_SENTENCES, kind, headWord);
    if (byNoun != null) {
      return byNoun;
    }
    return null;
  }

  private @Nullable Known recentOfType(int before, SourceType type) {
    Known best = null;
    for (Known k : history) {
      if (k.token < before
          && k.type == type
          && t.sent[before] - k.sentence <= ROLE_WINDOW_SENTENCES) {
        best = k;
      }
    }
    for (int e = 0; e < t.entities.size(); e++) {
      int first = t.entityFirst[e];
      if (first >= before) {
        break;
      }
      Entity entity = t.entities.get(e).value();
      if (entity.type() == EntityType.MEDIA_OUTLET
          && type == SourceType.MEDIA_OUTLET
          && (best == null || first > best.token)
          && t.sent[before] - t.sent[first] <= ROLE_WINDOW_SENTENCES) {
        best =
            new Known(
                first,
                t.sent[first],
                entity.canonical(),
                type,
                null,
                entity.canonical().toLowerCase(Locale.ROOT));
      }
    }
    return best;
  }

  /** The issuer of a statement written as "we": an official body or organisation in the title. */
  private @Nullable Known issuer() {
    boolean statement = false;
    for (int i = 0; i < t.n && t.sent[i] == 0; i++) {
      statement |= STATEMENT_WORDS.contains(t.lw[i]);
    }
    if (!statement) {
      return null;
    }
    for (int e = 0; e < t.entities.size(); e++) {
      int first = t.entityFirst[e];
      if (t.sent[first] > 1) {
        break;
      }
      Entity entity = t.entities.get(e).value();
      if (entity.type() == EntityType.OFFICIAL_BODY || entity.type() == EntityType.ORGANIZATION) {
        return new Known(
            first,
            t.sent[first],
            entity.canonical(),
            fromEntity(t.entities.get(e).span(), entity, first).type(),
            null,
            "");
      }
    }
    return null;
  }
}
