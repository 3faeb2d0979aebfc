package org.claimlens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.corpus.Corpus;
import org.claimlens.corpus.CorpusExporter;
import org.claimlens.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimlens export jsonl|csv --store DIR}: the corpus, with its corpus fields. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export a corpus: jsonl (one claimlens/1 object per document, with duplicate_of, story and"
          + " per claim cluster, corroborated_by, debunked_by and corroboration) or csv (one row"
          + " per claim). stix is not built yet."
    })
final class ExportCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions storeOptions;

  @Parameters(index = "0", paramLabel = "FORMAT", description = "jsonl, csv or stix.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here (atomically, through a temporary file). Default: stdout.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    if (format.equals("stix")) {
      root.err.println("claimlens export stix: not built yet. See README.md, 'Status'.");
      return 2;
    }
    if (!format.equals("jsonl") && !format.equals("csv")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "unknown format '" + format + "'; expected jsonl, csv or stix");
    }
    try (Store store = storeOptions.open()) {
      CorpusExporter exporter =
          new CorpusExporter(new Corpus(store, Encoders.minilm(), Corpus.Config.defaults()));
      long n;
      if (out == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(root.out, StandardCharsets.UTF_8));
        n = write(exporter, w);
        w.flush();
      } else {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".part");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          n = write(exporter, w);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      root.err.printf(
          Locale.ROOT,
          "claimlens export: %d %s%s%n",
          n,
          format.equals("jsonl") ? "documents" : "claims",
          out == null ? "" : " to " + out);
    }
    return 0;
  }

  private long write(CorpusExporter exporter, Writer w) throws IOException {
    return format.equals("jsonl") ? exporter.jsonl(w, n -> {}) : exporter.csv(w, n -> {});
  }
}
