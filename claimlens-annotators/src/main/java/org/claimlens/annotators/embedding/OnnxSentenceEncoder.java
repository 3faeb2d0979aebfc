package org.claimlens.annotators.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A BERT-style sentence encoder run in-process by ONNX Runtime, on the quantized weights and the
 * tokenizer that the langchain4j embedding jars ship on the class path (nothing is downloaded).
 *
 * <p>Unlike langchain4j's own wrapper, which runs one text per model call, {@link #embed} pads the
 * sentences it is given to the longest of them and runs them as one batch: callers that group
 * sentences of similar length (as {@link EmbeddingAnnotator} does) waste little on padding. Texts
 * longer than {@link Spec#maxTokens()} word pieces (special tokens included) are <b>truncated</b>:
 * only their beginning is embedded.
 *
 * <p>Thread-safe: ONNX Runtime sessions and the Hugging Face tokenizer may be used from many
 * threads at once. Each call runs on the calling thread with {@link Spec#intraOpThreads()} threads
 * inside the model; keep that at 1 when documents are already processed in parallel.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

  /** How tokens become one vector. */
  public enum Pooling {
    /** The attention-masked mean of the token vectors (sentence-transformers MiniLM). */
    MEAN,
    /** The vector of the leading {@code [CLS]} token (BGE). */
    CLS
  }

  /**
   * Which model to load and how to run it.
   *
   * @param id the encoder id recorded with every vector
   * @param modelResource class-path name of the ONNX file
   * @param tokenizerResource class-path name of the Hugging Face {@code tokenizer.json}
   * @param pooling how token vectors are pooled
   * @param dimension the vector length the model produces
   * @param maxTokens longer inputs are truncated to this many word pieces
   * @param intraOpThreads ONNX Runtime threads used inside one call; {@code >= 1}
   */
  public record Spec(
      String id,
      String modelResource,
      String tokenizerResource,
      Pooling pooling,
      int dimension,
      int maxTokens,
      int intraOpThreads) {
    public Spec {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(modelResource, "modelResource");
      Objects.requireNonNull(tokenizerResource, "tokenizerResource");
      Objects.requireNonNull(pooling, "pooling");
      if (dimension < 1 || maxTokens < 3 || intraOpThreads < 1) {
        throw new IllegalArgumentException(
            "dimension, maxTokens and intraOpThreads must be positive: "
                + dimension
                + ", "
                + maxTokens
                + ", "
                + intraOpThreads);
      }
    }
  }

  private final Spec spec;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;

  private OnnxSentenceEncoder(
      Spec spec, OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
    this.spec = spec;
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
  }

  /**
   * Loads the model and tokenizer named by {@code spec} from the class path; takes about a second.
   *
   * @throws IllegalStateException when a resource is missing or the model cannot be loaded
   */
  public static OnnxSentenceEncoder load(Spec spec) {
    Objects.requireNonNull(spec, "spec");
    byte[] model = read(spec.modelResource());
    try (InputStream tok = open(spec.tokenizerResource())) {
      HuggingFaceTokenizer tokenizer =
          HuggingFaceTokenizer.newInstance(
              tok,
              Map.of(
                  "padding",
                  "false",
                  "truncation",
                  "true",
                  "maxLength",
                  Integer.toString(spec.maxTokens()),
                  "modelMaxLength",
                  Integer.toString(spec.maxTokens())));
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(spec.intraOpThreads());
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return new OnnxSentenceEncoder(spec, env, env.createSession(model, options), tokenizer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer " + spec.tokenizerResource(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load ONNX model " + spec.modelResource(), e);
    }
  }

  public Spec spec() {
    return spec;
  }

  @Override
  public String id() {
    return spec.id();
  }

  @Override
  public int dimension() {
    return spec.dimension();
  }

  /** The number of word pieces {@code text} becomes, special tokens included, after truncation. */
  public int countTokens(String text) {
    return tokenizer.encode(text, true, false).getIds().length;
  }

  @Override
  public float[][] embed(List<String> sentences) {
    int n = sentences.size();
    if (n == 0) {
      return new float[0][];
    }
    long[][] ids = new long[n][];
    int width = 0;
    for (int i = 0; i < n; i++) {
      Encoding e = tokenizer.encode(sentences.get(i), true, false);
      ids[i] = e.getIds();
      width = Math.max(width, ids[i].length);
    }
    long[] inputIds = new long[n * width];
    long[] mask = new long[n * width];
    for (int i = 0; i < n; i++) {
      System.arraycopy(ids[i], 0, inputIds, i * width, ids[i].length);
      for (int j = 0; j < ids[i].length; j++) {
        mask[i * width + j] = 1;
      }
    }
    long[] shape = {n, width};
    try (OnnxTensor idT = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeT =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n * width]), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idT);
      inputs.put("attention_mask", maskT);
      if (typeIds) {
        inputs.put("token_type_ids", typeT);
      }
      try (OrtSession.Result result = session.run(inputs, Set.of(outputName()))) {
        OnnxTensor hidden = (OnnxTensor) result.get(0);
        return pool(hidden.getFloatBuffer(), ids, width);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("encoder " + spec.id() + " failed on a batch of " + n, e);
    }
  }

  private String outputName() {
    return session.getOutputNames().iterator().next();
  }

  /** Pools {@code hidden}, laid out as [sentence][token][dimension], and normalises. */
  private float[][] pool(FloatBuffer hidden, long[][] ids, int width) {
    int dim = spec.dimension();
    float[][] out = new float[ids.length][dim];
    for (int i = 0; i < ids.length; i++) {
      float[] v = out[i];
      int base = i * width * dim;
      int tokens = spec.pooling() == Pooling.CLS ? 1 : ids[i].length;
      for (int t = 0; t < tokens; t++) {
        int off = base + t * dim;
        for (int d = 0; d < dim; d++) {
          v[d] += hidden.get(off + d);
        }
      }
      normalise(v);
    }
    return out;
  }

  /** Scales {@code v} to unit length in place (the mean's 1/n factor cancels out here). */
  static void normalise(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    if (s > 0) {
      float inv = (float) (1.0 / Math.sqrt(s));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = OnnxSentenceEncoder.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          "resource "
              + resource
              + " is not on the class path; the langchain4j-embeddings-*-q jars are missing");
    }
    return in;
  }

  @Override
  public String toString() {
    return "OnnxSentenceEncoder[" + spec.id() + ", " + spec.dimension() + " dims]";
  }
}
