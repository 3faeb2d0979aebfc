package org.claimlens.annotators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.claimlens.annotators.attribution.AttributionAnnotator;
import org.claimlens.annotators.embedding.EmbeddingAnnotator;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.annotators.entities.EntityAnnotator;
import org.claimlens.annotators.entities.Gazetteer;
import org.claimlens.annotators.framing.RoleAnnotator;
import org.claimlens.annotators.grading.GradingAnnotator;
import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.narratives.NarrativeAnnotator;
import org.claimlens.annotators.narratives.NarrativeTrainer;
import org.claimlens.annotators.techniques.TechniqueAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;

/**
 * The default analysis pipeline, in one place for every edge that runs it (CLI, benchmarks, later
 * the server and the Flink job). Building it loads the models, about three seconds; build it once
 * per process and share it across threads.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  /**
   * How many sentences of a document are embedded, at most, by default: about a sixth of a 700-word
   * article, chosen by the narrative model's salience (see {@link
   * NarrativeAnnotator#sentenceSelector()}), which keeps the whole pipeline above 25 articles per
   * second on two cores (docs/benchmarks.md).
   */
  public static final int DEFAULT_EMBED_SENTENCES = 6;

  /**
   * What the default pipeline runs with.
   *
   * @param language the language detector's settings
   * @param modelDir a folder written by {@code claimlens train} whose {@code narratives/}, {@code
   *     roles/} and {@code techniques/} models replace the shipped ones where present; null for the
   *     shipped models
   * @param narratives whether the pipeline embeds sentences and labels narratives (the most
   *     expensive stages); false drops both
   * @param embedSentences at most this many sentences per document are embedded; 0 embeds all
   * @param embeddingCache how many sentence vectors the embedding cache keeps; 0 turns it off
   *     (benchmarks do, so that repeated articles cost what new ones would)
   */
  public record Options(
      LanguageAnnotator.Config language,
      @Nullable Path modelDir,
      boolean narratives,
      int embedSentences,
      int embeddingCache) {
    public Options {
      Objects.requireNonNull(language, "language");
      if (embedSentences < 0 || embeddingCache < 0) {
        throw new IllegalArgumentException(
            "embedSentences and embeddingCache must be >= 0: "
                + embedSentences
                + ", "
                + embeddingCache);
      }
    }

    public static Options defaults() {
      return new Options(
          LanguageAnnotator.Config.defaults(),
          null,
          true,
          DEFAULT_EMBED_SENTENCES,
          EmbeddingAnnotator.Config.defaults().cacheSize());
    }

    /** These options with Lingua's high-accuracy mode switched on or off. */
    public Options withHighAccuracyLanguage(boolean high) {
      return new Options(
          new LanguageAnnotator.Config(high, language.sampleChars(), language.minConfidence()),
          modelDir,
          narratives,
          embedSentences,
          embeddingCache);
    }

    /** These options with trained models from {@code dir} (null: the shipped models). */
    public Options withModelDir(@Nullable Path dir) {
      return new Options(language, dir, narratives, embedSentences, embeddingCache);
    }

    /** These options with the embedding and narrative stages on or off. */
    public Options withNarratives(boolean on) {
      return new Options(language, modelDir, on, embedSentences, embeddingCache);
    }

    /** These options with a sentence budget for embedding; 0 embeds every sentence. */
    public Options withEmbedSentences(int max) {
      return new Options(language, modelDir, narratives, max, embeddingCache);
    }

    /** These options with an embedding cache of {@code size} vectors; 0 turns it off. */
    public Options withEmbeddingCache(int size) {
      return new Options(language, modelDir, narratives, embedSentences, size);
    }
  }

  /** A trained model's folder under {@code modelDir}, if the user gave one that has it. */
  private static @Nullable Path trained(@Nullable Path modelDir, String task) {
    return modelDir != null && Files.isDirectory(modelDir.resolve(task)) ? modelDir : null;
  }

  public static Pipeline build(Options options) {
    Pipeline.Builder b =
        Pipeline.builder()
            .add(new LanguageAnnotator(options.language()))
            .add(new TextAnnotator(OpenNlpModels.loadEnglish()))
            .add(new EntityAnnotator(Gazetteer.loadDefault()))
            .add(new AttributionAnnotator())
            .add(new GradingAnnotator())
            .add(RoleAnnotator.load(trained(options.modelDir(), "roles")))
            .add(TechniqueAnnotator.load(trained(options.modelDir(), "techniques")));
    if (options.narratives()) {
      NarrativeAnnotator narratives =
          NarrativeAnnotator.load(trained(options.modelDir(), NarrativeTrainer.FOLDER));
      EmbeddingAnnotator.Config config =
          EmbeddingAnnotator.Config.defaults()
              .withMaxSentences(options.embedSentences())
              .withCacheSize(options.embeddingCache());
      b.add(
              new EmbeddingAnnotator(
                  Encoders.expect(narratives.encoder()), config, narratives.sentenceSelector()))
          .add(narratives);
    }
    return b.build();
  }
}
