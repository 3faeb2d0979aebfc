/**
 * Readers, writers and official metrics for the benchmark formats of design.md §4: brat attribution
 * ({@link org.claimlens.eval.brat}), SemEval-2025 Task 10 ({@link org.claimlens.eval.semeval}) and
 * PTC, SemEval-2020 Task 11 ({@link org.claimlens.eval.ptc}).
 *
 * <p>This package holds what the three share: {@link org.claimlens.eval.Prf} (precision, recall, F1
 * with the formatting every {@code keyValueLine()} uses) and {@link
 * org.claimlens.eval.BenchmarkFormatException}, which names the file and line of a malformed input.
 */
@NullMarked
package org.claimlens.eval;

import org.jspecify.annotations.NullMarked;
