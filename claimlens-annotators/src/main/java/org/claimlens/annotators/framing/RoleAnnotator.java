package org.claimlens.annotators.framing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimlens.annotators.Provenances;
import org.claimlens.eval.semeval.RoleTaxonomy;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.EntityRole;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.model.Span;
import org.claimlens.pipeline.Annotator;
import org.jspecify.annotations.Nullable;

/**
 * Entity framing (SemEval-2025 Task 10 subtask 1): how the text casts its key actors, as a main
 * role (Protagonist, Antagonist, Innocent) and one or two fine roles of that main role (Guardian,
 * Instigator, Victim, ...; see {@code shared/taxonomies/roles-semeval2025.txt}).
 *
 * <p>Two entry points:
 *
 * <ul>
 *   <li>{@link #annotate} chooses the mentions to frame ({@link MentionSelector}: the salient
 *       persons, organizations, official bodies, countries and population groups whose sentences
 *       carry evaluative cues, one mention per entity, at most {@link Config#maxEntities()}) and
 *       adds one {@link Layers#ROLES} annotation on each. Framing every mention of every entity
 *       would bury the few the text takes a stance on; SemEval annotates only those.
 *   <li>{@link #classify} frames mentions given from outside (the gold mentions of a SemEval file),
 *       one role per span, in order.
 * </ul>
 *
 * <p>The decision is a {@link RoleModel}: logistic regressions over the {@link RoleFeatures} of the
 * mention (its words, the verbs it is subject or object of, the evaluative cues of {@code cues.txt}
 * around it and around the entity's other mentions, the document's voice crossed with the entity's
 * bloc). The fine roles always belong to the chosen main role; a second one is reported only when
 * its probability reaches the model's threshold. An annotation's score is the main role's
 * probability; its {@link EntityRole#evidence()} is the mention's sentence, then the cue words of
 * that sentence that point to the chosen fine roles (or, failing those, to any fine role of the
 * main role; failing both, the same from the other sentences about the entity), at most three.
 *
 * <p>Documents need the language, sentences, tokens and entities layers; a claims layer is used
 * when present. English only in substance: the cues are English words, so other languages get
 * little more than the entity priors. Thread-safe: the model is immutable and per-document state
 * lives in each call. Example:
 *
 * <pre>{@code
 * RoleAnnotator roles = RoleAnnotator.load(null); // the shipped model
 * Pipeline p = Pipeline.builder().add(language).add(text).add(entities).add(roles).build();
 * List<EntityRole> gold = roles.classify(p.process(doc), List.of(Span.of(240, 244)));
 * }</pre>
 */
public final class RoleAnnotator implements Annotator {
  /** The resource folder of the shipped model, beside this class. */
  static final String DEFAULT_MODEL = "default-model/";

  /** Evidence cue spans kept per role, besides the sentence. */
  private static final int MAX_CUES = 3;

  /**
   * Which mentions {@link #annotate} frames.
   *
   * @param maxEntities at most this many entities per document
   * @param minSalience an entity needs at least this salience (cue categories in its best sentence,
   *     plus 0.5 per further mention and 1 in the title)
   */
  public record Config(int maxEntities, double minSalience) {
    public Config {
      if (maxEntities < 0) {
        throw new IllegalArgumentException("maxEntities must be >= 0, was " + maxEntities);
      }
    }

    public static Config defaults() {
      return new Config(5, 1.0);
    }
  }

  private final RoleModel model;
  private final RoleFeatures features;
  private final MentionSelector selector;
  private final Config config;
  private final Provenance provenance;
  private final RoleTaxonomy taxonomy;

  private RoleAnnotator(
      RoleModel model, RoleFeatures features, RoleTaxonomy taxonomy, Config config) {
    this.model = model;
    this.features = features;
    this.config = config;
    this.selector = new MentionSelector(features, config.maxEntities(), config.minSalience());
    this.provenance = Provenances.of(name(), model.id(), config);
    this.taxonomy = taxonomy;
  }

  /**
   * Loads a model with {@link Config#defaults()}.
   *
   * @param modelDir a folder written by {@link RoleTrainer} (the model is read from {@code
   *     modelDir/roles/}), or null for the model shipped on the class path
   * @throws UncheckedIOException when the model cannot be read
   * @throws IllegalArgumentException when it is malformed, or was trained with another feature set
   *     or cue lexicon (retrain it)
   */
  public static RoleAnnotator load(@Nullable Path modelDir) {
    return load(modelDir, Config.defaults());
  }

  /** Like {@link #load(Path)} with other mention-selection settings. */
  public static RoleAnnotator load(@Nullable Path modelDir, Config config) {
    Objects.requireNonNull(config, "config");
    RoleTaxonomy taxonomy = RoleTaxonomy.semeval2025();
    RoleFeatures features = RoleTrainer.defaultFeatures(taxonomy);
    String source;
    String content;
    if (modelDir == null) {
      source = "classpath:" + DEFAULT_MODEL + RoleModel.FILE;
      try (InputStream in =
          RoleAnnotator.class.getResourceAsStream(DEFAULT_MODEL + RoleModel.FILE)) {
        if (in == null) {
          throw new IllegalStateException("the shipped role model " + source + " is missing");
        }
        content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source, e);
      }
    } else {
      Path file = modelDir.resolve(RoleTrainer.MODEL_FOLDER).resolve(RoleModel.FILE);
      source = file.toString();
      try {
        content = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the role model " + file, e);
      }
    }
    RoleModel model = RoleModel.parse(content, source, features.lexicon(), taxonomy);
    return new RoleAnnotator(model, features, taxonomy, config);
  }

  /** The model's id, as recorded in provenance ({@code roles-lr-…}). */
  public String modelId() {
    return model.id();
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return "framing";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ROLES);
  }

  @Override
  public Document annotate(Document doc) {
    Objects.requireNonNull(doc, "doc");
    DocumentView view = new DocumentView(doc, features.lexicon());
    List<Annotation<EntityRole>> out = new ArrayList<>();
    for (Span mention : selector.select(view)) {
      Scored s = frame(view, mention);
      out.add(new Annotation<>(mention, s.role(), s.score(), provenance));
    }
    return doc.with(Layers.ROLES, out);
  }

  /**
   * Frames the given mentions: one role per span, in the order given (a span may repeat).
   *
   * @param doc a document with the sentences and tokens layers (entities and claims are used when
   *     present)
   * @param mentions spans within {@code doc}'s text
   * @throws IllegalArgumentException when a layer is missing or a span runs past the text
   */
  public List<EntityRole> classify(Document doc, List<Span> mentions) {
    Objects.requireNonNull(doc, "doc");
    DocumentView view = new DocumentView(doc, features.lexicon());
    List<EntityRole> out = new ArrayList<>(mentions.size());
    for (Span m : mentions) {
      if (m.end() > doc.text().length()) {
        throw new IllegalArgumentException(
            "mention "
                + m
                + " runs past the text of "
                + doc.id()
                + " ("
                + doc.text().length()
                + ")");
      }
      out.add(frame(view, m).role());
    }
    return out;
  }

  private record Scored(EntityRole role, double score) {}

  private Scored frame(DocumentView view, Span mention) {
    RoleFeatures.Extracted x = features.extract(view, mention);
    RoleModel.Prediction p = model.predict(x.features());
    List<Span> evidence = new ArrayList<>();
    evidence.add(x.sentence());
    evidence.addAll(cues(x, p.fine(), taxonomy.fineRolesOf(p.main())));
    EntityRole role = new EntityRole(x.entity(), p.main(), p.fine(), evidence);
    return new Scored(role, Math.min(1.0, Math.max(0.0, p.mainScore())));
  }

  /**
   * The cue spans to cite: those of the mention's sentence that point to the chosen fine roles, or
   * failing those to any fine role of the main role; failing both, the same from the other
   * sentences about the entity. At most {@link #MAX_CUES}, in text order.
   */
  private static List<Span> cues(RoleFeatures.Extracted x, List<String> fine, List<String> ofMain) {
    for (List<RoleFeatures.CueSpan> source : List.of(x.cues(), x.elsewhere())) {
      for (List<String> wanted : List.of(fine, ofMain)) {
        List<Span> out = new ArrayList<>();
        for (RoleFeatures.CueSpan c : source) {
          if (out.size() < MAX_CUES && wanted.contains(c.category()) && !out.contains(c.span())) {
            out.add(c.span());
          }
        }
        if (!out.isEmpty()) {
          out.sort(null);
          return out;
        }
      }
    }
    return List.of();
  }

  @Override
  public String toString() {
    return "RoleAnnotator[" + model.id() + ", " + config + "]";
  }
}
