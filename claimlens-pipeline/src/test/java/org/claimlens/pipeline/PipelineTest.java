package org.claimlens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Language;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Provenance;
import org.claimlens.model.Sentence;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Provenance P = new Provenance("fake", "1", "rules", "0");

  /** Says every document is English. */
  static final class FakeLanguage implements Annotator {
    @Override
    public String name() {
      return "language";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.LANGUAGE);
    }

    @Override
    public Document annotate(Document doc) {
      return doc.with(
          Layers.LANGUAGE,
          List.of(new Annotation<>(Span.of(0, doc.text().length()), new Language("en", 1), 1, P)));
    }
  }

  /** One sentence per document; needs the language first. */
  static final class FakeSentences implements Annotator {
    @Override
    public String name() {
      return "sentences";
    }

    @Override
    public Set<Layer<?>> requires() {
      return Set.of(Layers.LANGUAGE);
    }

    @Override
    public Set<Layer<?>> provides() {
      return Set.of(Layers.SENTENCES);
    }

    @Override
    public Document annotate(Document doc) {
      if (doc.text().contains("boom")) {
        throw new IllegalStateException("cannot split");
      }
      return doc.with(
          Layers.SENTENCES,
          List.of(new Annotation<>(Span.of(0, doc.text().length()), new Sentence(0), 1, P)));
    }
  }

  @Test
  void runsAnnotatorsInOrderAndReturnsANewDocument() {
    Pipeline p = Pipeline.builder().add(new FakeLanguage()).add(new FakeSentences()).build();
    Document in = Document.of("a", "Peskov said.", Metadata.of("a.txt"));

    Document out = p.process(in);

    assertThat(out.layers()).containsExactlyInAnyOrder(Layers.LANGUAGE, Layers.SENTENCES);
    assertThat(in.layers()).isEmpty();
    assertThat(p.provides()).containsExactlyInAnyOrder(Layers.LANGUAGE, Layers.SENTENCES);
  }

  @Test
  void rejectsAMisorderedPipelineAtBuildTimeAndSaysWhereToMoveIt() {
    Pipeline.Builder b = Pipeline.builder().add(new FakeSentences()).add(new FakeLanguage());
    assertThatThrownBy(b::build)
        .isInstanceOf(PipelineException.class)
        .hasMessage(
            "annotator sentences requires [language] but no earlier annotator provides it;"
                + " move it after language");
  }

  @Test
  void acceptsLayersDeclaredAsGiven() {
    Pipeline p = Pipeline.builder().given(Layers.LANGUAGE).add(new FakeSentences()).build();
    assertThat(p.annotators()).hasSize(1);
  }

  @Test
  void rejectsTwoProvidersOfOneLayer() {
    Pipeline.Builder b = Pipeline.builder().add(new FakeLanguage()).add(new FakeLanguage());
    assertThatThrownBy(b::build)
        .hasMessage("layer language is provided by both language and language");
  }

  @Test
  void aFailingAnnotatorIsNamedWithTheDocument() {
    Pipeline p = Pipeline.builder().add(new FakeLanguage()).add(new FakeSentences()).build();
    Document bad = Document.of("doc-7", "boom", Metadata.of("x.txt"));
    assertThatThrownBy(() -> p.process(bad))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("annotator sentences failed on document doc-7")
        .hasMessageContaining("cannot split");
  }
}
