package org.claimlens.annotators.entities;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.pipeline.Annotator;

/**
 * Finds people, organizations, media outlets, official bodies and places, resolves each mention to
 * a canonical name and records the role phrase the text gives a person.
 *
 * <p>Two sources of mentions, merged so that no two overlap (the longer wins):
 *
 * <ul>
 *   <li><b>The {@link Gazetteer}</b>: aliases matched leftmost-longest through a character trie, so
 *       "Kiev" is Kyiv, "Bankova" the Office of the President of Ukraine and "Peskov" Dmitry
 *       Peskov. Ambiguous aliases ("the Defence Ministry", "MoD") are resolved from the countries
 *       and people mentioned nearby; Cyrillic aliases also match with a short case ending.
 *   <li><b>Rules</b> for names no list holds: runs of capitalised words (English tokens tagged
 *       {@code PROPN} at a sentence start), typed by cues: a title or role noun before ("regional
 *       governor Oleh Syniehubov"), a given name, an appositive role or a speech verb after (a
 *       person); a head noun ("... Ministry", "... Brigade", "... News"); "the newspaper X", "told
 *       X", "X reported" (an outlet); "in X", "the village of X", "X region" (a place). A lone
 *       surname takes the canonical name of the person named in full in the same document.
 * </ul>
 *
 * <p>Scores: exact gazetteer match 0.95, gazetteer match in all capitals or resolved from context
 * about 0.85, cue-typed names about 0.7, weak guesses 0.5; mentions under {@link Config#minScore()}
 * are dropped. Documents in other languages than English (tokens without POS tags) get gazetteer
 * matches and runs of two or more capitalised words that are not at a sentence start.
 *
 * <p>Thread-safe: the gazetteer and cue lists are immutable and all per-document state lives in a
 * {@link EntityFinder} made for each call. Example:
 *
 * <pre>{@code
 * Annotator entities = new EntityAnnotator(Gazetteer.loadDefault());
 * Pipeline p = Pipeline.builder().add(language).add(text).add(entities).build();
 * }</pre>
 */
public final class EntityAnnotator implements Annotator {
  /** The model id recorded in provenance. */
  public static final String MODEL = "gazetteer+rules";

  /**
   * How the annotator runs.
   *
   * @param minScore mentions scoring below this are dropped; in {@code [0, 1]}
   * @param allCapsText whether text in capitals ("KYIV, Ukraine") matches gazetteer aliases written
   *     in mixed case
   * @param unknownNames whether the rules look for names the gazetteer does not hold
   * @param shortMentions whether a lone surname resolves to the person named in full elsewhere in
   *     the document
   * @param roles whether role phrases are recorded for persons
   */
  public record Config(
      double minScore,
      boolean allCapsText,
      boolean unknownNames,
      boolean shortMentions,
      boolean roles) {

    public Config {
      if (!(minScore >= 0.0 && minScore <= 1.0)) {
        throw new IllegalArgumentException("minScore must be in [0, 1], was " + minScore);
      }
    }

    public static Config defaults() {
      return new Config(0.4, true, true, true, true);
    }
  }

  private final Gazetteer gazetteer;
  private final Config config;
  private final Lexicon lexicon;
  private final Provenance provenance;

  /** An annotator with {@link Config#defaults()}. */
  public EntityAnnotator(Gazetteer gazetteer) {
    this(gazetteer, Config.defaults());
  }

  public EntityAnnotator(Gazetteer gazetteer, Config config) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.config = Objects.requireNonNull(config, "config");
    this.lexicon = Lexicon.get();
    this.provenance =
        Provenances.of("entities", MODEL, config + " gazetteer=" + gazetteer.fingerprint());
  }

  public Config config() {
    return config;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Document annotate(Document doc) {
    Objects.requireNonNull(doc, "doc");
    List<Annotation<Entity>> found =
        new EntityFinder(gazetteer, lexicon, config, provenance, doc).find();
    return doc.with(Layers.ENTITIES, found);
  }
}
