package org.claimlens.annotators.embedding;

import java.util.List;
import java.util.Optional;

/**
 * The bundled sentence encoders, each loaded once per process on first use and shared (they are
 * thread-safe). Both run one ONNX Runtime thread per call, since the pipeline already processes
 * documents in parallel on every core.
 *
 * <ul>
 *   <li>{@link #minilm()}: quantized all-MiniLM-L6-v2, 384 dimensions, inputs truncated to 256 word
 *       pieces (its training length). English-centric: other languages get vectors, but weak ones.
 *       The default: in a zero-shot narrative probe on {@code data/narratives/dev} (each document
 *       scored against the label descriptions, one threshold tuned on train) it scored sample-F1
 *       0.56 coarse / 0.53 fine against bge-small's 0.51 / 0.45, and it embeds about twice as many
 *       sentences per second (about 340 against 150 on two shared cores).
 *   <li>{@link #bgeSmall()}: quantized bge-small-en-v1.5, 384 dimensions, CLS pooling, inputs
 *       truncated to 512 word pieces. English only.
 * </ul>
 */
public final class Encoders {
  /** The id of {@link #minilm()}. */
  public static final String MINILM = "all-minilm-l6-v2-q";

  /** The id of {@link #bgeSmall()}. */
  public static final String BGE_SMALL = "bge-small-en-v1.5-q";

  /** The settings {@link #minilm()} loads with. */
  public static final OnnxSentenceEncoder.Spec MINILM_SPEC =
      new OnnxSentenceEncoder.Spec(
          MINILM,
          "all-minilm-l6-v2-q.onnx",
          "all-minilm-l6-v2-q-tokenizer.json",
          OnnxSentenceEncoder.Pooling.MEAN,
          384,
          256,
          1);

  /** The settings {@link #bgeSmall()} loads with. */
  public static final OnnxSentenceEncoder.Spec BGE_SMALL_SPEC =
      new OnnxSentenceEncoder.Spec(
          BGE_SMALL,
          "bge-small-en-v1.5-q.onnx",
          "bge-small-en-v1.5-q-tokenizer.json",
          OnnxSentenceEncoder.Pooling.CLS,
          384,
          512,
          1);

  private Encoders() {}

  // Holder classes: each model is loaded on first use only, once, without locking afterwards.
  private static final class MiniLm {
    static final OnnxSentenceEncoder INSTANCE = OnnxSentenceEncoder.load(MINILM_SPEC);
  }

  private static final class BgeSmall {
    static final OnnxSentenceEncoder INSTANCE = OnnxSentenceEncoder.load(BGE_SMALL_SPEC);
  }

  /** Quantized all-MiniLM-L6-v2, the default encoder. */
  public static SentenceEncoder minilm() {
    return MiniLm.INSTANCE;
  }

  /** Quantized bge-small-en-v1.5. */
  public static SentenceEncoder bgeSmall() {
    return BgeSmall.INSTANCE;
  }

  /** The ids of the bundled encoders. */
  public static List<String> ids() {
    return List.of(MINILM, BGE_SMALL);
  }

  /** The bundled encoder with {@code id}, if there is one. */
  public static Optional<SentenceEncoder> find(String id) {
    return switch (id) {
      case MINILM -> Optional.of(minilm());
      case BGE_SMALL -> Optional.of(bgeSmall());
      default -> Optional.empty();
    };
  }

  /** Like {@link #find} but throws, listing the known ids, when {@code id} is unknown. */
  public static SentenceEncoder expect(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown sentence encoder \"" + id + "\"; known: " + ids()));
  }
}
