/**
 * Persuasion techniques: {@link org.claimlens.annotators.techniques.TechniqueAnnotator} marks the
 * phrases and sentences that use one of the 23 techniques of SemEval-2023 Task 3 (loaded language,
 * name calling, doubt, whataboutism, ...), {@link
 * org.claimlens.annotators.techniques.TechniqueTrainer} learns its model from a PTC-layout folder,
 * {@link org.claimlens.annotators.techniques.PtcMapping} maps labels to the 14 PTC techniques and
 * {@link org.claimlens.annotators.techniques.TechniqueEvaluator} scores it with the PTC metrics.
 *
 * <p>Resources beside the classes: {@code lexicon.tsv} (the authored cue lexicon; its header
 * documents the format) and {@code default-model/} (the shipped model and how to reproduce it).
 */
@NullMarked
package org.claimlens.annotators.techniques;

import org.jspecify.annotations.NullMarked;
