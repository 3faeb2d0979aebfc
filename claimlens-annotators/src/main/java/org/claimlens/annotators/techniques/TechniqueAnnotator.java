package org.claimlens.annotators.techniques;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Language;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.model.Span;
import org.claimlens.model.Technique;
import org.claimlens.pipeline.Annotator;
import org.jspecify.annotations.Nullable;

/**
 * Marks persuasion techniques: the phrase or sentence that uses each, with the SemEval-2023 Task 3
 * label ({@code Loaded_Language}, {@code Name_Calling-Labeling}, {@code Doubt}, {@code
 * Whataboutism}, ... 23 in all), a probability and provenance.
 *
 * <p>How: an authored cue lexicon ({@code lexicon.tsv}: loaded words, name-calling labels, doubt,
 * whataboutism, fear, exaggeration, flag-waving, slogan, cliché, authority, dilemma and causal
 * cues, ...) and a trained linear model (see {@link TechniqueTrainer}). Each sentence is scored for
 * the argumentative techniques, marked whole, or up to its reporting verb for Appeal_to_Authority;
 * loaded words and labels proposed by the lexicon and by phrases learned in training are scored and
 * marked as phrases; repeats of a phrase said earlier in the text are scored and marked after the
 * first occurrence. A candidate is marked when its probability reaches its technique's threshold,
 * calibrated by cross-validation on the training data. Spans may overlap or nest when two
 * techniques apply. Everything is lexical and CPU-only; sentence embeddings are not used.
 *
 * <p>Documents in a language other than English ({@code en}, or {@code und} when undetermined) get
 * an empty layer: the lexicon and model are English.
 *
 * <p>Thread-safe: the model is immutable and all per-document state lives in the call. Load once
 * and share. Example:
 *
 * <pre>{@code
 * TechniqueAnnotator techniques = TechniqueAnnotator.load(null); // the shipped default model
 * Pipeline p = Pipeline.builder().add(language).add(text).add(techniques).build();
 * p.process(doc).layer(Layers.TECHNIQUES); // [Annotation[[34, 45), Technique[Name_Calling-Labeling], 0.83, ...]]
 * }</pre>
 */
public final class TechniqueAnnotator implements Annotator {
  /** The class-path folder of the default model. */
  static final String DEFAULT_MODEL = "default-model/";

  /**
   * How the annotator runs.
   *
   * @param thresholdShift added to every calibrated threshold: positive for fewer, surer marks;
   *     negative for more; in {@code [-0.5, 0.5]}
   * @param maxPerSentence at most this many sentence-level techniques per sentence, the most
   *     confident first; at least 1
   */
  public record Config(double thresholdShift, int maxPerSentence) {
    public Config {
      if (!(thresholdShift >= -0.5 && thresholdShift <= 0.5)) {
        throw new IllegalArgumentException("thresholdShift must be in [-0.5, 0.5]");
      }
      if (maxPerSentence < 1) {
        throw new IllegalArgumentException("maxPerSentence must be at least 1");
      }
    }

    public static Config defaults() {
      return new Config(0.0, 3);
    }
  }

  private final TechniqueModel model;
  private final TechniqueLexicon lexicon;
  private final Config config;
  private final Provenance provenance;

  TechniqueAnnotator(TechniqueModel model, TechniqueLexicon lexicon, Config config) {
    this.model = Objects.requireNonNull(model, "model");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.config = Objects.requireNonNull(config, "config");
    this.provenance =
        Provenances.of("techniques", model.id(), config + " lexicon=" + lexicon.fingerprint());
  }

  /**
   * The model in {@code modelDir/techniques/}, or the shipped default (trained on {@code
   * data/techniques/train}) when {@code modelDir} is null, with {@link Config#defaults()}.
   *
   * @throws UncheckedIOException if the model cannot be read
   */
  public static TechniqueAnnotator load(@Nullable Path modelDir) {
    return load(modelDir, Config.defaults());
  }

  /** Like {@link #load(Path)} with a config. */
  public static TechniqueAnnotator load(@Nullable Path modelDir, Config config) {
    TechniqueLexicon lexicon = TechniqueLexicon.loadDefault();
    if (modelDir == null) {
      return new TechniqueAnnotator(DefaultHolder.MODEL, lexicon, config);
    }
    Path dir = modelDir.resolve(TechniqueTrainer.MODEL_FOLDER);
    try {
      TechniqueModel model =
          TechniqueModel.read(
              name -> {
                Path p = dir.resolve(name);
                return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
              },
              dir.toString());
      return new TechniqueAnnotator(model, lexicon, config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the technique model in " + dir, e);
    }
  }

  private static final class DefaultHolder {
    static final TechniqueModel MODEL = readDefault();

    private static TechniqueModel readDefault() {
      try {
        return TechniqueModel.read(
            name -> {
              InputStream in = TechniqueAnnotator.class.getResourceAsStream(DEFAULT_MODEL + name);
              return in;
            },
            "classpath:" + DEFAULT_MODEL);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the default technique model", e);
      }
    }
  }

  public Config config() {
    return config;
  }

  /** The model's id, as recorded in every annotation's provenance. */
  public String modelId() {
    return model.id();
  }

  /**
   * The label scheme the model emits: {@code semeval2023} (the default model), {@code ptc} for a
   * model trained on PTC-14 labels, or {@code custom}.
   */
  public String scheme() {
    return model.scheme();
  }

  /** The labels the model knows, in label order. */
  public List<String> labels() {
    return List.copyOf(model.labels().keySet());
  }

  @Override
  public String name() {
    return "techniques";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TECHNIQUES);
  }

  @Override
  public Document annotate(Document doc) {
    Objects.requireNonNull(doc, "doc");
    if (!isEnglish(doc)) {
      return doc.with(Layers.TECHNIQUES, List.of());
    }
    DocView view = new DocView(doc, lexicon);
    List<Annotation<Technique>> out = new ArrayList<>();
    for (TechniqueModel.Scored s :
        model.detect(view, config.thresholdShift(), config.maxPerSentence())) {
      out.add(new Annotation<>(s.span(), new Technique(s.label()), s.score(), provenance));
    }
    return doc.with(Layers.TECHNIQUES, out);
  }

  private static boolean isEnglish(Document doc) {
    String code =
        doc.find(Layers.LANGUAGE).map(a -> a.value().code()).orElse(Language.UNDETERMINED);
    return code.equals("en") || code.equals(Language.UNDETERMINED);
  }

  /**
   * The most probable technique of each given span (technique classification on known spans, as in
   * PTC's TC task), in the model's scheme. {@code doc} must carry sentences and tokens.
   */
  public List<String> classify(Document doc, List<Span> spans) {
    List<String> labels = model.spanModel().labels();
    List<String> out = new ArrayList<>(spans.size());
    for (Map<String, Double> p : classScores(doc, spans)) {
      String best = labels.getFirst();
      for (String l : labels) {
        if (p.get(l) > p.get(best)) {
          best = l;
        }
      }
      out.add(best);
    }
    return out;
  }

  /**
   * The most probable PTC-14 technique of each given span: the probabilities of the labels that map
   * to the same PTC label ({@link PtcMapping}) are added, and labels PTC lacks are left out.
   */
  public List<String> classifyPtc(Document doc, List<Span> spans) {
    List<String> out = new ArrayList<>(spans.size());
    for (Map<String, Double> p : classScores(doc, spans)) {
      Map<String, Double> ptc = new LinkedHashMap<>();
      p.forEach((l, v) -> PtcMapping.toPtc(l).ifPresent(t -> ptc.merge(t, v, Double::sum)));
      String best = null;
      for (Map.Entry<String, Double> e : ptc.entrySet()) {
        if (best == null || e.getValue() > ptc.get(best)) {
          best = e.getKey();
        }
      }
      if (best == null) {
        throw new IllegalStateException("model " + model.id() + " knows no PTC-14 technique");
      }
      out.add(best);
    }
    return out;
  }

  /** Probabilities of every technique for each given span, in label order. */
  public List<Map<String, Double>> classScores(Document doc, List<Span> spans) {
    Objects.requireNonNull(doc, "doc");
    DocView view = new DocView(doc, lexicon);
    List<String> labels = model.spanModel().labels();
    List<Map<String, Double>> out = new ArrayList<>(spans.size());
    for (Span span : spans) {
      double[] p = model.classify(view, span);
      Map<String, Double> m = new LinkedHashMap<>();
      for (int i = 0; i < labels.size(); i++) {
        m.put(labels.get(i), p[i]);
      }
      out.add(m);
    }
    return out;
  }

  @Override
  public String toString() {
    return "TechniqueAnnotator[" + model.id() + ", " + config + "]";
  }
}
