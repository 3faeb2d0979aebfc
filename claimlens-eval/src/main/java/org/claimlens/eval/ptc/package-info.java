/**
 * The Propaganda Techniques Corpus format of SemEval-2020 Task 11 (design.md §4): articles,
 * technique labels and the official span-identification and technique-classification metrics.
 *
 * <p>Articles are {@code article<ID>.txt}; labels are {@code ID<TAB>technique<TAB>start<TAB>end}
 * with the end exclusive and the 14 PTC technique names of {@link
 * org.claimlens.eval.ptc.PtcTechniques}. Offsets are taken as the files state them (the task's
 * tools count Python string indices, which equal Java's UTF-16 offsets for BMP-only texts).
 */
@NullMarked
package org.claimlens.eval.ptc;

import org.jspecify.annotations.NullMarked;
