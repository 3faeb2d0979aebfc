package org.claimlens.eval.brat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import org.claimlens.model.Span;

/**
 * A brat text-bound span: one fragment, or several for a discontinuous annotation ({@code
 * T4<TAB>Content 10 20;25 40<TAB>...}).
 *
 * <p>The fragments are kept sorted by start, so that two spans over the same fragments are equal
 * however the file listed them. Exact matching compares the whole fragment list; token-overlap
 * scoring uses the union of the fragments' tokens. Immutable and thread-safe. Example: {@code
 * BratSpan.of(10, 20).start()} is 10.
 *
 * @param fragments the fragments, at least one, sorted by start and then by end
 */
public record BratSpan(List<Span> fragments) {

  private static final Comparator<Span> ORDER =
      Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

  public BratSpan {
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("a brat span needs at least one fragment");
    }
    List<Span> sorted = new ArrayList<>(fragments);
    sorted.sort(ORDER);
    fragments = List.copyOf(sorted);
  }

  public static BratSpan of(Span span) {
    return new BratSpan(List.of(span));
  }

  public static BratSpan of(int start, int end) {
    return of(Span.of(start, end));
  }

  /** The first fragment's start. */
  public int start() {
    return fragments.getFirst().start();
  }

  /** The largest fragment end. */
  public int end() {
    int end = 0;
    for (Span f : fragments) {
      end = Math.max(end, f.end());
    }
    return end;
  }

  public boolean isContinuous() {
    return fragments.size() == 1;
  }

  /** Whether a fragment contains {@code offset}. */
  public boolean covers(int offset) {
    for (Span f : fragments) {
      if (f.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the fragments together cover every code unit of {@code span} (an empty span is covered
   * when a fragment contains or touches its position).
   */
  public boolean covers(Span span) {
    if (span.isEmpty()) {
      for (Span f : fragments) {
        if (f.start() <= span.start() && span.start() <= f.end()) {
          return true;
        }
      }
      return false;
    }
    int reached = span.start();
    for (Span f : fragments) {
      if (f.start() > reached) {
        break;
      }
      reached = Math.max(reached, f.end());
      if (reached >= span.end()) {
        return true;
      }
    }
    return false;
  }

  /** The covered text, fragments joined by one space as brat's text column writes them. */
  public String text(String documentText) {
    StringJoiner joiner = new StringJoiner(" ");
    for (Span f : fragments) {
      joiner.add(f.textOf(documentText));
    }
    return joiner.toString();
  }

  /** The brat offsets column: {@code 10 20;25 40}. */
  public String offsets() {
    StringJoiner joiner = new StringJoiner(";");
    for (Span f : fragments) {
      joiner.add(f.start() + " " + f.end());
    }
    return joiner.toString();
  }

  @Override
  public String toString() {
    return offsets();
  }
}
