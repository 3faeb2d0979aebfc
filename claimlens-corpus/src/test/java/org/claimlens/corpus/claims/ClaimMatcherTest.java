package org.claimlens.corpus.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.annotators.embedding.SentenceEncoder;
import org.claimlens.corpus.claims.ClaimMatcher.ClaimText;
import org.claimlens.corpus.claims.ClaimMatcher.Match;
import org.claimlens.model.ClaimStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimMatcherTest {
  private static SentenceEncoder minilm;
  private static final ClaimMatcher MATCHER = ClaimMatcher.withDefaultWeights();

  @BeforeAll
  static void loadEncoder() {
    minilm = Encoders.minilm();
  }

  private static ClaimText claim(String id, String text, Set<String> entities) {
    return claim(id, text, entities, ClaimStatus.UNKNOWN);
  }

  private static ClaimText claim(String id, String text, Set<String> entities, ClaimStatus status) {
    return new ClaimText(id, text, minilm.embed(List.of(text))[0], entities, status);
  }

  @Test
  void theSameClaimWordedByTwoOutletsMatches() {
    Match m =
        MATCHER.score(
            claim(
                "reuters#0",
                "Russian missiles hit an apartment block in Dnipro, killing 40 people",
                Set.of("Russia", "Dnipro")),
            claim(
                "kyivpost#3",
                "At least 40 residents died when a Russian missile struck a"
                    + " residential building in Dnipro",
                Set.of("Russia", "Dnipro")));
    assertThat(m.same()).isTrue();
    assertThat(m.features().numberConflict()).isZero();
  }

  @Test
  void disagreeingNumbersAreDifferentClaims() {
    ClaimText forty =
        claim(
            "a",
            "Russian missiles hit an apartment block in Dnipro, killing 40 people",
            Set.of("Russia", "Dnipro"));
    ClaimText twelve =
        claim(
            "b",
            "Russian missiles hit an apartment block in Dnipro, killing 12 people",
            Set.of("Russia", "Dnipro"));
    Match m = MATCHER.score(forty, twelve);
    assertThat(m.features().numberConflict()).isEqualTo(1.0);
    assertThat(m.features().cosine()).isGreaterThan(0.9);
    assertThat(m.same()).isFalse();
  }

  @Test
  void aDenialIsADifferentStanceOnTheSameProposition() {
    ClaimText asserted =
        claim("rt#1", "NATO troops are fighting in Ukraine", Set.of("NATO", "Ukraine"));
    // "The Pentagon denied that NATO troops are fighting in Ukraine": content with status denied.
    ClaimText denied =
        claim(
            "ap#2",
            "NATO troops are fighting in Ukraine",
            Set.of("NATO", "Ukraine"),
            ClaimStatus.DENIED);
    Match m = MATCHER.score(asserted, denied);
    assertThat(m.features().polarityMismatch()).isEqualTo(1.0);
    assertThat(m.same()).isFalse();
    assertThat(m.contentScore()).isGreaterThan(m.score());
    assertThat(m.contentScore()).isGreaterThanOrEqualTo(MATCHER.weights().threshold());
  }

  @Test
  void aNegatedWordingDeniedByItsSourceIsTheSameStance() {
    Match m =
        MATCHER.score(
            claim("a", "Zelensky did not flee Kyiv", Set.of("Volodymyr Zelensky")),
            claim("b", "Zelensky fled Kyiv", Set.of("Volodymyr Zelensky"), ClaimStatus.DENIED));
    assertThat(m.features().polarityMismatch()).isZero();
  }

  @Test
  void swappedActorsAreDifferentClaims() {
    Match m =
        MATCHER.score(
            claim(
                "a",
                "Germany will deliver 14 Leopard 2 tanks to Ukraine",
                Set.of("Germany", "Ukraine")),
            claim(
                "b",
                "Poland will deliver 14 Leopard 2 tanks to Ukraine",
                Set.of("Poland", "Ukraine")));
    assertThat(m.features().entityConflict()).isEqualTo(1.0);
    assertThat(m.same()).isFalse();
  }

  @Test
  void capitalsStandForTheirStates() {
    ClaimMatcher.Features f =
        ClaimMatcher.features(
            claim("a", "Russia withdrew from the grain deal", Set.of("Russia")),
            claim("b", "Moscow pulled out of the grain deal", Set.of("Moscow")));
    assertThat(f.entityOverlap()).isEqualTo(1.0);
    assertThat(f.entityConflict()).isZero();
  }

  @Test
  void rankPutsTheParaphraseFirstAndSkipsTheClaimItself() {
    ClaimText query =
        claim(
            "q",
            "Ukraine's air force shot down 30 of 35 drones launched overnight",
            Set.of("Ukraine"));
    List<Match> ranked =
        MATCHER.rank(
            query,
            List.of(
                query,
                claim(
                    "x",
                    "Finland closed all border crossings with Russia",
                    Set.of("Finland", "Russia")),
                claim(
                    "y",
                    "Air defences destroyed 30 Shahed drones out of 35 overnight, the"
                        + " Ukrainian air force said",
                    Set.of("Ukraine"))));
    assertThat(ranked).extracting(Match::candidateId).containsExactly("y", "x");
    assertThat(ranked.getFirst().same()).isTrue();
    assertThat(ranked.get(1).same()).isFalse();
  }

  @Test
  void vectorsOfDifferentEncodersAreRejected() {
    ClaimText a = new ClaimText("a", "x", new float[384], Set.of(), ClaimStatus.UNKNOWN);
    ClaimText b = new ClaimText("b", "x", new float[8], Set.of(), ClaimStatus.UNKNOWN);
    assertThatThrownBy(() -> ClaimMatcher.features(a, b)).hasMessageContaining("same encoder");
  }

  @Test
  void weightsRoundTripAndNameAMissingKey() {
    ClaimMatcher.Weights w = ClaimMatcher.defaultWeights();
    Properties p = new Properties();
    for (String line : w.toProperties().split("\n")) {
      String[] kv = line.strip().split("=");
      p.setProperty(kv[0], kv[1]);
    }
    assertThat(ClaimMatcher.Weights.parse(p, "x").features()).containsExactly(w.features());
    p.remove("numberConflict");
    assertThatThrownBy(() -> ClaimMatcher.Weights.parse(p, "weights.properties"))
        .hasMessage("weights.properties: missing key \"numberConflict\"");
  }
}
