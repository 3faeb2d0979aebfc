package org.claimlens.annotators.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.Document;
import org.claimlens.model.Hedge;
import org.claimlens.model.Layers;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;

/**
 * Domain assertions on the claims layer, in the words of an analyst: {@code assertClaim(doc,
 * "Peskov", "inevitably lead to").hasSource(NAMED_PERSON).hasStatus(UNCONFIRMED)}.
 */
final class ClaimAssert {
  private final Document doc;
  private final Annotation<Claim> claim;

  private ClaimAssert(Document doc, Annotation<Claim> claim) {
    this.doc = doc;
    this.claim = claim;
  }

  /**
   * The claim whose source mention or canonical name contains {@code source} and whose content
   * contains {@code content}; fails, listing the claims, when there is none.
   */
  static ClaimAssert assertClaim(Document doc, String source, String content) {
    List<Annotation<Claim>> matches =
        doc.layer(Layers.CLAIMS).stream()
            .filter(a -> doc.text(a.span()).contains(content))
            .filter(a -> mentions(doc, a.value().source(), source))
            .toList();
    if (matches.isEmpty()) {
      fail("no claim by '%s' containing '%s'; claims are:%n%s", source, content, describe(doc));
    }
    return new ClaimAssert(doc, matches.getFirst());
  }

  /** The unattributed claim ("it was reported", "reportedly") whose content has {@code content}. */
  static ClaimAssert assertUnattributedClaim(Document doc, String content) {
    return assertClaim(doc, "", content).hasSource(SourceType.UNATTRIBUTED);
  }

  static void assertNoClaims(Document doc) {
    assertThat(doc.layer(Layers.CLAIMS)).as("claims of%n%s", describe(doc)).isEmpty();
  }

  private static boolean mentions(Document doc, Source s, String source) {
    if (source.isEmpty()) {
      return s.span() == null;
    }
    return s.span() != null
        && (doc.text(s.span()).contains(source) || s.canonical().contains(source));
  }

  static String describe(Document doc) {
    return doc.layer(Layers.CLAIMS).stream()
        .map(a -> "  " + line(doc, a))
        .collect(Collectors.joining("\n"));
  }

  private static String line(Document doc, Annotation<Claim> a) {
    Claim c = a.value();
    Source s = c.source();
    return "["
        + (s.span() == null ? "-" : doc.text(s.span()))
        + " = "
        + s.canonical()
        + " "
        + s.type().jsonName()
        + (s.linkedTo() == null ? "" : " in " + s.linkedTo())
        + "] <"
        + (c.cue() == null ? "" : doc.text(c.cue()))
        + "> "
        + doc.text(a.span())
        + " via "
        + c.via().stream().map(Source::canonical).toList()
        + " "
        + c.status().jsonName()
        + " hedges "
        + c.hedges().stream().map(Hedge::text).toList();
  }

  private String self() {
    return line(doc, claim);
  }

  ClaimAssert hasSource(SourceType type) {
    assertThat(claim.value().source().type()).as("source type of %s", self()).isEqualTo(type);
    return this;
  }

  /** The source mention exactly as it stands in the text. */
  ClaimAssert hasSourceMention(String mention) {
    Source s = claim.value().source();
    assertThat(s.span()).as("source span of %s", self()).isNotNull();
    assertThat(doc.text(s.span())).as("source mention of %s", self()).isEqualTo(mention);
    return this;
  }

  ClaimAssert hasCanonical(String canonical) {
    assertThat(claim.value().source().canonical())
        .as("canonical of %s", self())
        .isEqualTo(canonical);
    return this;
  }

  ClaimAssert isLinkedTo(String body) {
    assertThat(claim.value().source().linkedTo()).as("linkedTo of %s", self()).isEqualTo(body);
    return this;
  }

  ClaimAssert hasCue(String cue) {
    assertThat(claim.value().cue()).as("cue of %s", self()).isNotNull();
    assertThat(doc.text(claim.value().cue())).as("cue of %s", self()).isEqualTo(cue);
    return this;
  }

  /** The content exactly. */
  ClaimAssert hasContent(String content) {
    assertThat(doc.text(claim.span())).as("content of %s", self()).isEqualTo(content);
    return this;
  }

  /** The canonical names of the via chain, innermost first. */
  ClaimAssert hasVia(String... canonicals) {
    assertThat(claim.value().via().stream().map(Source::canonical).toList())
        .as("via of %s", self())
        .containsExactly(canonicals);
    return this;
  }

  ClaimAssert hasNoVia() {
    assertThat(claim.value().via()).as("via of %s", self()).isEmpty();
    return this;
  }

  ClaimAssert hasStatus(ClaimStatus status) {
    assertThat(claim.value().status()).as("status of %s", self()).isEqualTo(status);
    if (status == ClaimStatus.UNKNOWN) {
      assertThat(claim.value().statusEvidence()).as("status evidence of %s", self()).isEmpty();
    } else {
      assertThat(claim.value().statusEvidence()).as("status evidence of %s", self()).isNotEmpty();
    }
    return this;
  }

  /** One of the status evidence spans contains {@code fragment}. */
  ClaimAssert hasStatusEvidence(String fragment) {
    assertThat(claim.value().statusEvidence().stream().map(doc::text).toList())
        .as("status evidence of %s", self())
        .anySatisfy(e -> assertThat(e).contains(fragment));
    return this;
  }

  ClaimAssert isHedgedBy(String... hedges) {
    assertThat(claim.value().hedges().stream().map(Hedge::text).toList())
        .as("hedges of %s", self())
        .contains(hedges);
    assertThat(claim.value().certainty()).as("certainty of %s", self()).isLessThan(1.0);
    return this;
  }

  ClaimAssert isUnhedged() {
    assertThat(claim.value().hedges()).as("hedges of %s", self()).isEmpty();
    assertThat(claim.value().certainty()).as("certainty of %s", self()).isEqualTo(1.0);
    return this;
  }

  ClaimAssert hasScoreAtLeast(double min) {
    assertThat(claim.score()).as("score of %s", self()).isGreaterThanOrEqualTo(min);
    return this;
  }

  Annotation<Claim> annotation() {
    return claim;
  }
}
