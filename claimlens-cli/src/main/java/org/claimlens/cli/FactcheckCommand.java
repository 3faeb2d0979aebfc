package org.claimlens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.corpus.Corpus;
import org.claimlens.corpus.factcheck.FactCheckBatch;
import org.claimlens.corpus.factcheck.FactCheckFormatException;
import org.claimlens.corpus.factcheck.FactCheckMatchJsonl;
import org.claimlens.corpus.factcheck.FactCheckMatcher;
import org.claimlens.corpus.factcheck.FactCheckReaders;
import org.claimlens.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimlens factcheck import|match}: the corpus's fact-check library. */
@Command(
    name = "factcheck",
    mixinStandardHelpOptions = true,
    description = "Import fact-checks into a corpus, and match claims against them.",
    subcommands = {FactcheckCommand.Import.class, FactcheckCommand.Match.class})
final class FactcheckCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a subcommand: import or match");
  }

  /** {@code factcheck import --store DIR FILE...}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Add fact-checks to the library: CSV (id,claim,verdict,url,published), JSON Lines with"
            + " the same fields, or ClaimReview JSON-LD.",
        "Claims already in the store that restate one get a debunked_by link."
      })
  static final class Import implements Callable<Integer> {
    @ParentCommand FactcheckCommand parent;
    @Mixin StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fact-check files.")
    List<Path> files;

    @Override
    public Integer call() {
      var err = parent.root.err;
      int imported = 0;
      int failedFiles = 0;
      try (Store store = storeOptions.open()) {
        Corpus corpus = new Corpus(store, Encoders.minilm(), Corpus.Config.defaults());
        int links = 0;
        for (Path f : files) {
          FactCheckBatch batch;
          try {
            batch = FactCheckReaders.read(f);
          } catch (FactCheckFormatException e) {
            err.println("claimlens: " + Terminal.oneLine(e.getMessage()));
            failedFiles++;
            continue;
          } catch (IOException e) {
            err.println("claimlens: " + f + ": cannot read: " + Terminal.oneLine(e.toString()));
            failedFiles++;
            continue;
          }
          for (String p : batch.problems()) {
            err.println("claimlens: " + Terminal.oneLine(p));
          }
          links += corpus.importFactChecks(batch.factChecks());
          imported += batch.factChecks().size();
        }
        parent.root.out.printf(
            Locale.ROOT,
            "claimlens factcheck import: %d fact-checks from %d files (%d failed);"
                + " %d claims linked; the library now holds %d%n",
            imported,
            files.size() - failedFiles,
            failedFiles,
            links,
            store.factChecks().size());
      }
      return imported > 0 || failedFiles == 0 ? 0 : 1;
    }
  }

  /** {@code factcheck match --store DIR --top K -}. */
  @Command(
      name = "match",
      mixinStandardHelpOptions = true,
      description = {
        "Match claims against the library. Reads JSON Lines {\"id\":…,\"text\":…} from FILE or"
            + " stdin (-) and writes {\"id\":…,\"matches\":[{\"factcheck\":ID,\"score\":S}]}."
      })
  static final class Match implements Callable<Integer> {
    @ParentCommand FactcheckCommand parent;
    @Mixin StoreOptions storeOptions;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--top", defaultValue = "10", description = "Matches per query. Default: 10.")
    int top;

    @Parameters(arity = "1", paramLabel = "FILE|-", description = "Queries, or - for stdin.")
    String input;

    @Override
    public Integer call() throws IOException {
      if (top < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--top must be >= 1");
      }
      var root = parent.root;
      try (Store store = storeOptions.open()) {
        FactCheckMatcher matcher =
            new Corpus(store, Encoders.minilm(), Corpus.Config.defaults()).factCheckMatcher();
        if (matcher == null) {
          root.err.println(
              "claimlens factcheck match: the library of "
                  + storeOptions.store
                  + " is empty; run 'claimlens factcheck import' first");
          return 1;
        }
        InputStream in = input.equals("-") ? root.in : Files.newInputStream(Path.of(input));
        try (Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          Writer w = new OutputStreamWriter(root.out, StandardCharsets.UTF_8);
          int n =
              FactCheckMatchJsonl.match(
                  r,
                  input.equals("-") ? "stdin" : input,
                  w,
                  matcher,
                  top,
                  p -> root.err.println("claimlens: " + Terminal.oneLine(p)));
          w.flush();
          return n > 0 ? 0 : 1;
        }
      }
    }
  }
}
