/** The text annotator. */
@NullMarked
package org.claimlens.annotators.text;

import org.jspecify.annotations.NullMarked;
