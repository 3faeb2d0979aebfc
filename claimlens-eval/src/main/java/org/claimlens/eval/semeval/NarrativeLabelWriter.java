package org.claimlens.eval.semeval;

import java.util.List;

/**
 * Writes subtask 2 files: one line per document, {@code ID<TAB>narratives<TAB>subnarratives},
 * labels joined by {@code ;} and {@code Other} for an empty list. Stateless and thread-safe.
 */
public final class NarrativeLabelWriter {

  /** The label that stands for "no narrative applies". */
  public static final String OTHER = "Other";

  private NarrativeLabelWriter() {}

  public static String write(List<NarrativeLabels> documents) {
    StringBuilder b = new StringBuilder();
    for (NarrativeLabels d : documents) {
      b.append(Tsv.cell(d.articleId()))
          .append('\t')
          .append(join(d.narratives()))
          .append('\t')
          .append(join(d.subnarratives()))
          .append('\n');
    }
    return b.toString();
  }

  private static String join(List<String> labels) {
    if (labels.isEmpty()) {
      return OTHER;
    }
    StringBuilder b = new StringBuilder();
    for (String label : labels) {
      if (label.contains(";")) {
        throw new IllegalArgumentException("a label cannot contain ';': " + label);
      }
      if (!b.isEmpty()) {
        b.append(';');
      }
      b.append(Tsv.cell(label));
    }
    return b.toString();
  }
}
