package org.claimlens.model;

/** The well-known layers. Annotators declare these in {@code requires()} and {@code provides()}. */
public final class Layers {
  /** One annotation spanning the text: the detected language. */
  public static final Layer<Language> LANGUAGE = Layer.of("language", Language.class);

  /** Sentences in text order. */
  public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);

  /** Tokens in text order, each with its POS tag. */
  public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);

  /** Named-entity mentions in text order. */
  public static final Layer<Entity> ENTITIES = Layer.of("entities", Entity.class);

  /** Attribution relations (who claims what), in text order of their content. */
  public static final Layer<Claim> CLAIMS = Layer.of("claims", Claim.class);

  /** One Admiralty grade per claim, each pointing at its claim by index. */
  public static final Layer<Grade> GRADES = Layer.of("grades", Grade.class);

  /** One vector per sentence, on the sentence's span, shared by every consumer. */
  public static final Layer<Embedding> SENTENCE_EMBEDDINGS =
      Layer.of("sentence_embeddings", Embedding.class);

  /** Narratives the document serves, each spanning the text, best first. */
  public static final Layer<Narrative> NARRATIVES = Layer.of("narratives", Narrative.class);

  /** Entity framing roles, one per framed mention. */
  public static final Layer<EntityRole> ROLES = Layer.of("roles", EntityRole.class);

  /** Persuasion technique spans. */
  public static final Layer<Technique> TECHNIQUES = Layer.of("techniques", Technique.class);

  private Layers() {}
}
