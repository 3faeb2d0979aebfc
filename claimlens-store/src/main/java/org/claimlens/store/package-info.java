/**
 * The corpus store: document, claim and fact-check records in SQLite or PostgreSQL (the source of
 * truth), and a Lucene index derived from them that can be rebuilt at any time.
 */
@NullMarked
package org.claimlens.store;

import org.jspecify.annotations.NullMarked;
