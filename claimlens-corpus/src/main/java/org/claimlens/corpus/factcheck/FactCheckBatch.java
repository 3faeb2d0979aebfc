package org.claimlens.corpus.factcheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimlens.model.FactCheck;

/**
 * What a {@link FactCheckReader} got from one file: the fact-checks it could read, in file order,
 * and one line per skipped entry ({@code lib.jsonl:7: no "claim" field}).
 *
 * @param factChecks the entries read, ids unique
 * @param problems why each skipped entry was skipped, each naming the file and the line or path
 */
public record FactCheckBatch(List<FactCheck> factChecks, List<String> problems) {
  public FactCheckBatch {
    factChecks = List.copyOf(factChecks);
    problems = List.copyOf(problems);
  }

  /** Collects entries, reporting a repeated id as a problem (the first entry wins). */
  static final class Builder {
    private final List<FactCheck> factChecks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    void add(FactCheck f, String where) {
      if (!ids.add(f.id())) {
        problems.add(where + ": duplicate id \"" + f.id() + "\", skipped");
        return;
      }
      factChecks.add(f);
    }

    void problem(String where, String reason) {
      problems.add(where + ": " + reason);
    }

    FactCheckBatch build() {
      return new FactCheckBatch(factChecks, problems);
    }
  }
}
