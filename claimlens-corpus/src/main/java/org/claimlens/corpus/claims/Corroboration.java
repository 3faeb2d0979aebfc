package org.claimlens.corpus.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.jspecify.annotations.Nullable;

/**
 * Counts the independent sources that corroborate a claim within its cluster, and suggests an
 * Admiralty credibility (1–6) with a one-line reason.
 *
 * <h2>Independence</h2>
 *
 * Two claims rest on the same source, and so count once, when they share any of:
 *
 * <ul>
 *   <li>the original document: the document itself, or the one it is a {@code duplicate_of} or
 *       repost of (reposts and duplicates never count);
 *   <li>the outlet that published them;
 *   <li>a name in their chain: the innermost source's canonical name, or any canonical name in
 *       {@code via} (two outlets citing Reuters, or both citing Peskov, are one source). Outlet
 *       names and source names share one namespace, so an outlet quoted by another outlet is the
 *       same source as the outlet itself.
 * </ul>
 *
 * The relation is closed transitively (union–find), which is conservative: it may merge sources
 * that are in fact independent, never the reverse. Anonymous sources are merged on their canonical
 * text too ("sources in the President's Office" at two outlets may well be the same people). Claims
 * in the group of the assessed claim itself never corroborate it.
 *
 * <h2>Weights</h2>
 *
 * Each independent group counts with the best weight among its claims: 1 for a named person, named
 * organisation, official body or media outlet; ½ for an anonymous person or group or an
 * unattributed claim (it rests on the outlet's word alone); halved again when the claim's own
 * document says it is {@code unconfirmed}. Claims with status {@code denied} are denials: they are
 * grouped the same way among themselves and weighed the same way.
 *
 * <h2>Credibility</h2>
 *
 * With C the weighted count of independent corroborating sources and D that of independent denials:
 *
 * <pre>
 *             D = 0                         D &gt; 0 (D &lt; 1 means only anonymous denials)
 * C ≥ 2       1 Confirmed by other sources  3 Possibly true
 * 1 ≤ C &lt; 2   2 Probably true               4 Doubtful
 * 0 &lt; C &lt; 1   3 Possibly true               5 Improbable if D ≥ 1, else 4 Doubtful
 * C = 0       6 Truth cannot be judged      5 Improbable if D ≥ 1, else 4 Doubtful
 * </pre>
 *
 * "Confirmed" thus needs at least two independent named sources (or four anonymous ones) besides
 * the claim's own. The rule does not weigh a denier's interest (the accused party denies most
 * accusations); the reason names the deniers so that an analyst can.
 *
 * <p>Stateless and thread-safe. Example:
 *
 * <pre>{@code
 * Corroboration.Assessment a = Corroboration.assess(claim, otherClaimsInItsCluster);
 * a.credibility();   // 1
 * a.reason();        // "2 independent sources (Reuters; Ukrainian Air Force), no denial"
 * }</pre>
 */
public final class Corroboration {

  /**
   * A source as corroboration needs it.
   *
   * @param canonical its canonical name; {@code ""} when unattributed
   * @param type its kind
   */
  public record Origin(String canonical, SourceType type) {
    public Origin {
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(type, "type");
    }

    public static Origin of(Source s) {
      return new Origin(s.canonical(), s.type());
    }

    public static final Origin UNATTRIBUTED = new Origin("", SourceType.UNATTRIBUTED);
  }

  /**
   * A claim of the cluster with what its document says about where it came from.
   *
   * @param claimId the claim's id
   * @param documentId its document's id
   * @param originalDocumentId the document it duplicates or reposts ({@code duplicate_of}), or null
   * @param outlet the canonical name of the document's outlet, or null when unknown
   * @param source the innermost source
   * @param via the chain from the innermost source outward
   * @param status what the document says about the claim's truth
   */
  public record ClusterClaim(
      String claimId,
      String documentId,
      @Nullable String originalDocumentId,
      @Nullable String outlet,
      Origin source,
      List<Origin> via,
      ClaimStatus status) {
    public ClusterClaim {
      Objects.requireNonNull(claimId, "claimId");
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(status, "status");
      via = List.copyOf(via);
    }

    /** The document this one derives from, itself if it is an original. */
    public String rootDocument() {
      return originalDocumentId == null ? documentId : originalDocumentId;
    }
  }

  /**
   * The outcome.
   *
   * @param independentSources C: the weighted count of independent corroborating sources
   * @param corroboratingSources a label per independent corroborating group, strongest first
   * @param corroboratingClaimIds the claims in those groups, in input order
   * @param independentDenials D: the weighted count of independent denials
   * @param denyingSources a label per independent denying group
   * @param denyingClaimIds every claim with status denied, in input order
   * @param credibility the suggested Admiralty credibility, 1–6
   * @param reason one line: the credibility's name and why
   */
  public record Assessment(
      double independentSources,
      List<String> corroboratingSources,
      List<String> corroboratingClaimIds,
      double independentDenials,
      List<String> denyingSources,
      List<String> denyingClaimIds,
      int credibility,
      String reason) {
    public Assessment {
      corroboratingSources = List.copyOf(corroboratingSources);
      corroboratingClaimIds = List.copyOf(corroboratingClaimIds);
      denyingSources = List.copyOf(denyingSources);
      denyingClaimIds = List.copyOf(denyingClaimIds);
    }
  }

  private static final String[] CREDIBILITY = {
    "",
    "Confirmed by other sources",
    "Probably true",
    "Possibly true",
    "Doubtful",
    "Improbable",
    "Truth cannot be judged"
  };

  private Corroboration() {}

  /** The Admiralty name of credibility {@code c} ("Confirmed by other sources" for 1). */
  public static String credibilityName(int c) {
    if (c < 1 || c > 6) {
      throw new IllegalArgumentException("credibility must be 1-6, was " + c);
    }
    return CREDIBILITY[c];
  }

  /**
   * Assesses {@code claim} against the other claims of its cluster; {@code cluster} may include
   * {@code claim} itself (matched by id), which is skipped.
   */
  public static Assessment assess(ClusterClaim claim, List<ClusterClaim> cluster) {
    Objects.requireNonNull(claim, "claim");
    List<ClusterClaim> assertions = new ArrayList<>();
    List<ClusterClaim> denials = new ArrayList<>();
    assertions.add(claim);
    for (ClusterClaim c : cluster) {
      if (c.claimId().equals(claim.claimId())) {
        continue;
      }
      (c.status() == ClaimStatus.DENIED ? denials : assertions).add(c);
    }
    List<Group> forGroups = groups(assertions);
    @Nullable Group own = null;
    for (Group g : forGroups) {
      if (g.members.contains(claim)) {
        own = g;
      }
    }
    List<Group> corroborating = new ArrayList<>(forGroups);
    corroborating.remove(own);
    List<Group> against = groups(denials);
    double c = total(corroborating);
    double d = total(against);
    int credibility = credibility(c, d);
    List<String> corroboratingIds = new ArrayList<>();
    for (ClusterClaim a : assertions) {
      if (own == null || !own.members.contains(a)) {
        corroboratingIds.add(a.claimId());
      }
    }
    List<String> reasons = labels(corroborating);
    List<String> deniers = labels(against);
    String reason =
        credibility
            + " "
            + credibilityName(credibility)
            + ": "
            + describe(c, reasons, "independent source", "no other independent source")
            + ", "
            + describe(d, deniers, "independent denial", "no denial");
    return new Assessment(
        c,
        reasons,
        corroboratingIds,
        d,
        deniers,
        denials.stream().map(ClusterClaim::claimId).toList(),
        credibility,
        reason);
  }

  /**
   * For each claim of a cluster, in order, the ids that {@link #assess assess(claim, cluster)}
   * lists as corroborating it ({@link Assessment#corroboratingClaimIds()}), computed together: the
   * cluster's groups are formed once, so a cluster of n claims costs O(n) group work plus the lists
   * themselves, where n calls of {@code assess} cost O(n²). Claims are told apart by id.
   */
  public static List<List<String>> corroboratingIds(List<ClusterClaim> cluster) {
    List<ClusterClaim> assertions = new ArrayList<>();
    for (ClusterClaim c : cluster) {
      if (c.status() != ClaimStatus.DENIED) {
        assertions.add(c);
      }
    }
    int n = assertions.size();
    Map<String, Integer> firstWithKey = new HashMap<>();
    int[] root = roots(assertions, firstWithKey);
    Map<String, Integer> indexById = new HashMap<>();
    for (int i = 0; i < n; i++) {
      indexById.put(assertions.get(i).claimId(), i);
    }
    List<List<String>> out = new ArrayList<>(cluster.size());
    for (ClusterClaim c : cluster) {
      // the groups that c's own group takes in: its own (an assertion), or, for a denial, every
      // group that shares a key with it
      Set<Integer> own = new HashSet<>();
      Integer self = indexById.get(c.claimId());
      if (self != null && c.status() != ClaimStatus.DENIED) {
        own.add(root[self]);
      } else {
        for (String key : keys(c)) {
          Integer j = firstWithKey.get(key);
          if (j != null) {
            own.add(root[j]);
          }
        }
      }
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!own.contains(root[i]) && !assertions.get(i).claimId().equals(c.claimId())) {
          ids.add(assertions.get(i).claimId());
        }
      }
      out.add(List.copyOf(ids));
    }
    return out;
  }

  static int credibility(double c, double d) {
    if (d > 0) {
      if (c >= 2) {
        return 3;
      }
      if (c >= 1) {
        return 4;
      }
      return d >= 1 ? 5 : 4;
    }
    if (c >= 2) {
      return 1;
    }
    if (c >= 1) {
      return 2;
    }
    return c > 0 ? 3 : 6;
  }

  /** One independent group: claims resting on the same source. */
  private static final class Group {
    final List<ClusterClaim> members = new ArrayList<>();

    double weight() {
      double w = 0;
      for (ClusterClaim c : members) {
        w = Math.max(w, claimWeight(c));
      }
      return w;
    }

    String label() {
      // The strongest member's named source, else its outlet, else its document.
      ClusterClaim best = members.getFirst();
      for (ClusterClaim c : members) {
        if (claimWeight(c) > claimWeight(best)) {
          best = c;
        }
      }
      if (!best.source().type().isAnonymous() && !best.source().canonical().isBlank()) {
        return best.source().canonical();
      }
      String where = best.outlet() != null ? best.outlet() : best.documentId();
      return best.source().type() == SourceType.UNATTRIBUTED
          ? where + ", unattributed"
          : where + ", " + best.source().type().jsonName().replace('_', ' ');
    }
  }

  static double claimWeight(ClusterClaim c) {
    double w = c.source().type().isAnonymous() ? 0.5 : 1.0;
    return c.status() == ClaimStatus.UNCONFIRMED ? w / 2 : w;
  }

  private static double total(List<Group> groups) {
    double t = 0;
    for (Group g : groups) {
      t += g.weight();
    }
    return t;
  }

  private static List<String> labels(List<Group> groups) {
    List<Group> sorted = new ArrayList<>(groups);
    // Strongest first; List.sort is stable, so equal weights keep input order.
    sorted.sort((a, b) -> Double.compare(b.weight(), a.weight()));
    return sorted.stream().map(Group::label).toList();
  }

  private static String describe(double n, List<String> labels, String noun, String none) {
    if (labels.isEmpty()) {
      return none;
    }
    String count =
        n == Math.rint(n) ? Long.toString((long) n) : String.format(Locale.ROOT, "%.1f", n);
    return count + " " + noun + (n == 1 ? "" : "s") + " (" + String.join("; ", labels) + ")";
  }

  /** The claims in groups that share no key: document root, outlet, source or via name. */
  private static List<Group> groups(List<ClusterClaim> claims) {
    int[] root = roots(claims, new HashMap<>());
    Map<Integer, Group> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      byRoot.computeIfAbsent(root[i], r -> new Group()).members.add(claims.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  /**
   * Union–find over the claims' keys: for each claim, the index of its group's root. Fills {@code
   * firstWithKey} with the first claim that has each key.
   */
  private static int[] roots(List<ClusterClaim> claims, Map<String, Integer> firstWithKey) {
    int n = claims.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (String key : keys(claims.get(i))) {
        Integer j = firstWithKey.putIfAbsent(key, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = find(parent, i);
    }
    return root;
  }

  private static List<String> keys(ClusterClaim c) {
    List<String> keys = new ArrayList<>();
    keys.add("doc:" + c.rootDocument());
    keys.add("doc:" + c.documentId());
    if (c.outlet() != null && !c.outlet().isBlank()) {
      keys.add("name:" + norm(c.outlet()));
    }
    if (!c.source().canonical().isBlank()) {
      keys.add("name:" + norm(c.source().canonical()));
    }
    for (Origin v : c.via()) {
      if (!v.canonical().isBlank()) {
        keys.add("name:" + norm(v.canonical()));
      }
    }
    return keys;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String norm(String name) {
    return SPACES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
