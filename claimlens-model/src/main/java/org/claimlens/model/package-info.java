/**
 * The claimlens document model: immutable {@link org.claimlens.model.Document}s whose typed {@link
 * org.claimlens.model.Layer}s hold {@link org.claimlens.model.Annotation}s on offsets into the
 * original text.
 *
 * <p>Offsets are UTF-16 code units, as Java strings count them; end offsets are exclusive.
 */
@NullMarked
package org.claimlens.model;

import org.jspecify.annotations.NullMarked;
