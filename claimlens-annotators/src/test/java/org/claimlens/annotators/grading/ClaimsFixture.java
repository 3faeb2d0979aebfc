package org.claimlens.annotators.grading;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.Document;
import org.claimlens.model.Hedge;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Provenance;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;

/**
 * A small fake of the attribution annotator's output: a text and claims written by hand, so that
 * each grading rule can be checked on exactly the claim it is about.
 */
final class ClaimsFixture {
  private static final Provenance TEST = new Provenance("test", "1", "hand", "0");

  private final String text;
  private final List<Annotation<Claim>> claims = new ArrayList<>();

  ClaimsFixture(String text) {
    this.text = text;
  }

  /** The span of the first occurrence of {@code s}. */
  Span span(String s) {
    return span(s, 1);
  }

  /** The span of the {@code occurrence}-th (from 1) occurrence of {@code s}. */
  Span span(String s, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(s, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + s + "' is not " + occurrence + "x in the text");
      }
    }
    return Span.of(at, at + s.length());
  }

  /** A flat claim whose cue and content are the {@code occurrence}-th of their strings. */
  ClaimsFixture claim(String cue, Source source, String content, int occurrence) {
    Claim c =
        new Claim(
            span(cue, occurrence),
            source,
            List.of(),
            List.of(),
            1.0,
            ClaimStatus.UNKNOWN,
            List.of());
    claims.add(new Annotation<>(span(content, occurrence), c, 0.9, TEST));
    return this;
  }

  Source named(String mention, String canonical, SourceType type) {
    return new Source(span(mention), canonical, type, null);
  }

  Source anonymous(String mention) {
    return new Source(span(mention), mention, SourceType.ANONYMOUS_PERSON, null);
  }

  ClaimsFixture claim(String cue, Source source, String content) {
    return claim(cue, source, content, List.of(), 1.0, ClaimStatus.UNKNOWN, List.of());
  }

  ClaimsFixture claim(
      String cue,
      Source source,
      String content,
      List<Source> via,
      double certainty,
      ClaimStatus status,
      List<String> evidence) {
    List<Hedge> hedges = certainty < 1.0 ? List.of(new Hedge(span(content), "could")) : List.of();
    Claim c =
        new Claim(
            span(cue),
            source,
            via,
            hedges,
            certainty,
            status,
            evidence.stream().map(this::span).toList());
    claims.add(new Annotation<>(span(content), c, 0.9, TEST));
    return this;
  }

  Document document() {
    return Document.of("fixture", text, Metadata.of("fixture.txt"))
        .with(Layers.ENTITIES, List.of())
        .with(Layers.CLAIMS, claims);
  }

  static Source unattributed() {
    return Source.UNATTRIBUTED;
  }
}
