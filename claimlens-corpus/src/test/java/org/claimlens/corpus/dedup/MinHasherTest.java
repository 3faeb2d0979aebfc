package org.claimlens.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private static final MinHasher HASHER = MinHasher.withDefaults();

  @Test
  void normalisationFoldsCaseUnicodeFormsPunctuationAndApostrophes() {
    assertThat(MinHasher.normalize("Ukraine’s  AIR-defence\u00a0said: «No!»"))
        .isEqualTo("ukraines air defence said no");
    assertThat(MinHasher.normalize("Ukraine's air defence, said -- \"no\"."))
        .isEqualTo("ukraines air defence said no");
    // NFKC: full-width letters and the "ﬁ" ligature become plain letters.
    assertThat(MinHasher.normalize("ＫＹＩＶ ﬁred")).isEqualTo("kyiv fired");
    assertThat(MinHasher.normalize("Київ: вибухи ⚡️ 03:40")).isEqualTo("київ вибухи 03 40");
    assertThat(MinHasher.words("🔴🔴 ... !!")).isEmpty();
    // Invisible characters must not split a word: hostile text uses them to dodge matching.
    assertThat(MinHasher.normalize("Kyi\u00adv and Khar\u200bkiv")).isEqualTo("kyiv and kharkiv");
  }

  @Test
  void sameTextGivesSameSignatureAndSameBandKeys() {
    String text = AuthoredCorpus.doc("orig-wire-odesa-drone-strike").text();
    MinHashSignature a = HASHER.signature(text);
    MinHashSignature b = new MinHasher(MinHasher.Config.defaults()).signature(text);
    assertThat(a).isEqualTo(b);
    assertThat(HASHER.bandKeys(a)).containsExactly(HASHER.bandKeys(b));
    assertThat(HASHER.bandKeys(a)).hasSize(HASHER.config().bands()).doesNotHaveDuplicates();
  }

  @Test
  void signatureIsPinnedAcrossJvmsAndVersions() {
    // Stores keep signatures for years and compare them with new ones, so the hashing must never
    // change silently. These values were computed once; if this fails, the hashing changed and
    // MinHashSignature.FORMAT_VERSION must be bumped (old signatures no longer compare).
    MinHashSignature sig =
        HASHER.signature("Russian attack drones struck port infrastructure in the Odesa region.");
    assertThat(sig.tokenCount()).isEqualTo(10);
    assertThat(sig.shingleCount()).isEqualTo(7);
    assertThat(Long.toHexString(sig.exactHash())).isEqualTo(PINNED_EXACT_HASH);
    assertThat(List.of(sig.minima()[0], sig.minima()[1], sig.minima()[127]))
        .isEqualTo(PINNED_MINIMA);
    assertThat(Long.toHexString(HASHER.bandKeys(sig)[0])).isEqualTo(PINNED_BAND_KEY);
  }

  private static final String PINNED_EXACT_HASH = "80bce13fa3a1ab26";
  private static final List<Integer> PINNED_MINIMA = List.of(1373160895, 1381715109, 45630842);
  private static final String PINNED_BAND_KEY = "ed49da446d803b05";

  @Test
  void jaccardEstimateIsCloseToTheTrueValue() {
    // Two texts over distinct synthetic words: A = w0..w199, B = w100..w299. With k = 4 each has
    // 197 shingles and they share the 97 inside w100..w199: J = 97 / 297.
    MinHashSignature a = HASHER.signature(words(0, 200));
    MinHashSignature b = HASHER.signature(words(100, 300));
    assertThat(a.shingleCount()).isEqualTo(197);
    assertThat(a.jaccard(b)).isCloseTo(97.0 / 297, within(0.12));
    assertThat(a.containment(b)).isCloseTo(97.0 / 197, within(0.15));
  }

  @Test
  void containmentStaysHighWhenACopyAddsALongHeaderAndFooter() {
    String article = words(0, 200);
    String wrapped = words(1000, 1150) + " " + article + " " + words(2000, 2100);
    MinHashSignature a = HASHER.signature(article);
    MinHashSignature w = HASHER.signature(wrapped);
    assertThat(a.jaccard(w)).isLessThan(0.6);
    assertThat(a.containment(w)).isGreaterThan(0.85);
    assertThat(a.containment(w)).isEqualTo(w.containment(a));
  }

  @Test
  void numbersAreSketchedSoThatChangedFiguresShow() {
    MinHashSignature a = HASHER.signature("Shelled 14 times; a 57-year-old man wounded at 03:40.");
    MinHashSignature same =
        HASHER.signature("A 57-year-old man wounded at 03:40, shelled 14 times");
    MinHashSignature other =
        HASHER.signature("Shelled 9 times; a 34-year-old man wounded at 05:15.");
    assertThat(a.numberCount()).isEqualTo(4); // 14, 57, 03, 40
    assertThat(a.numberOverlap(same)).isEqualTo(1.0);
    assertThat(a.numberOverlap(other)).isLessThan(0.5);
    assertThat(a.numberOverlap(HASHER.signature("no figures here at all"))).isEqualTo(1.0);
  }

  @Test
  void repeatedShinglesCountOnce() {
    MinHashSignature once = HASHER.signature(words(0, 50));
    MinHashSignature twice = HASHER.signature(words(0, 50) + " " + words(0, 50));
    // The second copy adds only the 3 shingles that straddle the seam.
    assertThat(twice.shingleCount()).isEqualTo(once.shingleCount() + 3);
  }

  @Test
  void textShorterThanAShingleIsOneShingleAndEmptyTextHasNoBandKeys() {
    assertThat(HASHER.signature("Explosions in Kyiv").shingleCount()).isEqualTo(1);
    MinHashSignature empty = HASHER.signature(" ⚡️⚡️ ");
    assertThat(empty.isEmpty()).isTrue();
    assertThat(HASHER.bandKeys(empty)).isEmpty();
    assertThat(empty.jaccard(empty)).isZero();
  }

  @Test
  void sCurveMeetsTheDocumentedRates() {
    MinHasher.Config c = HASHER.config();
    assertThat(1 - c.candidateProbability(0.5)).isLessThan(2e-4);
    assertThat(1 - c.candidateProbability(0.7)).isLessThan(1e-8);
    assertThat(c.candidateProbability(0.3)).isGreaterThan(0.95);
    assertThat(c.candidateProbability(0.02)).isLessThan(0.02);
  }

  @Test
  void identicalTextsAlwaysShareBandKeysAndUnrelatedOnesDoNot() {
    List<Long> a = keys(AuthoredCorpus.doc("orig-news-eu-sanctions-package").text());
    List<Long> copy = keys(AuthoredCorpus.doc("orig-news-eu-sanctions-package").text());
    List<Long> other = keys(AuthoredCorpus.doc("orig-channel-kharkiv-blackout").text());
    assertThat(copy).isEqualTo(a);
    assertThat(other).doesNotContainAnyElementsOf(a);
  }

  @Test
  void signaturesOfOtherSchemesAreRejected() {
    MinHasher k5 =
        new MinHasher(new MinHasher.Config(5, 128, 32, 2, MinHasher.Config.DEFAULT_SEED));
    MinHashSignature a = HASHER.signature(words(0, 40));
    MinHashSignature b = k5.signature(words(0, 40));
    assertThatThrownBy(() -> a.jaccard(b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different schemes");
    assertThatThrownBy(() -> HASHER.bandKeys(b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not made with this hasher");
  }

  @Test
  void configRejectsMoreBandRowsThanHashes() {
    assertThatThrownBy(() -> new MinHasher.Config(4, 128, 65, 2, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bands × rows ≤ numHashes");
  }

  private static List<Long> keys(String text) {
    List<Long> keys = new ArrayList<>();
    for (long k : HASHER.bandKeys(HASHER.signature(text))) {
      keys.add(k);
    }
    return keys;
  }

  /** Distinct synthetic words w{from}..w{to-1}, so shingle overlaps are known exactly. */
  static String words(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }
}
