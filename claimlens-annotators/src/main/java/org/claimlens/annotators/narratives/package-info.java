/**
 * Narratives (SemEval-2025 Task 10 subtask 2, or a user's taxonomy): {@link
 * org.claimlens.annotators.narratives.NarrativeAnnotator} labels a document with the narratives it
 * pushes and, inside each, its subnarratives, each with the sentences that drove it; {@link
 * org.claimlens.annotators.narratives.NarrativeTrainer} learns its model from a SemEval-2025 T10
 * folder.
 *
 * <p>The default model is a resource beside the classes, {@code default-model/}, whose {@code
 * README.md} says how it was trained; a trained model is the folder {@code MODEL_DIR/narratives/}
 * with the same files.
 */
@NullMarked
package org.claimlens.annotators.narratives;

import org.jspecify.annotations.NullMarked;
