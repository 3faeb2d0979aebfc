package org.claimlens.corpus.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Groups claims into clusters of the same proposition, one claim at a time.
 *
 * <p>A new claim comes with its scored candidates (claims already added, typically the store's
 * nearest neighbours scored by {@link ClaimMatcher}, using {@link
 * ClaimMatcher.Match#contentScore()} so that a denial joins the cluster of what it denies). A
 * cluster's score is the best score of its members among the candidates (single link); the claim
 * joins the best-scoring cluster at or above the threshold, ties going to the smaller cluster id,
 * or else starts a new cluster {@code "cluster:" + claimId}. Candidates not yet added are ignored.
 * The result depends only on the order claims are added, never on hashing or timing.
 *
 * <p>Thread-safe (all methods synchronise on the clusterer). Example:
 *
 * <pre>{@code
 * ClaimClusterer c = new ClaimClusterer(0.5);
 * c.add("c1", List.of());                                        // cluster:c1, new
 * c.add("c2", List.of(new ClaimClusterer.Candidate("c1", 0.8))); // joins cluster:c1
 * }</pre>
 */
public final class ClaimClusterer {

  /** An already-added claim and how well the new claim matches it. */
  public record Candidate(String claimId, double score) {
    public Candidate {
      Objects.requireNonNull(claimId, "claimId");
    }
  }

  /**
   * Where a claim went.
   *
   * @param claimId the added claim
   * @param clusterId its cluster
   * @param created whether the claim started that cluster
   * @param score the score that joined it (0 for a new cluster)
   * @param via the candidate whose score joined it; null for a new cluster
   */
  public record Assignment(
      String claimId, String clusterId, boolean created, double score, @Nullable String via) {}

  private final double threshold;
  private final Map<String, String> clusterOf = new HashMap<>();
  private final Map<String, List<String>> members = new LinkedHashMap<>();

  /**
   * @param threshold the least candidate score that joins a cluster, in (0, 1]
   */
  public ClaimClusterer(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Adds {@code claimId}. Adding a claim twice returns its existing cluster without change.
   *
   * @throws IllegalArgumentException when a candidate score is not a number
   */
  public synchronized Assignment add(String claimId, List<Candidate> candidates) {
    Objects.requireNonNull(claimId, "claimId");
    String existing = clusterOf.get(claimId);
    if (existing != null) {
      return new Assignment(claimId, existing, false, 0, null);
    }
    @Nullable String bestCluster = null;
    @Nullable Candidate bestVia = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates) {
      if (Double.isNaN(c.score())) {
        throw new IllegalArgumentException("candidate " + c.claimId() + " has a NaN score");
      }
      String cluster = clusterOf.get(c.claimId());
      if (cluster == null || c.score() < threshold) {
        continue;
      }
      if (c.score() > best
          || (c.score() == best && bestCluster != null && cluster.compareTo(bestCluster) < 0)) {
        best = c.score();
        bestCluster = cluster;
        bestVia = c;
      }
    }
    if (bestCluster == null || bestVia == null) {
      String id = "cluster:" + claimId;
      clusterOf.put(claimId, id);
      members.computeIfAbsent(id, k -> new ArrayList<>()).add(claimId);
      return new Assignment(claimId, id, true, 0, null);
    }
    clusterOf.put(claimId, bestCluster);
    members.get(bestCluster).add(claimId);
    return new Assignment(claimId, bestCluster, false, best, bestVia.claimId());
  }

  /** The cluster of {@code claimId}, if it was added. */
  public synchronized Optional<String> findCluster(String claimId) {
    return Optional.ofNullable(clusterOf.get(claimId));
  }

  /** The members of {@code clusterId} in the order they were added; empty if unknown. */
  public synchronized List<String> members(String clusterId) {
    return List.copyOf(members.getOrDefault(clusterId, List.of()));
  }

  /** Every cluster id, in creation order. */
  public synchronized List<String> clusters() {
    return List.copyOf(members.keySet());
  }
}
