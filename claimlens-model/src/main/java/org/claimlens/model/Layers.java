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

  private Layers() {}
}
