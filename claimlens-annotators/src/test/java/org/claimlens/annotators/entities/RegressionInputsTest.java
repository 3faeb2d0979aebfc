package org.claimlens.annotators.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Sentence;
import org.claimlens.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that broke, or could break, the annotator ({@code src/test/resources/entities/regression}
 * ): emoji, blank text, URLs and handles, odd apostrophes and hyphens, a 600-word capitalised run.
 * Each must be annotated without error and keep the layer's invariants.
 */
class RegressionInputsTest {

  static Stream<Path> inputs() throws IOException, URISyntaxException {
    Path dir =
        Path.of(
            RegressionInputsTest.class.getClassLoader().getResource("entities/regression").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void annotatesAndKeepsInvariants(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Document doc =
        Analysis.PIPELINE.process(Document.of(file.toString(), text, Metadata.of(file.toString())));
    List<Annotation<Entity>> entities = doc.layer(Layers.ENTITIES);
    List<Annotation<Sentence>> sentences = doc.layer(Layers.SENTENCES);

    int previousEnd = 0;
    for (Annotation<Entity> a : entities) {
      assertThat(a.start()).as("order and overlap in %s", file).isGreaterThanOrEqualTo(previousEnd);
      assertThat(a.span().isEmpty()).isFalse();
      assertThat(Character.isWhitespace(text.charAt(a.start()))).isFalse();
      assertThat(Character.isWhitespace(text.charAt(a.end() - 1))).isFalse();
      assertThat(a.score()).isBetween(0.4, 1.0);
      assertThat(a.value().canonical()).isNotBlank();
      Span role = a.value().roleSpan();
      if (role != null) {
        assertThat(sentences).anyMatch(s -> s.span().contains(role) && s.span().contains(a.span()));
      }
      previousEnd = a.end();
    }
  }
}
