package org.claimlens.annotators.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityEvaluatorTest {
  private static final String TEXT = "Peskov said Kiev and the FT agree.";

  private static Document predicted(List<Annotation<Entity>> entities) {
    return Document.of("a", TEXT, Metadata.of("a.txt")).with(Layers.ENTITIES, entities);
  }

  private static Annotation<Entity> entity(int start, int end, EntityType type, String canonical) {
    return new Annotation<>(
        Span.of(start, end),
        Entity.of(canonical, type),
        0.9,
        Provenances.of("entities", "test", "none"));
  }

  private static EntityEvaluator.GoldMention gold(
      int start, int end, EntityType type, String canonical) {
    return new EntityEvaluator.GoldMention(
        "a.txt", start, end, TEXT.substring(start, end), type, canonical);
  }

  private static final List<EntityEvaluator.GoldMention> GOLD =
      List.of(
          gold(0, 6, EntityType.PERSON, "Dmitry Peskov"),
          gold(12, 16, EntityType.LOCATION, "Kyiv"),
          gold(25, 27, EntityType.MEDIA_OUTLET, "Financial Times"));

  @Test
  void aPerfectPredictionScoresOne() {
    Document doc =
        predicted(
            List.of(
                entity(0, 6, EntityType.PERSON, "Dmitry Peskov"),
                entity(12, 16, EntityType.LOCATION, "Kyiv"),
                entity(25, 27, EntityType.MEDIA_OUTLET, "Financial Times")));

    EntityEvaluator.Report r = EntityEvaluator.evaluate(Map.of("a.txt", doc), GOLD);

    assertThat(r.spanType().f1()).isEqualTo(1.0);
    assertThat(r.spanCanonical().f1()).isEqualTo(1.0);
    assertThat(r.misalignedGold()).isEmpty();
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void typeAndCanonicalAreScoredSeparately() {
    Document doc =
        predicted(
            List.of(
                entity(0, 6, EntityType.PERSON, "Peskov"), // right type, wrong canonical
                entity(12, 16, EntityType.ORGANIZATION, "Kyiv"), // wrong type, right canonical
                entity(21, 27, EntityType.MEDIA_OUTLET, "Financial Times"))); // wrong span

    EntityEvaluator.Report r = EntityEvaluator.evaluate(Map.of("a.txt", doc), GOLD);

    assertThat(r.spanType()).isEqualTo(new EntityEvaluator.Counts(1, 2, 2));
    assertThat(r.spanCanonical()).isEqualTo(new EntityEvaluator.Counts(1, 2, 2));
    assertThat(r.spanType().precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.spanType().f1()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.byType().get(EntityType.PERSON)).isEqualTo(new EntityEvaluator.Counts(1, 0, 0));
    assertThat(r.errors()).hasSize(4).anyMatch(e -> e.startsWith("FN") && e.endsWith("FT"));
  }

  @Test
  void aDocumentMissingForGoldCountsAsMisses() {
    EntityEvaluator.Report r = EntityEvaluator.evaluate(Map.of(), GOLD);

    assertThat(r.spanType()).isEqualTo(new EntityEvaluator.Counts(0, 0, 3));
    assertThat(r.spanType().f1()).isZero();
  }

  @Test
  void goldWhoseTextDisagreesWithItsOffsetsIsFlagged() {
    List<EntityEvaluator.GoldMention> shifted =
        List.of(new EntityEvaluator.GoldMention("a.txt", 1, 7, "Peskov", EntityType.PERSON, ""));

    EntityEvaluator.Report r =
        EntityEvaluator.evaluate(Map.of("a.txt", predicted(List.of())), shifted);

    assertThat(r.misalignedGold()).hasSize(1);
  }

  @Test
  void readsGoldWithHeaderCommentsAndEmptyCanonical(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("gold.tsv");
    Files.writeString(
        tsv,
        "# comment\nfile\tstart\tend\ttext\ttype\tcanonical\n"
            + "a.txt\t0\t6\tPeskov\tperson\tDmitry Peskov\n"
            + "a.txt\t12\t16\tKiev\tlocation\t\n",
        StandardCharsets.UTF_8);

    List<EntityEvaluator.GoldMention> read = EntityEvaluator.readGold(tsv);

    assertThat(read)
        .containsExactly(
            new EntityEvaluator.GoldMention(
                "a.txt", 0, 6, "Peskov", EntityType.PERSON, "Dmitry Peskov"),
            new EntityEvaluator.GoldMention("a.txt", 12, 16, "Kiev", EntityType.LOCATION, "Kiev"));
  }
}
