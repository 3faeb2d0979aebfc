/**
 * Corpus analytics over many documents: near-duplicate and republication detection, claim matching
 * and corroboration, the fact-check library, story clustering and timelines.
 */
@NullMarked
package org.claimlens.corpus;

import org.jspecify.annotations.NullMarked;
