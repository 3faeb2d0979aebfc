/**
 * Entity framing (SemEval-2025 Task 10 subtask 1): {@link
 * org.claimlens.annotators.framing.RoleAnnotator} casts the key actors of a text as Protagonist,
 * Antagonist or Innocent with fine roles, and {@link org.claimlens.annotators.framing.RoleTrainer}
 * learns its model from data in the SemEval format.
 *
 * <p>Resources beside the classes: {@code cues.txt} (the evaluative cue lexicon, format in its
 * header) and {@code default-model/} (the shipped model, with a README saying how to reproduce it).
 */
@NullMarked
package org.claimlens.annotators.framing;

import org.jspecify.annotations.NullMarked;
