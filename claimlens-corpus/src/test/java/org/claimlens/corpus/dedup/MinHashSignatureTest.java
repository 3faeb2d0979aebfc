package org.claimlens.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {
  private static final MinHasher HASHER = MinHasher.withDefaults();

  @Test
  void bytesRoundTripToAnEqualSignatureWithTheSameBandKeys() {
    for (AuthoredCorpus.Doc doc : AuthoredCorpus.DOCS) {
      MinHashSignature sig = HASHER.signature(doc.text());
      byte[] bytes = sig.toBytes();
      assertThat(bytes).hasSize(36 + 4 * 128);
      MinHashSignature back = MinHashSignature.fromBytes(bytes);
      assertThat(back).as(doc.id()).isEqualTo(sig);
      assertThat(HASHER.bandKeys(back)).containsExactly(HASHER.bandKeys(sig));
      assertThat(back.toBytes()).isEqualTo(bytes);
    }
  }

  @Test
  void minimaAreCopiedInAndOut() {
    MinHashSignature sig = HASHER.signature("one two three four five six seven");
    int[] minima = sig.minima();
    minima[0] = 42;
    assertThat(sig.minima()[0]).isNotEqualTo(42);
  }

  @Test
  void badBytesAreRejectedWithTheReason() {
    byte[] good = HASHER.signature("one two three four five six seven").toBytes();
    byte[] wrongVersion = good.clone();
    wrongVersion[0] = 9;
    assertThatThrownBy(() -> MinHashSignature.fromBytes(wrongVersion))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format version 1: version 9");
    assertThatThrownBy(() -> MinHashSignature.fromBytes(Arrays.copyOf(good, 20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> MinHashSignature.fromBytes(Arrays.copyOf(good, good.length + 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 548 bytes, got 552");
  }

  @Test
  void aStoreRowBecomesACandidateAndACorruptOneNamesTheDocument() {
    MinHashSignature sig = HASHER.signature("one two three four five six seven");
    DedupCandidate c = DedupCandidate.fromStored("tg-123", 7, "wire-9", sig.toBytes());
    assertThat(c.signature()).isEqualTo(sig);
    assertThat(c.isOriginal()).isFalse();
    assertThatThrownBy(() -> DedupCandidate.fromStored("tg-124", 8, "tg-124", new byte[] {1, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stored signature of document tg-124: truncated");
  }

  @Test
  void recordRejectsImpossibleSizes() {
    assertThatThrownBy(() -> new MinHashSignature(4, 1L, 3, 5, 0L, 0L, new int[8]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad sizes");
  }
}
