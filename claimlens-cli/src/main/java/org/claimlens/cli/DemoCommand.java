package org.claimlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.ingest.DocumentReaders;
import org.claimlens.ingest.ReaderOptions;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Layers;
import org.claimlens.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimlens demo}: analyzes the bundled example articles and prints a readable summary.
 * Later releases make it ingest them into a store and serve the workbench.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Analyze the bundled examples (examples/articles) and print a summary.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "The folder to analyze. Default: examples/articles under the claimlens home.")
  @Nullable Path examples;

  @Override
  public Integer call() {
    Path dir = examples != null ? examples : home().resolve("examples").resolve("articles");
    if (!Files.isDirectory(dir)) {
      root.err.println(
          "claimlens demo: no examples folder at " + dir + "; run it from the claimlens checkout");
      return 1;
    }
    long t0 = System.nanoTime();
    Pipeline pipeline = StandardPipeline.build(StandardPipeline.Options.defaults());
    long loaded = System.nanoTime();
    List<Document> docs = new ArrayList<>();
    BatchAnalyzer.Summary summary;
    try (BatchAnalyzer batch =
        new BatchAnalyzer(
            pipeline,
            new DocumentReaders(ReaderOptions.defaults()),
            Runtime.getRuntime().availableProcessors(),
            root.err,
            ProgressBar.stderrIsTerminal())) {
      summary = batch.run(List.of(dir.toString()), docs::add);
    }
    long end = System.nanoTime();
    print(docs, summary, (loaded - t0) / 1e9, (end - loaded) / 1e9);
    return docs.isEmpty() ? 1 : 0;
  }

  static Path home() {
    String h = System.getProperty("claimlens.home");
    return Path.of(h != null ? h : ".").toAbsolutePath().normalize();
  }

  private void print(
      List<Document> docs, BatchAnalyzer.Summary summary, double loadSeconds, double runSeconds) {
    var out = root.out;
    out.printf(
        Locale.ROOT,
        "claimlens demo: %d documents from %d files in %.1f s (models loaded in %.1f s)%n%n",
        docs.size(),
        summary.files(),
        runSeconds,
        loadSeconds);
    Map<String, Integer> languages = new TreeMap<>();
    Map<EntityType, Map<String, Integer>> counts = new TreeMap<>();
    for (Document d : docs) {
      languages.merge(
          d.find(Layers.LANGUAGE).map(a -> a.value().code()).orElse("und"), 1, Integer::sum);
      for (Annotation<Entity> a : d.layer(Layers.ENTITIES)) {
        counts
            .computeIfAbsent(a.value().type(), k -> new HashMap<>())
            .merge(a.value().canonical(), 1, Integer::sum);
      }
    }
    out.println("Languages: " + languages);
    int claims = 0;
    int anonymous = 0;
    int unconfirmed = 0;
    for (Document d : docs) {
      for (Annotation<Claim> c : d.layer(Layers.CLAIMS)) {
        claims++;
        anonymous += c.value().source().type().isAnonymous() ? 1 : 0;
        unconfirmed += c.value().status() == ClaimStatus.UNCONFIRMED ? 1 : 0;
      }
    }
    out.printf(
        Locale.ROOT,
        "Claims: %d (%d on anonymous or no sources, %d that the text calls unconfirmed)%n",
        claims,
        anonymous,
        unconfirmed);
    out.println();
    out.println("Most mentioned, by type:");
    for (var e : counts.entrySet()) {
      List<Map.Entry<String, Integer>> top = new ArrayList<>(e.getValue().entrySet());
      top.sort(
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < Math.min(8, top.size()); i++) {
        if (i > 0) {
          b.append(", ");
        }
        b.append(Terminal.oneLine(top.get(i).getKey())).append(" (").append(top.get(i).getValue());
        b.append(')');
      }
      out.printf(Locale.ROOT, "  %-14s %s%n", e.getKey().jsonName(), b);
    }
    out.println();
    out.println("Documents:");
    docs.sort(Comparator.comparing(d -> d.metadata().sourceFile()));
    for (Document d : docs) {
      String title = d.metadata().title() != null ? d.metadata().title() : d.id();
      out.printf(
          Locale.ROOT,
          "  %-2s %3d entities %3d claims  %s%n",
          d.find(Layers.LANGUAGE).map(a -> a.value().code()).orElse("?"),
          d.layer(Layers.ENTITIES).size(),
          d.layer(Layers.CLAIMS).size(),
          Terminal.oneLine(abbreviate(title, 90)));
    }
    out.println();
    out.println("Next: ./claimlens analyze examples/articles --format text | less");
    out.println("      ./claimlens analyze examples/articles > analysis.jsonl   (JSON Lines)");
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
