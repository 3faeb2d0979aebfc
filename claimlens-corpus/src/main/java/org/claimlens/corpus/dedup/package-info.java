/**
 * Near-duplicate and republication detection: MinHash signatures over word shingles, LSH band keys
 * for candidate lookup in a store, and a detector that decides from candidate signatures whether a
 * new document republishes an earlier one (exact copy, edited copy, or a copy inside a longer
 * text).
 *
 * <p>The split follows the store: {@link org.claimlens.corpus.dedup.MinHasher} turns a text into a
 * compact {@link org.claimlens.corpus.dedup.MinHashSignature} and its band keys (what the store
 * keeps), and {@link org.claimlens.corpus.dedup.NearDuplicateDetector} decides from the candidates
 * the store returns. {@link org.claimlens.corpus.dedup.InMemoryDedupIndex} does both in memory for
 * tests and small batches.
 */
@NullMarked
package org.claimlens.corpus.dedup;

import org.jspecify.annotations.NullMarked;
