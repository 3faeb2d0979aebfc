package org.claimlens.annotators.techniques;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A linear model over hashed features: one weight row per feature, one column per output.
 *
 * <p>The first {@link #sigmoidColumns()} columns are independent sigmoid probabilities
 * (one-vs-rest); the remaining columns, if any, form one softmax distribution. Keeping both in one
 * row lets a sentence be scored for every technique and routed among them with one probe per
 * feature.
 *
 * <p>Only features seen in training have rows. They are found through an open-addressing table of
 * longs that holds each feature hash beside its row number, so that a probe touches one slot and
 * then the row; scoring is bound by those memory reads, not by arithmetic. Weights are stored as
 * IEEE half-precision floats (three significant digits are plenty for a linear model and halve the
 * shipped file); {@link LogisticTrainer} rounds them so before use, so that a model scores the same
 * in memory and after a round trip through a file. Immutable and thread-safe.
 */
final class LinearModel {
  private final List<String> columns;
  private final int sigmoidColumns;
  private final int[] keys;
  private final float[] rows;
  private final long[] table;
  private final int mask;

  /**
   * @param columns the output names
   * @param sigmoidColumns how many leading columns are sigmoids; the rest form a softmax
   * @param keys the feature hashes that have rows, in row order, distinct
   * @param rows {@code keys.length * columns.size()} weights, row by row
   */
  LinearModel(List<String> columns, int sigmoidColumns, int[] keys, float[] rows) {
    this.columns = List.copyOf(columns);
    this.sigmoidColumns = sigmoidColumns;
    this.keys = keys.clone();
    this.rows = rows.clone();
    if (sigmoidColumns < 0 || sigmoidColumns > this.columns.size()) {
      throw new IllegalArgumentException("sigmoid columns out of range: " + sigmoidColumns);
    }
    if (rows.length != keys.length * this.columns.size()) {
      throw new IllegalArgumentException("weights do not fit " + keys.length + " x columns");
    }
    int size = Integer.highestOneBit(Math.max(4, keys.length * 2 + 1)) << 1;
    this.table = new long[size];
    this.mask = size - 1;
    for (int i = 0; i < keys.length; i++) {
      int slot = keys[i] & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = ((long) keys[i] << 32) | (i + 1);
    }
  }

  /** All columns independent sigmoids. */
  static LinearModel oneVsRest(List<String> labels, int[] keys, float[] rows) {
    return new LinearModel(labels, labels.size(), keys, rows);
  }

  /** All columns one softmax. */
  static LinearModel softmax(List<String> labels, int[] keys, float[] rows) {
    return new LinearModel(labels, 0, keys, rows);
  }

  /**
   * The columns of {@code sigmoids} (all sigmoid) followed by those of {@code softmax} (all
   * softmax), over the union of their features; a feature one model lacks weighs 0 there.
   */
  static LinearModel join(LinearModel sigmoids, LinearModel softmax) {
    if (sigmoids.sigmoidColumns != sigmoids.columns.size() || softmax.sigmoidColumns != 0) {
      throw new IllegalArgumentException("join needs a one-vs-rest model and a softmax model");
    }
    int a = sigmoids.columns.size();
    int b = softmax.columns.size();
    int[] keys = Arrays.stream(concat(sigmoids.keys, softmax.keys)).sorted().distinct().toArray();
    float[] rows = new float[keys.length * (a + b)];
    for (int i = 0; i < keys.length; i++) {
      int ra = sigmoids.row(keys[i]);
      if (ra >= 0) {
        System.arraycopy(sigmoids.rows, ra * a, rows, i * (a + b), a);
      }
      int rb = softmax.row(keys[i]);
      if (rb >= 0) {
        System.arraycopy(softmax.rows, rb * b, rows, i * (a + b) + a, b);
      }
    }
    List<String> columns = new ArrayList<>(sigmoids.columns);
    columns.addAll(softmax.columns);
    return new LinearModel(columns, a, keys, rows);
  }

  private static int[] concat(int[] x, int[] y) {
    int[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }

  List<String> labels() {
    return columns;
  }

  int sigmoidColumns() {
    return sigmoidColumns;
  }

  int features() {
    return keys.length;
  }

  private int row(int key) {
    int slot = key & mask;
    while (true) {
      long e = table[slot];
      if (e == 0) {
        return -1;
      }
      if ((int) (e >>> 32) == key) {
        return (int) e - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** One probability per column: sigmoids, then the softmax columns' distribution. */
  double[] probabilities(int[] features) {
    int n = columns.size();
    // Summed in floats, which the JIT adds several at a time; the weights are half-precision
    // anyway.
    float[] sum = new float[n];
    for (int f : features) {
      int r = row(f);
      if (r >= 0) {
        int base = r * n;
        for (int l = 0; l < n; l++) {
          sum[l] += rows[base + l];
        }
      }
    }
    double[] m = new double[n];
    for (int l = 0; l < n; l++) {
      m[l] = sum[l];
    }
    for (int l = 0; l < sigmoidColumns; l++) {
      m[l] = sigmoid(m[l]);
    }
    if (sigmoidColumns < n) {
      softmax(m, sigmoidColumns, n);
    }
    return m;
  }

  static double sigmoid(double x) {
    if (x >= 0) {
      return 1.0 / (1.0 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1.0 + e);
  }

  /** Turns {@code m[from..to)} into a softmax distribution. */
  static void softmax(double[] m, int from, int to) {
    double max = Double.NEGATIVE_INFINITY;
    for (int l = from; l < to; l++) {
      max = Math.max(max, m[l]);
    }
    double sum = 0;
    for (int l = from; l < to; l++) {
      m[l] = Math.exp(m[l] - max);
      sum += m[l];
    }
    for (int l = from; l < to; l++) {
      m[l] /= sum;
    }
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(columns.size());
    for (String l : columns) {
      out.writeUTF(l);
    }
    out.writeInt(sigmoidColumns);
    out.writeInt(keys.length);
    for (int k : keys) {
      out.writeInt(k);
    }
    for (float w : rows) {
      out.writeShort(Float.floatToFloat16(w));
    }
  }

  static LinearModel read(DataInputStream in) throws IOException {
    int nColumns = in.readInt();
    if (nColumns < 1 || nColumns > 10_000) {
      throw new IOException("implausible column count " + nColumns);
    }
    List<String> columns = new ArrayList<>(nColumns);
    for (int i = 0; i < nColumns; i++) {
      columns.add(in.readUTF());
    }
    int sigmoids = in.readInt();
    int n = in.readInt();
    if (n < 0 || (long) n * nColumns > 200_000_000L || sigmoids < 0 || sigmoids > nColumns) {
      throw new IOException("implausible model shape: " + n + " features, " + sigmoids);
    }
    int[] keys = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = in.readInt();
    }
    float[] rows = new float[n * nColumns];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = Float.float16ToFloat(in.readShort());
    }
    return new LinearModel(columns, sigmoids, keys, rows);
  }
}
