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
import org.claimlens.annotators.framing.RoleAnnotator;
import org.claimlens.eval.brat.AttributionScorer;
import org.claimlens.eval.brat.AttributionScores;
import org.claimlens.eval.brat.BratAttributionReader;
import org.claimlens.eval.brat.BratCorpus;
import org.claimlens.eval.brat.BratDocument;
import org.claimlens.eval.brat.GoldAttribution;
import org.claimlens.eval.ptc.PtcArticleReader;
import org.claimlens.eval.ptc.PtcLabelReader;
import org.claimlens.eval.ptc.PtcScorer;
import org.claimlens.eval.ptc.PtcScores;
import org.claimlens.eval.ptc.TechniqueSpan;
import org.claimlens.eval.semeval.EntityRoleLabel;
import org.claimlens.eval.semeval.EntityRoleScorer;
import org.claimlens.eval.semeval.EntityRoleScores;
import org.claimlens.eval.semeval.NarrativeLabels;
import org.claimlens.eval.semeval.NarrativeScorer;
import org.claimlens.eval.semeval.NarrativeScores;
import org.claimlens.eval.semeval.NarrativeTaxonomy;
import org.claimlens.eval.semeval.SemEvalCorpus;
import org.claimlens.eval.semeval.SemEvalReader;
import org.claimlens.model.Document;
import org.claimlens.model.EntityRole;
import org.claimlens.model.Metadata;
import org.claimlens.model.Span;
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
      "Official metrics on a gold folder:",
      "  attribution  brat, PolNeAR layout (text/NAME.txt, attributions/NAME*.ann)",
      "  narratives   SemEval-2025 T10 subtask 2 (raw-documents/, subtask-2-annotations.txt)",
      "  roles        SemEval-2025 T10 subtask 1, on the gold mentions",
      "  techniques   PTC (article<ID>.txt, labels-ptc.tsv or *.labels)",
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
      description = "A trained model folder (from 'claimlens train'); default: the shipped models.")
  @Nullable Path model;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    switch (task) {
      case "attribution" -> {
        return attribution();
      }
      case "narratives" -> {
        return narratives();
      }
      case "roles" -> {
        return roles();
      }
      case "techniques" -> {
        return techniques();
      }
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "unknown task '" + task + "'; expected attribution, narratives, roles or techniques");
    }
  }

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description =
          "techniques: the PTC labels file. Default: labels-ptc.tsv in the gold folder if present,"
              + " else every *.labels file there.")
  @Nullable Path labels;

  private Pipeline pipeline() {
    return StandardPipeline.build(StandardPipeline.Options.defaults().withModelDir(model));
  }

  /** Runs the pipeline over named texts on the worker pool, in order. */
  private List<Document> analyzeAll(Pipeline pipeline, Map<String, String> texts)
      throws InterruptedException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads), BatchAnalyzer.namedThreads("claimlens-eval"));
    try {
      List<Future<Document>> futures = new ArrayList<>();
      for (var e : texts.entrySet()) {
        Document doc = Document.of(stem(e.getKey()), e.getValue(), Metadata.of(e.getKey()));
        futures.add(pool.submit(() -> pipeline.process(doc)));
      }
      List<Document> out = new ArrayList<>(futures.size());
      for (Future<Document> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String stem(String file) {
    return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
  }

  private @Nullable SemEvalCorpus semeval() throws IOException {
    if (!Files.isDirectory(gold)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--gold " + gold + ": not a folder");
    }
    SemEvalCorpus corpus = SemEvalReader.readFolder(gold);
    for (String e : corpus.errors()) {
      root.err.println("claimlens eval: " + Terminal.oneLine(e));
    }
    if (corpus.documents().isEmpty()) {
      root.err.println("claimlens eval: no raw-documents/*.txt in " + gold);
      return null;
    }
    return corpus;
  }

  private int narratives() throws IOException, InterruptedException {
    SemEvalCorpus corpus = semeval();
    if (corpus == null) {
      return 1;
    }
    Pipeline pipeline = pipeline();
    Map<String, String> texts = new LinkedHashMap<>();
    for (NarrativeLabels g : corpus.narratives()) {
      String text = corpus.documents().get(g.articleId());
      if (text != null) {
        texts.put(g.articleId(), text);
      }
    }
    List<NarrativeLabels> predicted = new ArrayList<>();
    for (Document d : analyzeAll(pipeline, texts)) {
      predicted.add(Exports.narratives(d));
    }
    NarrativeScores scores =
        NarrativeScorer.score(corpus.narratives(), predicted, NarrativeTaxonomy.semeval2025());
    root.out.println(scores.report());
    root.out.println(scores.keyValueLine());
    return 0;
  }

  private int roles() throws IOException, InterruptedException {
    SemEvalCorpus corpus = semeval();
    if (corpus == null) {
      return 1;
    }
    Pipeline pipeline = pipeline();
    RoleAnnotator framing =
        pipeline.annotators().stream()
            .filter(RoleAnnotator.class::isInstance)
            .map(RoleAnnotator.class::cast)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the pipeline has no framing annotator"));
    Map<String, List<EntityRoleLabel>> byArticle = new LinkedHashMap<>();
    for (EntityRoleLabel g : corpus.roles()) {
      byArticle.computeIfAbsent(g.articleId(), k -> new ArrayList<>()).add(g);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : byArticle.keySet()) {
      String text = corpus.documents().get(id);
      if (text != null) {
        texts.put(id, text);
      }
    }
    List<EntityRoleLabel> predicted = new ArrayList<>();
    for (Document d : analyzeAll(pipeline, texts)) {
      List<EntityRoleLabel> mentions = byArticle.get(d.metadata().sourceFile());
      List<Span> spans = mentions.stream().map(EntityRoleLabel::span).toList();
      List<EntityRole> roles = framing.classify(d, spans);
      for (int i = 0; i < spans.size(); i++) {
        predicted.add(Exports.label(d, roles.get(i), spans.get(i)));
      }
    }
    EntityRoleScores scores = EntityRoleScorer.score(corpus.roles(), predicted);
    root.out.println(scores.report());
    root.out.println(scores.keyValueLine());
    return 0;
  }

  private int techniques() throws IOException, InterruptedException {
    if (!Files.isDirectory(gold)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--gold " + gold + ": not a folder");
    }
    Path labelPath = labels;
    if (labelPath == null) {
      Path ptc = gold.resolve("labels-ptc.tsv");
      labelPath = Files.exists(ptc) ? ptc : gold;
    }
    List<TechniqueSpan> goldSpans = PtcLabelReader.read(labelPath);
    Map<String, String> articles = PtcArticleReader.readFolder(gold);
    if (articles.isEmpty()) {
      root.err.println("claimlens eval: no article*.txt in " + gold);
      return 1;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    articles.forEach((id, text) -> texts.put("article" + id + ".txt", text));
    List<TechniqueSpan> predicted = new ArrayList<>();
    for (Document d : analyzeAll(pipeline(), texts)) {
      predicted.addAll(Exports.ptc(d));
    }
    PtcScores scores = PtcScorer.score(goldSpans, predicted);
    root.out.println(scores.report());
    root.out.println(scores.keyValueLine());
    return 0;
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
    Map<String, String> texts = new LinkedHashMap<>();
    for (BratDocument d : corpus.docs()) {
      texts.put(d.name() + ".txt", d.text());
    }
    Map<String, List<GoldAttribution>> predicted = new LinkedHashMap<>();
    for (Document done : analyzeAll(pipeline(), texts)) {
      predicted.put(done.id(), AttributionScorer.fromDocument(done));
    }
    AttributionScores scores = AttributionScorer.score(corpus.docs(), predicted);
    root.out.println(scores.report());
    root.out.println(scores.keyValueLine());
    return 0;
  }
}
