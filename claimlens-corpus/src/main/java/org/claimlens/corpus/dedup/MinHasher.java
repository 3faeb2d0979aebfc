package org.claimlens.corpus.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a text into a {@link MinHashSignature} and its LSH band keys.
 *
 * <p><b>Normalisation.</b> Unicode NFKC (full-width letters, ligatures and non-breaking spaces fold
 * to their plain forms), lower case in {@link Locale#ROOT}, apostrophes inside words dropped
 * ("Ukraine’s" and "Ukraine's" both become "ukraines"), invisible format characters (soft hyphen,
 * zero-width space and joiners) dropped, and every other run of characters that are not letters,
 * digits or combining marks becomes one word break. Punctuation, quote styles, dashes, emoji and
 * line breaks therefore never matter; words do.
 *
 * <p><b>Shingles.</b> Overlapping runs of {@code k} words; the default k = 4. Each edited word
 * breaks the k shingles that contain it, so a repost with 4 changed words in a 60-word paragraph
 * keeps (57 − 16)/57 ≈ 72% of the paragraph's shingles with k = 4, 64% with k = 5 and 79% with k =
 * 3. On the authored test set (reposts with 3–6 edited words or phrases per paragraph, independent
 * reports of the same events) the least containment of a repost in its immediate parent was 0.53 /
 * 0.55 / 0.36 with k = 3 / 4 / 5, and the largest between unrelated documents 0.087 / 0.049 /
 * 0.049: k = 3 lets the phrases every report of an event shares ("the ministry of defence said")
 * pull independent reports together, k = 5 loses edited copies, and k = 4 keeps the widest gap.
 *
 * <p><b>Signature.</b> {@code numHashes} (default 128) hash functions, each a SplitMix64-seeded
 * 64-bit mix of the shingle hash; the signature keeps the upper 32 bits of each minimum. The
 * Jaccard estimate's standard error is sqrt(J(1−J)/128) ≈ 0.044 at J = 0.5.
 *
 * <p><b>Band keys (LSH).</b> The first {@code bands × rows} minima are cut into bands; each band is
 * hashed, with its index, into one 64-bit key, and two texts become candidates when any key is
 * equal. The probability of that for Jaccard s is 1 − (1 − s^rows)^bands. The default 32 bands of 2
 * rows gives:
 *
 * <pre>
 *   s      0.05   0.1    0.2    0.3    0.4     0.5        0.7
 *   P      0.077  0.275  0.729  0.951  0.9962  0.99990    1 − 4e-10
 * </pre>
 *
 * so the false-negative rate is 1·10⁻⁴ at J = 0.5 and 4·10⁻¹⁰ at 0.7. The curve sits that low (the
 * common 42 × 3 misses 32% at J = 0.3, and 32 × 4 misses 13% at 0.5) because edited reposts
 * measured J = 0.30–0.48 on the authored set, and a repost wrapped in a long commentary only 0.30
 * although its containment is 0.61: the detector can only judge the candidates it is shown. The
 * price is spurious candidates, about 32·J² per pair: independent reports of the same event (J ≈
 * 0.03) become candidates 3% of the time and unrelated texts (J below 0.005) under 0.1%; the
 * detector rejects them with one pass over 128 integers each. 32 keys per document also keep the
 * store's band table small.
 *
 * <p><b>Determinism.</b> All hashing is specified in this package (FNV-1a, the MurmurHash3
 * finaliser, SplitMix64), so signatures and band keys are the same on every JVM and platform; the
 * seed is stored in the signature. (Normalisation uses the JDK's Unicode tables, so a character
 * assigned in a later Unicode version can fold differently on an older JDK; only texts using such
 * characters are affected.) Instances are immutable and thread-safe. Example:
 *
 * <pre>{@code
 * MinHasher hasher = MinHasher.withDefaults();
 * MinHashSignature sig = hasher.signature(articleText);
 * long[] keys = hasher.bandKeys(sig);   // what the store indexes
 * store.putSignature(docId, keys, sig.toBytes());
 * }</pre>
 */
public final class MinHasher {

  /**
   * How signatures are made.
   *
   * @param shingleLength words per shingle (k), 1..127
   * @param numHashes hash functions (signature length), 1..65535
   * @param bands LSH bands; {@code bands × rows ≤ numHashes}
   * @param rows minima per band
   * @param seed the seed of the hash functions; signatures with different seeds do not compare
   */
  public record Config(int shingleLength, int numHashes, int bands, int rows, long seed) {
    /** "claimlen" in ASCII: any fixed value works, it only has to stay the same. */
    public static final long DEFAULT_SEED = 0x636c61696d6c656eL;

    public Config {
      if (shingleLength < 1 || shingleLength > 127) {
        throw new IllegalArgumentException("shingleLength must be in 1..127: " + shingleLength);
      }
      if (numHashes < 1 || numHashes > 0xffff) {
        throw new IllegalArgumentException("numHashes must be in 1..65535: " + numHashes);
      }
      if (bands < 1 || rows < 1 || (long) bands * rows > numHashes) {
        throw new IllegalArgumentException(
            "need bands ≥ 1, rows ≥ 1 and bands × rows ≤ numHashes: "
                + bands
                + " × "
                + rows
                + " > "
                + numHashes);
      }
    }

    /** k = 4, 128 hashes, 32 bands of 2 rows, the default seed. */
    public static Config defaults() {
      return new Config(4, 128, 32, 2, DEFAULT_SEED);
    }

    /**
     * The probability that two texts with Jaccard similarity {@code jaccard} share at least one
     * band key: 1 − (1 − s^rows)^bands.
     */
    public double candidateProbability(double jaccard) {
      return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
    }
  }

  private static final MinHasher DEFAULT = new MinHasher(Config.defaults());

  private final Config config;
  private final long[] hashSeeds;
  private final long[] bandSeeds;

  public MinHasher(Config config) {
    this.config = Objects.requireNonNull(config, "config");
    long[] seeds = Hashing.splitMix(config.seed(), config.numHashes() + config.bands());
    this.hashSeeds = Arrays.copyOfRange(seeds, 0, config.numHashes());
    this.bandSeeds = Arrays.copyOfRange(seeds, config.numHashes(), seeds.length);
  }

  /** The shared hasher with {@link Config#defaults()}. */
  public static MinHasher withDefaults() {
    return DEFAULT;
  }

  public Config config() {
    return config;
  }

  /**
   * The normalised words of {@code text} (see the class comment); an empty list when it has none.
   */
  public static List<String> words(String text) {
    Objects.requireNonNull(text, "text");
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || (isMark(cp) && !word.isEmpty())) {
        word.appendCodePoint(cp);
      } else if (Character.getType(cp) == Character.FORMAT) {
        // Soft hyphens and zero-width characters are invisible: "Kyi\u00adv" must stay "kyiv",
        // or hostile text could dodge matching with characters no reader sees.
        continue;
      } else if (isApostrophe(cp) && !word.isEmpty() && i < folded.length()) {
        // Inside a word ("ukraine's") the apostrophe is dropped so that its typographic variants
        // agree; a closing quote after a word simply ends it at the next non-letter.
        continue;
      } else if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  /** The normalised words of {@code text} joined by single spaces. */
  public static String normalize(String text) {
    return String.join(" ", words(text));
  }

  /**
   * Combining marks belong to the word they follow; on their own (the emoji variation selector in
   * "⚡️") they are dropped with the symbol before them.
   */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02bc' || cp == '`';
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The signature of {@code text}. A text with fewer than k words is one shingle of all of them.
   */
  public MinHashSignature signature(String text) {
    List<String> words = words(text);
    int k = config.shingleLength();
    long[] wordHashes = new long[words.size()];
    long exact = 0;
    long numbers = 0;
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = Hashing.hash(words.get(i));
      exact = Hashing.combine(exact, wordHashes[i]);
      if (hasDigit(words.get(i))) {
        numbers |= 1L << (wordHashes[i] >>> 58);
      }
    }
    int n = config.numHashes();
    int[] minima = new int[n];
    Arrays.fill(minima, -1); // the largest unsigned value
    int shingles = words.isEmpty() ? 0 : Math.max(1, words.size() - k + 1);
    // Distinct shingles count toward the set size; duplicates (refrains, repeated boilerplate)
    // must not inflate it, or containment would be overestimated.
    long[] shingleHashes = new long[shingles];
    for (int s = 0; s < shingles; s++) {
      long h = k;
      for (int j = s; j < Math.min(s + k, wordHashes.length); j++) {
        h = Hashing.combine(h, wordHashes[j]);
      }
      shingleHashes[s] = h;
    }
    long[] distinct = Arrays.stream(shingleHashes).sorted().distinct().toArray();
    for (long h : distinct) {
      for (int i = 0; i < n; i++) {
        int v = (int) (Hashing.mix(h ^ hashSeeds[i]) >>> 32);
        if (Integer.compareUnsigned(v, minima[i]) < 0) {
          minima[i] = v;
        }
      }
    }
    return new MinHashSignature(
        k, config.seed(), words.size(), distinct.length, exact, numbers, minima);
  }

  /**
   * The LSH band keys of {@code signature}: {@code bands} 64-bit keys, band index mixed in so that
   * equal minima in different bands do not collide. An empty text has no keys: it is nobody's
   * duplicate.
   *
   * @throws IllegalArgumentException when the signature was made with another configuration
   */
  public long[] bandKeys(MinHashSignature signature) {
    if (signature.shingleLength() != config.shingleLength()
        || signature.seed() != config.seed()
        || signature.numHashes() != config.numHashes()) {
      throw new IllegalArgumentException(
          "signature " + signature + " was not made with this hasher's configuration " + config);
    }
    if (signature.isEmpty()) {
      return new long[0];
    }
    int[] minima = signature.minima();
    long[] keys = new long[config.bands()];
    int rows = config.rows();
    for (int b = 0; b < keys.length; b++) {
      long h = bandSeeds[b];
      for (int r = 0; r < rows; r++) {
        h = Hashing.combine(h, Integer.toUnsignedLong(minima[b * rows + r]));
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The signature of {@code text} and its band keys in one call. */
  public Fingerprint fingerprint(String text) {
    MinHashSignature sig = signature(text);
    return new Fingerprint(sig, bandKeys(sig));
  }

  /**
   * A signature with its band keys, as a store keeps them.
   *
   * @param signature the signature
   * @param bandKeys its LSH band keys (copied in and out)
   */
  public record Fingerprint(MinHashSignature signature, long[] bandKeys) {
    public Fingerprint {
      Objects.requireNonNull(signature, "signature");
      bandKeys = Objects.requireNonNull(bandKeys, "bandKeys").clone();
    }

    @Override
    public long[] bandKeys() {
      return bandKeys.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Fingerprint f
          && f.signature.equals(signature)
          && Arrays.equals(f.bandKeys, bandKeys);
    }

    @Override
    public int hashCode() {
      return signature.hashCode() * 31 + Arrays.hashCode(bandKeys);
    }

    @Override
    public String toString() {
      return "Fingerprint[" + signature + ", " + bandKeys.length + " band keys]";
    }
  }
}
