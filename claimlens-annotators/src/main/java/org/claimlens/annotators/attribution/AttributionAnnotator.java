package org.claimlens.annotators.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Document;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;
import org.claimlens.pipeline.Annotator;

/**
 * Finds attribution relations (who claims what, on whose authority) and writes them as {@link
 * Claim}s in the {@link Layers#CLAIMS} layer, each spanning its content.
 *
 * <p>Rule-based and fast: one pass per sentence over the token arrays, cue lexicons in hash maps,
 * no regular expressions over the text. It finds direct quotes in every common quote style (the
 * content keeps its marks), that-clauses and zero-that clauses after reporting verbs (speech,
 * attitude and evidence cues: "said", "believes", "polls show"), "according to X", "X, citing Y",
 * "as X put it", "in X's words", noun cues ("X's claim that"), agentless passives ("it was reported
 * that") and "reportedly", sources before or after their quote, and channel-post openings ("Our
 * sources in the President's Office report that").
 *
 * <p>Each claim's source is resolved within the document ({@link SourceResolver}: pronouns, short
 * names, role nouns, anonymous descriptors with the body they name); its {@code via} lists the
 * carriers of a chain from the inside out ("The FT reported, citing a senior official, that X":
 * source the official, via [Financial Times]); the document's own outlet is never added. Hedges set
 * its certainty ({@link HedgeFinder}), and statements elsewhere in the document set its status
 * ({@link StatusLinker}). Claims are in text order of their content.
 *
 * <p>Scores: a direct quote or a that-clause with a speech verb and a named source about 0.9, a
 * zero-that clause 0.8, "according to" 0.85, a noun-phrase complement ("denied the report") 0.75,
 * noun cues 0.65, agentless 0.75, "reportedly" 0.7; lowered by 0.05 for attitude and evidence cues,
 * by 0.1 for an unresolved pronoun and by 0.2 for languages without a tagger; claims under {@link
 * Config#minScore()} are dropped. Texts in other languages than English get a best-effort layer
 * from a small Russian and Ukrainian cue list, or an empty one.
 *
 * <p>Thread-safe: the lexicon is immutable and all per-document state lives in objects made for
 * each call. Example:
 *
 * <pre>{@code
 * Annotator attribution = new AttributionAnnotator();
 * Pipeline p = Pipeline.builder().add(language).add(text).add(entities).add(attribution).build();
 * }</pre>
 */
public final class AttributionAnnotator implements Annotator {
  /** The model id recorded in provenance. */
  public static final String MODEL = "rules";

  /**
   * How the annotator runs.
   *
   * @param minScore claims scoring below this are dropped; in [0, 1]
   * @param linkStatus whether statements about confirmation and denial are linked to the claims
   * @param hedges whether hedges lower the certainty (when false every claim has certainty 1)
   */
  public record Config(double minScore, boolean linkStatus, boolean hedges) {
    public Config {
      if (!(minScore >= 0.0 && minScore <= 1.0)) {
        throw new IllegalArgumentException("minScore must be in [0, 1], was " + minScore);
      }
    }

    public static Config defaults() {
      return new Config(0.3, true, true);
    }
  }

  private final Config config;
  private final CueLexicon lexicon;
  private final Provenance provenance;

  /** An annotator with {@link Config#defaults()}. */
  public AttributionAnnotator() {
    this(Config.defaults());
  }

  public AttributionAnnotator(Config config) {
    this.config = Objects.requireNonNull(config, "config");
    this.lexicon = CueLexicon.get();
    this.provenance = Provenances.of("attribution", MODEL, config + " cues=" + lexicon.size());
  }

  public Config config() {
    return config;
  }

  @Override
  public String name() {
    return "attribution";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.CLAIMS);
  }

  @Override
  public Document annotate(Document doc) {
    Objects.requireNonNull(doc, "doc");
    TokenView t = new TokenView(doc);
    List<Relation> relations = new AttributionFinder(t, lexicon).find();
    Map<Relation, Source> sources = resolve(t, relations, doc.metadata().outlet());

    List<StatusLinker.Draft> drafts = new ArrayList<>();
    for (Relation r : relations) {
      if (r.carries) {
        continue; // a carrier ("The FT reported") goes into the via of the claim it carries
      }
      List<Source> via = new ArrayList<>();
      for (Relation c = r.carrier; c != null && via.size() < 8; c = c.carrier) {
        Source s = sources.get(c);
        if (s != null && s.type() != SourceType.UNATTRIBUTED) {
          via.add(s.withCue(t.span(c.cueFirst, c.cueEnd)));
        }
      }
      drafts.add(new StatusLinker.Draft(r, sources.get(r), via));
    }
    if (config.linkStatus()) {
      new StatusLinker(t).link(drafts);
    }
    List<Annotation<Claim>> claims = new ArrayList<>(drafts.size());
    for (StatusLinker.Draft d : drafts) {
      Relation r = d.relation;
      int contentFirst = t.tokenAtOrAfter(r.contentStart);
      int contentEnd = t.tokenAtOrAfter(r.contentEnd);
      HedgeFinder.Result h =
          config.hedges()
              ? hedges(t, r, contentFirst, contentEnd)
              : new HedgeFinder.Result(List.of(), 1.0);
      Claim claim =
          new Claim(
              t.span(r.cueFirst, r.cueEnd),
              d.source,
              d.via,
              h.hedges(),
              h.certainty(),
              d.status,
              d.evidence());
      double score = score(t, r, d.source);
      if (score >= config.minScore()) {
        claims.add(
            new Annotation<>(Span.of(r.contentStart, r.contentEnd), claim, score, provenance));
      }
    }
    claims.sort(
        Comparator.comparingInt((Annotation<Claim> a) -> a.start())
            .thenComparingInt(a -> a.value().cue() == null ? 0 : a.value().cue().start()));
    return doc.with(Layers.CLAIMS, claims);
  }

  /**
   * The attribution relations of {@code doc} in the flat view of brat files and attribution
   * scorers, in the order of their cues: a chain is one relation per link here. Needs the same
   * layers as {@link #annotate}.
   */
  public List<AttributionRelation> relations(Document doc) {
    Objects.requireNonNull(doc, "doc");
    TokenView t = new TokenView(doc);
    List<Relation> relations = new AttributionFinder(t, lexicon).find();
    Map<Relation, Source> sources = resolve(t, relations, doc.metadata().outlet());
    List<AttributionRelation> out = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      Span src = r.hasSource() ? t.span(r.srcFirst, r.srcEnd) : null;
      out.add(
          new AttributionRelation(
              src,
              t.span(r.cueFirst, r.cueEnd),
              Span.of(r.contentStart, r.contentEnd),
              score(t, r, sources.get(r))));
    }
    return out;
  }

  private static HedgeFinder.Result hedges(
      TokenView t, Relation r, int contentFirst, int contentEnd) {
    // the content, plus what stands between the source and the cue ("reportedly", "allegedly")
    HedgeFinder.Result inContent =
        HedgeFinder.find(t, contentFirst, contentEnd, r.lemma, r.cueFirst, r.cueEnd);
    if (!r.hasSource() || r.srcEnd >= r.cueFirst || r.srcEnd < 0) {
      return inContent;
    }
    HedgeFinder.Result between = HedgeFinder.find(t, r.srcEnd, r.cueFirst, null, 0, 0);
    if (between.hedges().isEmpty()) {
      return inContent;
    }
    List<org.claimlens.model.Hedge> all = new ArrayList<>(between.hedges());
    all.addAll(inContent.hedges());
    double c = Math.max(HedgeFinder.FLOOR, inContent.certainty() * between.certainty());
    return new HedgeFinder.Result(all, Math.round(c * 1000) / 1000.0);
  }

  /** Resolves every relation's source in document order of the mentions. */
  private static Map<Relation, Source> resolve(
      TokenView t, List<Relation> relations, @org.jspecify.annotations.Nullable String outlet) {
    SourceResolver resolver = new SourceResolver(t, outlet);
    List<Relation> order = new ArrayList<>(relations);
    order.sort(
        Comparator.comparingInt((Relation r) -> r.hasSource() ? r.srcFirst : r.cueFirst)
            .thenComparingInt(r -> r.cueFirst));
    Map<Relation, Source> out = new IdentityHashMap<>();
    Map<Long, Source> bySpan = new java.util.HashMap<>();
    for (Relation r : order) {
      if (!r.hasSource()) {
        out.put(r, Source.UNATTRIBUTED);
        continue;
      }
      long key = ((long) r.srcFirst << 32) | r.srcEnd;
      Source s = bySpan.get(key);
      if (s == null) {
        s = resolver.resolve(r.srcFirst, r.srcEnd);
        bySpan.put(key, s);
      }
      out.put(r, s);
    }
    return out;
  }

  /**
   * The confidence of a relation: by pattern (a quote or that-clause is surer than a zero-that
   * clause or a noun cue), lowered for attitude and evidence cues and unresolved pronouns.
   */
  static double score(TokenView t, Relation r, @org.jspecify.annotations.Nullable Source source) {
    double base =
        switch (r.pattern) {
          case ACCORDING -> 0.85;
          case CITING -> 0.8;
          case NOUN -> 0.65;
          case AGENTLESS -> 0.75;
          case ADVERB -> 0.7;
          case POSTPOSED -> 0.9;
          case COMPLEMENT -> 0.75;
          case CLAUSE -> {
            char first = t.text.charAt(r.contentStart);
            boolean quote = "\"“«„'‘".indexOf(first) >= 0;
            int before = t.tokenAtOrAfter(r.contentStart) - 1;
            boolean that = before >= 0 && t.lw[before].equals("that");
            yield quote || that ? 0.9 : 0.8;
          }
        };
    if (r.kind == CueLexicon.Kind.ATTITUDE || r.kind == CueLexicon.Kind.EVIDENCE) {
      base -= 0.05;
    }
    if (source != null && r.hasSource()) {
      boolean pronoun = r.srcEnd - r.srcFirst == 1 && t.posIs(r.srcFirst, "PRON");
      if (pronoun && source.canonical().equalsIgnoreCase(t.w[r.srcFirst])) {
        base -= 0.1; // an unresolved pronoun
      }
    }
    if (!t.hasPos) {
      base -= 0.2; // no tagger for this language: the rules are a best effort
    }
    return Math.max(0.0, Math.min(1.0, base));
  }
}
