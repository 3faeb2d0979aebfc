package org.claimlens.corpus.factcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.model.FactCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FactCheckMatcherTest {
  private static final List<FactCheck> LIBRARY =
      List.of(
          new FactCheck(
              "fc-biolabs",
              "The United States runs secret military biolabs in Ukraine"
                  + " that develop biological weapons.",
              "False",
              null,
              null),
          new FactCheck(
              "fc-birds",
              "Ukraine trained migratory birds to carry pathogens into"
                  + " Russia as a biological weapon.",
              "False",
              null,
              null),
          new FactCheck(
              "fc-fled",
              "President Zelensky fled Kyiv for Poland after the invasion" + " began.",
              "False",
              null,
              null),
          new FactCheck(
              "fc-heating",
              "German authorities will fine households that heat their"
                  + " homes above 19 degrees Celsius.",
              "False",
              null,
              null));

  private static FactCheckMatcher minilm;

  @BeforeAll
  static void build() {
    minilm = FactCheckMatcher.build(LIBRARY, Encoders.minilm(), FactCheckMatcher.Config.DEFAULT);
  }

  @Test
  void aChannelPostRestatementFindsItsFactCheck() {
    List<FactCheckMatcher.Scored> top =
        minilm.match("The clown has run away to Warsaw while telling Ukrainians to fight!", 4);
    assertThat(top.getFirst().factCheck().id()).isEqualTo("fc-fled");
    assertThat(top).hasSize(4).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  @Test
  void theTwoBioweaponClaimsAreTellApart() {
    assertThat(
            minilm
                .match("Combat pigeons and infected geese sent from Kherson", 1)
                .getFirst()
                .factCheck()
                .id())
        .isEqualTo("fc-birds");
    assertThat(
            minilm
                .match("Pentagon germ warfare labs exposed near Russia's border", 1)
                .getFirst()
                .factCheck()
                .id())
        .isEqualTo("fc-biolabs");
  }

  @Test
  void anUnrelatedTextScoresLow() {
    double unrelated =
        minilm
            .match("The Ukrainian national team beat Iceland to qualify for the Euros", 1)
            .getFirst()
            .score();
    double restated =
        minilm
            .match("Berlin will check your thermostat and fine you above 19C", 1)
            .getFirst()
            .score();
    assertThat(unrelated).isLessThan(0.35).isLessThan(restated);
  }

  @Test
  void theScoreIsTheConfiguredFusion() {
    FactCheckMatcher.Scored s = minilm.match("Zelensky fled to Poland", 1).getFirst();
    double w = FactCheckMatcher.Config.DEFAULT.embeddingWeight();
    assertThat(s.score()).isEqualTo(w * s.cosine() + (1 - w) * s.lexical());
    assertThat(s.lexical()).isBetween(0.0, 1.0);
  }

  @Test
  void lexicalOnlyRanksByBm25() {
    FactCheckMatcher bm25 =
        minilm.withConfig(FactCheckMatcher.Config.DEFAULT.withEmbeddingWeight(0));
    FactCheckMatcher.Scored s = bm25.match("households fined heating homes", 1).getFirst();
    assertThat(s.factCheck().id()).isEqualTo("fc-heating");
    assertThat(s.score()).isEqualTo(s.lexical());
    // A claim repeated word for word scores 1: its own BM25 self-score.
    assertThat(bm25.match(LIBRARY.get(2).claim(), 1).getFirst().score()).isEqualTo(1.0);
  }

  @Test
  void rejectsMismatchedVectors() {
    assertThatThrownBy(
            () ->
                new FactCheckMatcher(
                    LIBRARY,
                    new float[1][384],
                    new HashingEncoder(),
                    FactCheckMatcher.Config.DEFAULT))
        .hasMessageContaining("1 vectors for 4 fact-checks");
  }
}
