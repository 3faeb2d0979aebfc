package org.claimlens.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (the launcher tells the
 * JVM through {@code -Dclaimlens.stderr.tty=true}); otherwise every method does nothing, so
 * redirected logs stay clean.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean enabled;
  private final int total;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintStream err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled && total > 1;
  }

  static boolean stderrIsTerminal() {
    return Boolean.getBoolean("claimlens.stderr.tty");
  }

  /** Redraws at most ten times a second. */
  synchronized void update(int done, int documents) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %d/%d files, %d docs, %.1f docs/s ",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            done,
            total,
            documents,
            documents / seconds));
    err.flush();
    drawn = true;
  }

  /** Clears the bar so that a message can be printed on a clean line. */
  synchronized void clear() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
      drawn = false;
    }
  }

  synchronized void finish() {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }
}
