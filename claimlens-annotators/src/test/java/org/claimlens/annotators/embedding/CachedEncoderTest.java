package org.claimlens.annotators.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CachedEncoderTest {

  @Test
  void aTextSeenBeforeIsNotSentToTheEncoderAgain() {
    CountingEncoder counting = new CountingEncoder();
    SentenceEncoder cached = CachedEncoder.of(counting, 100);

    float[] first = cached.embed(List.of("Troops were seen near the border."))[0];
    float[] again = cached.embed(List.of("Troops were seen near the border."))[0];

    assertThat(counting.timesEmbedded("Troops were seen near the border.")).isEqualTo(1);
    assertThat(again).containsExactly(first);
    assertThat(((CachedEncoder) cached).stats()).isEqualTo(new CacheStats(1, 1));
    assertThat(((CachedEncoder) cached).stats().describe()).isEqualTo("1 of 2 (50.0%)");
  }

  @Test
  void everyNewTextIsEmbeddedAloneSoItsVectorDoesNotDependOnItsNeighbours() {
    CountingEncoder counting = new CountingEncoder();
    SentenceEncoder cached = CachedEncoder.of(counting, 100);

    float[][] v = cached.embed(List.of("one claim", "another claim", "one claim"));

    assertThat(counting.calls()).containsExactly(List.of("one claim"), List.of("another claim"));
    assertThat(v[2]).containsExactly(v[0]);
    assertThat(v[1]).isNotEqualTo(v[0]);
  }

  @Test
  void theCallerOwnsTheReturnedArrays() {
    SentenceEncoder cached = CachedEncoder.of(new CountingEncoder(), 100);
    float[] first = cached.embed(List.of("a claim"))[0];
    float[] copy = first.clone();

    first[0] = 42f;

    assertThat(cached.embed(List.of("a claim"))[0]).containsExactly(copy);
  }

  @Test
  void capacityZeroReturnsTheEncoderItselfAndNegativeIsRefused() {
    CountingEncoder counting = new CountingEncoder();

    assertThat(CachedEncoder.of(counting, 0)).isSameAs(counting);
    assertThatThrownBy(() -> CachedEncoder.of(counting, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void theLeastRecentlyUsedVectorsAreEvicted() {
    CountingEncoder counting = new CountingEncoder();
    // one vector per stripe at most
    SentenceEncoder cached = CachedEncoder.of(counting, EmbeddingCache.STRIPES);
    for (int i = 0; i < 500; i++) {
      cached.embed(List.of("claim number " + i));
    }

    assertThat(((CachedEncoder) cached).size()).isLessThanOrEqualTo(EmbeddingCache.STRIPES);
    cached.embed(List.of("claim number 0"));
    assertThat(counting.timesEmbedded("claim number 0")).isEqualTo(2);
  }
}
