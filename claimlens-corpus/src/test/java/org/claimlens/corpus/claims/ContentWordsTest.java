package org.claimlens.corpus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void keepsContentWordsStemmedWithoutStopWords() {
    assertThat(ContentWords.tokens("Russian strikes killed 12 civilians in the city"))
        .containsExactly("russian", "strike", "kill", "12", "civilian", "city");
  }

  @Test
  void stemsInflectionsTogether() {
    assertThat(ContentWords.stem("weapons")).isEqualTo(ContentWords.stem("weapon"));
    assertThat(ContentWords.stem("staged")).isEqualTo(ContentWords.stem("stage"));
    assertThat(ContentWords.stem("bodies")).isEqualTo(ContentWords.stem("body"));
    assertThat(ContentWords.stem("shelling")).isEqualTo(ContentWords.stem("shelled"));
  }

  @Test
  void readsNumbersInTheirCommonSpellings() {
    assertThat(ContentWords.numbers("killed 1,000 people")).containsExactly("1000");
    assertThat(ContentWords.numbers("Twelve soldiers and 40 tanks")).containsExactly("12", "40");
    assertThat(ContentWords.numbers("mobilised 1.5 million men")).containsExactly("1500000");
    assertThat(ContentWords.numbers("one million reservists")).containsExactly("1000000");
  }

  @Test
  void modelDesignatorsAreNotQuantities() {
    assertThat(ContentWords.numbers("A Su-27 hit an MQ-9 drone; F-16 jets arrive")).isEmpty();
    assertThat(ContentWords.numbers("14 Leopard tanks")).containsExactly("14");
  }

  @Test
  void negationFlipsAndDoubleNegationCancels() {
    assertThat(ContentWords.isNegated("Zelensky did not flee Kyiv")).isTrue();
    assertThat(ContentWords.isNegated("Zelensky didn't flee Kyiv")).isTrue();
    assertThat(ContentWords.isNegated("Zelensky fled Kyiv")).isFalse();
    assertThat(ContentWords.isNegated("The Kremlin denied it had not attacked")).isFalse();
  }

  @Test
  void contrastiveNotIsNoNegation() {
    assertThat(ContentWords.isNegated("The grain went to the EU, not to poor countries")).isFalse();
  }
}
