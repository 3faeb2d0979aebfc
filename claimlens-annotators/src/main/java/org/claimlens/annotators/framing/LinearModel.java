package org.claimlens.annotators.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A multinomial logistic regression over named sparse features: one weight per feature and label,
 * plus a bias per label; {@link #probabilities} is the softmax of the scores.
 *
 * <p>Trained by {@link #train}: AdaGrad on the cross-entropy against a target distribution (so a
 * mention with two fine roles can share its mass between them), L2-regularised on the weights it
 * touches, in a seeded order; the same examples, settings and seed give the same weights bit for
 * bit. The weights are a {@code float[]} laid out feature-major, so scoring one feature reads one
 * contiguous run of labels. Immutable after construction and thread-safe.
 */
final class LinearModel {

  /**
   * How a model is trained.
   *
   * @param epochs passes over the examples
   * @param learningRate AdaGrad's base step
   * @param l2 L2 penalty per weight
   * @param minCount features seen in fewer examples are dropped
   */
  record Settings(int epochs, double learningRate, double l2, int minCount) {}

  /**
   * One training example.
   *
   * @param features feature name to value
   * @param target probability mass per label, in the order of the model's labels, summing to 1
   */
  record Example(Map<String, Double> features, double[] target) {}

  private final List<String> labels;
  private final Map<String, Integer> index;
  private final List<String> featureNames;
  private final float[] weights;
  private final float[] bias;
  private final List<String> templates;
  private final float[] shared;

  private LinearModel(
      List<String> labels,
      List<String> featureNames,
      float[] weights,
      float[] bias,
      List<String> templates,
      float[] shared) {
    this.labels = List.copyOf(labels);
    this.templates = List.copyOf(templates);
    this.shared = shared;
    this.featureNames = List.copyOf(featureNames);
    Map<String, Integer> idx = new HashMap<>(featureNames.size() * 2);
    for (int i = 0; i < featureNames.size(); i++) {
      idx.put(featureNames.get(i), i);
    }
    this.index = idx;
    this.weights = weights;
    this.bias = bias;
  }

  List<String> labels() {
    return labels;
  }

  int featureCount() {
    return featureNames.size();
  }

  /** The softmax over labels of the scores of {@code features}; unknown features are ignored. */
  double[] probabilities(Map<String, Double> features) {
    int k = labels.size();
    double[] z = new double[k];
    for (int l = 0; l < k; l++) {
      z[l] = bias[l];
    }
    for (Map.Entry<String, Double> e : features.entrySet()) {
      Integer f = index.get(e.getKey());
      if (f != null) {
        double x = e.getValue();
        int base = f * k;
        for (int l = 0; l < k; l++) {
          z[l] += weights[base + l] * x;
        }
      }
    }
    for (int d = 0; d < templates.size(); d++) {
      for (int l = 0; l < k; l++) {
        Double g = features.get(templates.get(d) + labels.get(l));
        if (g != null) {
          z[l] += shared[d] * g;
        }
      }
    }
    return softmax(z);
  }

  /**
   * The values of the label-tied features of one example: {@code [label][template]}, read from the
   * features named template + label.
   */
  private static double[][] tied(
      Map<String, Double> features, List<String> labels, List<String> templates) {
    double[][] g = new double[labels.size()][templates.size()];
    for (int l = 0; l < labels.size(); l++) {
      for (int d = 0; d < templates.size(); d++) {
        g[l][d] = features.getOrDefault(templates.get(d) + labels.get(l), 0.0);
      }
    }
    return g;
  }

  /**
   * Trains a model over {@code labels}; the result depends only on the arguments.
   *
   * @param templates prefixes of label-tied features: for each, one weight shared by all labels
   *     applies to the feature named prefix + label ({@code "c="} reads {@code "c=Spy"} for the
   *     label Spy), so that evidence for a label's own cue category is learned from the examples of
   *     every label, not only from the few of that one
   */
  static LinearModel train(
      List<Example> examples,
      List<String> labels,
      List<String> templates,
      Settings settings,
      long seed) {
    int k = labels.size();
    Map<String, Integer> counts = new TreeMap<>();
    for (Example e : examples) {
      if (e.target().length != k) {
        throw new IllegalArgumentException("target has " + e.target().length + " labels, not " + k);
      }
      for (String name : e.features().keySet()) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    List<String> names = new ArrayList<>();
    Map<String, Integer> idx = new HashMap<>();
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() >= settings.minCount()) {
        idx.put(c.getKey(), names.size());
        names.add(c.getKey());
      }
    }
    int n = examples.size();
    int[][] rows = new int[n][];
    double[][] values = new double[n][];
    for (int i = 0; i < n; i++) {
      Map<String, Double> fs = new TreeMap<>(examples.get(i).features());
      int[] r = new int[fs.size()];
      double[] x = new double[fs.size()];
      int m = 0;
      for (Map.Entry<String, Double> e : fs.entrySet()) {
        Integer f = idx.get(e.getKey());
        if (f != null) {
          r[m] = f;
          x[m] = e.getValue();
          m++;
        }
      }
      rows[i] = Arrays.copyOf(r, m);
      values[i] = Arrays.copyOf(x, m);
    }
    double[][][] tiedValues = new double[n][][];
    for (int i = 0; i < n; i++) {
      tiedValues[i] = tied(examples.get(i).features(), labels, templates);
    }
    int dims = templates.size();
    double[] u = new double[dims];
    double[] u2 = new double[dims];
    double[] w = new double[names.size() * k];
    double[] g2 = new double[w.length];
    double[] b = new double[k];
    double[] b2 = new double[k];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double eta = settings.learningRate();
    double l2 = settings.l2();
    double[] z = new double[k];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int ex : order) {
        int[] r = rows[ex];
        double[] x = values[ex];
        double[] target = examples.get(ex).target();
        for (int l = 0; l < k; l++) {
          z[l] = b[l];
        }
        for (int m = 0; m < r.length; m++) {
          int base = r[m] * k;
          for (int l = 0; l < k; l++) {
            z[l] += w[base + l] * x[m];
          }
        }
        double[][] tv = tiedValues[ex];
        for (int l = 0; l < k; l++) {
          for (int d = 0; d < dims; d++) {
            z[l] += u[d] * tv[l][d];
          }
        }
        double[] p = softmax(z);
        for (int d = 0; d < dims; d++) {
          double gu = l2 * u[d];
          for (int l = 0; l < k; l++) {
            gu += (p[l] - target[l]) * tv[l][d];
          }
          u2[d] += gu * gu;
          u[d] -= eta * gu / Math.sqrt(u2[d] + 1e-8);
        }
        for (int l = 0; l < k; l++) {
          double g = p[l] - target[l];
          b2[l] += g * g;
          b[l] -= eta * g / Math.sqrt(b2[l] + 1e-8);
          for (int m = 0; m < r.length; m++) {
            int at = r[m] * k + l;
            double gw = g * x[m] + l2 * w[at];
            g2[at] += gw * gw;
            w[at] -= eta * gw / Math.sqrt(g2[at] + 1e-8);
          }
        }
      }
    }
    float[] wf = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      wf[i] = (float) w[i];
    }
    float[] bf = new float[k];
    for (int l = 0; l < k; l++) {
      bf[l] = (float) b[l];
    }
    float[] uf = new float[dims];
    for (int d = 0; d < dims; d++) {
      uf[d] = (float) u[d];
    }
    return new LinearModel(labels, names, wf, bf, templates, uf);
  }

  private static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int l = 0; l < z.length; l++) {
      p[l] = Math.exp(z[l] - max);
      sum += p[l];
    }
    for (int l = 0; l < z.length; l++) {
      p[l] /= sum;
    }
    return p;
  }

  /** Weights whose magnitude stays under this for every label are not written. */
  private static final float PRUNE = 1e-4f;

  /**
   * Appends this model as text: {@code classifier<TAB>name<TAB>label...}, a {@code bias} line, one
   * {@code w<TAB>feature<TAB>weight...} line per feature in name order, then {@code end}.
   */
  void write(String name, StringBuilder out) {
    int k = labels.size();
    out.append("classifier\t").append(name);
    for (String l : labels) {
      out.append('\t').append(l);
    }
    out.append("\nbias");
    for (float v : bias) {
      out.append('\t').append(format(v));
    }
    out.append('\n');
    for (int d = 0; d < templates.size(); d++) {
      out.append("tied\t").append(templates.get(d)).append('\t').append(format(shared[d]));
      out.append('\n');
    }
    for (int f = 0; f < featureNames.size(); f++) {
      boolean keep = false;
      for (int l = 0; l < k; l++) {
        keep |= Math.abs(weights[f * k + l]) >= PRUNE;
      }
      if (!keep) {
        continue;
      }
      out.append("w\t").append(featureNames.get(f));
      for (int l = 0; l < k; l++) {
        out.append('\t').append(format(weights[f * k + l]));
      }
      out.append('\n');
    }
    out.append("end\n");
  }

  private static String format(float v) {
    return String.format(Locale.ROOT, "%.5g", v);
  }

  /**
   * Reads one model written by {@link #write}, starting at {@code lines[at]} (its {@code
   * classifier} line).
   *
   * @param at a one-element array: the line to start at on entry, the line after {@code end} on
   *     return
   * @throws IllegalArgumentException naming {@code source} and the line of a malformed line
   */
  static LinearModel read(List<String> lines, int[] at, String source) {
    int i = at[0];
    String[] head = lines.get(i).split("\t", -1);
    if (!head[0].equals("classifier") || head.length < 3) {
      throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected a classifier line");
    }
    List<String> labels = List.of(head).subList(2, head.length);
    int k = labels.size();
    float[] bias = parseRow(lines.get(++i), "bias", 1, k, source, i);
    List<String> templates = new ArrayList<>();
    List<Float> shared = new ArrayList<>();
    for (i++; i < lines.size() && lines.get(i).startsWith("tied\t"); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length != 3) {
        throw new IllegalArgumentException(
            source + ":" + (i + 1) + ": expected tied<TAB>template<TAB>weight");
      }
      templates.add(cols[1]);
      shared.add(parseRow("tied\t" + cols[2], "tied", 1, 1, source, i)[0]);
    }
    i--;
    List<String> names = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (i++; i < lines.size() && !lines.get(i).equals("end"); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length != k + 2 || !cols[0].equals("w")) {
        throw new IllegalArgumentException(
            source + ":" + (i + 1) + ": expected w<TAB>feature and " + k + " weights");
      }
      names.add(cols[1]);
      rows.add(parseRow(lines.get(i), "w", 2, k, source, i));
    }
    if (i >= lines.size()) {
      throw new IllegalArgumentException(source + ": classifier " + head[1] + " has no end line");
    }
    at[0] = i + 1;
    float[] w = new float[rows.size() * k];
    for (int f = 0; f < rows.size(); f++) {
      System.arraycopy(rows.get(f), 0, w, f * k, k);
    }
    float[] u = new float[shared.size()];
    for (int d = 0; d < u.length; d++) {
      u[d] = shared.get(d);
    }
    return new LinearModel(labels, names, w, bias, templates, u);
  }

  private static float[] parseRow(
      String line, String tag, int skip, int k, String source, int lineIndex) {
    String[] cols = line.split("\t", -1);
    if (!cols[0].equals(tag) || cols.length != skip + k) {
      throw new IllegalArgumentException(
          source + ":" + (lineIndex + 1) + ": expected " + tag + " with " + k + " values");
    }
    float[] out = new float[k];
    try {
      for (int l = 0; l < k; l++) {
        out[l] = Float.parseFloat(cols[skip + l]);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ":" + (lineIndex + 1) + ": " + e.getMessage(), e);
    }
    return out;
  }
}
