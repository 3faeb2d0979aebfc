/**
 * brat standoff attribution files, PolNeAR-style (design.md §4): reading, writing and scoring.
 *
 * <p>A corpus folder holds {@code text/NAME.txt} and {@code attributions/NAME*.ann}. {@link
 * org.claimlens.eval.brat.BratAttributionReader} reads it into {@link
 * org.claimlens.eval.brat.BratDocument}s of {@link org.claimlens.eval.brat.GoldAttribution}s;
 * {@link org.claimlens.eval.brat.BratAttributionWriter} writes a {@link
 * org.claimlens.model.Document}'s claims as an {@code .ann} file; {@link
 * org.claimlens.eval.brat.AttributionScorer} compares predicted attributions with gold ones.
 *
 * <p>Offsets are UTF-16 code units into the text after a leading byte-order mark, if any, is
 * removed (what brat itself indexes). Relations are brat events ({@code E} lines) only; {@code R},
 * {@code A}, {@code N}, {@code M}, {@code *} and {@code #} lines are skipped.
 */
@NullMarked
package org.claimlens.eval.brat;

import org.jspecify.annotations.NullMarked;
