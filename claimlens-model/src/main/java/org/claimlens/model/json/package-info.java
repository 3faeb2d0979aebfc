/**
 * The JSON contract of design.md §2 ({@code claimlens/1}), written with Jackson's streaming API.
 */
@NullMarked
package org.claimlens.model.json;

import org.jspecify.annotations.NullMarked;
