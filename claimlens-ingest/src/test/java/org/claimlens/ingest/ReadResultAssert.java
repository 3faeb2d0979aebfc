package org.claimlens.ingest;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.claimlens.model.Document;

/**
 * Assertions on what a reader gave: {@code assertThatRead(r).wasSkippedBecause("empty file")}, or
 * {@code assertThatRead(r).hasNoProblems().singleDocument()} to go on with the document.
 */
final class ReadResultAssert extends AbstractAssert<ReadResultAssert, ReadResult> {

  private ReadResultAssert(ReadResult actual) {
    super(actual, ReadResultAssert.class);
  }

  static ReadResultAssert assertThatRead(ReadResult actual) {
    return new ReadResultAssert(actual);
  }

  /** No document, and exactly one error whose message is {@code expected}. */
  ReadResultAssert wasSkippedWith(String expected) {
    isNotNull();
    if (!actual.documents().isEmpty()
        || actual.problems().size() != 1
        || !actual.problems().getFirst().isError()
        || !actual.problems().getFirst().message().equals(expected)) {
      failWithMessage("expected only the error <%s> but got %s", expected, describe(actual));
    }
    return this;
  }

  /** No document, and exactly one error whose reason contains {@code reasonPart}. */
  ReadResultAssert wasSkippedBecause(String reasonPart) {
    isNotNull();
    if (!actual.documents().isEmpty()
        || actual.problems().size() != 1
        || !actual.problems().getFirst().isError()
        || !actual.problems().getFirst().reason().contains(reasonPart)) {
      failWithMessage(
          "expected to be skipped because <%s> but got %s", reasonPart, describe(actual));
    }
    return this;
  }

  ReadResultAssert hasNoProblems() {
    isNotNull();
    if (!actual.problems().isEmpty()) {
      failWithMessage("expected no problems but got %s", actual.problems());
    }
    return this;
  }

  /** Exactly one problem, a warning, whose message is {@code expected}. */
  ReadResultAssert hasOnlyWarning(String expected) {
    isNotNull();
    List<InputProblem> problems = actual.problems();
    if (problems.size() != 1
        || problems.getFirst().isError()
        || !problems.getFirst().message().equals(expected)) {
      failWithMessage("expected only the warning <%s> but got %s", expected, problems);
    }
    return this;
  }

  /** The one document read; fails if there are none or several. */
  Document singleDocument() {
    isNotNull();
    if (actual.documents().size() != 1) {
      failWithMessage("expected one document but got %s", describe(actual));
    }
    return actual.documents().getFirst();
  }

  private static String describe(ReadResult r) {
    return r.documents().size() + " documents " + r.documents() + " and problems " + r.problems();
  }
}
