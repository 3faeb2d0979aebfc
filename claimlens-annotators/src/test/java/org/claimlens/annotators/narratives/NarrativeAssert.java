package org.claimlens.annotators.narratives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Narrative;

/** Reads like the domain: {@code assertNarratives(doc).has(FEARS).withSubnarrative(NATO)}. */
final class NarrativeAssert {
  static final String FEARS = "URW: Amplifying war-related fears";
  static final String NATO_INTERVENES = FEARS + ": NATO should/will directly intervene";

  private final Document doc;
  private Narrative current;

  private NarrativeAssert(Document doc) {
    this.doc = doc;
  }

  static NarrativeAssert assertNarratives(Document doc) {
    assertThat(doc.has(Layers.NARRATIVES)).as("narratives layer of " + doc.id()).isTrue();
    return new NarrativeAssert(doc);
  }

  /** The document serves {@code label}; later calls look inside it. */
  NarrativeAssert has(String label) {
    List<String> labels = labels();
    assertThat(labels).as("narratives of " + doc.id()).contains(label);
    current =
        doc.layer(Layers.NARRATIVES).stream()
            .map(Annotation::value)
            .filter(n -> n.label().equals(label))
            .findFirst()
            .orElseThrow();
    return this;
  }

  NarrativeAssert withSubnarrative(String label) {
    assertThat(current.subnarratives().stream().map(Narrative.Subnarrative::label).toList())
        .as("subnarratives of " + current.label() + " in " + doc.id())
        .contains(label);
    return this;
  }

  /** No narrative: the layer is there and empty, which the SemEval writer prints as Other. */
  void isOther() {
    assertThat(labels()).as("narratives of " + doc.id()).isEmpty();
  }

  private List<String> labels() {
    return doc.layer(Layers.NARRATIVES).stream().map(a -> a.value().label()).toList();
  }
}
