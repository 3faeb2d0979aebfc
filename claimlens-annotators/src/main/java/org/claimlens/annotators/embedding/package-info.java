/**
 * Sentence embeddings: {@link org.claimlens.annotators.embedding.SentenceEncoder} (one vector per
 * sentence, L2-normalised), its two in-process ONNX implementations in {@link
 * org.claimlens.annotators.embedding.Encoders}, and {@link
 * org.claimlens.annotators.embedding.EmbeddingAnnotator}, which embeds each distinct sentence once
 * for every consumer of {@link org.claimlens.model.Layers#SENTENCE_EMBEDDINGS}.
 */
@NullMarked
package org.claimlens.annotators.embedding;

import org.jspecify.annotations.NullMarked;
