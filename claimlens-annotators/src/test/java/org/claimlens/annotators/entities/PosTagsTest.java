package org.claimlens.annotators.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PosTagsTest {
  @Test
  void pennTreebankTagsReadAsUniversalOnes() {
    assertThat(EntityFinder.upos("NNP")).isEqualTo("PROPN");
    assertThat(EntityFinder.upos("NNPS")).isEqualTo("PROPN");
    assertThat(EntityFinder.upos("VBD")).isEqualTo("VERB");
    assertThat(EntityFinder.upos("IN")).isEqualTo("ADP");
    assertThat(EntityFinder.upos(",")).isEqualTo("PUNCT");
  }

  @Test
  void universalTagsAndNoTagStayAsTheyAre() {
    assertThat(EntityFinder.upos("PROPN")).isEqualTo("PROPN");
    assertThat(EntityFinder.upos("ADJ")).isEqualTo("ADJ");
    assertThat(EntityFinder.upos("")).isEmpty();
  }
}
