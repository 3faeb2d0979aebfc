package org.claimlens.annotators.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimlens.annotators.entities.EntityAssert.assertEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.claimlens.model.Document;
import org.claimlens.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private static final Gazetteer DEFAULT = Gazetteer.loadDefault();

  @Test
  void theDefaultListCoversTheField() {
    assertThat(DEFAULT.size()).isGreaterThanOrEqualTo(400);
    assertThat(DEFAULT.sizeByType().get(EntityType.PERSON)).isGreaterThanOrEqualTo(150);
    assertThat(DEFAULT.sizeByType().get(EntityType.LOCATION)).isGreaterThanOrEqualTo(150);
    assertThat(DEFAULT.sizeByType().get(EntityType.MEDIA_OUTLET)).isGreaterThanOrEqualTo(50);
    assertThat(DEFAULT.sizeByType().get(EntityType.OFFICIAL_BODY)).isGreaterThanOrEqualTo(50);
    assertThat(DEFAULT.sizeByType().get(EntityType.ORGANIZATION)).isGreaterThanOrEqualTo(50);
    assertThat(DEFAULT.expect("Volodymyr Zelensky").aliases())
        .contains("Zelensky", "Zelenskyy", "Zelenskiy");
    assertThat(DEFAULT.expect("Office of the President of Ukraine").aliases()).contains("Bankova");
  }

  @Test
  void loadingTwiceGivesTheSameSharedInstance() {
    assertThat(Gazetteer.loadDefault()).isSameAs(DEFAULT);
  }

  @Test
  void everyCountryColumnNamesAKnownCountryOrBloc() {
    Set<String> known = new HashSet<>();
    for (Gazetteer.Entry e : DEFAULT.entries()) {
      if (e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION) {
        known.add(e.canonical());
      }
    }
    for (Gazetteer.Entry e : DEFAULT.entries()) {
      if (!e.country().isEmpty()) {
        assertThat(known).as("country of %s", e.canonical()).contains(e.country());
      }
    }
  }

  @Test
  void canonicalNamesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (Gazetteer.Entry e : DEFAULT.entries()) {
      assertThat(seen.add(e.canonical())).as("duplicate row %s", e.canonical()).isTrue();
    }
  }

  @Test
  void aUserFileAddsAndReplacesRows(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(
        file,
        "# my additions\n"
            + "Taras Hryhorenko\tperson\tUkraine\tHryhorenko|Тарас Григоренко\t\tMP\n"
            + "Kyiv\tlocation\tUkraine\tKyiv city\t\tcapital, aliases replaced\n",
        StandardCharsets.UTF_8);

    Gazetteer merged = Gazetteer.load(file);
    Document doc =
        Analysis.analyse(
            "Hryhorenko said Kyiv city was calm, while Kiev was not mentioned.",
            new EntityAnnotator(merged));

    assertThat(merged.size()).isEqualTo(DEFAULT.size() + 1);
    assertThat(merged.fingerprint()).isNotEqualTo(DEFAULT.fingerprint());
    assertEntity(doc, "Hryhorenko").hasCanonical("Taras Hryhorenko").hasScoreAtLeast(0.9);
    assertEntity(doc, "Kyiv city").hasCanonical("Kyiv");
    EntityAssert.assertNoEntity(doc, "Kiev");
  }

  @Test
  void aMalformedRowIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "# header\nSomeone\tcelebrity\t\tSome\t\t\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Gazetteer.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv:2")
        .hasMessageContaining("celebrity");
  }

  @Test
  void findAndExpect() {
    assertThat(DEFAULT.find("Kremlin"))
        .map(Gazetteer.Entry::type)
        .hasValue(EntityType.OFFICIAL_BODY);
    assertThat(DEFAULT.find("Atlantis")).isEmpty();
    assertThatThrownBy(() -> DEFAULT.expect("Atlantis")).hasMessageContaining("Atlantis");
  }
}
