package org.claimlens.annotators.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;

/**
 * Links what a document says about its own claims' truth to those claims: "could not be
 * independently verified", "has not received any official confirmation", "nothing was officially
 * confirmed" (unconfirmed); "denied", "rejected the report", "dismissed ... as fake", "is a
 * fabrication" (denied); "confirmed" (confirmed).
 *
 * <p>A status statement reaches back at most {@link #WINDOW_SENTENCES} sentences and picks its
 * claims in this order: (1) an anaphor ("the report", "the accusation", "these claims", "neither
 * side's account", "it") picks the nearest preceding claim, or for a plural every claim of the two
 * sentences before, preferring a claim whose cue or source fits the noun (a report from an outlet,
 * an accusation); (2) otherwise shared content words and entities between the statement and a claim
 * (at least two) pick the best-matching claims; (3) a bare "nothing was confirmed" picks the
 * preceding claims resting on anonymous, media or unattributed sources. A claim is never linked to
 * a statement inside its own content or by its own source. When several statements reach a claim, a
 * denial outranks a confirmation, which outranks "unconfirmed". Made per document.
 */
final class StatusLinker {
  static final int WINDOW_SENTENCES = 8;

  private static final Set<String> VERIFY =
      Set.of(
          "verify",
          "verified",
          "verifying",
          "confirm",
          "confirmed",
          "confirms",
          "confirming",
          "confirmation",
          "corroborate",
          "corroborated",
          "corroboration",
          "evidence",
          "proof");
  private static final Set<String> NEGATORS =
      Set.of(
          "not",
          "n't",
          "n’t",
          "no",
          "never",
          "nobody",
          "nothing",
          "neither",
          "unable",
          "cannot",
          "without",
          "declined",
          "refused",
          "impossible",
          "none");
  private static final Set<String> UNVERIFIED =
      Set.of("unconfirmed", "unverified", "unsubstantiated", "uncorroborated");
  private static final Set<String> FALSE =
      Set.of(
          "false",
          "fabrication",
          "fabricated",
          "fake",
          "untrue",
          "lie",
          "lies",
          "disinformation",
          "debunked",
          "baseless",
          "groundless",
          "hoax");
  private static final Set<String> BE =
      Set.of("is", "was", "are", "were", "as", "be", "been", "called", "a", "an");
  private static final Set<String> PLURAL_ANAPHORS =
      Set.of(
          "claims",
          "reports",
          "accounts",
          "accusations",
          "allegations",
          "statements",
          "assertions",
          "these",
          "neither",
          "both",
          "suggestions",
          "rumours",
          "rumors",
          "stories");
  private static final Set<String> SINGULAR_ANAPHORS =
      Set.of(
          "report",
          "claim",
          "accusation",
          "allegation",
          "account",
          "information",
          "story",
          "article",
          "footage",
          "video",
          "statement",
          "assertion",
          "it",
          "this",
          "that",
          "such",
          "idea",
          "suggestion",
          "rumour",
          "rumor",
          "news",
          "plan",
          "figures",
          "figure");
  private static final Set<String> STOP =
      Set.of(
          "that",
          "this",
          "with",
          "from",
          "have",
          "been",
          "were",
          "will",
          "would",
          "could",
          "their",
          "there",
          "they",
          "than",
          "said",
          "says",
          "also",
          "about",
          "into",
          "after",
          "before",
          "which",
          "what",
          "when",
          "where",
          "while",
          "other",
          "some",
          "more",
          "most",
          "only",
          "over",
          "under",
          "such",
          "these",
          "those",
          "being",
          "does",
          "officially",
          "independently",
          "confirmed",
          "confirm",
          "confirmation",
          "verified",
          "report",
          "reports",
          "claims",
          "claim",
          "denied",
          "denies",
          "rejected",
          "official",
          "officials",
          "according");

  /** A claim in the making: its relation, resolved source and, once linked, its status. */
  static final class Draft {
    final Relation relation;
    final org.claimlens.model.Source source;
    final String sourceKey;
    final boolean viaChain;
    final List<org.claimlens.model.Source> via;
    ClaimStatus status = ClaimStatus.UNKNOWN;
    final List<Span> denied = new ArrayList<>();
    final List<Span> confirmed = new ArrayList<>();
    final List<Span> unconfirmed = new ArrayList<>();

    Draft(
        Relation relation,
        org.claimlens.model.Source source,
        List<org.claimlens.model.Source> via) {
      this.relation = relation;
      this.via = List.copyOf(via);
      boolean viaChain = !via.isEmpty();
      this.source = source;
      this.sourceKey = source.canonical().toLowerCase(Locale.ROOT);
      this.viaChain = viaChain;
    }

    List<Span> evidence() {
      return switch (status) {
        case DENIED -> denied;
        case CONFIRMED -> confirmed;
        case UNCONFIRMED -> unconfirmed;
        case UNKNOWN -> List.of();
      };
    }
  }

  private enum Kind {
    DENIED,
    CONFIRMED,
    UNCONFIRMED
  }

  private record Trigger(
      Kind kind,
      Span evidence,
      int token,
      int objectFirst,
      int objectEnd,
      @org.jspecify.annotations.Nullable Draft by) {}

  private final TokenView t;

  StatusLinker(TokenView t) {
    this.t = t;
  }

  void link(List<Draft> drafts) {
    List<Trigger> triggers = new ArrayList<>();
    phraseTriggers(triggers);
    for (Draft d : drafts) {
      Relation r = d.relation;
      if (r.kind == CueLexicon.Kind.DENIAL || r.kind == CueLexicon.Kind.CONFIRMATION) {
        int a = t.tokenAtOrAfter(r.contentStart);
        int b = t.tokenAtOrAfter(r.contentEnd);
        Kind kind = r.kind == CueLexicon.Kind.DENIAL ? Kind.DENIED : Kind.CONFIRMED;
        triggers.add(new Trigger(kind, t.span(r.cueFirst, r.cueEnd), r.cueFirst, a, b, d));
      }
    }
    for (Trigger tr : triggers) {
      for (Draft target : targets(tr, drafts)) {
        switch (tr.kind) {
          case DENIED -> target.denied.add(tr.evidence);
          case CONFIRMED -> target.confirmed.add(tr.evidence);
          case UNCONFIRMED -> target.unconfirmed.add(tr.evidence);
        }
      }
    }
    for (Draft d : drafts) {
      if (!d.denied.isEmpty()) {
        d.status = ClaimStatus.DENIED;
      } else if (!d.confirmed.isEmpty()) {
        d.status = ClaimStatus.CONFIRMED;
      } else if (!d.unconfirmed.isEmpty()) {
        d.status = ClaimStatus.UNCONFIRMED;
      }
    }
  }

  /** "could not be independently verified", "no official confirmation", "is a fabrication". */
  private void phraseTriggers(List<Trigger> out) {
    for (int i = 0; i < t.n; i++) {
      String lw = t.lw[i];
      int s = t.sent[i];
      int clauseStart = clauseStartBefore(i);
      if (VERIFY.contains(lw)) {
        for (int j = i - 1; j >= clauseStart && j >= i - 8; j--) {
          if (NEGATORS.contains(t.lw[j])) {
            int from = j > t.first(s) && AttributionFinder.AUX.contains(t.lw[j - 1]) ? j - 1 : j;
            out.add(new Trigger(Kind.UNCONFIRMED, t.span(from, i + 1), i, clauseStart, i, null));
            break;
          }
        }
      } else if (UNVERIFIED.contains(lw)) {
        // "unconfirmed reports say that ...": the adjective qualifies what follows; it is handled
        // in targets() as a forward link
        out.add(new Trigger(Kind.UNCONFIRMED, t.span(i, i + 1), i, -1, -1, null));
      } else if (FALSE.contains(lw) || lw.equals("true") && negatedBefore(i, clauseStart)) {
        boolean predicate = i == t.first(s) || i - 1 >= 0 && t.lw[i - 1].equals(":");
        int from = i;
        for (int j = i - 1; j >= clauseStart && j >= i - 3; j--) {
          if (BE.contains(t.lw[j])) {
            predicate = true;
            from = j;
          }
        }
        if (predicate) {
          out.add(new Trigger(Kind.DENIED, t.span(from, i + 1), i, clauseStart, from, null));
        }
      }
    }
  }

  private boolean negatedBefore(int i, int from) {
    for (int j = i - 1; j >= from && j >= i - 3; j--) {
      if (NEGATORS.contains(t.lw[j])) {
        return true;
      }
    }
    return false;
  }

  private int clauseStartBefore(int i) {
    int first = t.first(t.sent[i]);
    for (int j = i - 1; j > first; j--) {
      String lw = t.lw[j];
      if (lw.equals(";") || lw.equals(":") || lw.equals(",") && t.is(j + 1, "but")) {
        return j + 1;
      }
    }
    return first;
  }

  private List<Draft> targets(Trigger tr, List<Draft> drafts) {
    int at = t.ts[tr.token];
    int sentence = t.sent[tr.token];
    if (tr.objectFirst < 0) {
      // a forward adjective: the claims whose cue follows within a few tokens in its sentence
      List<Draft> out = new ArrayList<>();
      for (Draft d : drafts) {
        int cue = d.relation.cueFirst;
        if (cue > tr.token && cue - tr.token <= 6 && t.sent[cue] == sentence) {
          out.add(d);
        }
      }
      return out;
    }
    List<Draft> candidates = new ArrayList<>();
    for (Draft d : drafts) {
      Relation r = d.relation;
      if (d == tr.by || r.contentStart <= at && at < r.contentEnd) {
        continue;
      }
      if (t.ts[r.cueFirst] >= at) {
        continue;
      }
      if (tr.by != null && tr.by.sourceKey.equals(d.sourceKey)) {
        continue; // nobody denies their own claim
      }
      if (d.relation.kind == CueLexicon.Kind.DENIAL && tr.kind != Kind.UNCONFIRMED) {
        continue; // "X denied the report. This is false." is about the report, not the denial
      }
      candidates.add(d);
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    // (1) an anaphor
    boolean plural = false;
    String noun = null;
    int objectLength = tr.objectEnd - tr.objectFirst;
    if (objectLength <= 8 || tr.by == null) {
      for (int j = tr.objectFirst; j < tr.objectEnd && j < t.n; j++) {
        String lw = t.lw[j];
        if (PLURAL_ANAPHORS.contains(lw)) {
          plural = true;
          noun = lw;
          break;
        }
        if (SINGULAR_ANAPHORS.contains(lw) && !(lw.equals("that") && t.posIs(j, "SCONJ"))) {
          noun = lw;
          if (!lw.equals("it") && !lw.equals("this") && !lw.equals("that")) {
            break;
          }
        }
      }
    }
    if (noun != null && REPORT_NOUNS.contains(noun)) {
      // "the report", "the article": everything the latest reporting outlet carried
      String outlet = null;
      for (Draft d : candidates) {
        String o = outletOf(d);
        if (o != null) {
          outlet = o;
        }
      }
      if (outlet != null) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : candidates) {
          if (outlet.equals(outletOf(d))) {
            out.add(d);
          }
        }
        return out;
      }
    }
    List<Draft> all = new ArrayList<>(candidates);
    candidates.removeIf(d -> sentence - t.sent[d.relation.cueFirst] > WINDOW_SENTENCES);
    if (noun != null && (tr.by == null || objectLength <= 8) && !candidates.isEmpty()) {
      if (plural) {
        int last = 0;
        for (Draft d : candidates) {
          last = Math.max(last, t.sent[d.relation.cueFirst]);
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : candidates) {
          if (last - t.sent[d.relation.cueFirst] <= 1) {
            out.add(d);
          }
        }
        return out;
      }
      Draft best = null;
      for (Draft d : candidates) {
        if (best == null || prefer(d, best, noun)) {
          best = d;
        }
      }
      return best == null ? List.of() : sameContent(best, candidates);
    }
    // (2) shared content words
    Set<String> words = stems(tr.objectFirst, tr.objectEnd, true);
    if (tr.by == null) {
      words.addAll(stems(t.first(sentence), t.end(sentence), true));
    }
    int bestScore = 0;
    List<Draft> best = new ArrayList<>();
    for (Draft d : candidates) {
      int a = t.tokenAtOrAfter(d.relation.contentStart);
      int b = t.tokenAtOrAfter(d.relation.contentEnd);
      Set<String> cw = stems(a, b, false);
      int score = 0;
      for (String w : cw) {
        if (words.contains(w)) {
          score += w.startsWith("=") ? 2 : 1;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best.clear();
        best.add(d);
      } else if (score == bestScore && score > 0) {
        best.add(d);
      }
    }
    if (bestScore >= 2) {
      return best;
    }
    if (candidates.isEmpty() && all.isEmpty()) {
      return List.of();
    }
    // (3) a bare statement that nothing is confirmed: the claims just before it that rest on
    // anonymous, media or unattributed sources; a short sentence on its own ("So far, officials
    // have not provided confirmation") closes the whole post or article, so it reaches back over
    // the full window
    if (tr.by == null && tr.kind == Kind.UNCONFIRMED) {
      int reach = t.end(sentence) - t.first(sentence) <= 12 ? Integer.MAX_VALUE : 4;
      List<Draft> out = new ArrayList<>();
      for (Draft d : all) {
        SourceType type = d.source.type();
        if ((type.isAnonymous() || type == SourceType.MEDIA_OUTLET || d.viaChain)
            && sentence - t.sent[d.relation.cueFirst] <= reach) {
          out.add(d);
        }
      }
      return out;
    }
    return List.of();
  }

  private static final Set<String> REPORT_NOUNS =
      Set.of("report", "reports", "article", "story", "stories", "publication");

  /** The media outlet that carries a claim, as its source or in its via; null if none. */
  private static @org.jspecify.annotations.Nullable String outletOf(Draft d) {
    if (d.source.type() == SourceType.MEDIA_OUTLET) {
      return d.source.canonical();
    }
    for (org.claimlens.model.Source s : d.via) {
      if (s.type() == SourceType.MEDIA_OUTLET) {
        return s.canonical();
      }
    }
    return null;
  }

  /** Whether {@code d} fits the anaphor {@code noun} better than {@code best}, or is later. */
  private boolean prefer(Draft d, Draft best, String noun) {
    boolean dFits = fits(d, noun);
    boolean bestFits = fits(best, noun);
    if (dFits != bestFits) {
      return dFits;
    }
    return d.relation.contentEnd > best.relation.contentEnd;
  }

  private static boolean fits(Draft d, String noun) {
    String lemma = d.relation.lemma;
    return switch (noun) {
      case "report", "article", "story", "news" ->
          d.source.type() == SourceType.MEDIA_OUTLET
              || d.viaChain
              || lemma.equals("report")
              || d.relation.pattern == Relation.Pattern.CITING;
      case "accusation", "allegation" ->
          lemma.equals("accuse") || lemma.equals("blame") || lemma.equals("allege");
      case "claim", "assertion" -> lemma.equals("claim") || lemma.equals("assert");
      default -> true;
    };
  }

  private static List<Draft> sameContent(Draft best, List<Draft> candidates) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : candidates) {
      if (d.relation.contentStart == best.relation.contentStart
          && d.relation.contentEnd == best.relation.contentEnd) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Content-word stems (first six letters of words of four or more letters that are not stop words)
   * and, marked with "=", the canonical names of entities among the tokens.
   */
  private Set<String> stems(int from, int to, boolean withEntities) {
    Set<String> out = new HashSet<>();
    for (int i = Math.max(0, from); i < Math.min(to, t.n); i++) {
      int e = t.entityAt[i];
      if (e >= 0) {
        out.add("=" + t.entities.get(e).value().canonical());
      }
      String lw = t.lw[i];
      if (lw.length() >= 4 && !STOP.contains(lw) && Character.isLetter(lw.charAt(0))) {
        out.add(lw.length() > 6 ? lw.substring(0, 6) : lw);
      }
    }
    return out;
  }
}
