package org.claimlens.eval.brat;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Provenance;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/** Builds documents with claims for tests, phrase by phrase. */
final class Claims {
  static final Provenance TEST = new Provenance("attribution", "0.0.0", "rules", "test");

  private final String text;

  private Claims(String text) {
    this.text = text;
  }

  static Claims in(String text) {
    return new Claims(text);
  }

  Source named(String phrase, SourceType type) {
    return new Source(BratFixtures.at(text, phrase), phrase, type, null);
  }

  Annotation<Claim> claim(String content, Source source, @Nullable String cue, Source... via) {
    Span cueSpan = cue == null ? null : BratFixtures.at(text, cue);
    Claim claim =
        new Claim(cueSpan, source, List.of(via), List.of(), 1.0, ClaimStatus.UNKNOWN, List.of());
    return new Annotation<>(BratFixtures.at(text, content), claim, 1.0, TEST);
  }

  @SafeVarargs
  final Document document(String id, Annotation<Claim>... claims) {
    List<Annotation<Claim>> layer = new ArrayList<>();
    for (Annotation<Claim> a : claims) {
      layer.add(a);
    }
    return Document.of(id, text, Metadata.of(id + ".txt")).with(Layers.CLAIMS, layer);
  }

  static Source unattributed() {
    return Source.UNATTRIBUTED;
  }
}
