package org.claimlens.ingest;

import java.util.List;
import org.claimlens.model.Document;

/**
 * What reading one input gave: the documents kept, in input order, and the problems met.
 *
 * <p>Immutable. A text or HTML file or a fetched page gives at most one document; a JSON Lines file
 * gives one per good line, a feed one per entry with text, a Telegram export one per message with
 * text, a WARC file one per HTML or text response. Both lists may be non-empty at once: a JSONL
 * file with a broken line gives the good lines' documents and an {@link
 * InputProblem.Severity#ERROR} for the broken one.
 *
 * @param documents the documents read
 * @param problems warnings about kept documents and errors about skipped inputs or lines
 */
public record ReadResult(List<Document> documents, List<InputProblem> problems) {

  public ReadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** The result of an input that was skipped as a whole. */
  public static ReadResult skipped(InputProblem problem) {
    return new ReadResult(List.of(), List.of(problem));
  }
}
