package org.claimlens.annotators.narratives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimlens.annotators.embedding.SentenceSelector;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Sentence;
import org.junit.jupiter.api.Test;

class NarrativeSalienceTest {
  private static final String FILLER =
      "The meeting took place in a hotel conference room and lasted about two hours.";

  @Test
  void keepsTheLeadAndTheSentenceThatCarriesTheNarrative() {
    StringBuilder text = new StringBuilder("Regional officials met on Tuesday. ");
    for (int i = 0; i < 8; i++) {
      text.append(FILLER).append(' ');
    }
    text.append(
        "Insiders warn that NATO will soon send its own troops to fight Russia, dragging Europe"
            + " into a world war. ");
    for (int i = 0; i < 4; i++) {
      text.append(FILLER).append(' ');
    }
    Document doc = Analysis.prepare("long.txt", text.toString());
    SentenceSelector salience = Analysis.NARRATIVES.sentenceSelector();

    int[] chosen = salience.select(doc, 2);

    List<Annotation<Sentence>> sentences = doc.layer(Layers.SENTENCES);
    assertThat(chosen).hasSize(2);
    assertThat(chosen[0]).isZero();
    assertThat(doc.text(sentences.get(chosen[1]).span())).contains("NATO");
    assertThat(salience.select(doc, 2)).as("deterministic").containsExactly(chosen);
  }

  @Test
  void theDefaultPipelineEmbedsAtMostTheBudgetAndStillLabelsALongDocument() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      text.append(FILLER).append(' ');
    }
    text.append(
        "NATO troops will be sent to Ukraine within weeks, and a direct war with Russia is now"
            + " all but certain.");
    Document doc = Analysis.prepare("padded.txt", text.toString());

    assertThat(doc.layer(Layers.SENTENCE_EMBEDDINGS))
        .hasSizeLessThanOrEqualTo(org.claimlens.annotators.StandardPipeline.DEFAULT_EMBED_SENTENCES)
        .anySatisfy(e -> assertThat(doc.text(e.span())).contains("NATO troops"));
  }
}
