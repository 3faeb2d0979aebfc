/** The annotators of the default pipeline and their shared helpers. */
@NullMarked
package org.claimlens.annotators;

import org.jspecify.annotations.NullMarked;
