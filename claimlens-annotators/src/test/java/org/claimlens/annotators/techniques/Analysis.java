package org.claimlens.annotators.techniques;

import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Pipeline;

/**
 * The language, text and techniques annotators (the shipped default model), loaded once for all
 * test classes of this package, and a way to run them on a string.
 */
final class Analysis {
  static final LanguageAnnotator LANGUAGE =
      new LanguageAnnotator(LanguageAnnotator.Config.defaults());
  static final TextAnnotator TEXT = new TextAnnotator(OpenNlpModels.loadEnglish());
  static final TechniqueAnnotator TECHNIQUES = TechniqueAnnotator.load(null);
  static final Pipeline PIPELINE =
      Pipeline.builder().add(LANGUAGE).add(TEXT).add(TECHNIQUES).build();

  private Analysis() {}

  static Document analyse(String text) {
    return PIPELINE.process(Document.of("test", text, Metadata.of("test.txt")));
  }

  /** The language and text layers only, for calling the annotator's other methods. */
  static Document prepare(String text) {
    return TEXT.annotate(LANGUAGE.annotate(Document.of("test", text, Metadata.of("test.txt"))));
  }
}
