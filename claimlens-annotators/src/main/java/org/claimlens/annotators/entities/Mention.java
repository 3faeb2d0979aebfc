package org.claimlens.annotators.entities;

import java.util.List;
import org.claimlens.model.EntityType;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A candidate mention while one document is analysed. Mutable and confined to the thread that
 * analyses the document; it becomes an immutable {@link org.claimlens.model.Entity} on output.
 */
final class Mention {
  int start;
  int end;
  int first;
  int last;
  @Nullable EntityType type;
  String canonical = "";
  double score;
  Gazetteer.@Nullable Entry entry;

  /** Entries an ambiguous alias may stand for, in gazetteer order; empty once resolved. */
  List<Gazetteer.Entry> candidates = List.of();

  /** A single capitalised word that may be the surname of a person named in full elsewhere. */
  boolean shortCandidate;

  @Nullable String role;
  @Nullable Span roleSpan;

  Mention(int start, int end, int first, int last) {
    this.start = start;
    this.end = end;
    this.first = first;
    this.last = last;
  }

  int length() {
    return end - start;
  }

  boolean isPerson() {
    return type == EntityType.PERSON;
  }

  void resolve(Gazetteer.Entry e, double newScore) {
    this.entry = e;
    this.type = e.type();
    this.canonical = e.canonical();
    this.score = newScore;
    this.candidates = List.of();
  }

  @Override
  public String toString() {
    return "Mention[" + start + "," + end + " " + type + " " + canonical + " " + score + "]";
  }
}
