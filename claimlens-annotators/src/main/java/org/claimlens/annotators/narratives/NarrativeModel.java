package org.claimlens.annotators.narratives;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The parameters of a narrative model and its files. Immutable after construction and thread-safe.
 *
 * <p>A model folder holds {@value #PROPERTIES} (settings and thresholds, readable), {@value
 * #LABELS} (the label space in output order), {@value #WEIGHTS} (little-endian float32 arrays),
 * {@value #DESCRIPTIONS} (the label descriptions it was built with, for people) and {@value
 * #PROVENANCE} (what it was trained on). The first three are required to load it.
 *
 * <p>Scoring: the pooled sentence vector is standardised ({@code z = (x - mean) * invStd}); each
 * narrative and specific subnarrative has a logistic model on {@code z}; the Other-gate has one on
 * {@code z / sqrt(dim)} plus the hashed unigrams and bigrams, each worth {@code lexicalWeight /
 * sqrt(count)}. Since every model is linear in the pooled sum of sentence vectors, a sentence's
 * share of a label's score is its vector's dot product with the label's weights over {@code
 * invStd}: that ranks the evidence.
 */
final class NarrativeModel {
  static final String PROPERTIES = "model.properties";
  static final String LABELS = "labels.tsv";
  static final String WEIGHTS = "weights.bin";
  static final String DESCRIPTIONS = "descriptions.tsv";
  static final String PROVENANCE = "provenance.json";
  static final int FORMAT = 1;
  private static final String MAGIC = "CLNARR01";

  /**
   * Settings fixed at training time.
   *
   * @param encoder id of the sentence encoder whose vectors the model reads
   * @param dimension vector length
   * @param poolTopK at most this many sentences are pooled (those nearest a narrative prototype)
   * @param lexicalDim hash buckets of the gate's unigram and bigram features
   * @param lexicalWeight the total weight of a document's lexical features against its vector
   */
  record Settings(
      String encoder, int dimension, int poolTopK, int lexicalDim, double lexicalWeight) {}

  final String id;
  final Settings settings;
  final LabelSpace labels;
  final Thresholds thresholds;
  final float[] mean;
  final float[] invStd;
  final float[][] weights;
  final float[] bias;
  final float[] gateDense;
  final float[] gateLexical;
  final float gateBias;
  final float[][] prototypes;

  /** {@code weights[j][d] * invStd[d]}: a sentence vector's dot product is its evidence score. */
  private final float[][] sentenceWeights;

  NarrativeModel(
      String id,
      Settings settings,
      LabelSpace labels,
      Thresholds thresholds,
      float[] mean,
      float[] invStd,
      float[][] weights,
      float[] bias,
      float[] gateDense,
      float[] gateLexical,
      float gateBias,
      float[][] prototypes) {
    this.id = id;
    this.settings = settings;
    this.labels = labels;
    this.thresholds = thresholds;
    this.mean = mean;
    this.invStd = invStd;
    this.weights = weights;
    this.bias = bias;
    this.gateDense = gateDense;
    this.gateLexical = gateLexical;
    this.gateBias = gateBias;
    this.prototypes = prototypes;
    if (weights.length != labels.outputs() || bias.length != labels.outputs()) {
      throw new IllegalArgumentException(
          "weights for " + weights.length + " outputs, labels for " + labels.outputs());
    }
    this.sentenceWeights = new float[weights.length][settings.dimension()];
    for (int j = 0; j < weights.length; j++) {
      for (int d = 0; d < settings.dimension(); d++) {
        sentenceWeights[j][d] = weights[j][d] * invStd[d];
      }
    }
  }

  /** The standardised pooled vector. */
  float[] standardise(float[] pooled) {
    float[] z = new float[pooled.length];
    for (int d = 0; d < z.length; d++) {
      z[d] = (pooled[d] - mean[d]) * invStd[d];
    }
    return z;
  }

  /** The value of each active lexical feature of a document with {@code count} of them. */
  static double lexicalValue(double lexicalWeight, int count) {
    return count == 0 ? 0 : lexicalWeight / Math.sqrt(count);
  }

  /** Probabilities of every scored output, then of the gate ("some narrative"), for {@code f}. */
  double[] probabilities(DocumentFeatures f) {
    float[] z = standardise(f.pooled);
    int outputs = labels.outputs();
    double[] p = new double[outputs + 1];
    for (int j = 0; j < outputs; j++) {
      p[j] = sigmoid(bias[j] + DocumentFeatures.dot(z, weights[j]));
    }
    double g = gateBias + DocumentFeatures.dot(z, gateDense) / Math.sqrt(z.length);
    double lex = lexicalValue(settings.lexicalWeight(), f.lexical.length);
    for (int k : f.lexical) {
      g += lex * gateLexical[k];
    }
    p[outputs] = sigmoid(g);
    return p;
  }

  /** How much sentence vector {@code v} pushes output {@code j} (larger is more). */
  double evidence(int j, float[] v) {
    return DocumentFeatures.dot(v, sentenceWeights[j]);
  }

  static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  // ---- files ----

  /** Where model files are read from: a folder or the class path. */
  interface Source {
    /** The folder or resource path, for messages. */
    String where();

    /** Opens {@code file}, or returns null when it does not exist. */
    InputStream open(String file) throws IOException;
  }

  static Source folder(Path dir) {
    return new Source() {
      @Override
      public String where() {
        return dir.toString();
      }

      @Override
      public InputStream open(String file) throws IOException {
        Path p = dir.resolve(file);
        return Files.isRegularFile(p) ? Files.newInputStream(p) : InputStream.nullInputStream();
      }
    };
  }

  static Source resources(String base) {
    return new Source() {
      @Override
      public String where() {
        return "class path " + base;
      }

      @Override
      public InputStream open(String file) {
        InputStream in = NarrativeModel.class.getResourceAsStream(base + file);
        return in == null ? InputStream.nullInputStream() : in;
      }
    };
  }

  /**
   * Reads a model.
   *
   * @throws IllegalArgumentException naming the folder and the file when one is missing or invalid
   */
  static NarrativeModel read(Source source) {
    byte[] props = required(source, PROPERTIES);
    byte[] labelBytes = required(source, LABELS);
    byte[] weightBytes = required(source, WEIGHTS);
    String where = source.where() + "/";
    try {
      Properties p = new Properties();
      p.load(new StringReader(new String(props, StandardCharsets.UTF_8)));
      int format = Integer.parseInt(prop(p, "format", where));
      if (format != FORMAT) {
        throw new IllegalArgumentException(
            where + PROPERTIES + ": format " + format + ", this version reads " + FORMAT);
      }
      Settings settings =
          new Settings(
              prop(p, "encoder", where),
              Integer.parseInt(prop(p, "dimension", where)),
              Integer.parseInt(prop(p, "pool.topK", where)),
              Integer.parseInt(prop(p, "lexical.dim", where)),
              Double.parseDouble(prop(p, "lexical.weight", where)));
      Thresholds thresholds =
          new Thresholds(
              Double.parseDouble(prop(p, "threshold.gate", where)),
              Double.parseDouble(prop(p, "threshold.min_narrative", where)),
              Double.parseDouble(prop(p, "threshold.narrative", where)),
              Double.parseDouble(prop(p, "threshold.subnarrative", where)),
              Integer.parseInt(prop(p, "max.narratives", where)),
              Integer.parseInt(prop(p, "max.subnarratives", where)));
      LabelSpace labels =
          LabelSpace.parse(
              new String(labelBytes, StandardCharsets.UTF_8).lines().toList(), where + LABELS);
      ByteBuffer b = ByteBuffer.wrap(weightBytes).order(ByteOrder.LITTLE_ENDIAN);
      byte[] magic = new byte[MAGIC.length()];
      b.get(magic);
      if (!new String(magic, StandardCharsets.US_ASCII).equals(MAGIC)) {
        throw new IllegalArgumentException(where + WEIGHTS + " is not a narrative weights file");
      }
      int dim = b.getInt();
      int outputs = b.getInt();
      int lexDim = b.getInt();
      int protos = b.getInt();
      if (dim != settings.dimension()
          || outputs != labels.outputs()
          || lexDim != settings.lexicalDim()) {
        throw new IllegalArgumentException(
            where + WEIGHTS + " does not match " + PROPERTIES + " and " + LABELS);
      }
      float[] mean = floats(b, dim);
      float[] invStd = floats(b, dim);
      float[][] w = new float[outputs][];
      for (int j = 0; j < outputs; j++) {
        w[j] = floats(b, dim);
      }
      float[] bias = floats(b, outputs);
      float[] gateDense = floats(b, dim);
      float[] gateLex = floats(b, lexDim);
      float gateBias = b.getFloat();
      float[][] prototypes = new float[protos][];
      for (int k = 0; k < protos; k++) {
        prototypes[k] = floats(b, dim);
      }
      if (b.hasRemaining()) {
        throw new IllegalArgumentException(where + WEIGHTS + " has trailing bytes");
      }
      return new NarrativeModel(
          prop(p, "id", where),
          settings,
          labels,
          thresholds,
          mean,
          invStd,
          w,
          bias,
          gateDense,
          gateLex,
          gateBias,
          prototypes);
    } catch (IOException e) {
      throw new UncheckedIOException(where + PROPERTIES + " cannot be read", e);
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException(where + WEIGHTS + " is truncated", e);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + PROPERTIES + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@value #PROPERTIES}, {@value #LABELS} and {@value #WEIGHTS} into {@code dir}. */
  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    String props =
        String.join(
            "\n",
            "# claimlens narrative model; provenance.json says what it was trained on",
            "format=" + FORMAT,
            "id=" + id,
            "encoder=" + settings.encoder(),
            "dimension=" + settings.dimension(),
            "pool.topK=" + settings.poolTopK(),
            "lexical.dim=" + settings.lexicalDim(),
            "lexical.weight=" + num(settings.lexicalWeight()),
            "threshold.gate=" + num(thresholds.gate()),
            "threshold.min_narrative=" + num(thresholds.minNarrative()),
            "threshold.narrative=" + num(thresholds.narrative()),
            "threshold.subnarrative=" + num(thresholds.subnarrative()),
            "max.narratives=" + thresholds.maxNarratives(),
            "max.subnarratives=" + thresholds.maxSubnarratives(),
            "");
    Files.writeString(dir.resolve(PROPERTIES), props);
    Files.writeString(dir.resolve(LABELS), labels.toTsv());
    Files.write(dir.resolve(WEIGHTS), weightBytes());
  }

  byte[] weightBytes() {
    int dim = settings.dimension();
    int floats =
        dim * 2
            + weights.length * dim
            + bias.length
            + dim
            + gateLexical.length
            + 1
            + prototypes.length * dim;
    ByteBuffer b =
        ByteBuffer.allocate(MAGIC.length() + 16 + floats * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC.getBytes(StandardCharsets.US_ASCII));
    b.putInt(dim).putInt(weights.length).putInt(gateLexical.length).putInt(prototypes.length);
    put(b, mean);
    put(b, invStd);
    for (float[] w : weights) {
      put(b, w);
    }
    put(b, bias);
    put(b, gateDense);
    put(b, gateLexical);
    b.putFloat(gateBias);
    for (float[] p : prototypes) {
      put(b, p);
    }
    return b.array();
  }

  static String num(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  private static void put(ByteBuffer b, float[] v) {
    for (float x : v) {
      b.putFloat(x);
    }
  }

  private static float[] floats(ByteBuffer b, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }

  private static String prop(Properties p, String key, String where) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException(where + PROPERTIES + " lacks the key " + key);
    }
    return v.strip();
  }

  private static byte[] required(Source source, String file) {
    try (InputStream in = source.open(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      byte[] bytes = out.toByteArray();
      if (bytes.length == 0) {
        throw new IllegalArgumentException(
            "narratives model folder "
                + source.where()
                + " is missing "
                + file
                + " (a model folder is written by NarrativeTrainer: "
                + List.of(PROPERTIES, LABELS, WEIGHTS)
                + ")");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + file + " of narratives model folder " + source.where(), e);
    }
  }
}
