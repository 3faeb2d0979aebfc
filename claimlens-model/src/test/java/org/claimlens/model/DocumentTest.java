package org.claimlens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final Provenance RULES = new Provenance("test", "1", "rules", "0");
  private static final String TEXT = "Kremlin spokesman Dmitry Peskov said no.";

  private static Annotation<Entity> peskov() {
    return new Annotation<>(
        Span.of(18, 31),
        new Entity("Dmitry Peskov", EntityType.PERSON, "Kremlin spokesman", Span.of(0, 17)),
        0.9,
        RULES);
  }

  @Test
  void withReturnsANewDocumentAndLeavesTheOriginalUntouched() {
    Document doc = Document.of("a", TEXT, Metadata.of("a.txt"));
    Document tagged = doc.with(Layers.ENTITIES, List.of(peskov()));

    assertThat(doc.layer(Layers.ENTITIES)).isEmpty();
    assertThat(doc.has(Layers.ENTITIES)).isFalse();
    assertThat(tagged.layer(Layers.ENTITIES))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(tagged.text(a.span())).isEqualTo("Dmitry Peskov");
              assertThat(a.value().role()).isEqualTo("Kremlin spokesman");
            });
    assertThat(tagged.text()).isSameAs(doc.text());
  }

  @Test
  void layersAreUnmodifiable() {
    Document tagged =
        Document.of("a", TEXT, Metadata.of("a.txt")).with(Layers.ENTITIES, List.of(peskov()));
    assertThatThrownBy(() -> tagged.layer(Layers.ENTITIES).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAnnotationsPastTheEndOfTheText() {
    Document doc = Document.of("a", "short", Metadata.of("a.txt"));
    assertThatThrownBy(() -> doc.with(Layers.ENTITIES, List.of(peskov())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entities")
        .hasMessageContaining("runs past the text");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void rejectsAValueOfTheWrongTypeSmuggledPastTheCompiler() {
    Document doc = Document.of("a", TEXT, Metadata.of("a.txt"));
    List raw = List.of(new Annotation<>(Span.of(0, 3), new Sentence(0), 1.0, RULES));
    assertThatThrownBy(() -> doc.with(Layers.ENTITIES, raw))
        .isInstanceOf(ClassCastException.class)
        .hasMessageContaining("layer entities");
  }

  @Test
  void expectNamesTheMissingLayer() {
    Document doc = Document.of("a", TEXT, Metadata.of("a.txt"));
    assertThat(doc.find(Layers.LANGUAGE)).isEmpty();
    assertThatThrownBy(() -> doc.expect(Layers.LANGUAGE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("document a has no layer language");
  }

  @Test
  void annotationsCheckTheirFields() {
    assertThatThrownBy(() -> new Annotation<>(Span.of(0, 1), new Sentence(0), 1.5, RULES))
        .hasMessageContaining("score");
    assertThatThrownBy(() -> Span.of(5, 2)).hasMessageContaining("invalid span");
    assertThatThrownBy(() -> new Entity("X", EntityType.PERSON, "role", null))
        .hasMessageContaining("role and roleSpan");
  }

  @Test
  void spansCompareByStartThenLongestFirst() {
    assertThat(List.of(Span.of(3, 4), Span.of(0, 2), Span.of(0, 5)).stream().sorted().toList())
        .containsExactly(Span.of(0, 5), Span.of(0, 2), Span.of(3, 4));
    assertThat(Span.of(0, 5).overlaps(Span.of(4, 9))).isTrue();
    assertThat(Span.of(0, 5).overlaps(Span.of(5, 9))).isFalse();
  }
}
