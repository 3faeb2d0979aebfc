package org.claimlens.annotators.techniques;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains {@link LinearModel}s by logistic regression with AdaGrad steps and L2 shrinkage,
 * single-threaded and in an order drawn from a seeded {@link Random}, so that the same examples and
 * seed give the same weights bit for bit.
 *
 * <p>One-vs-rest labels are imbalanced (a technique marks a few sentences in a hundred), so each
 * label's positives weigh {@code min(maxPositiveWeight, sqrt(negatives / positives))}; the decision
 * thresholds are calibrated afterwards anyway. Stateless.
 */
final class LogisticTrainer {

  /**
   * Training settings.
   *
   * @param epochs passes over the examples
   * @param learningRate AdaGrad base step
   * @param l2 L2 penalty applied to the weights an example touches
   * @param maxPositiveWeight cap on the weight of a positive example of a rare label
   * @param minWeight rows whose weights all lie within this of zero are dropped from the model
   */
  record Settings(
      int epochs, double learningRate, double l2, double maxPositiveWeight, double minWeight) {
    /** The sentence model's settings; the strong L2 was chosen by cross-validation on train. */
    static Settings defaults() {
      return new Settings(12, 0.2, 3e-2, 6.0, 1e-4);
    }
  }

  private LogisticTrainer() {}

  /** One independent binary classifier per label; {@code targets[i][l]} marks positives. */
  static LinearModel oneVsRest(
      List<String> labels, List<int[]> features, List<boolean[]> targets, Settings s, long seed) {
    int nl = labels.size();
    Dense d = Dense.of(features);
    float[] w = new float[d.keys.length * nl];
    float[] g2 = new float[w.length];
    double[] posWeight = new double[nl];
    for (int l = 0; l < nl; l++) {
      int pos = 0;
      for (boolean[] t : targets) {
        pos += t[l] ? 1 : 0;
      }
      int neg = targets.size() - pos;
      posWeight[l] =
          pos == 0 ? 1.0 : Math.min(s.maxPositiveWeight(), Math.sqrt((double) neg / pos));
    }
    int[] order = identity(features.size());
    Random random = new Random(seed);
    double[] grad = new double[nl];
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      shuffle(order, random);
      for (int i : order) {
        int[] x = d.examples.get(i);
        boolean[] y = targets.get(i);
        for (int l = 0; l < nl; l++) {
          double m = 0;
          for (int f : x) {
            m += w[f * nl + l];
          }
          double p = LinearModel.sigmoid(m);
          grad[l] = y[l] ? (p - 1.0) * posWeight[l] : p;
        }
        step(w, g2, x, grad, nl, s);
      }
    }
    return d.model(true, labels, w, s.minWeight());
  }

  /** One multinomial classifier; {@code targets[i]} is the index of example i's label. */
  static LinearModel softmax(
      List<String> labels, List<int[]> features, int[] targets, Settings s, long seed) {
    int nl = labels.size();
    Dense d = Dense.of(features);
    float[] w = new float[d.keys.length * nl];
    float[] g2 = new float[w.length];
    int[] order = identity(features.size());
    Random random = new Random(seed);
    double[] m = new double[nl];
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      shuffle(order, random);
      for (int i : order) {
        int[] x = d.examples.get(i);
        Arrays.fill(m, 0);
        for (int f : x) {
          int base = f * nl;
          for (int l = 0; l < nl; l++) {
            m[l] += w[base + l];
          }
        }
        LinearModel.softmax(m, 0, nl);
        m[targets[i]] -= 1.0;
        step(w, g2, x, m, nl, s);
      }
    }
    return d.model(false, labels, w, s.minWeight());
  }

  private static void step(float[] w, float[] g2, int[] x, double[] grad, int nl, Settings s) {
    for (int f : x) {
      int base = f * nl;
      for (int l = 0; l < nl; l++) {
        int k = base + l;
        double g = grad[l] + s.l2() * w[k];
        g2[k] += (float) (g * g);
        w[k] -= (float) (s.learningRate() * g / (Math.sqrt(g2[k]) + 1e-8));
      }
    }
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** Fisher-Yates with the given random source (never the shared one). */
  static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Examples re-indexed densely over the sorted distinct feature hashes. */
  private record Dense(int[] keys, List<int[]> examples) {
    static Dense of(List<int[]> features) {
      int total = 0;
      for (int[] f : features) {
        total += f.length;
      }
      int[] all = new int[total];
      int k = 0;
      for (int[] f : features) {
        System.arraycopy(f, 0, all, k, f.length);
        k += f.length;
      }
      int[] keys = Arrays.stream(all).sorted().distinct().toArray();
      List<int[]> examples = new ArrayList<>(features.size());
      for (int[] f : features) {
        int[] x = new int[f.length];
        for (int i = 0; i < f.length; i++) {
          x[i] = Arrays.binarySearch(keys, f[i]);
        }
        examples.add(x);
      }
      return new Dense(keys, examples);
    }

    LinearModel model(boolean oneVsRest, List<String> labels, float[] w, double minWeight) {
      int nl = labels.size();
      int kept = 0;
      boolean[] keep = new boolean[keys.length];
      for (int f = 0; f < keys.length; f++) {
        for (int l = 0; l < nl; l++) {
          if (Math.abs(w[f * nl + l]) > minWeight) {
            keep[f] = true;
          }
        }
        kept += keep[f] ? 1 : 0;
      }
      int[] outKeys = new int[kept];
      float[] outRows = new float[kept * nl];
      int r = 0;
      for (int f = 0; f < keys.length; f++) {
        if (keep[f]) {
          outKeys[r] = keys[f];
          for (int l = 0; l < nl; l++) {
            outRows[r * nl + l] = Float.float16ToFloat(Float.floatToFloat16(w[f * nl + l]));
          }
          r++;
        }
      }
      return oneVsRest
          ? LinearModel.oneVsRest(labels, outKeys, outRows)
          : LinearModel.softmax(labels, outKeys, outRows);
    }
  }
}
