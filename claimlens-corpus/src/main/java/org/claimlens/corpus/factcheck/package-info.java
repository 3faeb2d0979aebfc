/**
 * The fact-check library: readers for CSV, JSON Lines and schema.org ClaimReview, a matcher that
 * fuses sentence-embedding cosine with BM25, the JSON Lines I/O of {@code claimlens factcheck
 * match}, and an evaluation (MRR@10, recall@1/@10) over authored query sets.
 */
@NullMarked
package org.claimlens.corpus.factcheck;

import org.jspecify.annotations.NullMarked;
