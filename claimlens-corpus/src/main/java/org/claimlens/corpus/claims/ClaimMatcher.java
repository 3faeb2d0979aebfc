package org.claimlens.corpus.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.claimlens.model.ClaimStatus;

/**
 * Decides whether two claims state the same proposition with the same stance, from five features
 * combined by a logistic model.
 *
 * <ul>
 *   <li>{@code cosine}: cosine of the claims' sentence vectors (the caller embeds them, once);
 *   <li>{@code lexical}: Dice overlap of their {@link ContentWords#tokens content words};
 *   <li>{@code numberConflict}: 1 when both state numbers and neither's numbers are a subset of the
 *       other's ("killed 12" against "killed 40"), else 0;
 *   <li>{@code entityOverlap} and {@code entityConflict}: Jaccard overlap of the canonical entity
 *       names, and 1 when each set names an entity the other lacks (as for numbers: "Germany will
 *       deliver tanks" against "Poland will deliver tanks"); both 0 when either set is empty.
 *       Capitals standing for their state ("Moscow", "Kyiv", "Washington") count as the state;
 *   <li>{@code polarityMismatch}: 1 when one claim is asserted and the other denied. A claim's
 *       polarity is its {@link ClaimStatus#DENIED status} (the content of "X denied that Y" is Y,
 *       with status denied) flipped when its own wording is {@link ContentWords#isNegated negated}.
 * </ul>
 *
 * <p>{@link Match#score()} is the model's probability of "same claim, same stance"; {@link
 * Match#contentScore()} is the same model with the polarity feature zeroed, the probability that
 * the two state the same proposition whatever their stance, which is what {@link ClaimClusterer}
 * groups on (a cluster holds a proposition with its assertions and denials, which {@link
 * Corroboration} separates).
 *
 * <p>The default weights ({@link #withDefaultWeights()}) are a resource, {@code
 * claim-matcher-weights.properties}, fitted by {@link ClaimMatcherTrainer} on the tune split of the
 * authored claim pairs ({@code src/test/resources/claims/pairs-tune.tsv}) and MiniLM vectors.
 *
 * <p>Immutable and thread-safe. Example:
 *
 * <pre>{@code
 * ClaimMatcher m = ClaimMatcher.withDefaultWeights();
 * ClaimMatcher.Match best = m.rank(claim, candidatesFromStore).getFirst();
 * if (best.same()) { ... }
 * }</pre>
 */
public final class ClaimMatcher {

  /** The resource holding the fitted default weights, next to this class. */
  public static final String WEIGHTS_RESOURCE = "claim-matcher-weights.properties";

  /**
   * A claim as the matcher sees it.
   *
   * @param id the claim's id, unique in the caller's store
   * @param text the claim's content
   * @param vector its L2-normalised sentence vector (all claims compared must share an encoder)
   * @param entities canonical names of the entities the claim mentions; may be empty
   * @param status the claim's status in its document; {@code DENIED} flips its polarity
   */
  public record ClaimText(
      String id, String text, float[] vector, Set<String> entities, ClaimStatus status) {
    public ClaimText {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(vector, "vector");
      Objects.requireNonNull(status, "status");
      entities = Set.copyOf(entities);
    }

    /** True when the claim, as its document presents it, is denied rather than asserted. */
    public boolean negativePolarity() {
      return (status == ClaimStatus.DENIED) ^ ContentWords.isNegated(text);
    }
  }

  /** The features of one pair, each in [0, 1]. */
  public record Features(
      double cosine,
      double lexical,
      double numberConflict,
      double entityOverlap,
      double entityConflict,
      double polarityMismatch) {

    /** The features in {@link Weights} order. */
    public double[] toArray() {
      return new double[] {
        cosine, lexical, numberConflict, entityOverlap, entityConflict, polarityMismatch
      };
    }
  }

  /**
   * Logistic-model weights and the decision threshold on its probability.
   *
   * @param bias the intercept
   * @param features one weight per feature, in {@link Features#toArray()} order
   * @param threshold {@link Match#same()} holds when the probability is at least this
   */
  public record Weights(double bias, double[] features, double threshold) {
    public Weights {
      if (features.length != FEATURE_NAMES.size()) {
        throw new IllegalArgumentException(
            "need " + FEATURE_NAMES.size() + " feature weights, got " + features.length);
      }
      features = features.clone();
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
      }
    }

    @Override
    public double[] features() {
      return features.clone();
    }

    /** This with another threshold. */
    public Weights withThreshold(double t) {
      return new Weights(bias, features, t);
    }

    /** The weights as {@code .properties} lines, the format {@link #parse} reads. */
    public String toProperties() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "bias=%.6f%n", bias));
      for (int i = 0; i < features.length; i++) {
        sb.append(String.format(Locale.ROOT, "%s=%.6f%n", FEATURE_NAMES.get(i), features[i]));
      }
      sb.append(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
      return sb.toString();
    }

    /** Reads weights from properties written by {@link #toProperties()}; {@code where} names it. */
    public static Weights parse(Properties p, String where) {
      double[] w = new double[FEATURE_NAMES.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = number(p, FEATURE_NAMES.get(i), where);
      }
      return new Weights(number(p, "bias", where), w, number(p, "threshold", where));
    }

    private static double number(Properties p, String key, String where) {
      String v = p.getProperty(key);
      if (v == null) {
        throw new IllegalArgumentException(where + ": missing key \"" + key + "\"");
      }
      try {
        return Double.parseDouble(v.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": key \"" + key + "\" is not a number: " + v);
      }
    }
  }

  /**
   * The verdict on one candidate.
   *
   * @param candidateId the candidate claim's id
   * @param score probability of "same claim, same stance"
   * @param contentScore probability of "same proposition", the polarity feature zeroed
   * @param same whether {@code score} reaches the threshold
   * @param features the features it was computed from
   */
  public record Match(
      String candidateId, double score, double contentScore, boolean same, Features features) {}

  /** The feature names in weight order, as the weights resource spells them. */
  public static final List<String> FEATURE_NAMES =
      List.of(
          "cosine",
          "lexical",
          "numberConflict",
          "entityOverlap",
          "entityConflict",
          "polarityMismatch");

  private final Weights weights;

  public ClaimMatcher(Weights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** A matcher with the shipped weights. */
  public static ClaimMatcher withDefaultWeights() {
    return new ClaimMatcher(defaultWeights());
  }

  /** The shipped weights, read from {@link #WEIGHTS_RESOURCE}. */
  public static Weights defaultWeights() {
    try (InputStream in = ClaimMatcher.class.getResourceAsStream(WEIGHTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + WEIGHTS_RESOURCE);
      }
      Properties p = new Properties();
      p.load(in);
      return Weights.parse(p, WEIGHTS_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEIGHTS_RESOURCE, e);
    }
  }

  public Weights weights() {
    return weights;
  }

  /** The features of the pair; symmetric in {@code a} and {@code b}. */
  public static Features features(ClaimText a, ClaimText b) {
    if (a.vector().length != b.vector().length) {
      throw new IllegalArgumentException(
          "vectors of claims "
              + a.id()
              + " and "
              + b.id()
              + " differ in length ("
              + a.vector().length
              + " and "
              + b.vector().length
              + "): were they embedded by the same encoder?");
    }
    double cos = 0;
    for (int i = 0; i < a.vector().length; i++) {
      cos += a.vector()[i] * b.vector()[i];
    }
    cos = Math.max(0, Math.min(1, cos));
    Set<String> ta = new HashSet<>(ContentWords.tokens(a.text()));
    Set<String> tb = new HashSet<>(ContentWords.tokens(b.text()));
    double lexical = dice(ta, tb);
    Set<String> na = ContentWords.numbers(a.text());
    Set<String> nb = ContentWords.numbers(b.text());
    double numberConflict =
        !na.isEmpty() && !nb.isEmpty() && !na.containsAll(nb) && !nb.containsAll(na) ? 1 : 0;
    Set<String> ea = normalise(a.entities());
    Set<String> eb = normalise(b.entities());
    double entityOverlap = 0;
    double entityConflict = 0;
    if (!ea.isEmpty() && !eb.isEmpty()) {
      Set<String> inter = new HashSet<>(ea);
      inter.retainAll(eb);
      Set<String> union = new HashSet<>(ea);
      union.addAll(eb);
      entityOverlap = (double) inter.size() / union.size();
      entityConflict = !ea.containsAll(eb) && !eb.containsAll(ea) ? 1 : 0;
    }
    double polarity = a.negativePolarity() != b.negativePolarity() ? 1 : 0;
    return new Features(cos, lexical, numberConflict, entityOverlap, entityConflict, polarity);
  }

  /** Scores one pair. */
  public Match score(ClaimText claim, ClaimText candidate) {
    Features f = features(claim, candidate);
    double p = probability(weights, f.toArray());
    double[] content = f.toArray();
    content[FEATURE_NAMES.indexOf("polarityMismatch")] = 0;
    double pc = probability(weights, content);
    return new Match(candidate.id(), p, pc, p >= weights.threshold(), f);
  }

  /**
   * Scores every candidate (from the store's nearest neighbours, say) against {@code claim}, best
   * first; ties keep the candidates' order. A candidate with the claim's own id is skipped.
   */
  public List<Match> rank(ClaimText claim, List<ClaimText> candidates) {
    List<Match> out = new ArrayList<>(candidates.size());
    for (ClaimText c : candidates) {
      if (!c.id().equals(claim.id())) {
        out.add(score(claim, c));
      }
    }
    out.sort(Comparator.comparingDouble(Match::score).reversed());
    return out;
  }

  static double probability(Weights w, double[] x) {
    double z = w.bias();
    double[] ws = w.features;
    for (int i = 0; i < ws.length; i++) {
      z += ws[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String s : a) {
      if (b.contains(s)) {
        inter++;
      }
    }
    return 2.0 * inter / (a.size() + b.size());
  }

  /**
   * Capitals and seats of government stand for their state in news claims ("Moscow says", "Kyiv
   * will receive"), and entity linkers rightly keep them apart; for "is this the same claim" they
   * are the same actor.
   */
  private static final Map<String, String> METONYMS =
      Map.ofEntries(
          Map.entry("moscow", "russia"),
          Map.entry("kremlin", "russia"),
          Map.entry("kyiv", "ukraine"),
          Map.entry("kiev", "ukraine"),
          Map.entry("washington", "united states"),
          Map.entry("white house", "united states"),
          Map.entry("pentagon", "united states"),
          Map.entry("brussels", "european union"),
          Map.entry("berlin", "germany"),
          Map.entry("warsaw", "poland"),
          Map.entry("budapest", "hungary"),
          Map.entry("minsk", "belarus"),
          Map.entry("chisinau", "moldova"),
          Map.entry("bratislava", "slovakia"),
          Map.entry("beijing", "china"),
          Map.entry("pyongyang", "north korea"),
          Map.entry("tehran", "iran"),
          Map.entry("london", "united kingdom"),
          Map.entry("downing street", "united kingdom"),
          Map.entry("elysee", "france"));

  private static Set<String> normalise(Set<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      String s = n.strip().toLowerCase(Locale.ROOT);
      if (!s.isEmpty()) {
        out.add(METONYMS.getOrDefault(s, s));
      }
    }
    return out;
  }
}
