package org.claimlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.eval.brat.AttributionScorer;
import org.claimlens.eval.brat.AttributionScores;
import org.claimlens.eval.brat.BratAttributionReader;
import org.claimlens.eval.brat.BratCorpus;
import org.claimlens.eval.brat.BratDocument;
import org.claimlens.eval.brat.GoldAttribution;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code claimlens eval TASK --gold DIR}: runs the pipeline on a gold folder in a standard format
 * and prints the official metrics, the last line as {@code key=value} pairs.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Official metrics on a gold folder: attribution (brat, PolNeAR layout: text/NAME.txt and"
          + " attributions/NAME*.ann).",
      "narratives, roles and techniques come with a later release.",
      "The last line is key=value pairs."
    })
final class EvalCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "TASK",
      description = "attribution|narratives|roles|techniques")
  String task;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder.")
  Path gold;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "A trained model folder; not used by attribution, which is rule-based.")
  @Nullable Path model;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    switch (task) {
      case "attribution" -> {
        return attribution();
      }
      case "narratives", "roles", "techniques" -> {
        root.err.println("claimlens eval " + task + ": not built yet");
        return 2;
      }
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "unknown task '" + task + "'; expected attribution, narratives, roles or techniques");
    }
  }

  private int attribution() throws IOException, InterruptedException {
    if (!Files.isDirectory(gold)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--gold " + gold + ": not a folder");
    }
    BratCorpus corpus = BratAttributionReader.readFolder(gold);
    for (String e : corpus.errors()) {
      root.err.println("claimlens eval: " + Terminal.oneLine(e));
    }
    if (corpus.docs().isEmpty()) {
      root.err.println("claimlens eval: no brat documents in " + gold);
      return 1;
    }
    Pipeline pipeline = StandardPipeline.build(StandardPipeline.Options.defaults());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads), BatchAnalyzer.namedThreads("claimlens-eval"));
    Map<String, List<GoldAttribution>> predicted = new LinkedHashMap<>();
    try {
      List<Future<Document>> futures = new ArrayList<>();
      for (BratDocument d : corpus.docs()) {
        Document doc = Document.of(d.name(), d.text(), Metadata.of(d.name() + ".txt"));
        futures.add(pool.submit(() -> pipeline.process(doc)));
      }
      for (Future<Document> f : futures) {
        Document done = f.get();
        predicted.put(done.id(), AttributionScorer.fromDocument(done));
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    AttributionScores scores = AttributionScorer.score(corpus.docs(), predicted);
    root.out.println(scores.report());
    root.out.println(scores.keyValueLine());
    return 0;
  }
}
