package org.claimlens.corpus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimlens.corpus.claims.Corroboration.Assessment;
import org.claimlens.corpus.claims.Corroboration.ClusterClaim;
import org.claimlens.corpus.claims.Corroboration.Origin;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.SourceType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CorroborationTest {

  // The assessed claim: Kyiv Independent reports, citing the Ukrainian Air Force, that 30 of 35
  // drones were shot down overnight.
  private static final ClusterClaim KYIV_INDEPENDENT =
      claim("c0", "kyivindependent-1", "Kyiv Independent", named("Ukrainian Air Force"));

  private static ClusterClaim claim(
      String id, String doc, @Nullable String outlet, Origin source, Origin... via) {
    return new ClusterClaim(id, doc, null, outlet, source, List.of(via), ClaimStatus.UNKNOWN);
  }

  private static ClusterClaim repost(
      String id, String doc, String original, String outlet, Origin source) {
    return new ClusterClaim(id, doc, original, outlet, source, List.of(), ClaimStatus.UNKNOWN);
  }

  private static ClusterClaim denial(String id, String doc, String outlet, Origin source) {
    return new ClusterClaim(id, doc, null, outlet, source, List.of(), ClaimStatus.DENIED);
  }

  private static Origin named(String name) {
    return new Origin(name, SourceType.OFFICIAL_BODY);
  }

  private static Origin person(String name) {
    return new Origin(name, SourceType.NAMED_PERSON);
  }

  private static Origin outlet(String name) {
    return new Origin(name, SourceType.MEDIA_OUTLET);
  }

  private static Origin anonymous(String descriptor) {
    return new Origin(descriptor, SourceType.ANONYMOUS_PERSON);
  }

  @Test
  void twoIndependentNamedSourcesConfirm() {
    Assessment a =
        Corroboration.assess(
            KYIV_INDEPENDENT,
            List.of(
                claim("c1", "reuters-1", "Reuters", person("Vitaliy Kim")),
                claim("c2", "bbc-1", "BBC", named("Ukrainian Navy"))));
    assertThat(a.independentSources()).isEqualTo(2.0);
    assertThat(a.corroboratingClaimIds()).containsExactly("c1", "c2");
    assertThat(a.credibility()).isEqualTo(1);
    assertThat(a.reason())
        .startsWith("1 Confirmed by other sources: 2 independent sources")
        .contains("Vitaliy Kim", "Ukrainian Navy")
        .doesNotContain("\n");
  }

  @Test
  void repostsAndDuplicatesNeverCount() {
    Assessment a =
        Corroboration.assess(
            KYIV_INDEPENDENT,
            List.of(
                repost(
                    "c1",
                    "telegram-77",
                    "kyivindependent-1",
                    "Some Channel",
                    named("Ukrainian Air Force")),
                repost(
                    "c2",
                    "aggregator-5",
                    "kyivindependent-1",
                    "News Aggregator",
                    person("Somebody Else"))));
    assertThat(a.independentSources()).isZero();
    assertThat(a.corroboratingClaimIds()).isEmpty();
    assertThat(a.credibility()).isEqualTo(6);
  }

  @Test
  void theSameOutletCountsOnce() {
    Assessment a =
        Corroboration.assess(
            KYIV_INDEPENDENT,
            List.of(
                claim("c1", "reuters-1", "Reuters", person("Vitaliy Kim")),
                claim("c2", "reuters-2", "Reuters", person("Oleh Syniehubov"))));
    assertThat(a.independentSources()).isEqualTo(1.0);
    assertThat(a.credibility()).isEqualTo(2);
  }

  @Test
  void outletsCitingTheSameInnermostSourceAreOneSource() {
    // Both cite the Air Force, as the assessed claim does: no corroboration at all.
    Assessment a =
        Corroboration.assess(
            KYIV_INDEPENDENT,
            List.of(
                claim("c1", "reuters-1", "Reuters", named("Ukrainian Air Force")),
                claim("c2", "ap-1", "AP", named("ukrainian air force "))));
    assertThat(a.independentSources()).isZero();
    assertThat(a.credibility()).isEqualTo(6);
  }

  @Test
  void outletsCitingTheSameUpstreamOutletAreOneSource() {
    Assessment a =
        Corroboration.assess(
            KYIV_INDEPENDENT,
            List.of(
                claim("c1", "dw-1", "DW", person("Vitaliy Kim"), outlet("Reuters")),
                claim("c2", "lemonde-1", "Le Monde", person("Oleh Syniehubov"), outlet("Reuters")),
                claim("c3", "reuters-9", "Reuters", Origin.UNATTRIBUTED)));
    assertThat(a.corroboratingSources()).hasSize(1);
    assertThat(a.independentSources()).isEqualTo(1.0);
    assertThat(a.corroboratingClaimIds()).containsExactly("c1", "c2", "c3");
  }

  @Test
  void anonymousSourcesCountHalf() {
    Assessment a =
        Corroboration.assess(
            KYIV_INDEPENDENT,
            List.of(
                claim("c1", "ft-1", "Financial Times", anonymous("a senior Ukrainian official")),
                claim(
                    "c2",
                    "pravda-1",
                    "Ukrainska Pravda",
                    anonymous("sources in the General Staff")),
                claim("c3", "x-1", "Unknown Blog", Origin.UNATTRIBUTED)));
    assertThat(a.independentSources()).isEqualTo(1.5);
    assertThat(a.credibility()).isEqualTo(2);
    assertThat(a.reason()).contains("1.5 independent sources");
  }

  @Test
  void unconfirmedClaimsCountHalfAgain() {
    ClusterClaim unconfirmed =
        new ClusterClaim(
            "c1",
            "ft-1",
            null,
            "Financial Times",
            anonymous("an official"),
            List.of(),
            ClaimStatus.UNCONFIRMED);
    Assessment a = Corroboration.assess(KYIV_INDEPENDENT, List.of(unconfirmed));
    assertThat(a.independentSources()).isEqualTo(0.25);
    assertThat(a.credibility()).isEqualTo(3);
  }

  @Test
  void anIndependentDenialWithoutCorroborationMakesItImprobable() {
    Assessment a =
        Corroboration.assess(
            KYIV_INDEPENDENT,
            List.of(
                denial("d1", "tass-1", "TASS", named("Russian Ministry of Defence")),
                denial("d2", "ria-1", "RIA Novosti", named("Russian Ministry of Defence"))));
    assertThat(a.independentDenials()).isEqualTo(1.0);
    assertThat(a.denyingClaimIds()).containsExactly("d1", "d2");
    assertThat(a.credibility()).isEqualTo(5);
    assertThat(a.reason()).contains("1 independent denial (Russian Ministry of Defence)");
  }

  @Test
  void aDenialAgainstTwoSourcesLeavesItPossible() {
    Assessment a =
        Corroboration.assess(
            KYIV_INDEPENDENT,
            List.of(
                claim("c1", "reuters-1", "Reuters", person("Vitaliy Kim")),
                claim("c2", "bbc-1", "BBC", named("Ukrainian Navy")),
                denial("d1", "tass-1", "TASS", named("Russian Ministry of Defence"))));
    assertThat(a.credibility()).isEqualTo(3);
    assertThat(a.corroboratingClaimIds()).containsExactly("c1", "c2");
  }

  @Test
  void theAssessedClaimInItsOwnClusterIsSkipped() {
    Assessment a = Corroboration.assess(KYIV_INDEPENDENT, List.of(KYIV_INDEPENDENT));
    assertThat(a.corroboratingClaimIds()).isEmpty();
    assertThat(a.reason())
        .isEqualTo("6 Truth cannot be judged: no other independent source, no denial");
  }

  @Test
  void credibilityTable() {
    assertThat(Corroboration.credibility(2, 0)).isEqualTo(1);
    assertThat(Corroboration.credibility(1, 0)).isEqualTo(2);
    assertThat(Corroboration.credibility(0.5, 0)).isEqualTo(3);
    assertThat(Corroboration.credibility(1, 1)).isEqualTo(4);
    assertThat(Corroboration.credibility(0, 0.5)).isEqualTo(4);
    assertThat(Corroboration.credibility(0.5, 1)).isEqualTo(5);
    assertThat(Corroboration.credibility(0, 0)).isEqualTo(6);
    assertThat(Corroboration.credibilityName(5)).isEqualTo("Improbable");
  }

  @Test
  void corroboratingIdsOfAWholeClusterAreWhatAssessGivesEachClaim() {
    String[] outlets = {"Reuters", "BBC", "TASS", " reuters ", null, "Kyiv Independent"};
    String[] sources = {
      "Ukrainian Air Force", "Dmitry Peskov", "", "ukrainian  air force", "Reuters"
    };
    ClaimStatus[] statuses = {
      ClaimStatus.UNKNOWN, ClaimStatus.UNKNOWN, ClaimStatus.DENIED, ClaimStatus.CONFIRMED
    };
    java.util.Random r = new java.util.Random(7);
    int clustersWithDenials = 0;
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + r.nextInt(12);
      List<ClusterClaim> cluster = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        String doc = "doc-" + r.nextInt(8);
        String original = r.nextInt(4) == 0 ? "doc-" + r.nextInt(8) : null;
        String source = sources[r.nextInt(sources.length)];
        Origin origin = source.isEmpty() ? Origin.UNATTRIBUTED : named(source);
        List<Origin> via = r.nextInt(3) == 0 ? List.of(outlet(outlets[r.nextInt(3)])) : List.of();
        cluster.add(
            new ClusterClaim(
                "c" + i,
                doc,
                original,
                outlets[r.nextInt(outlets.length)],
                origin,
                via,
                statuses[r.nextInt(statuses.length)]));
      }
      if (cluster.stream().anyMatch(c -> c.status() == ClaimStatus.DENIED)) {
        clustersWithDenials++;
      }

      List<List<String>> together = Corroboration.corroboratingIds(cluster);

      assertThat(together).hasSize(n);
      for (int i = 0; i < n; i++) {
        List<ClusterClaim> others = new java.util.ArrayList<>(cluster);
        others.remove(i);
        assertThat(together.get(i))
            .as("trial %d, claim %d of %s", trial, i, cluster)
            .isEqualTo(Corroboration.assess(cluster.get(i), others).corroboratingClaimIds());
      }
    }
    assertThat(clustersWithDenials).isGreaterThan(100);
  }
}
