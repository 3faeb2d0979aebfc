package org.claimlens.annotators;

import org.claimlens.annotators.attribution.AttributionAnnotator;
import org.claimlens.annotators.entities.EntityAnnotator;
import org.claimlens.annotators.entities.Gazetteer;
import org.claimlens.annotators.grading.GradingAnnotator;
import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.pipeline.Pipeline;

/**
 * The default analysis pipeline, in one place for every edge that runs it (CLI, benchmarks, later
 * the server and the Flink job). Building it loads the models, about two seconds; build it once per
 * process and share it across threads.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  /**
   * What the default pipeline runs with.
   *
   * @param language the language detector's settings
   */
  public record Options(LanguageAnnotator.Config language) {
    public static Options defaults() {
      return new Options(LanguageAnnotator.Config.defaults());
    }

    /** The defaults with Lingua's high-accuracy mode switched on or off. */
    public Options withHighAccuracyLanguage(boolean high) {
      return new Options(
          new LanguageAnnotator.Config(high, language.sampleChars(), language.minConfidence()));
    }
  }

  public static Pipeline build(Options options) {
    return Pipeline.builder()
        .add(new LanguageAnnotator(options.language()))
        .add(new TextAnnotator(OpenNlpModels.loadEnglish()))
        .add(new EntityAnnotator(Gazetteer.loadDefault()))
        .add(new AttributionAnnotator())
        .add(new GradingAnnotator())
        .build();
  }
}
