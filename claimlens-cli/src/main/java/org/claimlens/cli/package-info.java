/**
 * The {@code claimlens} command line. Commands write to the streams their root command was given,
 * so tests run them in-process and check exit codes and output.
 */
@NullMarked
package org.claimlens.cli;

import org.jspecify.annotations.NullMarked;
