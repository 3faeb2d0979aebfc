package org.claimlens.annotators.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.claimlens.annotators.attribution.CueLexicon.Frame;
import org.claimlens.annotators.attribution.CueLexicon.Kind;
import org.claimlens.annotators.attribution.Relation.Pattern;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The rules of {@link AttributionAnnotator} on one document: finds attribution relations (source,
 * cue, content) sentence by sentence over the token arrays of a {@link TokenView}.
 *
 * <p>Every rule reads a bounded window of tokens around a cue (a reporting verb from {@link
 * CueLexicon}, "according to", "citing", a noun cue, an agentless passive or "reportedly"), so the
 * cost is linear in the length of the document and no regular expression runs over the text. The
 * spans follow the PolNeAR-style guidelines of {@code eval/attribution/README.md}: the source is
 * the maximal noun phrase with its appositive, the cue the verb group with its auxiliaries, the
 * content the reported proposition without "that" and with its quote marks.
 *
 * <p>Made for one call and confined to its thread.
 */
final class AttributionFinder {
  private static final int MAX_SOURCE_TOKENS = 28;
  private static final int LOOKAHEAD = 16;

  static final Set<String> AUX =
      Set.of(
          "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will",
          "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does", "did",
          "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll");
  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "n’t", "never", "no", "nobody", "neither", "nor");
  private static final Set<String> GROUP_ADVERBS =
      Set.of("long", "already", "again", "often", "ever", "previously", "repeatedly");
  private static final Set<String> NOT_GROUP_ADVERBS =
      Set.of("only", "also", "early", "likely", "reportedly", "allegedly", "really");
  private static final Set<String> LEFT_ADJUNCT_ADVERBS =
      Set.of(
          "also",
          "privately",
          "publicly",
          "only",
          "now",
          "still",
          "once",
          "then",
          "meanwhile",
          "today",
          "yesterday",
          "again",
          "later",
          "earlier",
          "separately",
          "however",
          "too",
          "both",
          "all",
          "openly",
          "quietly",
          "initially",
          "first",
          "immediately",
          "bluntly",
          "recently",
          "subsequently",
          "similarly",
          "likewise",
          "in",
          "turn",
          "further",
          "sometimes",
          "usually",
          "always",
          "generally",
          "themselves",
          "itself",
          "consistently",
          "simply",
          "even",
          "just");
  private static final Set<String> TIME_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "week",
          "month",
          "year",
          "night",
          "morning",
          "afternoon",
          "evening",
          "weekend",
          "today",
          "yesterday",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "day",
          "hours",
          "days",
          "weeks",
          "months",
          "earlier",
          "later",
          "time");
  private static final Set<String> TIME_LEAD =
      Set.of("on", "last", "this", "late", "early", "earlier", "in", "next", "overnight", "that");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "because",
          "while",
          "whereas",
          "although",
          "though",
          "since",
          "when",
          "whenever",
          "if",
          "unless",
          "after",
          "before",
          "as",
          "where",
          "but",
          "so",
          "than",
          "until",
          "whether",
          "what",
          "how",
          "why",
          "once",
          "yet",
          "whatever",
          "wherever",
          "then");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom", "whose");
  private static final Set<String> NP_PREPOSITIONS =
      Set.of(
          "of",
          "for",
          "in",
          "at",
          "from",
          "with",
          "on",
          "by",
          "to",
          "near",
          "over",
          "under",
          "across",
          "inside",
          "within",
          "among",
          "around",
          "behind",
          "outside",
          "between",
          "about",
          "familiar");
  private static final Set<String> IRREGULAR_PARTICIPLES =
      Set.of(
          "known", "shown", "seen", "given", "held", "made", "built", "written", "taken", "sent",
          "spoken", "done", "brought", "found", "led", "run", "put", "kept", "left", "hit", "set",
          "drawn", "chosen", "paid", "told", "heard", "read", "won", "struck", "stolen", "flown");
  private static final Set<String> OPEN_QUOTES = Set.of("\"", "“", "«", "„", "'", "‘");
  private static final Set<String> ALL_QUOTES =
      Set.of("\"", "“", "”", "«", "»", "„", "'", "‘", "’", "‹", "›");
  private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "|");
  private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "…", "...");
  private static final Set<String> OBJECT_PRONOUNS =
      Set.of("us", "me", "him", "her", "them", "you", "it", "reporters", "journalists");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "my");
  private static final Set<String> PERSONAL_PRONOUNS =
      Set.of("he", "she", "they", "we", "i", "it", "you");
  private static final Set<String> WH_COMPLEMENTS =
      Set.of("whether", "if", "why", "how", "what", "when", "where", "who", "which");
  private static final Set<String> AGENTLESS_PARTICIPLES =
      Set.of(
          "reported",
          "alleged",
          "said",
          "claimed",
          "estimated",
          "believed",
          "understood",
          "rumoured",
          "rumored",
          "thought",
          "feared",
          "expected",
          "suspected",
          "known",
          "assumed",
          "announced",
          "stated",
          "argued",
          "suggested");
  private static final Set<String> NOUN_CUES =
      Set.of(
          "statement",
          "statements",
          "claim",
          "claims",
          "assertion",
          "assertions",
          "warning",
          "warnings",
          "assessment",
          "assessments",
          "threat",
          "threats",
          "promise",
          "promises",
          "assurance",
          "assurances",
          "denial",
          "denials",
          "suggestion",
          "suggestions",
          "announcement",
          "announcements",
          "explanation",
          "explanations",
          "argument",
          "arguments",
          "remarks",
          "allegation",
          "allegations",
          "accusation",
          "accusations",
          "report",
          "reports",
          "insistence",
          "admission",
          "conclusion",
          "belief",
          "estimate",
          "estimates",
          "contention",
          "prediction",
          "predictions",
          "pledge",
          "pledges",
          "vow",
          "rumours",
          "rumors",
          "fears",
          "hopes",
          "view");

  /**
   * Nouns of evidence that can stand where a speaker stands ("polls show", "the footage suggests");
   * shared with {@link SourceResolver}, which types such a source as evidence.
   */
  static final Set<String> EVIDENCE_NOUNS =
      Set.of(
          "poll",
          "polls",
          "polling",
          "survey",
          "surveys",
          "study",
          "studies",
          "data",
          "figures",
          "report",
          "analysis",
          "review",
          "search",
          "paper",
          "images",
          "imagery",
          "footage",
          "video",
          "videos",
          "database",
          "filings",
          "records",
          "documents",
          "document",
          "testimony",
          "investigation",
          "audit",
          "research",
          "numbers",
          "statistics",
          "memo",
          "evidence",
          "monitoring",
          "photos",
          "photographs");

  private static final Set<String> EVIDENCE_HEADS =
      union(EVIDENCE_NOUNS, Set.of("tests", "assessment"));
  private static final Set<String> SOURCE_LIKE_HEADS =
      Set.of(
          "official",
          "officials",
          "source",
          "sources",
          "people",
          "person",
          "diplomat",
          "diplomats",
          "document",
          "documents",
          "report",
          "reports",
          "newspaper",
          "paper",
          "agency",
          "ministry",
          "data",
          "memo",
          "study",
          "survey",
          "analysts",
          "experts",
          "intelligence",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "aide",
          "aides",
          "officer",
          "officers",
          "commander",
          "insiders",
          "interlocutors",
          "informants",
          "channel",
          "channels",
          "media",
          "outlet",
          "outlets",
          "assessment",
          "briefing",
          "letter",
          "transcript",
          "statement",
          "minister",
          "ministers",
          "adviser",
          "advisers",
          "advisors",
          "member",
          "members",
          "lawmakers",
          "executives",
          "analyst",
          "expert",
          "researchers",
          "figures",
          "testimony",
          "government",
          "authorities",
          "military",
          "army",
          "service",
          "colleague",
          "colleagues",
          "friend",
          "witnesses",
          "residents",
          "governor",
          "mayor");
  private static final Set<String> SAY_FORMS =
      Set.of("said", "says", "told", "tells", "say", "tell", "wrote", "writes", "added");
  private static final Set<String> SINGULAR_MASS =
      Set.of("data", "media", "police", "people", "staff", "military", "public", "intelligence");
  private static final Set<String> APPROXIMATORS =
      Set.of("about", "around", "nearly", "roughly", "almost", "some", "only", "over", "up");
  private static final Set<String> COMPLEMENTIZERS = Set.of("that", "что", "що", "чтобы", "щоб");
  private static final Set<String> LIKE_TO =
      Set.of("like", "likes", "love", "loves", "tend", "tends", "continue", "continues", "used");
  private static final Set<String> INVERTING =
      Set.of(
          "say",
          "add",
          "write",
          "warn",
          "note",
          "explain",
          "insist",
          "tell",
          "stress",
          "claim",
          "argue",
          "reply",
          "ask",
          "admit",
          "acknowledge",
          "concede",
          "tweet",
          "post",
          "declare",
          "announce",
          "caution",
          "report",
          "quote",
          "testify",
          "emphasise",
          "state",
          "suggest",
          "confirm",
          "predict",
          "estimate",
          "respond",
          "continue",
          "recall",
          "complain");
  private static final Set<String> QUANTIFIERS =
      Set.of(
          "some",
          "many",
          "most",
          "all",
          "none",
          "one",
          "each",
          "both",
          "several",
          "few",
          "any",
          "others",
          "those",
          "two",
          "three",
          "four",
          "five",
          "half",
          "majority",
          "minority");
  private static final Set<String> OBJECT_NP_VERBS =
      Set.of("tell", "inform", "assure", "brief", "remind", "advise", "ask", "press", "urge");
  private static final Set<String> PARENTHETICALS =
      Set.of("however", "meanwhile", "too", "though", "moreover", "instead", "therefore");

  private final TokenView t;
  private final CueLexicon lex;
  private final List<Span> quotes;

  /** The quote whose closing mark is token i (the longest one), or -1. */
  private final int[] closesQuote;

  /** The quote whose opening mark is token i (the longest one), or -1. */
  private final int[] opensQuote;

  /** The innermost quote whose marks enclose token i, or -1. */
  private final int[] insideQuote;

  private final int[] quoteOpenTok;
  private final int[] quoteCloseTok;

  /** Tokens already used as (part of) a cue. */
  private final boolean[] used;

  private final List<Relation> relations = new ArrayList<>();

  AttributionFinder(TokenView t, CueLexicon lex) {
    this.t = t;
    this.lex = lex;
    this.quotes = QuoteFinder.find(t.text);
    int n = t.n;
    this.closesQuote = new int[n];
    this.opensQuote = new int[n];
    this.insideQuote = new int[n];
    this.used = new boolean[n];
    Arrays.fill(closesQuote, -1);
    Arrays.fill(opensQuote, -1);
    Arrays.fill(insideQuote, -1);
    this.quoteOpenTok = new int[quotes.size()];
    this.quoteCloseTok = new int[quotes.size()];
    for (int q = 0; q < quotes.size(); q++) {
      Span s = quotes.get(q);
      int open = t.tokenAtOrAfter(s.start());
      int close = t.tokenAtOrAfter(s.end() - 1);
      quoteOpenTok[q] = open;
      quoteCloseTok[q] = close;
      if (open < n && (opensQuote[open] < 0 || longer(q, opensQuote[open]))) {
        opensQuote[open] = q;
      }
      if (close < n && (closesQuote[close] < 0 || longer(q, closesQuote[close]))) {
        closesQuote[close] = q;
      }
      for (int i = open + 1; i < close && i < n; i++) {
        if (insideQuote[i] < 0 || longer(insideQuote[i], q)) {
          insideQuote[i] = q;
        }
      }
    }
  }

  private boolean longer(int q1, int q2) {
    return quotes.get(q1).length() > quotes.get(q2).length();
  }

  List<Span> quotes() {
    return quotes;
  }

  /** Finds the relations of the document, in the order of their cues. */
  List<Relation> find() {
    for (int s = 0; s < t.sentences(); s++) {
      if (t.first(s) >= 0) {
        sentence(s);
      }
    }
    linkCitations();
    relations.removeIf(r -> !r.hasContent() || (r.srcFirst < 0 && needsSource(r)));
    relations.sort((a, b) -> Integer.compare(a.cueFirst, b.cueFirst));
    return relations;
  }

  private static boolean needsSource(Relation r) {
    return r.pattern != Pattern.AGENTLESS
        && r.pattern != Pattern.ADVERB
        && r.pattern != Pattern.NOUN;
  }

  private void sentence(int s) {
    int first = t.first(s);
    int end = t.end(s);
    int sentenceStart = relations.size();
    for (int i = first; i < end; i++) {
      if (used[i]) {
        continue;
      }
      String lw = t.lw[i];
      if (lw.equals("according") && t.is(i + 1, "to")) {
        according(s, i);
      } else if ((lw.equals("по") || lw.equals("за"))
          && t.isAny(i + 1, Set.of("словам", "данным", "словами", "даними", "информации"))) {
        according(s, i);
      } else if (lw.equals("reportedly")) {
        reportedly(s, i);
      } else if ((lw.equals("citing") || lw.equals("quoting"))) {
        citing(s, i, sentenceStart);
      } else if (lw.equals("cited") && (t.is(i - 1, "turn") || t.is(i - 1, "which"))) {
        citing(s, i, sentenceStart);
      } else if (lw.equals("put") && t.is(i + 1, "it")) {
        putIt(s, i);
      } else if (lw.equals("words")
          && (t.is(i - 1, "'s")
              || t.is(i - 1, "’s")
              || t.isAny(i - 1, POSSESSIVE_PRONOUNS)
              || t.is(i + 1, "of"))) {
        words(s, i);
      } else if (AGENTLESS_PARTICIPLES.contains(lw) && agentless(s, i)) {
        // done
      } else if (lw.equals("quoted") && quotedAsSaying(s, i)) {
        // done
      } else {
        CueLexicon.Entry e = lex.lookup(lw);
        if (e != null && verbal(i)) {
          verb(s, i, e, sentenceStart);
        } else if (NOUN_CUES.contains(lw)) {
          noun(s, i);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Verb cues

  /**
   * Whether the cue word at {@code i} is used as a verb here, judged from its tag and neighbours.
   */
  private boolean verbal(int i) {
    if (!t.hasPos) {
      return true;
    }
    String p = t.pos[i];
    String prev = i > 0 && t.sent[i - 1] == t.sent[i] ? t.lw[i - 1] : "";
    if (prev.equals("the")
        || prev.equals("a")
        || prev.equals("an")
        || prev.equals("'s")
        || prev.equals("’s")
        || POSSESSIVE_PRONOUNS.contains(prev)
        || prev.equals("to") && !t.isAny(i - 2, LIKE_TO)) {
      return false;
    }
    if (t.is(i + 1, "that") && !t.posIs(i + 1, "DET") && !t.posIs(i, "ADJ")) {
      return true; // "Our correspondent, who is with the unit, confirms that"
    }
    if (t.lw[i].endsWith("ing") && prev.equals(",")) {
      return true; // ", writing only: ..." even when tagged a noun
    }
    if (baseFormAfterSingularNoun(i)) {
      return false; // "a conference call", "the call sign"
    }
    if (i + 2 < t.n
        && t.posIs(i + 1, "NOUN")
        && t.isVerb(i + 2)
        && lex.lookup(t.lw[i]) != null
        && t.lw[i].equals(lex.lookup(t.lw[i]).lemma())
        && !t.lw[i + 1].endsWith("s")) {
      return false; // "a security think tank told"
    }
    if (p.equals("VERB") || p.equals("AUX")) {
      return true;
    }
    if (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ")) {
      // The tagger mis-tags "reports", "claims", "shows", "calls" after a name or a noun; accept
      // the verb reading when a subject-like word precedes and no noun compound continues.
      boolean afterSubject =
          i > 0
              && t.sent[i - 1] == t.sent[i]
              && (t.isNoun(i - 1)
                  || t.posIs(i - 1, "PRON")
                  || t.posIs(i - 1, "NUM")
                  || t.posIs(i - 1, "VERB")
                      && !t.lw[i - 1].endsWith("ed")
                      && i + 1 < t.n
                      && (t.posIs(i + 1, "PRON")
                          || t.posIs(i + 1, "DET")
                          || t.is(i + 1, "that")
                          || t.lw[i - 1].endsWith("ing") && !t.posIs(i + 1, "ADP"))
                  || closesQuote[i - 1] >= 0);
      if (!afterSubject) {
        return false;
      }
      int next = i + 1;
      if (next >= t.end(t.sent[i])) {
        return true;
      }
      String nl = t.lw[next];
      if (nl.equals("'s") || nl.equals("’s") || nl.equals(")")) {
        return false;
      }
      if (nl.equals("of")) {
        CueLexicon.Entry e = lex.lookup(t.lw[i]);
        return e != null && e.has(Frame.OF);
      }
      return true;
    }
    return false;
  }

  /**
   * A base-form cue word right after a singular common noun cannot agree with it as a verb ("a
   * conference call", "the call sign"), unless the noun is a plural in form ("data", "police").
   */
  private boolean baseFormAfterSingularNoun(int i) {
    CueLexicon.Entry e = lex.lookup(t.lw[i]);
    if (e == null || !t.lw[i].equals(e.lemma()) || i == 0 || t.sent[i - 1] != t.sent[i]) {
      return false;
    }
    String prev = t.lw[i - 1];
    // the singular noun must be the head, not the end of a post-modifier: "sources in the oil
    // trade say", "residents of Bila Tserkva write"
    int j = i - 1;
    while (j > 0
        && t.sent[j - 1] == t.sent[i]
        && (t.isNoun(j - 1)
            || t.posIs(j - 1, "ADJ")
            || t.posIs(j - 1, "DET")
            || t.posIs(j - 1, "NUM"))) {
      j--;
    }
    if (j > 0
        && t.sent[j - 1] == t.sent[i]
        && (NP_PREPOSITIONS.contains(t.lw[j - 1]) || t.is(j - 1, "'s"))) {
      return false;
    }
    return (t.posIs(i - 1, "NOUN") || t.posIs(i - 1, "PROPN") && !t.is(i + 1, "that"))
        && !prev.endsWith("s")
        && !SINGULAR_MASS.contains(prev)
        && !t.posIs(i + 1 < t.n ? i + 1 : i, "SCONJ");
  }

  /** First token of the verb group that ends at {@code verb}: auxiliaries and inner adverbs. */
  private int groupStart(int verb, int limit) {
    int j = verb - 1;
    int start = verb;
    while (j >= limit) {
      String lw = t.lw[j];
      if (AUX.contains(lw) && !(lw.equals("'s") || lw.equals("’s"))) {
        start = j;
        j--;
      } else if (NEGATIONS.contains(lw) && !lw.equals("no")) {
        start = j;
        j--;
      } else if (isGroupAdverb(j)) {
        j--;
      } else {
        break;
      }
    }
    return start;
  }

  private boolean isGroupAdverb(int j) {
    String lw = t.lw[j];
    if (NOT_GROUP_ADVERBS.contains(lw)) {
      return false;
    }
    return GROUP_ADVERBS.contains(lw)
        || lw.endsWith("ly") && (t.posIs(j, "ADV") || !t.hasPos) && lw.length() > 3;
  }

  private boolean negated(int first, int end) {
    for (int i = first; i < end; i++) {
      if (NEGATIONS.contains(t.lw[i])) {
        return true;
      }
    }
    return false;
  }

  private void verb(int s, int i, CueLexicon.Entry e, int sentenceStart) {
    int limit = limitLeft(s, i);
    int endLimit = limitRight(s, i);
    int cueFirst;
    if (t.is(i - 1, "to") && t.isAny(i - 2, LIKE_TO)) {
      cueFirst = i; // "Officials like to say that": the source is the subject of "like"
    } else if (t.is(i - 1, "to") || t.is(i - 1, "not") && t.is(i - 2, "to")) {
      return; // infinitive: "declined to say", "expected to announce"
    } else {
      cueFirst = groupStart(i, limit);
    }
    int cueEnd = i + 1;
    String lw = t.lw[i];
    boolean passive = false;
    for (int k = cueFirst; k < i; k++) {
      if (BE.contains(t.lw[k])) {
        passive =
            t.lw[i].endsWith("ed")
                || IRREGULAR_PARTICIPLES.contains(lw)
                || AGENTLESS_PARTICIPLES.contains(lw);
      }
    }
    if (lw.endsWith("ed")
        && t.is(i + 1, "to")
        && i + 2 < t.n
        && t.posIs(i + 2, "VERB")
        && cueFirst == i
        && i > 0
        && t.isNoun(i - 1)) {
      return; // a reduced passive: "a plant in Texas expected to begin production"
    }
    if (passive && !(lw.equals("quoted"))) {
      return; // "were expected to", "was reported" without "it" (handled as agentless)
    }
    if (negated(cueFirst, cueEnd)) {
      return;
    }
    // multiword cues
    if (e.lemma().equals("call") && (t.is(i + 1, "for") || t.is(i + 1, "on"))) {
      cueEnd = i + 2;
    } else if (e.lemma().equals("point") && t.is(i + 1, "out")) {
      cueEnd = i + 2;
    }
    for (int k = cueFirst; k < cueEnd; k++) {
      used[k] = true;
    }
    Relation r = new Relation(Pattern.CLAUSE, e.lemma(), e.kind(), cueFirst, cueEnd);
    boolean ing = lw.endsWith("ing") && cueFirst == i;
    int before = cueFirst - 1;
    boolean afterComma = before >= limit && t.lw[before].equals(",");
    boolean afterClosingQuote = before >= limit && closesQuote[before] >= 0;
    boolean afterConj =
        before >= limit
            && (t.lw[before].equals("and")
                || t.lw[before].equals("but")
                || t.lw[before].equals("or"));

    // 1. participle after a comma ("..., saying that"), or a coordinated cue ("and warned that")
    if ((ing && afterComma) || afterConj) {
      Relation main = lastWithSource(sentenceStart);
      if (main != null) {
        r.source(main.srcFirst, main.srcEnd);
        r.sharedSource = true;
      } else {
        int[] subj = mainSubject(s, before);
        if (subj == null) {
          return;
        }
        r.source(subj[0], subj[1]);
        r.sharedSource = true;
      }
      if (forward(r, s, e, cueEnd, endLimit)) {
        add(r, endLimit);
      }
      return;
    }

    // 2. a reduced relative right after a noun: "statements by Russian officials claiming that",
    // "polls showing war fatigue"
    if (ing && before >= limit && (t.isNoun(before) || t.posIs(before, "PRON"))) {
      int[] np = walkNounPhrase(cueFirst, limit, true);
      if (np == null || e.kind() == Kind.EVIDENCE && !hasEvidenceHead(np[0], np[1])) {
        return;
      }
      r.source(np[0], np[1]);
      if (forward(r, s, e, cueEnd, endLimit)) {
        add(r, endLimit);
      }
      return;
    }

    // 3. subject on the left
    int subjectEnd = cueFirst == i && t.is(i - 1, "to") ? i - 2 : cueFirst;
    int[] subj = subjectLeft(subjectEnd, limit);
    if (subj != null) {
      r.source(subj[0], subj[1]);
      int beforeSubject = subj[0] - 1;
      // '"... this person on?" he added.': the splitter may end the sentence inside the quote
      boolean quoteEndsPreviousSentence =
          subj[0] == t.first(s) && beforeSubject >= 0 && closesQuote[beforeSubject] >= 0;
      boolean postposed =
          t.hasPos // other languages punctuate reporting clauses differently: forward only
              && (beforeSubject >= limit || quoteEndsPreviousSentence)
              && (t.lw[beforeSubject].equals(",") || closesQuote[beforeSubject] >= 0)
              && restIsAdjunct(e, cueEnd, endLimit);
      if (postposed) {
        if (contentLeft(r, s, beforeSubject)) {
          r.pattern = Pattern.POSTPOSED;
          relations.add(r);
        }
        return;
      }
      if (forward(r, s, e, cueEnd, endLimit)) {
        add(r, endLimit);
      }
      return;
    }

    // 4. inverted: '"...," said X' or '..., said X'
    if ((afterComma || afterClosingQuote) && INVERTING.contains(e.lemma())) {
      int subjEnd = subjectRight(cueEnd, endLimit, false, false);
      if (subjEnd > cueEnd && restIsAdjunct(null, subjEnd, endLimit)) {
        r.source(cueEnd, subjEnd);
        if (contentLeft(r, s, before)) {
          r.pattern = Pattern.POSTPOSED;
          relations.add(r);
        }
      }
    }
  }

  /** Adds {@code r} and, after ", and that B", a second relation for B with the same cue. */
  private void add(Relation r, int end) {
    int split = splitAt;
    relations.add(r);
    if (split >= 0 && split < end) {
      Relation second = new Relation(r.pattern, r.lemma, r.kind, r.cueFirst, r.cueEnd);
      second.source(r.srcFirst, r.srcEnd);
      second.sharedSource = r.sharedSource;
      if (setForward(second, split, end, false)) {
        relations.add(second);
      }
    }
    splitAt = -1;
  }

  /** The latest relation of this sentence that has a source. */
  private @Nullable Relation lastWithSource(int sentenceStart) {
    for (int k = relations.size() - 1; k >= sentenceStart; k--) {
      Relation r = relations.get(k);
      if (r.hasSource()
          && r.pattern != Pattern.CITING
          && r.pattern != Pattern.ACCORDING
          && r.pattern != Pattern.NOUN
          && !nested(r, sentenceStart)) {
        return r;
      }
    }
    return null;
  }

  /** Whether r's cue lies inside the content of another relation of the sentence. */
  private boolean nested(Relation r, int sentenceStart) {
    int at = t.ts[r.cueFirst];
    for (int k = sentenceStart; k < relations.size(); k++) {
      Relation o = relations.get(k);
      if (o != r && o.contentStart <= at && at < o.contentEnd) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the sentence's first verb before {@code before}, for participial cues. */
  private int @Nullable [] mainSubject(int s, int before) {
    int limit = clauseStart(s);
    for (int v = limit; v < before; v++) {
      if (t.posIs(v, "VERB") || t.posIs(v, "AUX")) {
        int g = groupStart(v, limit);
        return subjectLeft(g, limit);
      }
    }
    return null;
  }

  /** Leftmost token a cue's source or content may use: the sentence start, or the quote's start. */
  private int limitLeft(int s, int i) {
    int q = insideQuote[i];
    int first = t.first(s);
    if (q >= 0 && quoteOpenTok[q] + 1 > first) {
      return quoteOpenTok[q] + 1;
    }
    return first;
  }

  private int limitRight(int s, int i) {
    int q = insideQuote[i];
    int end = t.end(s);
    if (q >= 0 && quoteCloseTok[q] < end) {
      return quoteCloseTok[q];
    }
    return end;
  }

  /** The first token of the sentence's clause after a dateline ("KYIV —") or a label ("CLAIM:"). */
  private int clauseStart(int s) {
    int first = t.first(s);
    int end = Math.min(t.end(s), first + 8);
    for (int i = first; i < end; i++) {
      String lw = t.lw[i];
      if (DASHES.contains(lw) || lw.equals(":")) {
        boolean caps = i > first;
        for (int k = first; k < i && caps; k++) {
          String w = t.w[k];
          caps =
              w.equals(",")
                  || w.equals("/")
                  || w.equals("'S")
                  || w.equals("’S")
                  || w.equals(w.toUpperCase(java.util.Locale.ROOT));
        }
        if (caps) {
          return i + 1;
        }
      }
    }
    return first;
  }

  /**
   * Whether nothing but an object, adverbials or a trailing participle or appositive follows {@code
   * from}: then the cue closes its clause and the content stands before it.
   */
  private boolean restIsAdjunct(CueLexicon.@Nullable Entry e, int from, int end) {
    int k = from;
    if (e != null && k < end) {
      if (e.has(Frame.TELL) || e.lemma().equals("say") || e.lemma().equals("write")) {
        k = skipObject(k, end, true);
      } else if ((e.has(Frame.NP) || e.has(Frame.OBJINF) || e.has(Frame.ACCUSE) || e.has(Frame.INF))
          && k < end
          && startsNounPhrase(k)) {
        return false;
      }
    }
    for (; k < end; k++) {
      String lw = t.lw[k];
      if (lw.equals(",") || SENTENCE_END.contains(lw) || lw.equals(";")) {
        return true;
      }
      if (closesQuote[k] >= 0 && quoteOpenTok[closesQuote[k]] < from) {
        return true;
      }
      if (lw.equals("that") || lw.equals(":") || opensQuote[k] >= 0) {
        return false;
      }
      if ((t.posIs(k, "VERB") || t.posIs(k, "AUX")) && !isParticipleAfterNoun(k)) {
        return false;
      }
      if (WH_COMPLEMENTS.contains(lw) && k == from) {
        return false;
      }
    }
    return true;
  }

  private boolean startsNounPhrase(int k) {
    String p = t.pos[k];
    return p.equals("DET")
        || APPROXIMATORS.contains(t.lw[k])
        || p.equals("NOUN")
        || p.equals("PROPN")
        || p.equals("NUM")
        || p.equals("ADJ")
        || (p.equals("PRON") && !RELATIVES.contains(t.lw[k]))
        || opensQuote[k] >= 0;
  }

  /** Skips an indirect object ("reporters", "the paper", "this agency", "us") and "only". */
  private int skipObject(int k, int end, boolean tell) {
    if (k < end && t.lw[k].equals("only")) {
      return k + 1;
    }
    if (!tell || k >= end) {
      return k;
    }
    if (OBJECT_PRONOUNS.contains(t.lw[k])
        || t.posIs(k, "PRON")
            && !RELATIVES.contains(t.lw[k])
            && !PERSONAL_PRONOUNS.contains(t.lw[k])) {
      return k + 1;
    }
    if (t.lw[k].equals("to") && k + 1 < end && (OBJECT_PRONOUNS.contains(t.lw[k + 1]))) {
      return k + 2;
    }
    int j = k;
    if (j < end && (t.posIs(j, "DET") || t.lw[j].equals("a") || t.lw[j].equals("the"))) {
      j++;
    }
    while (j < end && t.posIs(j, "ADJ")) {
      j++;
    }
    int nouns = 0;
    while (j < end && t.isNoun(j)) {
      j++;
      nouns++;
      if (t.lw[j - 1].endsWith("s") && t.posIs(j - 1, "NOUN")) {
        break;
      }
    }
    return nouns > 0 ? j : k;
  }

  // ---------------------------------------------------------------------------------------------
  // Content to the right of the cue

  /** Sets the content after the cue according to the cue's frames; false if none fits. */
  private boolean forward(Relation r, int s, CueLexicon.Entry e, int from, int end) {
    if (from >= end) {
      return false;
    }
    int k = skipTimeAdjunct(from, end);
    if (e.has(Frame.ON) && t.is(k, "on")) {
      return setForward(r, k + 1, end, true); // "insisted on guarantees that ..."
    }
    // "that" within a few tokens, across an object and adverbials
    int that = findThat(k, end, OBJECT_NP_VERBS.contains(e.lemma()));
    if (that >= 0) {
      return setForward(r, that + 1, end, false);
    }
    // a colon within a few tokens: "told reporters:", "put it bluntly:"
    int colon = findColon(k, end);
    if (colon >= 0) {
      return setAfterColon(r, colon + 1, end);
    }
    if (e.has(Frame.OF) && t.is(k, "of")) {
      return setForward(r, k + 1, end, true);
    }
    if (e.has(Frame.ON) && t.is(k, "on")) {
      return setForward(r, k + 1, end, true);
    }
    int afterObject = skipObject(k, end, e.has(Frame.TELL) || e.has(Frame.ASK) || e.has(Frame.INF));
    if (afterObject < end && opensQuote[afterObject] >= 0) {
      int q = opensQuote[afterObject];
      int close = quoteCloseTok[q];
      if (close + 1 >= end
          || t.lw[close + 1].equals(",")
          || SENTENCE_END.contains(t.lw[close + 1])
          || t.lw[close + 1].equals("and")) {
        r.content(quotes.get(q).start(), quotes.get(q).end());
        return true;
      }
    }
    if (afterObject + 1 < end
        && t.lw[afterObject].equals(",")
        && opensQuote[afterObject + 1] >= 0) {
      // "As a former official told me, "...""
      Span q = quotes.get(opensQuote[afterObject + 1]);
      r.content(q.start(), q.end());
      return true;
    }
    if (afterObject + 1 < end && t.lw[afterObject].equals(",") && asBefore(r)) {
      return setForward(r, afterObject + 1, end, false); // "As X told me, CONTENT"
    }
    String lemma = e.lemma();
    if (e.has(Frame.CALL)) {
      if (r.sharedSource && t.lw[r.cueFirst].endsWith("ing") && !callFrame(r, k, end)) {
        return setForward(r, k, end, true); // ", calling it part of a disinformation campaign"
      }
      return r.hasContent() || callFrame(r, k, end);
    }
    if (e.has(Frame.ASK)) {
      int j = afterObject;
      if (j < end && WH_COMPLEMENTS.contains(t.lw[j])) {
        return setForward(r, j, end, false);
      }
      if (j < end && t.lw[j].equals("on") && j + 1 < end && WH_COMPLEMENTS.contains(t.lw[j + 1])) {
        return setForward(r, j + 1, end, false);
      }
      int on = k;
      while (on < end && on < k + 6 && !t.lw[on].equals("on") && !t.isVerb(on)) {
        on++;
      }
      if (on + 1 < end && t.lw[on].equals("on") && WH_COMPLEMENTS.contains(t.lw[on + 1])) {
        return setForward(r, on + 1, end, false);
      }
      if (j < end && t.lw[j].equals("to") && j > k && OBJECT_PRONOUNS.contains(t.lw[k])) {
        return setForward(r, j + 1, end, false);
      }
      if (j < end && j > k && (t.lw[j].equals("to") || t.lw[j].equals("not"))) {
        return setForward(r, k, end, false);
      }
      return false;
    }
    if (e.has(Frame.INF) && t.is(afterObject, "to")) {
      return setForward(r, afterObject + 1, end, false);
    }
    if (e.has(Frame.OBJINF) || e.has(Frame.ACCUSE) || e.has(Frame.DESCRIBE)) {
      if (k < end && startsNounPhrase(k) && !t.lw[k].equals("that")) {
        if (e.has(Frame.ACCUSE) && !within(k, end, 10, "of", "for")) {
          return false;
        }
        if (e.has(Frame.OBJINF) && !e.has(Frame.CLAUSE) && !within(k, end, 8, "to")) {
          return false;
        }
        if (e.has(Frame.OBJINF) && within(k, end, 8, "to") || !e.has(Frame.CLAUSE)) {
          return setForward(r, k, end, true);
        }
      }
      if (!e.has(Frame.CLAUSE) && !e.has(Frame.NP)) {
        return false;
      }
    }
    if (lemma.equals("dismiss") && !within(k, end, 12, "as") && !claimNounAhead(k, end)) {
      return false; // "will dismiss two deputy ministers": firing people, not rejecting a claim
    }
    boolean evidenceSubject = r.hasSource() && hasEvidenceHead(r.srcFirst, r.srcEnd);
    if (e.has(Frame.NP) || e.has(Frame.EVIDENCE) && evidenceSubject) {
      int j = lemma.equals("promise") || lemma.equals("vow") ? skipPronounAndTime(k, end) : k;
      if (j < end && (startsNounPhrase(j) || t.posIs(j, "VERB") && t.lw[j].endsWith("ing"))) {
        if (e.has(Frame.CLAUSE) && clauseAhead(j, end)) {
          return setForward(r, j, end, false);
        }
        return setForward(r, j, end, true);
      }
      if (j < end && WH_COMPLEMENTS.contains(t.lw[j]) && e.has(Frame.CLAUSE)) {
        return setForward(r, j, end, false);
      }
    }
    if (e.has(Frame.CLAUSE)) {
      int j = e.has(Frame.TELL) ? afterObject : skipObject(k, end, false);
      if (j < end
          && (startsNounPhrase(j)
              || WH_COMPLEMENTS.contains(t.lw[j])
              || t.lw[j].equals("there")
              || !t.isPunct(j)
                  && !t.posIs(j, "ADP")
                  && !t.posIs(j, "CCONJ")
                  && !t.posIs(j, "SCONJ")
                  && !t.posIs(j, "AUX")
                  && !t.lw[j].endsWith("ing"))
          && (clauseAhead(j, end) || opensQuote[j] >= 0)) {
        return setForward(r, j, end, false);
      }
      if (j < end && e.kind() == Kind.EVIDENCE && startsNounPhrase(j)) {
        return setForward(r, j, end, true);
      }
      // "what they say is a campaign": the relative pronoun before the subject is the content's
      // subject, so the content is the predicate after the cue
      if (j < end && (t.posIs(j, "AUX") || t.posIs(j, "VERB")) && relativeBefore(r)) {
        return setForward(r, j, end, false);
      }
    }
    return false;
  }

  private static final Set<String> CLAIM_NOUNS =
      Set.of(
          "report",
          "reports",
          "claim",
          "claims",
          "allegation",
          "allegations",
          "accusation",
          "accusations",
          "suggestion",
          "suggestions",
          "idea",
          "article",
          "warning",
          "warnings",
          "criticism",
          "concerns",
          "rumours",
          "rumors",
          "speculation",
          "statement",
          "statements",
          "story",
          "stories",
          "assertion",
          "assertions");

  private boolean claimNounAhead(int k, int end) {
    for (int j = k; j < end && j < k + 4; j++) {
      if (CLAIM_NOUNS.contains(t.lw[j])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the source is introduced by "as" ("As one official told me, ..."). */
  private boolean asBefore(Relation r) {
    return r.hasSource() && t.is(r.srcFirst - 1, "as");
  }

  private boolean relativeBefore(Relation r) {
    int b = r.srcFirst - 1;
    return r.hasSource() && b >= 0 && (RELATIVES.contains(t.lw[b]) || t.lw[b].equals("what"));
  }

  private boolean within(int k, int end, int window, String... words) {
    for (int j = k; j < end && j < k + window; j++) {
      for (String w : words) {
        if (t.lw[j].equals(w)) {
          return true;
        }
      }
    }
    return false;
  }

  private int skipPronounAndTime(int k, int end) {
    int j = k;
    if (j < end && OBJECT_PRONOUNS.contains(t.lw[j])) {
      j++;
    }
    return skipTimeAdjunct(j, end);
  }

  private boolean hasEvidenceHead(int first, int end) {
    for (int i = first; i < end; i++) {
      if (EVIDENCE_HEADS.contains(t.lw[i])) {
        return true;
      }
      if (t.lw[i].equals(",")) {
        break;
      }
    }
    return false;
  }

  /** Whether a finite verb follows within the clause: "Diplomats said [Germany ... were]". */
  private boolean clauseAhead(int k, int end) {
    // a past form right after a noun is a reduced relative ("data compiled by") unless it is the
    // only verb around: then it is the clause's own ("two schools reopened")
    boolean participle = false;
    for (int j = k; j < end && j < k + 30; j++) {
      String lw = t.lw[j];
      if (lw.equals(";") || lw.equals(":")) {
        break;
      }
      if (!t.hasPos) {
        return true;
      }
      if (t.posIs(j, "AUX") || t.posIs(j, "VERB") && !lw.endsWith("ing")) {
        if (!t.posIs(j, "AUX") && isParticipleAfterNoun(j)) {
          participle = true;
          continue;
        }
        return true;
      }
    }
    return participle;
  }

  /** Skips "on Monday", "last week", "late on Monday", "in the spring" after a cue. */
  private int skipTimeAdjunct(int k, int end) {
    int j = k;
    for (int round = 0; round < 3 && j < end; round++) {
      String lw = t.lw[j];
      if (TIME_LEAD.contains(lw) && j + 1 < end) {
        int m = j + 1;
        while (m < end
            && m < j + 4
            && (t.posIs(m, "DET")
                || t.posIs(m, "ADJ")
                || t.lw[m].equals("on")
                || t.posIs(m, "NUM"))) {
          m++;
        }
        if (m < end && TIME_WORDS.contains(t.lw[m])) {
          j = m + 1;
          continue;
        }
      }
      if (TIME_WORDS.contains(lw) || lw.equals("only") || lw.equals("also")) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /**
   * The complementizer "that" of a cue within a few tokens, across an object, adverbials and a
   * comma-delimited aside ("said on Thursday, citing X, that"), or -1.
   */
  private int findThat(int k, int end, boolean objectNounPhrase) {
    boolean inPhrase = false;
    boolean objectSeen = false;
    for (int j = k; j < end && j < k + LOOKAHEAD; j++) {
      String lw = t.lw[j];
      if (COMPLEMENTIZERS.contains(lw) && !lw.equals("that")) {
        return j; // Russian "что", Ukrainian "що"
      }
      if (lw.equals(",")
          && j + 1 < end
          && COMPLEMENTIZERS.contains(t.lw[j + 1])
          && !t.lw[j + 1].equals("that")) {
        return j + 1;
      }
      if (lw.equals("that")) {
        if (j + 1 < end
            && t.posIs(j, "DET")
            && t.posIs(j + 1, "NOUN")
            && !t.lw[j + 1].endsWith("s")
            && j > k) {
          return -1; // "that account"
        }
        return j;
      }
      if (lw.equals(",")) {
        int close = nextComma(j + 1, end, 14);
        if (close < 0) {
          return -1;
        }
        j = close;
        inPhrase = false;
        continue;
      }
      if (lw.equals(":") || lw.equals(";") || opensQuote[j] >= 0 || SENTENCE_END.contains(lw)) {
        return -1;
      }
      if (verbish(j) || WH_COMPLEMENTS.contains(lw)) {
        return -1;
      }
      if (t.posIs(j, "ADP")
          || lw.equals("as")
          || lw.equals("last")
          || lw.equals("this")
          || lw.equals("late")) {
        inPhrase = true;
        continue;
      }
      if (OBJECT_PRONOUNS.contains(lw) && !lw.equals("it")) {
        continue; // "confirmed to us that", "told me that"
      }
      boolean nominal = t.isNoun(j) || t.posIs(j, "DET") || t.posIs(j, "ADJ") || t.posIs(j, "NUM");
      if (nominal && !inPhrase && !TIME_WORDS.contains(lw)) {
        // an object right after the cue: only tell-type verbs take one before "that"
        if (!objectNounPhrase
            || objectSeen && !t.isNoun(j - 1) && !t.posIs(j - 1, "DET") && !t.posIs(j - 1, "ADJ")) {
          return -1;
        }
        objectSeen = true;
      }
    }
    return -1;
  }

  /**
   * A verb in the clause's sense: not a hyphenated modifier ("closed-door") the tagger calls one.
   */
  private boolean verbish(int j) {
    return t.isVerb(j) && !t.lw[j].equals("only") && !nominalVerb(j);
  }

  private int nextComma(int from, int end, int window) {
    for (int j = from; j < end && j < from + window; j++) {
      if (t.lw[j].equals(",")) {
        return j;
      }
      if (SENTENCE_END.contains(t.lw[j]) || t.lw[j].equals(";") || t.lw[j].equals(":")) {
        return -1;
      }
    }
    return -1;
  }

  private int findColon(int k, int end) {
    for (int j = k; j < end && j < k + 8; j++) {
      String lw = t.lw[j];
      if (lw.equals(":")) {
        return j;
      }
      if (t.isVerb(j) || lw.equals(",") || opensQuote[j] >= 0 || lw.equals("that")) {
        return -1;
      }
    }
    return -1;
  }

  private boolean setAfterColon(Relation r, int k, int end) {
    if (k >= t.n) {
      return false;
    }
    if (opensQuote[k] >= 0) {
      Span q = quotes.get(opensQuote[k]);
      r.content(q.start(), q.end());
      return true;
    }
    return setForward(r, k, end, false);
  }

  /** "called the attack 'reckless'" (up to the first quote), "called for X", "called on X to Y". */
  private boolean callFrame(Relation r, int k, int end) {
    if (r.cueEnd - r.cueFirst >= 1 && (t.is(r.cueEnd - 1, "for") || t.is(r.cueEnd - 1, "on"))) {
      return setForward(r, k, end, true);
    }
    for (int j = k; j < end && j < k + 10; j++) {
      if (opensQuote[j] >= 0) {
        int q = opensQuote[j];
        r.content(t.ts[k], quotes.get(q).end());
        return true;
      }
      if (t.isVerb(j) || t.lw[j].equals(",") || t.lw[j].equals("that")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Sets the content from token {@code k} to the end of its clause: the sentence end, a semicolon,
   * a trailing participle or "according to", or a coordinated cue sharing the subject.
   */
  private boolean setForward(Relation r, int k, int end, boolean nounPhrase) {
    if (k >= end) {
      return false;
    }
    int stop = end;
    splitAt = -1;
    for (int j = k; j < end; j++) {
      String lw = t.lw[j];
      if (lw.equals(";")) {
        stop = j;
        break;
      }
      if (opensQuote[j] >= 0 && quoteCloseTok[opensQuote[j]] >= end) {
        // a quote that runs past the sentence: take it whole
        Span q = quotes.get(opensQuote[j]);
        r.content(t.ts[k], q.end());
        return true;
      }
      if (lw.equals(",") && j + 1 < end) {
        // a comma inside a closing quote mark: ... "flying grenades," and he is right
        int after = j + 1;
        boolean quoteClose =
            closesQuote[after] >= 0 && quotes.get(closesQuote[after]).start() >= t.ts[k];
        if (quoteClose) {
          after++;
        }
        if (after < end && t.lw[after].equals("and") && t.is(after + 1, "that")) {
          stop = quoteClose ? after : j;
          splitAt = after + 2;
          break;
        }
        if (after < end && endsClauseAfterComma(after, end)) {
          stop = quoteClose ? after : j;
          break;
        }
      }
      if ((lw.equals("and") || lw.equals("but")) && j > k && coordinatedCue(j + 1, end)) {
        stop = j;
        break;
      }
      if (lw.equals("but")
          && j > k
          && j + 1 < end
          && verbish(j + 1)
          && (t.lw[j + 1].endsWith("ed") || IRREGULAR_PARTICIPLES.contains(t.lw[j + 1]))) {
        stop = j; // "had made "real progress" but declined to give a date"
        break;
      }
      if (nounPhrase
          && j > k
          && t.posIs(j, "ADV")
          && lw.endsWith("ly")
          && j + 1 < end
          && !t.posIs(j + 1, "ADJ")
          && !t.posIs(j + 1, "VERB")) {
        stop = j;
        break;
      }
    }
    if (nounPhrase && r.pattern == Pattern.CLAUSE) {
      r.pattern = Pattern.COMPLEMENT;
    }
    return setContentTokens(r, k, stop);
  }

  /**
   * Where a ", and that B" continues a that-clause with a second content ("found that A, and that
   * B"), the token after "that"; set by {@link #setForward}, -1 otherwise.
   */
  private int splitAt = -1;

  private static final Set<String> CLAUSE_ENDING_WORDS =
      Set.of("according", "without", "speaking", "citing", "quoting", "because");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they", "you");

  /**
   * Whether the words after a comma end the content. They do for a speech participle (", saying",
   * ", adding that"), "according to", "because", a coordinated cue, a new pronoun-subject clause
   * (", and he is right"), a "but" verb phrase (", but gave no details") and a "though" clause that
   * carries its own attribution. They do not for ", including ...", ", killing ..." or ", and the
   * decision will be announced": those stay in the reported proposition.
   */
  private boolean endsClauseAfterComma(int j, int end) {
    String lw = t.lw[j];
    if (CLAUSE_ENDING_WORDS.contains(lw)) {
      return true;
    }
    if (lw.endsWith("ing")
        && !lw.equals("including")
        && (t.posIs(j, "VERB") || lex.lookup(lw) != null)) {
      return true; // ", saying", ", bringing the total to", ", making it the largest"
    }
    if (lw.equals("in") && t.isAny(j + 1, Set.of("what", "which"))) {
      return true; // ", in what would be one of the deepest strikes"
    }
    if (lw.equals("as") || lw.equals("which") && clauseHasCue(j + 1, end)) {
      return true; // ", as most lines continue to ...", ", which they believe are ..."
    }
    if (reportingClauseFollows(j, end)) {
      return true; // "..., a State Department spokesman said."
    }
    if (lw.equals("and") || lw.equals("but")) {
      if (coordinatedCue(j + 1, end)) {
        return true;
      }
      int k = j + 1;
      if (k < end && t.lw[k].equals("then")) {
        return true; // ", and then every government has its list"
      }
      if (k < end && SUBJECT_PRONOUNS.contains(t.lw[k]) && k + 1 < end && verbish(k + 1)) {
        return true;
      }
      if (lw.equals("but") && k < end && verbish(k) && !t.lw[k].endsWith("ing")) {
        return true; // ", but gave no details"
      }
      return clauseHasCue(k, end);
    }
    if (lw.equals("though") || lw.equals("although") || lw.equals("while") || lw.equals("as")) {
      return clauseHasCue(j + 1, end);
    }
    CueLexicon.Entry e = lex.lookup(lw);
    return e != null && t.posIs(j, "VERB") && !lw.endsWith("ed") && lw.endsWith("s"); // ", blames"
  }

  private boolean clauseHasCue(int from, int end) {
    for (int m = from; m < end; m++) {
      if (t.lw[m].equals(",") || t.lw[m].equals(";")) {
        return false;
      }
      if (lex.lookup(t.lw[m]) != null
          && (verbish(m) || m > from && (t.isNoun(m - 1) || t.posIs(m - 1, "PRON")))
          && !t.is(m - 1, "to")
          && !t.posIs(m - 1, "DET")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tokens from {@code j} are a postposed reporting clause that closes the sentence: "a
   * State Department spokesman said." or "said Peskov." (with adjuncts).
   */
  private boolean reportingClauseFollows(int j, int end) {
    int k = j;
    CueLexicon.Entry e = lex.lookup(t.lw[k]);
    if (e == null || !INVERTING.contains(e.lemma())) {
      int np = subjectRight(j, end, true, false);
      if (np <= j || np >= end) {
        return false;
      }
      k = np;
      while (k < end && (AUX.contains(t.lw[k]) || isGroupAdverb(k))) {
        k++;
      }
      e = k < end ? lex.lookup(t.lw[k]) : null;
      if (e == null || !INVERTING.contains(e.lemma())) {
        return false;
      }
      return restIsAdjunct(e, k + 1, end) && !clauseAhead(k + 1, end);
    }
    int np = subjectRight(k + 1, end, true, false);
    return np > k + 1 && restIsAdjunct(null, np, end);
  }

  /** Whether a cue verb (with auxiliaries and adverbs) starts at {@code j}, with no subject. */
  private boolean coordinatedCue(int j, int end) {
    int k = j;
    while (k < end
        && k < j + 4
        && (AUX.contains(t.lw[k])
            || isGroupAdverb(k)
            || t.lw[k].equals("also")
            || t.lw[k].equals("then"))) {
      k++;
    }
    if (k >= end) {
      return false;
    }
    if (t.lw[k].equals("put") && t.is(k + 1, "it")) {
      return true;
    }
    String lw = t.lw[k];
    CueLexicon.Entry e = lex.lookup(lw);
    if (e == null || lw.endsWith("ing")) {
      return false;
    }
    boolean finite = lw.endsWith("s") || lw.endsWith("ed") || !lw.equals(e.lemma());
    // "and call sign" is a noun; "and asks people" a verb the tagger may call a noun
    return t.isVerb(k) && (finite || k + 1 >= end || !t.isNoun(k + 1))
        || !t.hasPos
        || finite && t.isNoun(k) && !t.is(k + 1, "of") && !t.is(k + 1, "'s");
  }

  /** Sets content to tokens [k, stop), trimming punctuation that the guidelines leave out. */
  private boolean setContentTokens(Relation r, int k, int stop) {
    int a = k;
    int b = stop;
    while (b > a && isTrailingPunct(b - 1)) {
      b--;
    }
    while (a < b && (t.lw[a].equals(",") || t.lw[a].equals(":") || DASHES.contains(t.lw[a]))) {
      a++;
    }
    if (a >= b) {
      return false;
    }
    int endChar = t.te[b - 1];
    // a closing quote right after the kept tokens, whose opening mark is inside: keep it, with the
    // full stop or comma before it ("... "if that is what it takes.")
    if (b < t.n && closesQuote[b] >= 0 && quotes.get(closesQuote[b]).start() >= t.ts[a]) {
      endChar = t.te[b];
    } else if (b + 1 < t.n
        && isTrailingPunct(b)
        && closesQuote[b + 1] >= 0
        && quotes.get(closesQuote[b + 1]).start() >= t.ts[a]
        && b + 1 <= stop) {
      endChar = t.te[b + 1];
    }
    r.content(t.ts[a], endChar);
    return true;
  }

  private boolean isTrailingPunct(int i) {
    String lw = t.lw[i];
    return SENTENCE_END.contains(lw)
        || lw.equals(",")
        || lw.equals(";")
        || lw.equals(":")
        || DASHES.contains(lw);
  }

  // ---------------------------------------------------------------------------------------------
  // Content to the left of the cue

  /**
   * Sets the content of a postposed reporting clause: the quote that ends at {@code before}, or the
   * clause from the sentence start up to the comma at {@code before}.
   */
  private boolean contentLeft(Relation r, int s, int before) {
    if (before < 0) {
      return false;
    }
    r.contentStart = -1;
    int q = closesQuote[before];
    if (q < 0 && t.lw[before].equals(",") && before > 0 && closesQuote[before - 1] >= 0) {
      q = closesQuote[before - 1];
    }
    if (q >= 0) {
      Span quote = quotes.get(q);
      r.content(quote.start(), quote.end());
      return true;
    }
    if (!t.lw[before].equals(",")) {
      return false;
    }
    int start = clauseStart(s);
    int limit = limitLeft(s, before);
    start = Math.max(start, limit);
    if (start < before && SUBORDINATORS.contains(t.lw[start]) && !t.lw[start].equals("then")) {
      return false; // "When there is something serious, we will tell you": no content
    }
    return start < before && setContentTokens(r, start, before);
  }

  // ---------------------------------------------------------------------------------------------
  // Sources

  /**
   * The subject noun phrase that ends right before the cue group at {@code cueFirst} (skipping
   * adverbs and time phrases between them), as {first, end}; null if there is none.
   */
  int @Nullable [] subjectLeft(int cueFirst, int limit) {
    int end = skipLeftAdjuncts(cueFirst, limit);
    if (end <= limit) {
      return null;
    }
    if (t.lw[end - 1].equals(",")) {
      // asides between the subject and the cue: ", citing X," / ", which in turn cited Y," /
      // ", however,"
      int c1 = end - 1;
      boolean aside = false;
      for (int round = 0; round < 4; round++) {
        int c0 = prevComma(c1, limit);
        if (c0 < 0) {
          break;
        }
        String first = t.lw[c0 + 1];
        if (first.equals("citing")
            || first.equals("quoting")
            || first.equals("according")
            || participialAside(c0 + 1, c1)
            || first.equals("which") && within(c0 + 1, c1, 4, "cited", "quoted")
            || PARENTHETICALS.contains(first) && c1 - c0 <= 4) {
          aside = true;
          end = c0;
          c1 = c0;
          continue;
        }
        break;
      }
      if (aside) {
        return walkNounPhrase(end, limit, false);
      }
      // an appositive: "Dmytro Pletenchuk, a spokesman for the navy, said"
      int c0 = prevComma(c1, limit);
      if (c0 >= 0 && appositive(c0 + 1, c1)) {
        int[] head = walkNounPhrase(c0, limit, false);
        if (head != null) {
          return new int[] {head[0], c1};
        }
      }
      return null;
    }
    int[] np = walkNounPhrase(end, limit, false);
    if (np != null && end < cueFirst && containsVerb(np[0], end)) {
      // "A video shared on Facebook this week claims": the time phrase belongs to the participle
      np[1] = restoreTimeAdjunct(end, cueFirst);
    }
    return np;
  }

  private boolean containsVerb(int a, int b) {
    for (int j = a; j < b; j++) {
      if (t.posIs(j, "VERB")) {
        return true;
      }
    }
    return false;
  }

  /** The end of "this week" / "last month" skipped before a cue, or {@code end} if none. */
  private int restoreTimeAdjunct(int end, int cueFirst) {
    int e = end;
    while (e < cueFirst
        && (t.lw[e].equals("this") || t.lw[e].equals("last") || TIME_WORDS.contains(t.lw[e]))) {
      e++;
    }
    return e;
  }

  private int prevComma(int from, int limit) {
    for (int j = from - 1; j >= limit && j > from - 24; j--) {
      String lw = t.lw[j];
      if (lw.equals(",")) {
        return j;
      }
      if (SENTENCE_END.contains(lw) || lw.equals(";") || lw.equals(":") || DASHES.contains(lw)) {
        return -1;
      }
    }
    return -1;
  }

  /** ", asked by another channel about the rumours last week,": an aside, not the source. */
  private boolean participialAside(int a, int b) {
    String lw = t.lw[a];
    return a + 1 < b
        && t.posIs(a, "VERB")
        && (lw.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(lw))
        && (t.posIs(a + 1, "ADP") || t.posIs(a + 1, "ADV"));
  }

  /** Whether tokens [a, b) read as an appositive: a noun phrase or a non-restrictive relative. */
  private boolean appositive(int a, int b) {
    if (a >= b) {
      return false;
    }
    String first = t.lw[a];
    if (first.equals("who") || first.equals("whose") || first.equals("which")) {
      return true;
    }
    if (first.equals("speaking") || first.equals("however")) {
      return false;
    }
    if (first.equals("including") || first.equals("like") || first.equals("among")) {
      return true; // "several outlets, including Ukrainska Pravda,"
    }
    boolean noun = false;
    for (int j = a; j < b; j++) {
      if (t.isVerb(j)
          && !isParticipleAfterNoun(j)
          && !RELATIVES.contains(t.lw[j - 1 < a ? a : j - 1])) {
        return false;
      }
      noun |= t.isNoun(j) || t.posIs(j, "NUM") || t.posIs(j, "PRON");
    }
    return noun;
  }

  private int skipLeftAdjuncts(int end, int limit) {
    int e = end;
    for (int round = 0; round < 4; round++) {
      if (e - 1 < limit) {
        return e;
      }
      String lw = t.lw[e - 1];
      if (LEFT_ADJUNCT_ADVERBS.contains(lw) && !lw.equals("in") && !lw.equals("turn")
          || lw.endsWith("ly") && t.posIs(e - 1, "ADV")) {
        e--;
        // "are also claiming", "has also said": the cue is the verb alone, so the auxiliaries
        // before "also" are skipped too
        while (e - 1 >= limit && AUX.contains(t.lw[e - 1]) && !t.lw[e - 1].startsWith("'")) {
          e--;
        }
        continue;
      }
      if (lw.equals("turn") && t.is(e - 2, "in")) {
        e -= 2;
        continue;
      }
      // "on Tuesday", "last week", "late on Monday", "on Thursday night"
      if (TIME_WORDS.contains(lw) && e - 2 >= limit) {
        int m = e - 2;
        while (m >= limit
            && m > e - 5
            && (TIME_WORDS.contains(t.lw[m])
                || t.posIs(m, "NUM")
                || t.lw[m].equals("the")
                || t.posIs(m, "ADJ") && !t.isCapitalized(m))) {
          m--;
        }
        if (m >= limit && TIME_LEAD.contains(t.lw[m])) {
          int mm = m;
          if (t.lw[m].equals("on")
              && mm - 1 >= limit
              && (t.is(mm - 1, "late") || t.is(mm - 1, "early"))) {
            mm--;
          }
          e = mm;
          // "has in the past accused": the auxiliary before the time phrase is skipped too
          while (e - 1 >= limit && AUX.contains(t.lw[e - 1]) && !t.lw[e - 1].startsWith("'")) {
            e--;
          }
          continue;
        }
        if (t.lw[m + 1].equals("last") || t.lw[m + 1].equals("this")) {
          e = m + 1;
          continue;
        }
      }
      break;
    }
    return e;
  }

  /**
   * Walks left from {@code end} over a noun phrase: determiners, adjectives, nouns, names, numbers,
   * possessives, prepositional post-modifiers (unless {@code noPrepositions}), reduced and full
   * relative clauses and coordinated names ("Pyongyang and Moscow"). Stops at clause boundaries.
   * Tolerates the tagger's usual slips (a capitalised name or a plural noun tagged as a verb).
   * Returns {first, end} or null.
   */
  private int @Nullable [] walkNounPhrase(int end, int limit, boolean noPrepositions) {
    int j = end - 1;
    int first = end;
    int pendingAnd = -1;
    boolean stoppedAtVerb = false;
    while (j >= limit && end - j <= MAX_SOURCE_TOKENS) {
      String lw = t.lw[j];
      String p = t.pos[j];
      int ent = t.entityAt[j];
      if (ent >= 0 && t.entityFirst[ent] >= limit && t.entityFirst[ent] < j && !noPrepositions) {
        // a known name is one unit, whatever its words are tagged: "Doctors Without Borders"
        first = t.entityFirst[ent];
        j = first - 1;
        continue;
      }
      if (t.isTitle(j) && first < end) {
        first = j;
        j--;
        continue;
      }
      if (SAY_FORMS.contains(lw)) {
        stoppedAtVerb = true;
        break;
      }
      if (closesQuote[j] >= 0) {
        // a quoted name or word inside the phrase: The channel "Two Majors", the "leaked" document
        int q = closesQuote[j];
        int open = quoteOpenTok[q];
        if (open >= limit
            && j - open <= 5
            && open - 1 >= limit
            && (t.isNoun(open - 1)
                || t.posIs(open - 1, "DET")
                || t.posIs(open - 1, "ADJ")
                || t.posIs(open - 1, "VERB") && nominalVerb(open - 1))) {
          first = open;
          j = open - 1;
          continue;
        }
        break;
      }
      if (lw.equals("'s")
          || lw.equals("’s")
          || (lw.equals("'") || lw.equals("’")) && j > limit && t.lw[j - 1].endsWith("s")) {
        first = j;
        j--;
        continue;
      }
      if (lw.equals("and") || lw.equals("&") || lw.equals("or")) {
        if (j - 1 >= limit
            && first < end
            && !t.lw[j - 1].equals(",")
            && (nounish(j - 1) || t.isCapitalized(j - 1))) {
          pendingAnd = j;
          first = j;
          j--;
          continue;
        }
        break;
      }
      if (RELATIVES.contains(lw) || SUBORDINATORS.contains(lw) && !p.equals("ADP")) {
        if (lw.equals("that") && p.equals("DET") && first < end) {
          first = j; // "that account"
          j--;
          continue;
        }
        break;
      }
      if (p.equals("VERB") || p.equals("AUX")) {
        if (AUX.contains(lw) && !(first == end)) {
          int rel = relativeBefore(j, limit);
          if (rel >= 0) {
            first = rel;
            j = rel - 1;
            continue;
          }
          stoppedAtVerb = true;
          break;
        }
        boolean modifier =
            first < end && nominalVerb(j)
                || first < end && t.isNoun(first) && (lw.endsWith("ing") || lw.endsWith("ed"))
                || lw.indexOf('-') > 0
                || t.isCapitalized(j) && j > t.first(t.sent[j]) && !AUX.contains(lw)
                || j == end - 1
                    && !AUX.contains(lw)
                    && !lw.endsWith("ed")
                    && lex.lookup(lw) == null
                    // "People keep asking": a base form after a plural noun is its verb
                    && !(j > limit
                        && t.isNoun(j - 1)
                        && t.lw[j - 1].endsWith("s")
                        && !lw.endsWith("s"))
                    && (j == limit
                        || t.is(j - 1, "'s")
                        || t.is(j - 1, "’s")
                        || t.posIs(j - 1, "CCONJ")
                        || SUBORDINATORS.contains(t.lw[j - 1])
                        || t.posIs(j - 1, "DET")
                        || t.posIs(j - 1, "ADJ")
                        || t.isNoun(j - 1));
        if (modifier) {
          first = j;
          j--;
          continue;
        }
        if (!noPrepositions
            && (isParticipleAfterNoun(j)
                || lw.endsWith("ing") && j - 1 >= limit && t.isNoun(j - 1) && first < end)) {
          first = j;
          j--;
          continue;
        }
        int rel = relativeBefore(j, limit);
        if (rel >= 0 && !noPrepositions) {
          first = rel;
          j = rel - 1;
          continue;
        }
        stoppedAtVerb = true;
        break;
      }
      if (p.equals("PUNCT") || p.equals("SYM")) {
        if ((lw.equals("-") || lw.equals("&"))
            && first < end
            && j - 1 >= limit
            && !t.posIs(j - 1, "PUNCT")) {
          first = j;
          j--;
          continue;
        }
        break;
      }
      if (p.equals("ADP") || NP_PREPOSITIONS.contains(lw) && !t.hasPos) {
        if (noPrepositions || !NP_PREPOSITIONS.contains(lw) || first >= end || j - 1 < limit) {
          break;
        }
        if (nounish(j - 1)
            || isParticipleAfterNoun(j - 1)
            || QUANTIFIERS.contains(t.lw[j - 1])
            || t.isCapitalized(j - 1) && !SUBORDINATORS.contains(t.lw[j - 1])) {
          first = j;
          j--;
          continue;
        }
        // a stranded preposition in a zero relative: "Most people I spoke to in Kyiv"
        int v = t.posIs(j - 1, "ADP") ? j - 2 : j - 1;
        if (v >= limit && t.isVerb(v)) {
          int rel = relativeBefore(v, limit);
          if (rel >= 0) {
            first = rel;
            j = rel - 1;
            continue;
          }
        }
        break;
      }
      if (p.equals("SCONJ") || p.equals("CCONJ") || p.equals("INTJ")) {
        break;
      }
      if (p.equals("PRON")) {
        if (OBJECT_PRONOUNS.contains(lw)
            && !lw.equals("it")
            && !lw.equals("her")
            && !(first == end && t.is(j - 1, "of"))) {
          break; // "tell us their commanders": "us" is the object of the verb before
        }
        first = j;
        j--;
        if (PERSONAL_PRONOUNS.contains(lw) || lw.equals("nobody") || lw.equals("everyone")) {
          break; // a pronoun subject starts its phrase
        }
        continue;
      }
      if (p.equals("ADV")) {
        if (first < end
            && (lw.equals("roughly")
                || lw.equals("about")
                || lw.equals("nearly")
                || lw.equals("only")
                || lw.equals("almost")
                || lw.equals("some")
                || lw.equals("most"))) {
          first = j;
          j--;
          continue;
        }
        break;
      }
      if (!t.hasPos && !t.isCapitalized(j) && !lw.chars().allMatch(Character::isLetter)) {
        break;
      }
      first = j;
      j--;
    }
    if (stoppedAtVerb && pendingAnd >= 0) {
      first = pendingAnd + 1;
    }
    // trim leading prepositions, conjunctions, punctuation and list numbers ("2. Our readers")
    while (first < end
        && (t.posIs(first, "ADP")
            || t.posIs(first, "CCONJ")
            || t.posIs(first, "PUNCT")
            || t.lw[first].equals("'s")
            || t.lw[first].equals("’s")
            || isListNumber(first))) {
      first++;
    }
    if (first >= end || end - first > MAX_SOURCE_TOKENS) {
      return null;
    }
    boolean content = false;
    for (int k = first; k < end; k++) {
      if (t.isNoun(k)
          || t.posIs(k, "PRON")
          || t.posIs(k, "NUM")
          || QUANTIFIERS.contains(t.lw[k]) && k == end - 1
          || t.isVerb(k) && k == end - 1
          || t.posIs(k, "ADJ") && k == end - 1 && k > first
          || !t.hasPos && t.isCapitalized(k)) {
        content = true;
        break;
      }
    }
    if (!content) {
      return null;
    }
    if (end - first == 1
        && (RELATIVES.contains(t.lw[first])
            || t.lw[first].equals("there")
            || t.lw[first].equals("what"))) {
      return null;
    }
    return new int[] {first, end};
  }

  /**
   * A word tagged as a verb that sits inside a noun phrase: "the call sign", "a closed-door
   * briefing" (after a determiner, adjective or noun, and not a finite form).
   */
  private boolean nominalVerb(int j) {
    String lw = t.lw[j];
    if (AUX.contains(lw) || j == 0) {
      return false;
    }
    if (lw.indexOf('-') > 0) {
      return true;
    }
    int b = j - 1;
    return (t.posIs(b, "DET")
            || t.posIs(b, "ADJ")
            || t.posIs(b, "NOUN") && !lw.endsWith("ed")
            || t.is(b, "'s")
            || t.is(b, "’s"))
        && !lw.endsWith("s")
        && t.sent[b] == t.sent[j]
        && lex.lookup(lw) == null;
  }

  private boolean isQuoteMark(int j) {
    return opensQuote[j] >= 0 || closesQuote[j] >= 0 || ALL_QUOTES.contains(t.lw[j]);
  }

  /** "2." or "2" + "." opening a numbered item. */
  private boolean isListNumber(int k) {
    String w = t.w[k];
    if (w.length() >= 2 && w.endsWith(".") && Character.isDigit(w.charAt(0))) {
      return true;
    }
    return Character.isDigit(w.isEmpty() ? ' ' : w.charAt(0))
        && k + 1 < t.n
        && t.w[k + 1].equals(".")
        && k == t.first(t.sent[k]);
  }

  private boolean nounish(int j) {
    return t.isNoun(j)
        || t.posIs(j, "PRON") && !OBJECT_PRONOUNS.contains(t.lw[j])
        || QUANTIFIERS.contains(t.lw[j])
        || t.posIs(j, "NUM")
        || t.posIs(j, "ADJ")
        || closesQuote[j] >= 0;
  }

  /** A past participle modifying the noun before it: "data compiled by", "a memo obtained by". */
  private boolean isParticipleAfterNoun(int j) {
    String lw = t.lw[j];
    boolean participle =
        lw.endsWith("ed") || lw.endsWith("en") || IRREGULAR_PARTICIPLES.contains(lw);
    if (!participle || j == 0) {
      return false;
    }
    int b = j - 1;
    if (t.posIs(b, "ADV") && b > 0) {
      b--;
    }
    return (t.isNoun(b)
            || t.posIs(b, "NUM")
            || t.posIs(b, "ADJ") && b > 0 && (t.posIs(b - 1, "ADJ") || t.posIs(b - 1, "DET")))
        && !AUX.contains(t.lw[b]);
  }

  /**
   * For a verb at {@code v}, the relative pronoun that opens its clause inside a noun phrase
   * ("Journalists who visited the site"), or the noun of a zero relative ("people I spoke to"); -1
   * when the verb is not in a relative clause.
   */
  private int relativeBefore(int v, int limit) {
    for (int j = v - 1; j >= limit && j >= v - 10; j--) {
      String lw = t.lw[j];
      if ((lw.equals("who") || lw.equals("that") || lw.equals("which") || lw.equals("whom"))
          && j - 1 >= limit
          && (t.isNoun(j - 1) || t.posIs(j - 1, "PRON") && !lw.equals("that"))) {
        return j;
      }
      if (t.posIs(j, "PUNCT")
          || t.isVerb(j) && j != v - 1 && !AUX.contains(lw)
          || SUBORDINATORS.contains(lw)) {
        break;
      }
    }
    // zero relative: "Most people I spoke to in Kyiv"
    int p = v - 1;
    if (p - 1 >= limit
        && t.posIs(p, "PRON")
        && PERSONAL_PRONOUNS.contains(t.lw[p])
        && t.posIs(p - 1, "NOUN")) {
      return p;
    }
    return -1;
  }

  /**
   * The end (exclusive) of the noun phrase that starts at {@code start}, with comma-delimited
   * appositives and relative clauses ("Sen. Patty Murray of Washington, the top Democrat on the
   * Appropriations Committee"); {@code start} when there is none.
   */
  int subjectRight(int start, int end, boolean allowThatStop, boolean closeRequired) {
    int j = start;
    boolean any = false;
    boolean afterRelative = false;
    while (j < end && j - start <= MAX_SOURCE_TOKENS) {
      String lw = t.lw[j];
      String p = t.pos[j];
      if (SENTENCE_END.contains(lw) && !(t.w[j].length() > 1)
          || lw.equals(";")
          || lw.equals(":")
          || opensQuote[j] >= 0 && !any) {
        break;
      }
      if (lw.equals(",")) {
        int next = j + 1;
        if (next >= end || !any) {
          break;
        }
        String nl = t.lw[next];
        int close = nextCommaOrEnd(next, end);
        if (nl.equals("who") || nl.equals("whose") || nl.equals("which")) {
          if (anonymityClause(next, close) || within(next, close, 6, "cited", "quoted", "citing")) {
            break;
          }
          j = close;
          afterRelative = true;
          continue;
        }
        if (closeRequired
            && (close >= end || !t.lw[close].equals(",") || containsVerb(next, close))) {
          break;
        }
        if (afterRelative) {
          break; // "Valentyna, 71, who lives on the fourth floor, her hands wrapped in bandages"
        }
        if ((t.posIs(next, "DET")
                || t.posIs(next, "NUM")
                || t.posIs(next, "ADJ")
                || t.isNoun(next)
                || POSSESSIVE_PRONOUNS.contains(nl))
            && !nl.equals("that")
            && !nl.equals("this")
            && nounPhraseOnly(next, close)) {
          j = close;
          continue;
        }
        break;
      }
      if (opensQuote[j] >= 0) {
        int q = opensQuote[j];
        if (quoteCloseTok[q] - j <= 5 && quoteCloseTok[q] < end) {
          j = quoteCloseTok[q] + 1;
          continue;
        }
        break;
      }
      if (lw.equals("that") && allowThatStop) {
        break;
      }
      if (RELATIVES.contains(lw) && any && !lw.equals("that")) {
        int close = nextCommaOrEnd(j, end);
        if (anonymityClause(j, close)) {
          break;
        }
        j = close;
        continue;
      }
      if (lw.equals("who") && any) {
        j = nextCommaOrEnd(j, end);
        continue;
      }
      if (p.equals("VERB") || p.equals("AUX")) {
        if (any && isParticipleAfterNoun(j)) {
          j++;
          continue;
        }
        boolean prenominal =
            !AUX.contains(lw)
                && j + 1 < end
                && t.isNoun(j + 1)
                && (lw.endsWith("ed")
                    || lw.endsWith("en")
                    || lw.endsWith("ing")
                    || lw.indexOf('-') > 0);
        if (prenominal) {
          any = true; // "written testimony", "a classified Bundeswehr planning document"
          j++;
          continue;
        }
        break;
      }
      if (p.equals("SCONJ")
          || p.equals("CCONJ") && !(lw.equals("and") && any && j + 1 < end && t.isNoun(j + 1))) {
        break;
      }
      if (p.equals("ADP") && (!NP_PREPOSITIONS.contains(lw) || !any)) {
        break;
      }
      if (p.equals("ADV") && !lw.equals("only")) {
        break;
      }
      if (p.equals("PUNCT") && !(lw.equals("-") || lw.equals("&") || lw.equals("."))) {
        break;
      }
      any = true;
      j++;
    }
    // trim trailing prepositions or punctuation
    int e = j;
    while (e > start
        && (t.posIs(e - 1, "ADP")
            || t.posIs(e - 1, "PUNCT") && closesQuote[e - 1] < 0
            || t.posIs(e - 1, "CCONJ"))) {
      e--;
    }
    return e;
  }

  private int nextCommaOrEnd(int from, int end) {
    for (int j = from; j < end; j++) {
      String lw = t.lw[j];
      if (lw.equals(",") || lw.equals(";") || lw.equals(":") || SENTENCE_END.contains(lw)) {
        return j;
      }
    }
    return end;
  }

  private boolean nounPhraseOnly(int a, int b) {
    for (int j = a; j < b; j++) {
      if (t.isVerb(j) && !isParticipleAfterNoun(j)) {
        return false;
      }
      if (t.posIs(j, "SCONJ")) {
        return false;
      }
    }
    return a < b;
  }

  /** "who asked not to be named", "who was not authorized to speak publicly". */
  private boolean anonymityClause(int a, int b) {
    for (int j = a; j < b; j++) {
      String lw = t.lw[j];
      if (lw.equals("named")
          || lw.equals("authorized")
          || lw.equals("authorised")
          || lw.equals("anonymity")
          || lw.equals("identified")
          || lw.equals("publicly")) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Other cue shapes

  /** "according to X, CONTENT", "CONTENT, according to X", "The reason, according to X, is ...". */
  private void according(int s, int i) {
    int limit = limitLeft(s, i);
    int end = limitRight(s, i);
    Relation r = new Relation(Pattern.ACCORDING, "according to", Kind.SPEECH, i, i + 2);
    used[i] = true;
    used[i + 1] = true;
    int srcStart = i + 2;
    int clause = Math.max(clauseStart(s), limit);
    boolean atStart = i == clause;
    int srcEnd = subjectRight(srcStart, end, false, atStart);
    if (srcEnd <= srcStart) {
      return;
    }
    r.source(srcStart, srcEnd);
    int next = srcEnd;
    if (atStart) {
      // According to X[, citing Y], CONTENT
      while (next < end
          && t.lw[next].equals(",")
          && next + 1 < end
          && (t.lw[next + 1].equals("citing") || t.lw[next + 1].equals("quoting"))) {
        int c = nextComma(next + 1, end, 16);
        if (c < 0) {
          break;
        }
        next = c;
      }
      if (next < end && (t.lw[next].equals(",") || t.lw[next].equals(":"))) {
        if (next + 1 < end && opensQuote[next + 1] >= 0) {
          Span q = quotes.get(opensQuote[next + 1]);
          r.content(q.start(), q.end());
        } else if (!setForward(r, next + 1, end, false)) {
          return;
        }
        relations.add(r);
      }
      return;
    }
    boolean afterComma = i - 1 >= limit && t.lw[i - 1].equals(",");
    // "..., according to the FT, citing a senior official."
    while (next + 1 < end
        && t.lw[next].equals(",")
        && (t.lw[next + 1].equals("citing") || t.lw[next + 1].equals("quoting"))) {
      int c = nextCommaOrEnd(next + 1, end);
      if (c <= next) {
        break;
      }
      next = c;
    }
    boolean sourceEndsSentence = next >= end || SENTENCE_END.contains(t.lw[next]);
    if (afterComma && sourceEndsSentence) {
      if (setContentTokens(r, clause, i - 1)) {
        relations.add(r);
      }
      return;
    }
    // parenthetical or trailing without comma: the whole clause holds the cue
    int stop = end;
    if (setContentTokens(r, clause, stop)) {
      relations.add(r);
    }
  }

  /**
   * "citing X" and "which in turn cited X": the source is X; the content comes from the main cue.
   */
  private void citing(int s, int i, int sentenceStart) {
    int end = limitRight(s, i);
    Relation r =
        new Relation(
            Pattern.CITING, t.lw[i].equals("quoting") ? "quote" : "cite", Kind.SPEECH, i, i + 1);
    int srcEnd = subjectRight(i + 1, end, true, false);
    if (srcEnd <= i + 1 || !sourceLike(i + 1, srcEnd)) {
      return;
    }
    used[i] = true;
    r.source(i + 1, srcEnd);
    relations.add(r);
  }

  /** Whether [a, b) can be an information source (not "a surge in mail ballot requests"). */
  private boolean sourceLike(int a, int b) {
    for (int j = a; j < b; j++) {
      if (t.entityAt[j] >= 0 || t.posIs(j, "PROPN") || SOURCE_LIKE_HEADS.contains(t.lw[j])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives every citing relation the content of the main relation of its sentence, and records the
   * chain: the main relation carries the first citation, which carries the next ("citing Izvestia,
   * which in turn cited a source").
   */
  private void linkCitations() {
    for (int k = 0; k < relations.size(); k++) {
      Relation c = relations.get(k);
      if (c.pattern != Pattern.CITING || c.hasContent()) {
        continue;
      }
      int s = t.sent[c.cueFirst];
      Relation carrier = null;
      // the nearest earlier relation of the sentence whose cue is before this one
      for (int m = k - 1; m >= 0; m--) {
        Relation o = relations.get(m);
        if (t.sent[o.cueFirst] != s) {
          break;
        }
        carrier = o;
        break;
      }
      Relation main = null;
      for (Relation o : relations) {
        if (o != c && o.pattern != Pattern.CITING && t.sent[o.cueFirst] == s && o.hasContent()) {
          if (main == null
              || Math.abs(o.cueFirst - c.cueFirst) < Math.abs(main.cueFirst - c.cueFirst)) {
            main = o;
          }
        }
      }
      if (main == null) {
        continue;
      }
      c.content(main.contentStart, main.contentEnd);
      if (carrier == null || carrier.cueFirst > c.cueFirst) {
        carrier = main;
      }
      c.carrier = carrier;
      carrier.carries = true;
    }
    // "The FT reported, citing X, that" was found before "citing": if a main relation comes after
    // its citation (the main cue follows: "The channel, citing X, writes"), chain it the other way
    for (Relation c : relations) {
      if (c.pattern == Pattern.CITING
          && c.carrier != null
          && c.carrier.pattern == Pattern.CITING
          && c.carrier.carrier == null) {
        for (Relation o : relations) {
          if (o.pattern != Pattern.CITING
              && o.contentStart == c.contentStart
              && o.contentEnd == c.contentEnd
              && t.sent[o.cueFirst] == t.sent[c.cueFirst]) {
            c.carrier.carrier = o;
            o.carries = true;
            break;
          }
        }
      }
    }
    // according to X: "X told lawmakers that Y, according to Z" -> Z carries X's relation
    for (Relation a : relations) {
      if (a.pattern != Pattern.ACCORDING || !a.hasContent()) {
        continue;
      }
      for (Relation o : relations) {
        if (o != a
            && o.pattern != Pattern.ACCORDING
            && o.carrier == null
            && o.hasSource()
            && t.sent[o.cueFirst] == t.sent[a.cueFirst]
            && a.contentStart <= t.ts[o.srcFirst]
            && a.contentEnd >= o.contentEnd
            && o.contentStart >= a.contentStart
            && t.ts[o.srcFirst] - a.contentStart <= 2
            && a.contentEnd - o.contentEnd <= 2) {
          o.carrier = a;
          a.carries = true;
        }
      }
    }
  }

  /** "reportedly": the content is the clause around it, with no source. */
  private void reportedly(int s, int i) {
    int limit = limitLeft(s, i);
    int end = limitRight(s, i);
    Relation r = new Relation(Pattern.ADVERB, "reportedly", Kind.SPEECH, i, i + 1);
    used[i] = true;
    int start = Math.max(clauseStart(s), limit);
    for (int j = i - 1; j > start; j--) {
      if (t.lw[j].equals(";") || t.lw[j].equals(",") && t.is(j + 1, "and")) {
        start = j + 1;
        break;
      }
    }
    int stop = end;
    for (int j = i + 1; j < end; j++) {
      if (t.lw[j].equals(",") && t.isAny(j + 1, Set.of("though", "although", "but", "while", "as"))
          || t.lw[j].equals(";")) {
        stop = j;
        break;
      }
    }
    if (setContentTokens(r, start, stop)) {
      relations.add(r);
    }
  }

  /** "It was reported that", "It is alleged in the video that", "it is said in the army that". */
  private boolean agentless(int s, int i) {
    int limit = limitLeft(s, i);
    int end = limitRight(s, i);
    int g = i - 1;
    boolean be = false;
    while (g >= limit && (AUX.contains(t.lw[g]) || isGroupAdverb(g))) {
      be |= BE.contains(t.lw[g]);
      g--;
    }
    if (!be || g < limit) {
      return false;
    }
    if (!t.lw[g].equals("it")) {
      return raisingPassive(s, g, i, limit, end);
    }
    int cueFirst = g + 1;
    while (cueFirst < i && isGroupAdverb(cueFirst)) {
      cueFirst++;
    }
    if (negated(cueFirst, i)) {
      return false;
    }
    int that = -1;
    for (int j = i + 1; j < end && j < i + LOOKAHEAD; j++) {
      if (t.lw[j].equals("that")) {
        that = j;
        break;
      }
      if (t.isVerb(j) || SENTENCE_END.contains(t.lw[j]) || t.lw[j].equals(";")) {
        break;
      }
    }
    if (that < 0) {
      return false;
    }
    Relation r = new Relation(Pattern.AGENTLESS, t.lw[i], lexKind(t.lw[i]), cueFirst, i + 1);
    for (int k = cueFirst; k <= i; k++) {
      used[k] = true;
    }
    if (setForward(r, that + 1, end, false)) {
      relations.add(r);
    }
    return true;
  }

  /**
   * "Yermak is said to be dissatisfied", "He is believed to have left": a raising passive with no
   * agent; the content is the whole clause, as for "reportedly".
   */
  private boolean raisingPassive(int s, int beforeGroup, int i, int limit, int end) {
    if (!t.is(i + 1, "to") || !(AGENTLESS_RAISING.contains(t.lw[i]))) {
      return false;
    }
    int cueFirst = beforeGroup + 1;
    while (cueFirst < i && !BE.contains(t.lw[cueFirst])) {
      cueFirst++;
    }
    int[] subj = subjectLeft(cueFirst, limit);
    if (subj == null || negated(cueFirst, i)) {
      return false;
    }
    Relation r = new Relation(Pattern.AGENTLESS, t.lw[i], lexKind(t.lw[i]), cueFirst, i + 1);
    for (int k = cueFirst; k <= i; k++) {
      used[k] = true;
    }
    if (setForward(r, subj[0], end, false)) {
      relations.add(r);
    }
    return true;
  }

  private static final Set<String> AGENTLESS_RAISING =
      Set.of(
          "said",
          "reported",
          "believed",
          "thought",
          "alleged",
          "rumoured",
          "rumored",
          "understood",
          "claimed",
          "known",
          "suspected");

  private CueLexicon.@Nullable Kind lexKind(String form) {
    CueLexicon.Entry e = lex.lookup(form);
    return e == null ? Kind.SPEECH : e.kind();
  }

  /** "as X put it, CONTENT", "X put it bluntly: «...»". */
  private void putIt(int s, int i) {
    int limit = limitLeft(s, i);
    int end = limitRight(s, i);
    Relation r = new Relation(Pattern.CLAUSE, "put it", Kind.SPEECH, groupStart(i, limit), i + 2);
    int[] subj = subjectLeft(r.cueFirst, limit);
    if (subj == null) {
      return;
    }
    r.source(subj[0], subj[1]);
    for (int k = r.cueFirst; k < r.cueEnd; k++) {
      used[k] = true;
    }
    for (int j = i + 2; j < end && j < i + 10; j++) {
      String lw = t.lw[j];
      if (lw.equals(",") || lw.equals(":")) {
        if (j + 1 < t.n && opensQuote[j + 1] >= 0) {
          Span q = quotes.get(opensQuote[j + 1]);
          r.content(q.start(), q.end());
          relations.add(r);
        } else if (setForward(r, j + 1, end, false)) {
          relations.add(r);
        }
        return;
      }
      if (t.isVerb(j) && !t.lw[j].equals("put")) {
        return;
      }
    }
    // "..., as X put it." closing the sentence
    int before = subj[0] - 1;
    if (before - 1 >= limit
        && t.lw[before].equals("as")
        && t.lw[before - 1].equals(",")
        && contentLeft(r, s, before - 1)) {
      relations.add(r);
    }
  }

  /** "In X's words, CONTENT", "In his words, ...", "In the words of X: «...»". */
  private void words(int s, int i) {
    int limit = limitLeft(s, i);
    int end = limitRight(s, i);
    Relation r = new Relation(Pattern.NOUN, "words", Kind.SPEECH, i, i + 1);
    int after;
    if (t.is(i + 1, "of")) {
      int srcEnd = subjectRight(i + 2, end, false, true);
      if (srcEnd <= i + 2) {
        return;
      }
      r.source(i + 2, srcEnd);
      after = srcEnd;
    } else if (t.isAny(i - 1, POSSESSIVE_PRONOUNS)) {
      r.source(i - 1, i);
      after = i + 1;
    } else {
      int[] np = walkNounPhrase(i - 1, limit, false);
      if (np == null) {
        return;
      }
      r.source(np[0], np[1]);
      after = i + 1;
    }
    if (after >= end || !(t.lw[after].equals(",") || t.lw[after].equals(":"))) {
      return;
    }
    used[i] = true;
    if (after + 1 < t.n && opensQuote[after + 1] >= 0) {
      Span q = quotes.get(opensQuote[after + 1]);
      r.content(q.start(), q.end());
      relations.add(r);
    } else if (setForward(r, after + 1, end, false)) {
      relations.add(r);
    }
  }

  /** "Bild quoted one passage as saying that ...": two relations sharing the content. */
  private boolean quotedAsSaying(int s, int i) {
    int limit = limitLeft(s, i);
    int end = limitRight(s, i);
    if (t.is(i - 1, "was") || t.is(i - 1, "were") || t.is(i - 1, "is") || t.is(i - 1, "been")) {
      // "the official was quoted as saying": one relation, the verb group is the cue
      if (!(t.is(i + 1, "as") && t.is(i + 2, "saying"))) {
        return false;
      }
      int cueFirst = groupStart(i, limit);
      Relation r = new Relation(Pattern.CLAUSE, "quote", Kind.SPEECH, cueFirst, i + 3);
      for (int k = cueFirst; k < i + 3; k++) {
        used[k] = true;
      }
      int[] subj = subjectLeft(cueFirst, limit);
      if (subj == null) {
        return true;
      }
      r.source(subj[0], subj[1]);
      int before = subj[0] - 1;
      CueLexicon.Entry say = lex.lookup("said");
      if (say == null) {
        return true;
      }
      if (before >= limit
          && (t.lw[before].equals(",") || closesQuote[before] >= 0)
          && restIsAdjunct(null, i + 3, end)) {
        if (contentLeft(r, s, before)) {
          relations.add(r);
        }
      } else if (forward(r, s, say, i + 3, end)) {
        relations.add(r);
      }
      return true;
    }
    int as = -1;
    for (int j = i + 1; j < end && j < i + 10; j++) {
      if (t.lw[j].equals("as") && t.is(j + 1, "saying")) {
        as = j;
        break;
      }
    }
    if (as < 0 || as == i + 1) {
      return false;
    }
    int[] subj = subjectLeft(groupStart(i, limit), limit);
    CueLexicon.Entry say = lex.lookup("said");
    if (subj == null || say == null) {
      return false;
    }
    Relation outer =
        new Relation(Pattern.CLAUSE, "quote", Kind.SPEECH, groupStart(i, limit), i + 1);
    outer.source(subj[0], subj[1]);
    Relation inner = new Relation(Pattern.CITING, "say", Kind.SPEECH, as + 1, as + 2);
    inner.source(i + 1, as);
    if (!forward(inner, s, say, as + 2, end)) {
      return false;
    }
    outer.content(inner.contentStart, inner.contentEnd);
    inner.carrier = outer;
    outer.carries = true;
    for (int k = outer.cueFirst; k <= as + 1; k++) {
      used[k] = true;
    }
    relations.add(outer);
    relations.add(inner);
    return true;
  }

  /** Noun cues: "X's claim that", "the statement by X that", "reports that" (no source). */
  private void noun(int s, int i) {
    int limit = limitLeft(s, i);
    int end = limitRight(s, i);
    if (!t.isNoun(i) && t.hasPos && !t.is(i - 1, "'s") && !t.is(i - 1, "’s")) {
      return;
    }
    for (int j = i - 1; j >= limit && j >= i - 3; j--) {
      if (t.is(j, "in") || t.is(j, "with")) {
        return; // "said in a short statement that": the statement is the medium, not a cue
      }
    }
    Relation r = new Relation(Pattern.NOUN, t.lw[i], Kind.SPEECH, i, i + 1);
    int after = i + 1;
    boolean possessive =
        t.is(i - 1, "'s")
            || t.is(i - 1, "’s")
            || (t.is(i - 1, "'") || t.is(i - 1, "’"))
                && i - 2 >= limit
                && t.lw[i - 2].endsWith("s");
    if (possessive) {
      int[] np = walkPossessor(i - 1, limit);
      if (np == null) {
        return;
      }
      r.source(np[0], np[1]);
    } else if (t.is(after, "by")) {
      int srcEnd = subjectRight(after + 1, end, true, false);
      if (srcEnd <= after + 1) {
        return;
      }
      r.source(after + 1, srcEnd);
      after = srcEnd;
    } else if (t.isAny(i - 1, POSSESSIVE_PRONOUNS) || t.is(i - 1, "our")) {
      return; // "his appeal": the clause subject is the source; not handled
    }
    if (after >= end) {
      return;
    }
    int contentFrom;
    if (t.lw[after].equals("that")
        && (t.posIs(after, "SCONJ") || t.posIs(after, "PRON") || !t.hasPos)) {
      contentFrom = after + 1;
    } else if (r.hasSource()
        && t.lw[after].equals("to")
        && after + 1 < end
        && t.posIs(after + 1, "VERB")) {
      contentFrom = after + 1;
    } else if (r.hasSource() && t.lw[after].equals("of") && after + 1 < end) {
      contentFrom = after + 1;
    } else {
      return;
    }
    if (!r.hasSource() && !(t.lw[after].equals("that"))) {
      return;
    }
    int stop = matrixVerbCut(contentFrom, end);
    if (setContentTokens(r, contentFrom, stop)) {
      used[i] = true;
      relations.add(r);
    } else {
      r.contentStart = -1;
    }
  }

  /** The possessor before "'s": "Foreign Minister Sergei Lavrov's", "the agency's". */
  private int @Nullable [] walkPossessor(int apostrophe, int limit) {
    int j = apostrophe - 1;
    int first = apostrophe;
    while (j >= limit && apostrophe - j <= 8) {
      String p = t.pos[j];
      if (p.equals("PROPN")
          || p.equals("NOUN")
          || p.equals("ADJ")
          || p.equals("DET") && !t.lw[j].equals("that")
          || p.equals("NUM")
          || !t.hasPos && t.isCapitalized(j)) {
        first = j;
        if (p.equals("DET")) {
          break;
        }
        j--;
        continue;
      }
      break;
    }
    return first < apostrophe ? new int[] {first, apostrophe} : null;
  }

  /**
   * The end of a noun cue's that-clause: before the matrix verb that follows it ("Kallas's
   * suggestion that [a majority could act alone] drew a rebuke"), a comma or the sentence end.
   */
  private int matrixVerbCut(int from, int end) {
    int groups = 0;
    boolean inGroup = false;
    for (int j = from; j < end; j++) {
      String lw = t.lw[j];
      if (lw.equals(",") || lw.equals(";")) {
        return j;
      }
      boolean verb =
          t.posIs(j, "AUX")
              || t.posIs(j, "VERB") && !isParticipleAfterNoun(j) && !lw.endsWith("ing");
      if (verb && !inGroup) {
        boolean afterLink =
            j > from
                && (t.lw[j - 1].equals("to")
                    || t.lw[j - 1].equals("and")
                    || t.lw[j - 1].equals("or")
                    || RELATIVES.contains(t.lw[j - 1]));
        if (!afterLink) {
          groups++;
          if (groups == 2) {
            return j;
          }
        }
        inGroup = true;
      } else if (!verb && !t.posIs(j, "ADV") && !t.posIs(j, "PART") && !isQuoteMark(j)) {
        inGroup = false;
      }
    }
    return end;
  }

  /** The union of two sets, unmodifiable. */
  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
