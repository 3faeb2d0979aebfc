package org.claimlens.annotators.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Technique;

/**
 * Domain assertions on the techniques layer: {@code assertTechnique(doc, "junta")
 * .is("Name_Calling-Labeling")} finds the marks whose text is exactly the phrase.
 */
final class TechniqueAssert {
  private final Document doc;
  private final String phrase;
  private final List<Annotation<Technique>> marks;

  private TechniqueAssert(Document doc, String phrase, List<Annotation<Technique>> marks) {
    this.doc = doc;
    this.phrase = phrase;
    this.marks = marks;
  }

  /** The marks whose text is exactly {@code phrase} (failing if there is none). */
  static TechniqueAssert assertTechnique(Document doc, String phrase) {
    List<Annotation<Technique>> marks =
        doc.layer(Layers.TECHNIQUES).stream()
            .filter(a -> doc.text(a.span()).equals(phrase))
            .toList();
    if (marks.isEmpty()) {
      fail("expected a technique on '%s'; the techniques are:%n%s", phrase, describe(doc));
    }
    return new TechniqueAssert(doc, phrase, marks);
  }

  /** One of the marks on the phrase has {@code label}. */
  TechniqueAssert is(String label) {
    assertThat(marks.stream().map(a -> a.value().label()))
        .as("techniques on '%s' in%n%s", phrase, describe(doc))
        .contains(label);
    return this;
  }

  /** The marks on the phrase carry the annotator's provenance. */
  TechniqueAssert hasProvenanceOf(TechniqueAnnotator annotator) {
    for (Annotation<Technique> a : marks) {
      assertThat(a.provenance().annotator()).isEqualTo("techniques");
      assertThat(a.provenance().model()).isEqualTo(annotator.modelId());
    }
    return this;
  }

  /** No mark with {@code label} overlaps the first occurrence of {@code phrase}. */
  static void assertNoTechniqueOn(Document doc, String phrase, String label) {
    int start = doc.text().indexOf(phrase);
    assertThat(start).as("'%s' in the text", phrase).isGreaterThanOrEqualTo(0);
    int end = start + phrase.length();
    List<String> found =
        doc.layer(Layers.TECHNIQUES).stream()
            .filter(a -> a.value().label().equals(label))
            .filter(a -> a.start() < end && start < a.end())
            .map(a -> doc.text(a.span()))
            .toList();
    assertThat(found).as("%s on '%s' in%n%s", label, phrase, describe(doc)).isEmpty();
  }

  static String describe(Document doc) {
    String s =
        doc.layer(Layers.TECHNIQUES).stream()
            .map(
                a ->
                    String.format(
                        java.util.Locale.ROOT,
                        "  %s %.2f [%d, %d) '%s'",
                        a.value().label(),
                        a.score(),
                        a.start(),
                        a.end(),
                        doc.text(a.span())))
            .collect(Collectors.joining("\n"));
    return s.isEmpty() ? "  (none)" : s;
  }
}
