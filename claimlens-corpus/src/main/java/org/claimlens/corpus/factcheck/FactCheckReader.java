package org.claimlens.corpus.factcheck;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one fact-check library file. Implementations are stateless and thread-safe.
 *
 * <p>Entries that cannot be used (no id, no claim, a broken JSON line) are skipped and listed in
 * {@link FactCheckBatch#problems()}; a file that cannot be read at all (a CSV without a {@code
 * claim} column, JSON that does not parse) throws a {@link FactCheckFormatException} naming the
 * file and the line or JSON path. Example:
 *
 * <pre>{@code
 * FactCheckBatch b = FactCheckReaders.forFile(Path.of("data/factchecks/library.csv")).read(path);
 * b.problems().forEach(System.err::println);
 * }</pre>
 */
public interface FactCheckReader {

  /** Reads {@code file}. */
  FactCheckBatch read(Path file) throws IOException;
}
