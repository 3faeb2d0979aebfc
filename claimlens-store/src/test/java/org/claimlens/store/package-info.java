/** Tests for the store: one contract suite run against each backend. */
@NullMarked
package org.claimlens.store;

import org.jspecify.annotations.NullMarked;
