package org.claimlens.annotators.narratives;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimlens.annotators.Provenances;
import org.claimlens.annotators.embedding.SentenceSelector;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Embedding;
import org.claimlens.model.Language;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Narrative;
import org.claimlens.model.Provenance;
import org.claimlens.model.Span;
import org.claimlens.pipeline.Annotator;
import org.jspecify.annotations.Nullable;

/**
 * Labels a document with the narratives it pushes (SemEval-2025 Task 10 subtask 2 taxonomy, or the
 * taxonomy its model was trained with) and, inside each, the subnarratives, each with the sentences
 * that drove it.
 *
 * <p>How a document is labelled, all after the sentence vectors, in well under a millisecond:
 *
 * <ol>
 *   <li>Sentence vectors are pooled; a long document pools only the sentences nearest a narrative's
 *       description (see {@link DocumentFeatures}).
 *   <li><b>The Other-gate</b>, a logistic model on the pooled vector plus hashed word unigrams and
 *       bigrams, decides "some narrative" against "none" at a threshold calibrated by
 *       cross-validation on the training data. Below it the document is {@code Other}, which is an
 *       <b>empty layer</b> (the SemEval writer prints {@code Other}).
 *   <li>One logistic model per narrative scores the pooled vector; the best narrative is chosen,
 *       and up to two more of the same domain (URW or CC) above their threshold.
 *   <li>Inside each chosen narrative only, one logistic model per subnarrative; those above their
 *       threshold are chosen, and when none is, {@code "<narrative>: Other"}.
 * </ol>
 *
 * <p>Every model is linear in the pooled sum of sentence vectors, so each sentence's share of a
 * label's score is exact: the evidence of a label is its {@value #EVIDENCE} sentences with the
 * largest share, best first. Annotations span the whole text and score with the label's
 * probability.
 *
 * <p>Documents detected as another language than English get an empty layer: the bundled encoders
 * and the default model are English only ({@code und} documents are labelled). The document's
 * sentence vectors must come from the encoder the model was trained with ({@link #encoder()});
 * otherwise {@link #annotate} throws.
 *
 * <p>Thread-safe: the model is immutable. Example:
 *
 * <pre>{@code
 * NarrativeAnnotator narratives = NarrativeAnnotator.load(null); // the default model
 * Pipeline p = Pipeline.builder().add(language).add(text)
 *     .add(new EmbeddingAnnotator(Encoders.expect(narratives.encoder()), EmbeddingAnnotator.Config.defaults()))
 *     .add(narratives).build();
 * }</pre>
 */
public final class NarrativeAnnotator implements Annotator {
  /** How many sentences each label cites as evidence, at most. */
  public static final int EVIDENCE = 2;

  /** The class-path folder of the shipped model, beside this class. */
  static final String DEFAULT_MODEL = "default-model/";

  private final NarrativeModel model;
  private final Provenance provenance;

  NarrativeAnnotator(NarrativeModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.provenance = Provenances.of("narratives", model.id, model.thresholds);
  }

  /**
   * Loads a narrative model: the shipped default when {@code modelDir} is null, otherwise the
   * folder {@code modelDir/narratives/} that {@link NarrativeTrainer} writes.
   *
   * @throws IllegalArgumentException naming the folder and the file when the folder is missing, or
   *     a required file in it is missing or invalid
   */
  public static NarrativeAnnotator load(@Nullable Path modelDir) {
    if (modelDir == null) {
      return new NarrativeAnnotator(NarrativeModel.read(NarrativeModel.resources(DEFAULT_MODEL)));
    }
    Path dir = modelDir.resolve(NarrativeTrainer.FOLDER);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "narratives model folder "
              + dir
              + " does not exist (train one with NarrativeTrainer or `claimlens train narratives`)");
    }
    return new NarrativeAnnotator(NarrativeModel.read(NarrativeModel.folder(dir)));
  }

  /** The id of the sentence encoder whose vectors this model reads ({@code all-minilm-l6-v2-q}). */
  public String encoder() {
    return model.settings.encoder();
  }

  /**
   * A {@link SentenceSelector} for the embedding annotator that keeps, of a document over its
   * sentence budget, the sentences this model most needs (see {@link NarrativeSalience}).
   */
  public SentenceSelector sentenceSelector() {
    return new NarrativeSalience(model);
  }

  /** The model's id, as recorded in provenance. */
  public String modelId() {
    return model.id;
  }

  @Override
  public String name() {
    return "narratives";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS, Layers.SENTENCE_EMBEDDINGS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.NARRATIVES);
  }

  @Override
  public Document annotate(Document doc) {
    String lang =
        doc.find(Layers.LANGUAGE).map(a -> a.value().code()).orElse(Language.UNDETERMINED);
    if (!lang.equals("en") && !lang.equals(Language.UNDETERMINED)) {
      return doc.with(Layers.NARRATIVES, List.of());
    }
    List<Annotation<Embedding>> embeddings = doc.layer(Layers.SENTENCE_EMBEDDINGS);
    if (!embeddings.isEmpty()) {
      String encoder = embeddings.getFirst().value().model();
      if (!encoder.equals(model.settings.encoder())) {
        throw new IllegalStateException(
            "narratives model "
                + model.id
                + " reads "
                + model.settings.encoder()
                + " sentence vectors, but document "
                + doc.id()
                + " carries "
                + encoder
                + " vectors");
      }
    }
    DocumentFeatures f =
        DocumentFeatures.of(
            doc, model.prototypes, model.settings.poolTopK(), model.settings.lexicalDim());
    if (f == null) {
      return doc.with(Layers.NARRATIVES, List.of());
    }
    double[] p = model.probabilities(f);
    LabelSpace labels = model.labels;
    Span whole = Span.of(0, doc.text().length());
    List<Annotation<Narrative>> out = new ArrayList<>();
    for (NarrativeDecoder.Choice c : NarrativeDecoder.decode(p, labels, model.thresholds)) {
      List<Span> evidence = evidence(f, c.narrative());
      List<Narrative.Subnarrative> subs = new ArrayList<>();
      for (int s : c.subnarratives()) {
        int j = labels.narratives().size() + s;
        subs.add(new Narrative.Subnarrative(labels.subnarratives().get(s), p[j], evidence(f, j)));
      }
      String fallback = labels.fallback(c.narrative());
      if (subs.isEmpty() && fallback != null) {
        subs.add(new Narrative.Subnarrative(fallback, p[c.narrative()], evidence));
      }
      String label = labels.narratives().get(c.narrative());
      out.add(
          new Annotation<>(
              whole, new Narrative(label, subs, evidence), p[c.narrative()], provenance));
    }
    return doc.with(Layers.NARRATIVES, out);
  }

  /** The pooled sentences that push output {@code j} most, best first. */
  private List<Span> evidence(DocumentFeatures f, int j) {
    int n = f.vectors.length;
    double[] share = new double[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      share[i] = model.evidence(j, f.vectors[i]);
      order[i] = i;
    }
    Arrays.sort(
        order, Comparator.comparingDouble((Integer i) -> -share[i]).thenComparingInt(i -> i));
    List<Span> out = new ArrayList<>(EVIDENCE);
    for (int k = 0; k < Math.min(EVIDENCE, n); k++) {
      out.add(f.spans[order[k]]);
    }
    return out;
  }

  @Override
  public String toString() {
    return "NarrativeAnnotator["
        + model.id
        + ", "
        + model.labels.narratives().size()
        + " narratives]";
  }
}
