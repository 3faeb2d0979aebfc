package org.claimlens.annotators.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Layers;

/** Domain assertions on the entities layer: {@code assertEntity(doc, "Peskov").hasType(PERSON)}. */
final class EntityAssert {
  private final Document doc;
  private final Annotation<Entity> mention;

  private EntityAssert(Document doc, Annotation<Entity> mention) {
    this.doc = doc;
    this.mention = mention;
  }

  /** The first entity mention whose text is exactly {@code surface}. */
  static EntityAssert assertEntity(Document doc, String surface) {
    return assertEntity(doc, surface, 1);
  }

  /** The {@code occurrence}-th (from 1) entity mention whose text is exactly {@code surface}. */
  static EntityAssert assertEntity(Document doc, String surface, int occurrence) {
    List<Annotation<Entity>> matches =
        doc.layer(Layers.ENTITIES).stream()
            .filter(a -> doc.text(a.span()).equals(surface))
            .toList();
    if (matches.size() < occurrence) {
      fail(
          "expected entity mention #%d '%s' but found %d; entities are:%n%s",
          occurrence, surface, matches.size(), describe(doc));
    }
    return new EntityAssert(doc, matches.get(occurrence - 1));
  }

  /** No entity mention covers exactly {@code surface}, nor starts with it. */
  static void assertNoEntity(Document doc, String surface) {
    List<String> found =
        doc.layer(Layers.ENTITIES).stream()
            .map(a -> doc.text(a.span()))
            .filter(t -> t.equals(surface) || t.startsWith(surface + " "))
            .toList();
    assertThat(found).as("entities starting with '%s' in%n%s", surface, describe(doc)).isEmpty();
  }

  static String describe(Document doc) {
    return doc.layer(Layers.ENTITIES).stream()
        .map(
            a ->
                "  '"
                    + doc.text(a.span())
                    + "' "
                    + a.value().type().jsonName()
                    + " -> "
                    + a.value().canonical()
                    + (a.value().role() == null ? "" : " [" + a.value().role() + "]"))
        .collect(Collectors.joining("\n"));
  }

  EntityAssert hasType(EntityType type) {
    assertThat(mention.value().type()).as("type of '%s'", text()).isEqualTo(type);
    return this;
  }

  EntityAssert hasCanonical(String canonical) {
    assertThat(mention.value().canonical()).as("canonical of '%s'", text()).isEqualTo(canonical);
    return this;
  }

  /** The role string, and that its span points at those very characters. */
  EntityAssert hasRole(String role) {
    assertThat(mention.value().role()).as("role of '%s'", text()).isEqualTo(role);
    assertThat(mention.value().roleSpan()).as("role span of '%s'", text()).isNotNull();
    assertThat(doc.text(mention.value().roleSpan())).isEqualTo(role);
    return this;
  }

  EntityAssert hasNoRole() {
    assertThat(mention.value().role()).as("role of '%s'", text()).isNull();
    return this;
  }

  EntityAssert hasScoreAtLeast(double min) {
    assertThat(mention.score()).as("score of '%s'", text()).isGreaterThanOrEqualTo(min);
    return this;
  }

  EntityAssert hasScoreBelow(double max) {
    assertThat(mention.score()).as("score of '%s'", text()).isLessThan(max);
    return this;
  }

  private String text() {
    return doc.text(mention.span());
  }
}
