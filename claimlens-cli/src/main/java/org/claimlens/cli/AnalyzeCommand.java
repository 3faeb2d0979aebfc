package org.claimlens.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.annotators.framing.RoleAnnotator;
import org.claimlens.eval.brat.BratAttributionWriter;
import org.claimlens.eval.ptc.PtcLabelWriter;
import org.claimlens.eval.semeval.EntityRoleLabel;
import org.claimlens.eval.semeval.EntityRoleReader;
import org.claimlens.eval.semeval.EntityRoleWriter;
import org.claimlens.eval.semeval.NarrativeLabelWriter;
import org.claimlens.ingest.DocumentReaders;
import org.claimlens.ingest.ReaderOptions;
import org.claimlens.model.Document;
import org.claimlens.model.EntityRole;
import org.claimlens.model.Span;
import org.claimlens.model.json.DocumentJsonWriter;
import org.claimlens.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claimlens analyze PATH...}: analyzes files, folders or stdin and writes the results. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze files, folders (recursively) or '-' for stdin: .txt, .html, .jsonl.",
      "Bad files are reported on stderr, one line each, and skipped; the batch goes on.",
      "Exits 0 if any document was analyzed, 1 if none, 2 for usage errors."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
  List<String> paths;

  @Option(
      names = "--format",
      defaultValue = "json",
      paramLabel = "FORMAT",
      description =
          "json (JSON Lines, schema claimlens/1), text (a readable report), brat (attribution"
              + " standoff, one .ann per document into --out DIR), semeval-st2 (narratives),"
              + " semeval-st1 (entity roles, inclusive end offsets), ptc (techniques, PTC-14"
              + " labels). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Write into DIR (analysis.jsonl, report.txt, or text/ID.txt + attributions/ID.ann for"
              + " brat) instead of stdout.")
  @Nullable Path out;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "A trained model folder (from 'claimlens train'); default: the shipped models.")
  @Nullable Path model;

  @Option(
      names = "--mentions",
      paramLabel = "FILE",
      description =
          "With --format semeval-st1: frame these mentions (a SemEval subtask-1 file, roles"
              + " ignored) instead of the ones claimlens finds.")
  @Nullable Path mentions;

  @Option(
      names = "--max-bytes",
      defaultValue = "5242880",
      paramLabel = "N",
      description = "Skip files larger than N bytes. Default: ${DEFAULT-VALUE} (5 MB).")
  long maxBytes;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--high-accuracy-language",
      description = "Lingua's high-accuracy mode: better on very short posts, slower.")
  boolean highAccuracyLanguage;

  @Option(names = "--no-progress", description = "Never draw a progress bar.")
  boolean noProgress;

  @Option(
      names = "--allow-private",
      description =
          "Let URL arguments reach private, loopback and link-local addresses (refused by"
              + " default, so that a URL list cannot probe the local network).")
  boolean allowPrivate;

  @Option(
      names = "--no-narratives",
      description =
          "Leave out sentence embeddings and narratives, the most expensive stages (about three"
              + " times faster).")
  boolean noNarratives;

  @Option(
      names = "--embed-sentences",
      defaultValue = "" + StandardPipeline.DEFAULT_EMBED_SENTENCES,
      paramLabel = "N",
      description =
          "Embed at most N sentences per document, those the narrative model needs most; 0 embeds"
              + " every sentence (slower, for long documents). Default: ${DEFAULT-VALUE}.")
  int embedSentences;

  @Override
  public Integer call() throws IOException {
    OutputFormat f;
    try {
      f = OutputFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!f.built()) {
      root.err.println("claimlens analyze: --format " + f.cliName() + " is not built yet");
      return 2;
    }
    if (model != null && !Files.isDirectory(model)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--model " + model + ": not a directory");
    }
    if (f == OutputFormat.BRAT && out == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format brat writes one .ann per document: give --out DIR");
    }
    if (embedSentences < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--embed-sentences must be >= 0 (0 embeds every sentence)");
    }
    if (maxBytes <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be > 0");
    }
    if (mentions != null && f != OutputFormat.SEMEVAL_ST1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--mentions goes with --format semeval-st1");
    }
    Map<String, List<EntityRoleLabel>> givenMentions = null;
    if (mentions != null) {
      givenMentions = new LinkedHashMap<>();
      for (EntityRoleLabel m : EntityRoleReader.read(mentions)) {
        givenMentions.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
      }
    }
    Pipeline pipeline =
        StandardPipeline.build(
            StandardPipeline.Options.defaults()
                .withHighAccuracyLanguage(highAccuracyLanguage)
                .withModelDir(model)
                .withNarratives(!noNarratives || f == OutputFormat.SEMEVAL_ST2)
                .withEmbedSentences(embedSentences));
    DocumentReaders readers =
        new DocumentReaders(new ReaderOptions(maxBytes).withAllowPrivate(allowPrivate));
    boolean progress = !noProgress && ProgressBar.stderrIsTerminal();
    OutputStream sinkStream = null;
    try {
      PrintStream target;
      if (out != null && f == OutputFormat.BRAT) {
        Files.createDirectories(out);
        target = root.out;
      } else if (out != null) {
        Files.createDirectories(out);
        Path file = out.resolve(f.fileName());
        sinkStream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        target = new PrintStream(sinkStream, false, StandardCharsets.UTF_8);
      } else {
        target = root.out;
      }
      Consumer<Document> sink =
          f == OutputFormat.BRAT
              ? bratSink(out)
              : givenMentions != null
                  ? mentionsSink(pipeline, givenMentions, target)
                  : sinkFor(f, target);
      BatchAnalyzer.Summary summary;
      try (BatchAnalyzer batch =
          new BatchAnalyzer(pipeline, readers, threads, root.err, progress)) {
        summary = batch.run(paths, sink);
      }
      target.flush();
      if (summary.skipped() + summary.failed() + summary.warnings() > 0 || out != null) {
        root.err.printf(
            "claimlens analyze: %d documents analyzed from %d files; %d skipped, %d failed, %d"
                + " warnings%n",
            summary.documents(),
            summary.files(),
            summary.skipped(),
            summary.failed(),
            summary.warnings());
      }
      return summary.documents() > 0 ? 0 : 1;
    } finally {
      if (sinkStream != null) {
        sinkStream.close();
      }
    }
  }

  /**
   * Subtask 1 on given mentions (the SemEval setting): each document's mentions from {@code
   * --mentions}, matched by file name, get the framing annotator's roles.
   */
  private static Consumer<Document> mentionsSink(
      Pipeline pipeline, Map<String, List<EntityRoleLabel>> mentions, PrintStream target) {
    RoleAnnotator framing =
        pipeline.annotators().stream()
            .filter(RoleAnnotator.class::isInstance)
            .map(RoleAnnotator.class::cast)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the pipeline has no framing annotator"));
    return doc -> {
      List<EntityRoleLabel> given = mentions.getOrDefault(Exports.articleFile(doc), List.of());
      List<Span> spans = given.stream().map(EntityRoleLabel::span).toList();
      List<EntityRole> roles = framing.classify(doc, spans);
      List<EntityRoleLabel> labels = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        labels.add(Exports.label(doc, roles.get(i), spans.get(i)));
      }
      target.print(EntityRoleWriter.write(labels));
    };
  }

  /**
   * Writes each document in the PolNeAR layout under {@code dir}: {@code text/ID.txt} (the analyzed
   * text, which the offsets index) and {@code attributions/ID.ann}, so the output can be read back
   * by {@code claimlens eval attribution --gold}.
   */
  private static Consumer<Document> bratSink(Path dir) {
    return doc -> {
      try {
        BratAttributionWriter.writeDocument(dir, fileName(doc.id()), doc);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + doc.id() + ".ann into " + dir, e);
      }
    };
  }

  /** A document id made safe as a file name: ids from JSONL are input, and input is hostile. */
  static String fileName(String id) {
    String safe = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
  }

  static Consumer<Document> sinkFor(OutputFormat f, PrintStream target) {
    return switch (f) {
      case JSON -> {
        DocumentJsonWriter json = new DocumentJsonWriter();
        yield doc -> {
          try {
            json.writeLine(doc, target);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
      }
      case TEXT -> {
        TextReportWriter text = new TextReportWriter();
        yield doc -> text.write(doc, target);
      }
      case SEMEVAL_ST2 ->
          doc -> target.print(NarrativeLabelWriter.write(List.of(Exports.narratives(doc))));
      case SEMEVAL_ST1 -> doc -> target.print(EntityRoleWriter.write(Exports.roles(doc)));
      case PTC -> doc -> target.print(PtcLabelWriter.write(Exports.ptc(doc)));
      default -> throw new IllegalStateException("format " + f.cliName() + " is not built");
    };
  }
}
