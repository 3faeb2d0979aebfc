/**
 * Reading inputs into {@link org.claimlens.model.Document}s: plain text, HTML with boilerplate
 * stripped, and JSON Lines, from files, folders and stdin.
 *
 * <p>{@link org.claimlens.ingest.InputWalker} turns command-line arguments into {@link
 * org.claimlens.ingest.InputFile}s; {@link org.claimlens.ingest.DocumentReaders} reads each one.
 * Bad input never throws: it comes back as an {@link org.claimlens.ingest.InputProblem} that names
 * the file, so that one broken file never stops a batch.
 */
@NullMarked
package org.claimlens.ingest;

import org.jspecify.annotations.NullMarked;
