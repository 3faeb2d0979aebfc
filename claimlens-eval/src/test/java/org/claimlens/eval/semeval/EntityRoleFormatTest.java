package org.claimlens.eval.semeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimlens.eval.BenchmarkFormatException;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;

class EntityRoleFormatTest {

  static final String TEXT = "Yesterday Vladimir Putin met the Kremlin press pool.";

  @Test
  void theInclusiveEndOfTheFileBecomesAnExclusiveSpanAndIsWrittenBackInclusive() {
    String line = "EN_UA_1.txt\tVladimir Putin\t10\t23\tAntagonist\tTyrant\tInstigator\n";

    List<EntityRoleLabel> labels = EntityRoleReader.parse(line, "st1.txt");

    EntityRoleLabel putin = labels.getFirst();
    assertThat(putin.span()).isEqualTo(Span.of(10, 24));
    assertThat(putin.span().textOf(TEXT)).isEqualTo(putin.mention());
    assertThat(putin.mainRole()).isEqualTo("Antagonist");
    assertThat(putin.fineRoles()).containsExactly("Tyrant", "Instigator");
    assertThat(EntityRoleWriter.write(labels)).isEqualTo(line);
  }

  @Test
  void theOfficialHeaderCrlfLineEndsAndEmptyFineColumnsAreTolerated() {
    String file =
        "article_id\tentity_mention\tstart_offset\tend_offset\tmain_role\tfine_grained_roles\r\n"
            + "EN_UA_1.txt\tPutin\t19\t23\tAntagonist\tTyrant\t\r\n";

    assertThat(EntityRoleReader.parse(file, "st1.txt"))
        .containsExactly(
            new EntityRoleLabel(
                "EN_UA_1.txt", "Putin", Span.of(19, 24), "Antagonist", List.of("Tyrant")));
  }

  @Test
  void aWrittenSpanOfOneCharacterHasEqualStartAndEnd() {
    EntityRoleLabel x =
        new EntityRoleLabel("d.txt", "X", Span.of(5, 6), "Innocent", List.of("Victim"));

    assertThat(EntityRoleWriter.write(List.of(x))).isEqualTo("d.txt\tX\t5\t5\tInnocent\tVictim\n");
  }

  @Test
  void malformedLinesNameFileAndLine() {
    String file = "d.txt\tPutin\t19\t23\tAntagonist\tTyrant\nd.txt\tPutin\t19\tend\tAntagonist\n";

    assertThatThrownBy(() -> EntityRoleReader.parse(file, "st1.txt"))
        .isInstanceOf(BenchmarkFormatException.class)
        .hasMessageStartingWith("st1.txt:2: offsets");
    assertThatThrownBy(() -> EntityRoleReader.parse("d.txt\tPutin\t23\t19\tAntagonist\n", "f"))
        .hasMessageStartingWith("f:1: inclusive end 19 is before start 23");
    assertThatThrownBy(() -> EntityRoleReader.parse("d.txt\tPutin\t19\n", "f"))
        .hasMessageStartingWith("f:1: expected at least 5");
  }
}
