/**
 * The annotator contract and the {@link org.claimlens.pipeline.Pipeline} that runs annotators in a
 * checked order.
 */
@NullMarked
package org.claimlens.pipeline;

import org.jspecify.annotations.NullMarked;
