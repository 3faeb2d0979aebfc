package org.claimlens.corpus.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimlens.corpus.claims.ClaimClusterer.Assignment;
import org.claimlens.corpus.claims.ClaimClusterer.Candidate;
import org.junit.jupiter.api.Test;

class ClaimClustererTest {

  @Test
  void firstClaimStartsAClusterNamedAfterIt() {
    ClaimClusterer c = new ClaimClusterer(0.5);
    Assignment a = c.add("tass-1#0", List.of());
    assertThat(a.clusterId()).isEqualTo("cluster:tass-1#0");
    assertThat(a.created()).isTrue();
    assertThat(c.members("cluster:tass-1#0")).containsExactly("tass-1#0");
  }

  @Test
  void joinsTheBestClusterAboveTheThreshold() {
    ClaimClusterer c = new ClaimClusterer(0.5);
    c.add("a", List.of());
    c.add("b", List.of(new Candidate("a", 0.1)));
    Assignment d = c.add("d", List.of(new Candidate("a", 0.62), new Candidate("b", 0.91)));
    assertThat(d.clusterId()).isEqualTo("cluster:b");
    assertThat(d.created()).isFalse();
    assertThat(d.via()).isEqualTo("b");
    assertThat(d.score()).isEqualTo(0.91);
    assertThat(c.clusters()).containsExactly("cluster:a", "cluster:b");
  }

  @Test
  void belowTheThresholdStartsANewCluster() {
    ClaimClusterer c = new ClaimClusterer(0.5);
    c.add("a", List.of());
    Assignment b = c.add("b", List.of(new Candidate("a", 0.49)));
    assertThat(b.created()).isTrue();
    assertThat(b.clusterId()).isEqualTo("cluster:b");
  }

  @Test
  void candidatesNotYetAddedAreIgnored() {
    ClaimClusterer c = new ClaimClusterer(0.5);
    Assignment a = c.add("a", List.of(new Candidate("ghost", 0.99)));
    assertThat(a.created()).isTrue();
  }

  @Test
  void tiesGoToTheSmallerClusterIdWhateverTheCandidateOrder() {
    ClaimClusterer c1 = new ClaimClusterer(0.5);
    ClaimClusterer c2 = new ClaimClusterer(0.5);
    for (ClaimClusterer c : List.of(c1, c2)) {
      c.add("y", List.of());
      c.add("x", List.of());
    }
    String first =
        c1.add("z", List.of(new Candidate("y", 0.8), new Candidate("x", 0.8))).clusterId();
    String second =
        c2.add("z", List.of(new Candidate("x", 0.8), new Candidate("y", 0.8))).clusterId();
    assertThat(first).isEqualTo(second).isEqualTo("cluster:x");
  }

  @Test
  void addingTwiceKeepsTheFirstAssignment() {
    ClaimClusterer c = new ClaimClusterer(0.5);
    c.add("a", List.of());
    c.add("b", List.of());
    Assignment again = c.add("a", List.of(new Candidate("b", 0.99)));
    assertThat(again.clusterId()).isEqualTo("cluster:a");
    assertThat(c.members("cluster:b")).containsExactly("b");
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new ClaimClusterer(0)).hasMessageContaining("threshold");
    ClaimClusterer c = new ClaimClusterer(0.5);
    c.add("a", List.of());
    assertThatThrownBy(() -> c.add("b", List.of(new Candidate("a", Double.NaN))))
        .hasMessageContaining("NaN");
  }
}
