package org.claimlens.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's original text.
 *
 * <p>Immutable and thread-safe. Example: in {@code "Peskov said"}, {@code new Span(0, 6)} covers
 * "Peskov".
 *
 * @param start first code unit, {@code >= 0}
 * @param end one past the last code unit, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered characters of {@code text}; throws if the span runs past its end. */
  public String textOf(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span " + this + " runs past text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
