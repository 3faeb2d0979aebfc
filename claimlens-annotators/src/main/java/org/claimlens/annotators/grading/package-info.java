/**
 * Admiralty grading: an explained NATO Admiralty grade (source reliability A-F, information
 * credibility 1-6) for every claim.
 *
 * <p>{@link org.claimlens.annotators.grading.GradingAnnotator} is the entry point; {@link
 * org.claimlens.annotators.grading.ReputationTable} holds the user-editable source ratings.
 */
@NullMarked
package org.claimlens.annotators.grading;

import org.jspecify.annotations.NullMarked;
