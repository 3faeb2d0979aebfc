package org.claimlens.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.claimlens.eval.Prf;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;

class EntityRoleScorerTest {

  static EntityRoleLabel mention(int start, String main, String... fine) {
    return new EntityRoleLabel(
        "d.txt", "m" + start, Span.of(start, start + 5), main, List.of(fine));
  }

  @Test
  void exactMatchRatioMainAccuracyAndMicroF1OnAHandComputedExample() {
    List<EntityRoleLabel> gold =
        List.of(
            mention(0, "Antagonist", "Tyrant", "Instigator"),
            mention(10, "Protagonist", "Guardian"),
            mention(20, "Innocent", "Victim"));
    List<EntityRoleLabel> predicted =
        List.of(
            mention(0, "Antagonist", "Tyrant"), // main right, fine set wrong
            mention(10, "Protagonist", "Guardian"), // both right
            mention(30, "Innocent", "Victim")); // no such gold mention; gold at 20 is missing

    EntityRoleScores s = EntityRoleScorer.score(gold, predicted);

    assertThat(s.exactMatchRatio()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.mainRoleAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    // Fine roles: 2 shared, 2 predicted (for gold mentions), 4 gold.
    assertThat(s.fineMicro()).isEqualTo(Prf.of(1.0, 0.5));
    assertThat(s.missing()).isEqualTo(1);
    assertThat(s.unknown()).isEqualTo(1);
    assertThat(s.keyValueLine())
        .isEqualTo(
            "emr=0.333 main_accuracy=0.667 fine_micro_p=1.000 fine_micro_r=0.500"
                + " fine_micro_f1=0.667 mentions=3 missing=1");
  }

  @Test
  void fineRolesCompareAsSets() {
    List<EntityRoleLabel> gold = List.of(mention(0, "Antagonist", "Tyrant", "Instigator"));
    List<EntityRoleLabel> predicted = List.of(mention(0, "Antagonist", "Instigator", "Tyrant"));

    assertThat(EntityRoleScorer.score(gold, predicted).exactMatchRatio()).isEqualTo(1.0);
  }

  @Test
  void aMentionListedTwiceIsRejected() {
    List<EntityRoleLabel> twice = List.of(mention(0, "Innocent"), mention(0, "Antagonist"));

    assertThatThrownBy(() -> EntityRoleScorer.score(twice, List.of()))
        .hasMessageContaining("twice");
  }
}
