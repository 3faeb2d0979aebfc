package org.claimlens.annotators.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.claimlens.eval.ptc.PtcTechniques;
import org.junit.jupiter.api.Test;

class PtcMappingTest {

  @Test
  void theStrawManRedHerringAndWhataboutismFamilyShareOneCombinedLabel() {
    for (String l :
        new String[] {"Whataboutism", "Straw_Man", "Red_Herring", "Appeal_to_Hypocrisy"}) {
      assertThat(PtcMapping.toPtc(l)).contains("Whataboutism,Straw_Men,Red_Herring");
    }
  }

  @Test
  void guiltByAssociationAndPopularityAreBandwagonReductio() {
    assertThat(PtcMapping.toPtc("Guilt_by_Association")).contains("Bandwagon,Reductio_ad_hitlerum");
    assertThat(PtcMapping.toPtc("Appeal_to_Popularity")).contains("Bandwagon,Reductio_ad_hitlerum");
  }

  @Test
  void bothOversimplificationsAreCausal() {
    assertThat(PtcMapping.toPtc("Causal_Oversimplification")).contains("Causal_Oversimplification");
    assertThat(PtcMapping.toPtc("Consequential_Oversimplification"))
        .contains("Causal_Oversimplification");
  }

  @Test
  void renamedTechniquesKeepPtcSpelling() {
    assertThat(PtcMapping.toPtc("Name_Calling-Labeling")).contains("Name_Calling,Labeling");
    assertThat(PtcMapping.toPtc("Appeal_to_Fear-Prejudice")).contains("Appeal_to_fear-prejudice");
    assertThat(PtcMapping.toPtc("Flag_Waving")).contains("Flag-Waving");
    assertThat(PtcMapping.toPtc("Conversation_Killer")).contains("Thought-terminating_Cliches");
    assertThat(PtcMapping.toPtc("False_Dilemma-No_Choice")).contains("Black-and-White_Fallacy");
    assertThat(PtcMapping.toPtc("Exaggeration-Minimisation")).contains("Exaggeration,Minimisation");
  }

  @Test
  void fourTechniquesHaveNoPtcCounterpartAndAreDropped() {
    for (String l :
        new String[] {
          "Questioning_the_Reputation",
          "Appeal_to_Values",
          "Obfuscation-Vagueness-Confusion",
          "Appeal_to_Time"
        }) {
      assertThat(PtcMapping.toPtc(l)).as(l).isEmpty();
    }
    assertThatThrownBy(() -> PtcMapping.expectPtc("Appeal_to_Time"))
        .hasMessageContaining("Appeal_to_Time");
  }

  @Test
  void everyMappedLabelIsOneOfTheFourteenAndEachOfThemIsReached() {
    assertThat(PtcMapping.SEMEVAL_2023_LABELS).hasSize(23);
    long mapped =
        PtcMapping.SEMEVAL_2023_LABELS.stream()
            .map(PtcMapping::toPtc)
            .filter(Optional::isPresent)
            .count();
    assertThat(mapped).isEqualTo(19);
    assertThat(
            PtcMapping.SEMEVAL_2023_LABELS.stream()
                .map(PtcMapping::toPtc)
                .flatMap(Optional::stream)
                .distinct())
        .containsExactlyInAnyOrderElementsOf(PtcTechniques.NAMES);
  }

  @Test
  void aPtcLabelPassesThroughAndAnUnknownOneIsDropped() {
    assertThat(PtcMapping.toPtc("Black-and-White_Fallacy")).contains("Black-and-White_Fallacy");
    assertThat(PtcMapping.toPtc("Whataboutism,Straw_Men,Red_Herring"))
        .contains("Whataboutism,Straw_Men,Red_Herring");
    assertThat(PtcMapping.toPtc("Propaganda_in_general")).isEmpty();
  }
}
