/**
 * Claim matching across documents: {@link org.claimlens.corpus.claims.ClaimMatcher} decides whether
 * two claims state the same proposition, {@link org.claimlens.corpus.claims.ClaimClusterer} groups
 * them incrementally, and {@link org.claimlens.corpus.claims.Corroboration} counts the independent
 * sources in a cluster and suggests an Admiralty credibility.
 */
@NullMarked
package org.claimlens.corpus.claims;

import org.jspecify.annotations.NullMarked;
