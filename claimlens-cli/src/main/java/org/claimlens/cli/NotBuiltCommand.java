package org.claimlens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Verbs of design.md §3 that are planned but not built yet. Each says so plainly and exits 2, so a
 * script that calls one fails loudly instead of getting empty output.
 */
abstract class NotBuiltCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @Spec CommandSpec spec;

  /** Whatever the planned verb will take; accepted so that the "not built" message always wins. */
  @Unmatched List<String> ignored = new ArrayList<>();

  @Override
  public Integer call() {
    root.err.println("claimlens " + spec.name() + ": not built yet. See README.md, 'Status'.");
    return 2;
  }

  @Command(name = "serve", description = "REST API and web workbench (not built yet).")
  static final class Serve extends NotBuiltCommand {}
}
