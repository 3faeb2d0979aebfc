package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimlens.annotators.embedding.CacheStats;
import org.junit.jupiter.api.Test;

class CorpusIngestTimingsTest {

  @Test
  void theLineGivesTheMeansPerDocumentAndTheSustainedRate() {
    CorpusIngest.Timings t =
        new CorpusIngest.Timings(
            4,
            400_000_000L,
            200_000_000L,
            100_000_000L,
            12.25,
            new CacheStats(3, 9),
            null,
            new CacheStats(1, 3));

    assertThat(t.line())
        .isEqualTo(
            "timings per document (4): analysis 100.0 ms, claim embeddings and records 50.0 ms"
                + " (worker threads), commit 25.0 ms (serial); second half of the commits 12.3"
                + " documents/s");
    assertThat(t.cacheLine())
        .isEqualTo(
            "embedding caches: sentence vectors reused 3 of 12 (25.0%), claim vectors reused"
                + " (no cache); claims that joined a word-for-word twin's cluster without a"
                + " look-up 1 of 4 (25.0%)");
  }

  @Test
  void withoutARateTheLineSaysNothingAboutIt() {
    CorpusIngest.Timings t =
        new CorpusIngest.Timings(1, 1_000_000L, 0, 0, Double.NaN, null, null, new CacheStats(0, 0));

    assertThat(t.line()).doesNotContain("second half").endsWith("commit 0.0 ms (serial)");
  }
}
