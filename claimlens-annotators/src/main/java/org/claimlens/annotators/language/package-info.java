/** The language annotator. */
@NullMarked
package org.claimlens.annotators.language;

import org.jspecify.annotations.NullMarked;
