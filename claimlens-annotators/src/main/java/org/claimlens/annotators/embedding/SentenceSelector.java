package org.claimlens.annotators.embedding;

import org.claimlens.model.Document;

/**
 * Chooses which sentences of a document are worth embedding when the embedding budget ({@link
 * EmbeddingAnnotator.Config#maxSentences()}) is smaller than the document.
 *
 * <p>Embedding is the most expensive stage of the pipeline (about 5 ms of CPU per sentence for
 * quantized MiniLM on the reference box, against about 0.5 ms per sentence for everything else), so
 * a long article embeds only the sentences its consumers need most. Implementations must be
 * thread-safe and deterministic: the same document always gets the same choice.
 */
@FunctionalInterface
public interface SentenceSelector {

  /**
   * Indexes into {@code doc}'s {@link org.claimlens.model.Layers#SENTENCES} layer, ascending and
   * distinct, at most {@code max} of them; called only when the document has more than {@code max}
   * sentences.
   */
  int[] select(Document doc, int max);

  /** The first {@code max} sentences: headline and lead, where news puts its point. */
  static SentenceSelector lead() {
    return (doc, max) -> {
      int[] out = new int[max];
      for (int i = 0; i < max; i++) {
        out[i] = i;
      }
      return out;
    };
  }
}
