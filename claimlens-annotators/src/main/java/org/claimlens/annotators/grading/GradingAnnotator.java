package org.claimlens.annotators.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.Document;
import org.claimlens.model.Grade;
import org.claimlens.model.Hedge;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;
import org.claimlens.pipeline.Annotator;
import org.jspecify.annotations.Nullable;

/**
 * Gives every claim of the {@link Layers#CLAIMS} layer an explained NATO Admiralty grade (STANAG
 * 2511): source reliability A-F and information credibility 1-6, with a one-line reason.
 *
 * <p><b>Reliability</b> comes from the {@link ReputationTable}: the source's canonical name, else
 * its type's rule, else F (the bundled table is neutral and rates nobody). Two rules hold whatever
 * the table says: an anonymous source is never better than C; and a chain is as reliable as its
 * weakest link, where an anonymous source with no rating of its own borrows the rating of the
 * outlet that carries it, capped at C (the outlet vouched for it). So "FT (B), citing an anonymous
 * official" is C, and with the FT unrated it is F.
 *
 * <p><b>Credibility</b> follows what the document says about the claim:
 *
 * <table>
 *   <caption>Credibility</caption>
 *   <tr><th>status in the text</th><th>credibility</th></tr>
 *   <tr><td>confirmed</td><td>2 probably true (1, confirmed by other sources, is left to the
 *       corpus level, which sees independent documents)</td></tr>
 *   <tr><td>denied by the text itself ("is false"), a media outlet or a verifier</td><td>5
 *       improbable</td></tr>
 *   <tr><td>denied by a party (an official body, a person, an anonymous source)</td><td>4
 *       doubtful: parties deny what hurts them</td></tr>
 *   <tr><td>unconfirmed, with an anonymous source or hedged to certainty below 0.7</td><td>4
 *       doubtful</td></tr>
 *   <tr><td>unconfirmed otherwise</td><td>3 possibly true</td></tr>
 *   <tr><td>unknown, certainty below 0.5</td><td>4 doubtful</td></tr>
 *   <tr><td>unknown, unattributed and unhedged</td><td>6 truth cannot be judged</td></tr>
 *   <tr><td>unknown otherwise</td><td>3 possibly true (one source, nothing more)</td></tr>
 * </table>
 *
 * <p>Corroboration within the document lowers the number by one (never below 2): another claim with
 * an independent source (a different canonical name, not in the same chain) that shares at least
 * {@link Config#corroborationMinWords()} content words and {@link Config#corroborationMinOverlap()}
 * of them.
 *
 * <p>Thread-safe: the table is immutable and each call works on its own lists. Example:
 *
 * <pre>{@code
 * Annotator grading = new GradingAnnotator(ReputationTable.load(Path.of("reputation.tsv")));
 * }</pre>
 */
public final class GradingAnnotator implements Annotator {
  /** The model id recorded in provenance. */
  public static final String MODEL = "admiralty-rules";

  /**
   * How claims are graded.
   *
   * @param corroborationMinWords content words two claims must share to corroborate each other
   * @param corroborationMinOverlap the share of the smaller claim's content words they must share,
   *     in [0, 1]
   */
  public record Config(int corroborationMinWords, double corroborationMinOverlap) {
    public Config {
      if (corroborationMinWords < 1) {
        throw new IllegalArgumentException("corroborationMinWords must be >= 1");
      }
      if (!(corroborationMinOverlap >= 0.0 && corroborationMinOverlap <= 1.0)) {
        throw new IllegalArgumentException("corroborationMinOverlap must be in [0, 1]");
      }
    }

    public static Config defaults() {
      return new Config(4, 0.6);
    }
  }

  private final ReputationTable table;
  private final Config config;
  private final Provenance provenance;

  /** A grader with the bundled neutral table and {@link Config#defaults()}. */
  public GradingAnnotator() {
    this(ReputationTable.loadDefault(), Config.defaults());
  }

  public GradingAnnotator(ReputationTable table) {
    this(table, Config.defaults());
  }

  public GradingAnnotator(ReputationTable table, Config config) {
    this.table = Objects.requireNonNull(table, "table");
    this.config = Objects.requireNonNull(config, "config");
    this.provenance = Provenances.of("grading", MODEL, config + " table=" + table.fingerprint());
  }

  public ReputationTable table() {
    return table;
  }

  @Override
  public String name() {
    return "grading";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.CLAIMS, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.GRADES);
  }

  @Override
  public Document annotate(Document doc) {
    Objects.requireNonNull(doc, "doc");
    List<Annotation<Claim>> claims = doc.layer(Layers.CLAIMS);
    // content words and chain names once per claim: corroboration compares every pair
    List<Set<String>> words = new ArrayList<>(claims.size());
    List<Set<String>> chains = new ArrayList<>(claims.size());
    for (Annotation<Claim> c : claims) {
      words.add(contentWords(doc.text(c.span())));
      chains.add(chainNames(c.value()));
    }
    List<Annotation<Grade>> grades = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Annotation<Claim> a = claims.get(i);
      Grade g = grade(i, a, claims, words, chains, doc);
      grades.add(new Annotation<>(a.span(), g, a.score(), provenance));
    }
    return doc.with(Layers.GRADES, grades);
  }

  private Grade grade(
      int index,
      Annotation<Claim> a,
      List<Annotation<Claim>> claims,
      List<Set<String>> words,
      List<Set<String>> chains,
      Document doc) {
    Claim c = a.value();
    Reliability rel = reliability(c);
    int corroborations = corroborations(index, claims, words, chains);
    Credibility cred = credibility(c, claims, doc);
    int credibility = cred.value;
    if (corroborations > 0 && c.status() != ClaimStatus.DENIED) {
      credibility = Math.max(2, credibility - 1);
    }
    StringBuilder reason = new StringBuilder();
    reason.append(rel.letter).append(credibility).append(": ").append(describe(c.source()));
    for (Source v : c.via()) {
      reason.append(" via ").append(v.canonical());
    }
    reason.append("; ").append(rel.why);
    reason.append("; ").append(hedging(c));
    reason.append("; ").append(cred.why);
    if (corroborations > 0) {
      reason
          .append("; corroborated in the text by ")
          .append(corroborations)
          .append(corroborations == 1 ? " other source" : " other sources");
    }
    return new Grade(index, rel.letter, credibility, oneLine(reason.toString()));
  }

  // ---------------------------------------------------------------------------------------------
  // Reliability

  private record Reliability(char letter, String why) {}

  private Reliability reliability(Claim c) {
    Source s = c.source();
    char own = table.find(s).map(ReputationTable.Entry::reliability).orElse('F');
    String why;
    char letter = own;
    if (s.type().isAnonymous() && s.type() != SourceType.UNATTRIBUTED) {
      char outlet = 'F';
      String outletName = null;
      for (Source v : c.via()) {
        char r = table.find(v).map(ReputationTable.Entry::reliability).orElse('F');
        if (v.type() == SourceType.MEDIA_OUTLET && r < outlet) {
          outlet = r;
          outletName = v.canonical();
        }
      }
      if (own == 'F' && outlet < 'F') {
        letter = worse(outlet, 'C');
        why = "anonymous source vouched for by " + outletName + " (" + outlet + "), capped at C";
      } else if (own < 'C') {
        letter = 'C';
        why = "anonymous source, capped at C";
      } else {
        why = own == 'F' ? "anonymous source, not rated" : "anonymous source rated " + own;
      }
    } else {
      why = table.find(s).map(e -> rated(s, e)).orElse("source not in the reputation table");
    }
    // the weakest link of the chain
    for (Source v : c.via()) {
      char r = table.find(v).map(ReputationTable.Entry::reliability).orElse('F');
      if (r > letter) {
        letter = r;
        why += "; weakest link " + v.canonical() + (r == 'F' ? " (not rated)" : " (" + r + ")");
      }
    }
    // enforced in code, whatever the table says: anonymous is never A or B
    if ((s.type() == SourceType.ANONYMOUS_PERSON || s.type() == SourceType.ANONYMOUS_GROUP)
        && letter < 'C') {
      letter = 'C';
    }
    return new Reliability(letter, why);
  }

  private static String rated(Source s, ReputationTable.Entry e) {
    String base =
        (e.isTypeRule() ? "rated as " + s.type().jsonName() : "rated") + " " + e.reliability();
    return e.note().isEmpty() ? base : base + " (" + e.note() + ")";
  }

  private static char worse(char a, char b) {
    return a > b ? a : b;
  }

  // ---------------------------------------------------------------------------------------------
  // Credibility

  private record Credibility(int value, String why) {}

  private Credibility credibility(Claim c, List<Annotation<Claim>> claims, Document doc) {
    boolean anonymous = c.source().type().isAnonymous();
    switch (c.status()) {
      case CONFIRMED -> {
        return new Credibility(2, "text reports a confirmation");
      }
      case DENIED -> {
        Source denier = denier(c, claims);
        if (denier == null) {
          return new Credibility(5, "text says it is false");
        }
        boolean verifier =
            denier.type() == SourceType.MEDIA_OUTLET
                || isVerifier(denier.canonical())
                || isVerifier(doc.text(Objects.requireNonNull(denier.span())));
        return verifier
            ? new Credibility(5, "denied by " + denier.canonical())
            : new Credibility(4, "denied by " + describe(denier) + ", a party to it");
      }
      case UNCONFIRMED -> {
        boolean weak = anonymous || c.certainty() < 0.7;
        return new Credibility(weak ? 4 : 3, "text says it was not confirmed");
      }
      case UNKNOWN -> {
        if (c.certainty() < 0.5) {
          return new Credibility(4, "no confirmation or denial in the text");
        }
        if (c.source().type() == SourceType.UNATTRIBUTED && c.hedges().isEmpty()) {
          return new Credibility(6, "no source, no confirmation or denial in the text");
        }
        return new Credibility(3, "single source, no confirmation or denial in the text");
      }
    }
    throw new IllegalStateException("unknown status " + c.status());
  }

  private static boolean isVerifier(String name) {
    String lw = name.toLowerCase(Locale.ROOT);
    return lw.contains("fact")
        || lw.contains("verif")
        || lw.contains("stopfake")
        || lw.contains("bellingcat")
        || lw.contains("forensic");
  }

  /** The source of the claim whose cue is the denial evidence ("denied"), if there is one. */
  private static @Nullable Source denier(Claim c, List<Annotation<Claim>> claims) {
    for (Span evidence : c.statusEvidence()) {
      for (Annotation<Claim> other : claims) {
        Span cue = other.value().cue();
        if (cue != null && cue.equals(evidence) && other.value().source().span() != null) {
          return other.value().source();
        }
      }
    }
    return null;
  }

  private static String hedging(Claim c) {
    if (c.hedges().isEmpty()) {
      return "stated without hedges";
    }
    StringBuilder sb = new StringBuilder("hedged (");
    for (int i = 0; i < c.hedges().size(); i++) {
      Hedge h = c.hedges().get(i);
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(h.text());
    }
    // two decimals without a Formatter, which costs more than the rest of the grade
    long hundredths = Math.round(c.certainty() * 100);
    sb.append("; certainty ").append(hundredths / 100).append('.');
    if (hundredths % 100 < 10) {
      sb.append('0');
    }
    return sb.append(hundredths % 100).append(')').toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Corroboration within the document

  private int corroborations(
      int index,
      List<Annotation<Claim>> claims,
      List<Set<String>> words,
      List<Set<String>> chains) {
    Set<String> mine = words.get(index);
    if (mine.size() < config.corroborationMinWords()) {
      return 0;
    }
    Set<String> chain = chains.get(index);
    Set<String> counted = new HashSet<>();
    for (int j = 0; j < claims.size(); j++) {
      if (j == index) {
        continue;
      }
      Claim o = claims.get(j).value();
      if (o.status() == ClaimStatus.DENIED || o.source().type() == SourceType.UNATTRIBUTED) {
        continue;
      }
      Set<String> theirs = words.get(j);
      if (theirs.size() < config.corroborationMinWords()) {
        continue;
      }
      String key = o.source().canonical().toLowerCase(Locale.ROOT);
      if (chain.contains(key) || !disjoint(chain, chains.get(j)) || counted.contains(key)) {
        continue;
      }
      int shared = 0;
      for (String w : theirs) {
        if (mine.contains(w)) {
          shared++;
        }
      }
      int smaller = Math.min(mine.size(), theirs.size());
      if (shared >= config.corroborationMinWords()
          && smaller > 0
          && shared >= config.corroborationMinOverlap() * smaller) {
        counted.add(key);
      }
    }
    return counted.size();
  }

  private static Set<String> chainNames(Claim c) {
    Set<String> out = new HashSet<>();
    out.add(c.source().canonical().toLowerCase(Locale.ROOT));
    for (Source v : c.via()) {
      out.add(v.canonical().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> STOP =
      Set.of(
          "that", "this", "with", "from", "have", "been", "were", "will", "would", "could", "their",
          "there", "they", "than", "said", "also", "about", "into", "after", "before", "which",
          "what", "when", "where", "while", "other", "some", "more", "most", "only", "over", "such",
          "these", "those", "being", "does", "them", "then", "very");

  /** Lower-cased stems (first six letters) of the words of four or more letters. */
  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j - i >= 4) {
        String w = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (!STOP.contains(w)) {
          out.add(w.length() > 6 ? w.substring(0, 6) : w);
        }
      }
      i = j;
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Wording

  /** "Dmitry Peskov", "anonymous source (a senior European military official)", ... */
  static String describe(Source s) {
    return switch (s.type()) {
      case NAMED_PERSON -> s.canonical();
      case NAMED_ORGANIZATION -> "organisation " + s.canonical();
      case MEDIA_OUTLET -> "media outlet " + s.canonical();
      case OFFICIAL_BODY -> "official body " + s.canonical();
      case ANONYMOUS_PERSON -> "anonymous source (" + s.canonical() + linked(s) + ")";
      case ANONYMOUS_GROUP -> "anonymous group (" + s.canonical() + linked(s) + ")";
      case UNATTRIBUTED -> "unattributed";
    };
  }

  private static String linked(Source s) {
    return s.linkedTo() == null ? "" : ", in " + s.linkedTo();
  }

  private static String oneLine(String s) {
    String line = s.replace('\n', ' ').replace('\r', ' ').strip();
    return line.isEmpty() ? "no reason" : line;
  }
}
