package org.claimlens.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeFormatTest {

  static final String FEARS = "URW: Amplifying war-related fears";
  static final String NUKES =
      "URW: Amplifying war-related fears: There is a real possibility that nuclear weapons will be"
          + " employed";

  @Test
  void readsSemicolonSeparatedLabels() {
    String file = "EN_UA_1.txt\t" + FEARS + ";Other\t" + NUKES + "\nEN_UA_2.txt\tOther\tOther\n";

    assertThat(NarrativeLabelReader.parse(file, "st2.txt"))
        .containsExactly(
            new NarrativeLabels("EN_UA_1.txt", List.of(FEARS, "Other"), List.of(NUKES)),
            new NarrativeLabels("EN_UA_2.txt", List.of("Other"), List.of("Other")));
  }

  @Test
  void writesOtherForNoLabelAndReadsBackWhatItWrote() {
    List<NarrativeLabels> docs =
        List.of(
            new NarrativeLabels("EN_UA_1.txt", List.of(FEARS), List.of(NUKES)),
            new NarrativeLabels("EN_UA_2.txt", List.of(), List.of()));

    String written = NarrativeLabelWriter.write(docs);

    assertThat(written)
        .isEqualTo("EN_UA_1.txt\t" + FEARS + "\t" + NUKES + "\nEN_UA_2.txt\tOther\tOther\n");
    assertThat(NarrativeLabelReader.parse(written, "st2.txt").get(1).narratives())
        .containsExactly("Other");
  }

  @Test
  void aLineWithTheWrongNumberOfColumnsNamesFileAndLine() {
    assertThatThrownBy(() -> NarrativeLabelReader.parse("a.txt\tOther\tOther\nb.txt\tOther\n", "f"))
        .hasMessage(
            "f:2: expected 3 TAB-separated columns (ID, narratives, subnarratives), found 2");
  }
}
