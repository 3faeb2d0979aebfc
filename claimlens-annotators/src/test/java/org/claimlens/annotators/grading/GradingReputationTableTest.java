package org.claimlens.annotators.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradingReputationTableTest {
  private static final Source FT =
      new Source(Span.of(0, 19), "Financial Times", SourceType.MEDIA_OUTLET, null);
  private static final Source KREMLIN =
      new Source(Span.of(0, 7), "Kremlin", SourceType.OFFICIAL_BODY, null);

  @Test
  void theBundledDefaultRatesNobody() {
    ReputationTable table = ReputationTable.loadDefault();

    assertThat(table.size()).isZero();
    assertThat(table.find(FT)).isEmpty();
    assertThat(table.find(KREMLIN)).isEmpty();
  }

  @Test
  void aUserFileIsMergedOverTheDefaultAndMatchesNamesWhateverTheirCase(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(
        file,
        "# my ratings\n"
            + "financial times\tB\tedited newspaper\n"
            + "type:official_body\tC\tofficial bodies\n"
            + "Financial Times\tA\ta later line wins\n",
        StandardCharsets.UTF_8);

    ReputationTable table = ReputationTable.load(file);

    assertThat(table.find(FT)).hasValueSatisfying(e -> assertThat(e.reliability()).isEqualTo('A'));
    assertThat(table.find(KREMLIN))
        .hasValueSatisfying(
            e -> {
              assertThat(e.reliability()).isEqualTo('C');
              assertThat(e.isTypeRule()).isTrue();
            });
  }

  @Test
  void aMalformedLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "Financial Times\tB\tok\nReuters\tgood\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ReputationTable.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv:2");
  }

  @Test
  void anUnknownTypeOrLetterIsRejected(@TempDir Path dir) throws IOException {
    Path type = dir.resolve("type.tsv");
    Files.writeString(type, "type:blogger\tC\t\n", StandardCharsets.UTF_8);
    Path letter = dir.resolve("letter.tsv");
    Files.writeString(letter, "Reuters\tG\t\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ReputationTable.load(type))
        .hasMessageContaining("unknown source type");
    assertThatThrownBy(() -> ReputationTable.load(letter)).hasMessageContaining("A-F");
  }
}
