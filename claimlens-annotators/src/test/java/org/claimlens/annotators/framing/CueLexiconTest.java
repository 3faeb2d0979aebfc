package org.claimlens.annotators.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
  private static final CueLexicon LEXICON =
      CueLexicon.parse(
          """
          # a comment
          Instigator: provok*, started the war
          Victim: under shelling, civilian*
          Traitor: sold out
          """,
          "test");

  private static List<String> hits(String text) {
    return LEXICON.match(text.split(" ")).stream()
        .map(h -> h.category() + "@" + h.start() + "-" + h.end())
        .toList();
  }

  @Test
  void stemsMatchEveryForm() {
    assertThat(hits("nato provoked moscow")).containsExactly("Instigator@1-2");
    assertThat(hits("by provoking them")).containsExactly("Instigator@1-2");
  }

  @Test
  void phrasesMatchWholeAndOnlyWhole() {
    assertThat(hits("civilians lived under shelling")).containsExactly("Victim@0-1", "Victim@2-4");
    assertThat(hits("under the shelling")).isEmpty();
    assertThat(hits("who started the war ?")).containsExactly("Instigator@1-4");
  }

  @Test
  void aHyphenatedWordMatchesByItsLastPart() {
    assertThat(hits("anti-civilian measures")).containsExactly("Victim@0-1");
    assertThat(hits("pro-civilian shelling")).containsExactly("Victim@0-1");
  }

  @Test
  void tooShortAStemIsAnError() {
    assertThatThrownBy(() -> CueLexicon.parse("Spy: sp*", "bad.txt"))
        .hasMessageContaining("bad.txt:1");
    assertThatThrownBy(() -> CueLexicon.parse("no colon here", "bad.txt"))
        .hasMessageContaining("bad.txt:1");
  }

  @Test
  void theBundledLexiconHasCuesForEveryFineRole() {
    CueLexicon bundled = CueLexicon.loadDefault();

    assertThat(bundled.categories()).containsAll(Framing.TAXONOMY.fineRoles());
    assertThat(bundled.categories())
        .contains("group", "actor", "bloc-russia", "bloc-west", "bloc-ukraine", "stance-kremlin");
    assertThat(bundled.sha()).hasSize(16);
  }
}
