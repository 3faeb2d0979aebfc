package org.claimlens.eval.brat;

import java.util.List;
import java.util.Objects;

/**
 * One annotated text of a brat corpus.
 *
 * @param name the text's file name without {@code .txt}
 * @param text the text the offsets index, after removal of a leading byte-order mark
 * @param attributions its relations, in file order; several {@code .ann} files for one text are
 *     merged as a multiset union (a relation that two annotators both marked is kept once)
 */
public record BratDocument(String name, String text, List<GoldAttribution> attributions) {

  public BratDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
  }
}
