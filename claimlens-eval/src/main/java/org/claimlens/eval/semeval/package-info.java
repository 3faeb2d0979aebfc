/**
 * SemEval-2025 Task 10 (design.md §4): subtask 1 (entity framing: main and fine roles of entity
 * mentions) and subtask 2 (narratives and subnarratives of documents), with the official metrics
 * and the label taxonomies.
 *
 * <p>A task folder holds {@code raw-documents/ID.txt} and, at the top level, {@code
 * subtask-1-annotations.txt} and {@code subtask-2-annotations.txt}; {@link
 * org.claimlens.eval.semeval.SemEvalReader#readFolder} reads it. Document ids are the file names as
 * the annotation files write them, {@code .txt} included ({@code EN_UA_DEV_100012.txt}).
 *
 * <p>Subtask 1 files give <b>inclusive</b> end offsets; {@link
 * org.claimlens.eval.semeval.EntityRoleLabel#span()} is exclusive like every {@link
 * org.claimlens.model.Span}, and the reader and writer convert. Offsets are taken as the file
 * states them: the task's tools count Python string indices (code points), which equal Java's
 * UTF-16 offsets unless a text has characters outside the Basic Multilingual Plane. {@link
 * org.claimlens.eval.semeval.SemEvalReader#readFolder} warns where a mention does not match its
 * text.
 */
@NullMarked
package org.claimlens.eval.semeval;

import org.jspecify.annotations.NullMarked;
