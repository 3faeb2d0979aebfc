package org.claimlens.annotators.narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * L2-regularised binary logistic regression trained by full-batch Adam for a fixed number of
 * epochs: no randomness at all, so the same data always gives the same weights, whatever the number
 * of threads (each output is trained on its own).
 *
 * <p>Rows have a dense part and, optionally, a sparse binary part (hashed word features) whose
 * active features all share one value per row.
 */
final class LogisticRegression {
  private LogisticRegression() {}

  /**
   * Training settings.
   *
   * @param l2 the L2 penalty on the weights (not the bias)
   * @param learningRate Adam's step size
   * @param epochs passes over the data
   */
  record Settings(double l2, double learningRate, int epochs) {}

  /**
   * Training rows.
   *
   * @param dense one dense vector per row, all of one length
   * @param sparse per row, the active sparse feature ids (sorted, each once); null for none
   * @param sparseValue per row, the value every active sparse feature has
   * @param sparseDim the number of sparse features
   */
  record Rows(float[][] dense, int[][] sparse, double[] sparseValue, int sparseDim) {
    static Rows dense(float[][] dense) {
      return new Rows(dense, new int[dense.length][0], new double[dense.length], 0);
    }

    int size() {
      return dense.length;
    }

    int denseDim() {
      return dense.length == 0 ? 0 : dense[0].length;
    }
  }

  /**
   * Trains one model of {@code y} on {@code rows}.
   *
   * @return {@code dense weights, sparse weights, bias}, concatenated
   */
  static double[] train(Rows rows, boolean[] y, Settings s) {
    int n = rows.size();
    int dd = rows.denseDim();
    int params = dd + rows.sparseDim();
    double[] w = new double[params + 1];
    int positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    double prior = Math.min(1 - 1e-3, Math.max(1e-3, positives / (double) Math.max(1, n)));
    w[params] = Math.log(prior / (1 - prior));
    if (positives == 0 || positives == n) {
      return w;
    }
    double[] m = new double[params + 1];
    double[] v = new double[params + 1];
    double[] grad = new double[params + 1];
    double[] g = new double[n];
    final double beta1 = 0.9;
    final double beta2 = 0.999;
    for (int epoch = 1; epoch <= s.epochs(); epoch++) {
      for (int i = 0; i < n; i++) {
        float[] x = rows.dense()[i];
        double z = w[params];
        for (int d = 0; d < dd; d++) {
          z += x[d] * w[d];
        }
        double sv = rows.sparseValue()[i];
        for (int k : rows.sparse()[i]) {
          z += sv * w[dd + k];
        }
        g[i] = (NarrativeModel.sigmoid(z) - (y[i] ? 1 : 0)) / n;
      }
      for (int j = 0; j < params; j++) {
        grad[j] = s.l2() * w[j];
      }
      grad[params] = 0;
      for (int i = 0; i < n; i++) {
        double gi = g[i];
        float[] x = rows.dense()[i];
        for (int d = 0; d < dd; d++) {
          grad[d] += gi * x[d];
        }
        double gs = gi * rows.sparseValue()[i];
        for (int k : rows.sparse()[i]) {
          grad[dd + k] += gs;
        }
        grad[params] += gi;
      }
      double c1 = 1 - Math.pow(beta1, epoch);
      double c2 = 1 - Math.pow(beta2, epoch);
      for (int j = 0; j <= params; j++) {
        m[j] = beta1 * m[j] + (1 - beta1) * grad[j];
        v[j] = beta2 * v[j] + (1 - beta2) * grad[j] * grad[j];
        w[j] -= s.learningRate() * (m[j] / c1) / (Math.sqrt(v[j] / c2) + 1e-8);
      }
    }
    return w;
  }

  /** Trains one model per column of {@code y} ({@code y[output][row]}) on {@code threads}. */
  static double[][] trainAll(Rows rows, boolean[][] y, Settings s, int threads) {
    double[][] out = new double[y.length][];
    if (threads <= 1 || y.length <= 1) {
      for (int j = 0; j < y.length; j++) {
        out[j] = train(rows, y[j], s);
      }
      return out;
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "claimlens-narratives-train-" + next.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<double[]>> futures = new ArrayList<>(y.length);
      for (boolean[] column : y) {
        futures.add(pool.submit(() -> train(rows, column, s)));
      }
      for (int j = 0; j < y.length; j++) {
        out[j] = futures.get(j).get();
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("training failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
