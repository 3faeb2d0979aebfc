package org.claimlens.annotators;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimlens.annotators.attribution.AttributionAnnotator;
import org.claimlens.annotators.entities.EntityAnnotator;
import org.claimlens.annotators.entities.Gazetteer;
import org.claimlens.annotators.framing.RoleAnnotator;
import org.claimlens.annotators.grading.GradingAnnotator;
import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.techniques.TechniqueAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;

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
   * @param modelDir a folder written by {@code claimlens train} whose {@code roles/} and {@code
   *     techniques/} models replace the shipped ones where present; null for the shipped models
   */
  public record Options(LanguageAnnotator.Config language, @Nullable Path modelDir) {
    public static Options defaults() {
      return new Options(LanguageAnnotator.Config.defaults(), null);
    }

    /** These options with Lingua's high-accuracy mode switched on or off. */
    public Options withHighAccuracyLanguage(boolean high) {
      return new Options(
          new LanguageAnnotator.Config(high, language.sampleChars(), language.minConfidence()),
          modelDir);
    }

    /** These options with trained models from {@code dir} (null: the shipped models). */
    public Options withModelDir(@Nullable Path dir) {
      return new Options(language, dir);
    }
  }

  /** A trained model's folder under {@code modelDir}, if the user gave one that has it. */
  private static @Nullable Path trained(@Nullable Path modelDir, String task) {
    return modelDir != null && Files.isDirectory(modelDir.resolve(task)) ? modelDir : null;
  }

  public static Pipeline build(Options options) {
    return Pipeline.builder()
        .add(new LanguageAnnotator(options.language()))
        .add(new TextAnnotator(OpenNlpModels.loadEnglish()))
        .add(new EntityAnnotator(Gazetteer.loadDefault()))
        .add(new AttributionAnnotator())
        .add(new GradingAnnotator())
        .add(RoleAnnotator.load(trained(options.modelDir(), "roles")))
        .add(TechniqueAnnotator.load(trained(options.modelDir(), "techniques")))
        .build();
  }
}
