package org.claimlens.eval.ptc;

import java.util.List;

/**
 * Writes PTC label files: {@code ID<TAB>technique<TAB>start<TAB>end}, end exclusive, one label a
 * line in the order given. Stateless and thread-safe.
 */
public final class PtcLabelWriter {

  private PtcLabelWriter() {}

  public static String write(List<TechniqueSpan> labels) {
    StringBuilder b = new StringBuilder();
    for (TechniqueSpan l : labels) {
      if (l.technique().contains("\t") || l.articleId().contains("\t")) {
        throw new IllegalArgumentException("a TAB in a PTC label: " + l);
      }
      b.append(l.articleId())
          .append('\t')
          .append(l.technique())
          .append('\t')
          .append(l.span().start())
          .append('\t')
          .append(l.span().end())
          .append('\n');
    }
    return b.toString();
  }
}
