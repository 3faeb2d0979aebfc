package org.claimlens.annotators.entities;

import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Pipeline;

/**
 * The language, text and entities annotators, loaded once for all test classes of this package
 * (loading the models costs about a second), and a way to run them on a string.
 */
final class Analysis {
  static final LanguageAnnotator LANGUAGE =
      new LanguageAnnotator(LanguageAnnotator.Config.defaults());
  static final TextAnnotator TEXT = new TextAnnotator(OpenNlpModels.loadEnglish());
  static final EntityAnnotator ENTITIES = new EntityAnnotator(Gazetteer.loadDefault());
  static final Pipeline PIPELINE = Pipeline.builder().add(LANGUAGE).add(TEXT).add(ENTITIES).build();

  private Analysis() {}

  static Document analyse(String text) {
    return PIPELINE.process(Document.of("test", text, Metadata.of("test.txt")));
  }

  /** Runs the language and text annotators, then {@code entities}. */
  static Document analyse(String text, EntityAnnotator entities) {
    Document prepared =
        TEXT.annotate(LANGUAGE.annotate(Document.of("test", text, Metadata.of("test.txt"))));
    return entities.annotate(prepared);
  }
}
