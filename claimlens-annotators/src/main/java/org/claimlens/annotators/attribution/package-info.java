/**
 * Attribution: who claims what, on whose authority, how firmly and with what status in the text.
 *
 * <p>{@link org.claimlens.annotators.attribution.AttributionAnnotator} is the entry point; the
 * other classes are its per-document helpers.
 */
@NullMarked
package org.claimlens.annotators.attribution;

import org.jspecify.annotations.NullMarked;
