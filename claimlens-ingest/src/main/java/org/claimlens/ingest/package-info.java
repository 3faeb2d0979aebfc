/**
 * Reading inputs into {@link org.claimlens.model.Document}s: plain text, HTML with boilerplate
 * stripped, JSON Lines, RSS/Atom/RDF feeds, Telegram Desktop exports and WARC files, from files,
 * folders, stdin and http(s) URLs (fetched behind an SSRF guard).
 *
 * <p>{@link org.claimlens.ingest.InputWalker} turns command-line arguments into {@link
 * org.claimlens.ingest.InputFile}s; {@link org.claimlens.ingest.DocumentReaders} reads each one.
 * Bad input never throws: it comes back as an {@link org.claimlens.ingest.InputProblem} that names
 * the file, so that one broken file never stops a batch.
 */
@NullMarked
package org.claimlens.ingest;

import org.jspecify.annotations.NullMarked;
