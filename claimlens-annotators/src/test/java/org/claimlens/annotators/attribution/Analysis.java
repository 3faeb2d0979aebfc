package org.claimlens.annotators.attribution;

import org.claimlens.annotators.entities.EntityAnnotator;
import org.claimlens.annotators.entities.Gazetteer;
import org.claimlens.annotators.grading.GradingAnnotator;
import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Pipeline;

/**
 * The real language, text, entities, attribution and grading annotators, loaded once for all test
 * classes of this package (the models take about a second), and a way to run them on a string.
 */
final class Analysis {
  static final AttributionAnnotator ATTRIBUTION = new AttributionAnnotator();
  static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(new LanguageAnnotator(LanguageAnnotator.Config.defaults()))
          .add(new TextAnnotator(OpenNlpModels.loadEnglish()))
          .add(new EntityAnnotator(Gazetteer.loadDefault()))
          .add(ATTRIBUTION)
          .add(new GradingAnnotator())
          .build();

  private Analysis() {}

  static Document analyse(String text) {
    return PIPELINE.process(Document.of("test", text, Metadata.of("test.txt")));
  }

  /** Analyses {@code text} as published by {@code outlet} (the document's metadata). */
  static Document analyse(String text, String outlet) {
    return PIPELINE.process(
        Document.of("test", text, new Metadata(null, null, outlet, null, "test.txt")));
  }
}
