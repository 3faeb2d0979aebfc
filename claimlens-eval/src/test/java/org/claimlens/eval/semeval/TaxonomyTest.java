package org.claimlens.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaxonomyTest {

  @Test
  void theBundledNarrativeTaxonomyHasBothDomainsAndReadsTheFlatListAsSubnarratives() {
    NarrativeTaxonomy t = NarrativeTaxonomy.semeval2025();

    assertThat(t.narratives()).hasSize(22).contains("Other", "CC: Amplifying Climate Fears");
    assertThat(t.narratives()).noneMatch(n -> n.startsWith("CC: Amplifying Climate Fears: "));
    assertThat(t.subnarratives()).hasSize(91).contains("Other");
    assertThat(t.subnarrativesOf("URW: Hidden plots by secret schemes of powerful groups"))
        .containsExactly("URW: Hidden plots by secret schemes of powerful groups: Other");
    assertThat(t.findNarrativeOf("CC: Amplifying Climate Fears: Doomsday scenarios for humans"))
        .contains("CC: Amplifying Climate Fears");
    assertThat(t.isSubnarrative("URW: Discrediting the West, Diplomacy: The West is weak"))
        .isTrue();
  }

  @Test
  void aNarrativeFileOfOnesOwnIsIndentedOrFlat() {
    NarrativeTaxonomy t =
        NarrativeTaxonomy.parse("# mine\nA\n    A: one\nB\nA: two\n\tB: three\n", "mine.txt");

    assertThat(t.narratives()).containsExactly("A", "B");
    assertThat(t.subnarrativesOf("A")).containsExactly("A: one", "A: two");
    assertThat(t.subnarrativesOf("B")).containsExactly("B: three");
  }

  @Test
  void anIndentedLineBeforeAnyNarrativeIsAnError() {
    assertThatThrownBy(() -> NarrativeTaxonomy.parse("# x\n    A: one\n", "t.txt"))
        .hasMessageStartingWith("t.txt:2: ");
  }

  @Test
  void theBundledRoleTaxonomyMapsFineRolesToMainRoles() {
    RoleTaxonomy r = RoleTaxonomy.semeval2025();

    assertThat(r.mainRoles()).containsExactly("Protagonist", "Antagonist", "Innocent");
    assertThat(r.fineRoles()).hasSize(22);
    assertThat(r.findMainRoleOf("Foreign Adversary")).contains("Antagonist");
    assertThat(r.fineRolesOf("Innocent"))
        .containsExactly("Forgotten", "Exploited", "Victim", "Scapegoat");
  }
}
