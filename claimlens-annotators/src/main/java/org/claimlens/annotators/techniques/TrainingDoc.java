package org.claimlens.annotators.techniques;

import java.util.List;
import org.claimlens.model.Span;

/**
 * A training article: its analysed view and its gold technique spans.
 *
 * @param id the article id ({@code 100001})
 * @param view tokens, sentences and cues of the article
 * @param gold the labelled spans, in file order
 */
record TrainingDoc(String id, DocView view, List<Gold> gold) {

  /** A gold label on a span. */
  record Gold(String label, Span span) {}

  TrainingDoc {
    gold = List.copyOf(gold);
  }
}
