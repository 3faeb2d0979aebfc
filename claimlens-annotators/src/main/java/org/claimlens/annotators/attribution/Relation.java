package org.claimlens.annotators.attribution;

import org.jspecify.annotations.Nullable;

/**
 * One attribution relation while a document is analysed: token ranges of its source and cue, the
 * character range of its content, and the relation that carries it in a chain. Mutable and confined
 * to the thread that analyses the document.
 */
final class Relation {
  /** How the relation was found; it sets the base score and the chain rules. */
  enum Pattern {
    /** A that-clause, a zero-that clause or a colon. */
    CLAUSE,
    /** A noun phrase or infinitive complement ("denied the report", "vowed to respond"). */
    COMPLEMENT,
    /** The content stands before the reporting clause ("..., the official said."). */
    POSTPOSED,
    /** "according to X". */
    ACCORDING,
    /** "citing X", "which in turn cited X", "quoted X as saying". */
    CITING,
    /** "X's claim that", "the statement by X that", "in X's words". */
    NOUN,
    /** "it was reported that", "it is alleged". */
    AGENTLESS,
    /** "reportedly". */
    ADVERB
  }

  /** Source tokens [srcFirst, srcEnd), or -1 when there is no source. */
  int srcFirst = -1;

  int srcEnd = -1;

  /** Cue tokens [cueFirst, cueEnd). */
  int cueFirst;

  int cueEnd;

  /** Content characters [contentStart, contentEnd); -1 until known. */
  int contentStart = -1;

  int contentEnd = -1;

  /** Set where found; refined once the content is known (a quote, a postposed clause). */
  Pattern pattern;

  final String lemma;
  final CueLexicon.@Nullable Kind kind;

  /** The relation that reports this one ("The FT reported" for "citing an official"), or null. */
  @Nullable Relation carrier;

  /** True when another relation names this one as its carrier. */
  boolean carries;

  /** The source was taken from a coordinated or participial cue's main clause. */
  boolean sharedSource;

  Relation(
      Pattern pattern, String lemma, CueLexicon.@Nullable Kind kind, int cueFirst, int cueEnd) {
    this.pattern = pattern;
    this.lemma = lemma;
    this.kind = kind;
    this.cueFirst = cueFirst;
    this.cueEnd = cueEnd;
  }

  boolean hasSource() {
    return srcFirst >= 0;
  }

  boolean hasContent() {
    return contentStart >= 0 && contentEnd > contentStart;
  }

  void source(int first, int end) {
    this.srcFirst = first;
    this.srcEnd = end;
  }

  void content(int start, int end) {
    this.contentStart = start;
    this.contentEnd = end;
  }

  @Override
  public String toString() {
    return "Relation["
        + pattern
        + " "
        + lemma
        + " src "
        + srcFirst
        + "-"
        + srcEnd
        + " cue "
        + cueFirst
        + "-"
        + cueEnd
        + " content "
        + contentStart
        + "-"
        + contentEnd
        + "]";
  }
}
