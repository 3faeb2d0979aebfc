package org.claimlens.cli;

import java.io.IOException;
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
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.corpus.Corpus;
import org.claimlens.corpus.factcheck.FactCheckFormatException;
import org.claimlens.corpus.factcheck.FactCheckReaders;
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
import org.claimlens.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimlens demo}: ingests the bundled example articles into a corpus ({@code
 * ./claimlens-data} by default) with the bundled fact-check library, and prints what it found:
 * entities, claims and their sourcing, then the corpus (reposts, claim clusters, fact-check links,
 * stories, narratives). Running it again reuses what is stored.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingest the bundled examples (examples/articles) and fact-checks into ./claimlens-data"
            + " and print a summary.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "The folder to ingest. Default: examples/articles under the claimlens home.")
  @Nullable Path examples;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "The corpus folder. Default: ./claimlens-data.")
  Path storeDir = Path.of("claimlens-data");

  @Option(
      names = "--factchecks",
      paramLabel = "FILE",
      description =
          "A fact-check library to import first. Default: data/factchecks/library.csv under the"
              + " claimlens home, when present.")
  @Nullable Path factchecks;

  @Override
  public Integer call() throws IOException {
    Path dir = examples != null ? examples : home().resolve("examples").resolve("articles");
    if (!Files.isDirectory(dir)) {
      root.err.println(
          "claimlens demo: no examples folder at " + dir + "; run it from the claimlens checkout");
      return 1;
    }
    Path library = factchecks != null ? factchecks : home().resolve("data/factchecks/library.csv");
    long t0 = System.nanoTime();
    Pipeline pipeline = StandardPipeline.build(StandardPipeline.Options.defaults());
    long loaded = System.nanoTime();
    List<Document> docs = new ArrayList<>();
    CorpusIngest.Summary summary;
    try (Store store = Store.openEmbedded(storeDir)) {
      Corpus corpus = new Corpus(store, Encoders.minilm(), Corpus.Config.defaults());
      if (Files.isRegularFile(library) && store.factChecks().isEmpty()) {
        try {
          corpus.importFactChecks(FactCheckReaders.read(library).factChecks());
        } catch (FactCheckFormatException e) {
          root.err.println("claimlens demo: " + Terminal.oneLine(e.getMessage()));
        }
      }
      try (CorpusIngest ingest =
          new CorpusIngest(
              pipeline,
              corpus,
              new DocumentReaders(ReaderOptions.defaults()),
              Runtime.getRuntime().availableProcessors(),
              root.err,
              ProgressBar.stderrIsTerminal())) {
        summary = ingest.observe(docs::add).run(List.of(dir.toString()));
      }
      long end = System.nanoTime();
      if (!docs.isEmpty()) {
        print(docs, summary, (loaded - t0) / 1e9, (end - loaded) / 1e9);
      }
      printCorpus(store, summary);
    }
    return store(summary) ? 0 : 1;
  }

  private static boolean store(CorpusIngest.Summary s) {
    return s.added() + s.duplicates() + s.sourcesDone() > 0;
  }

  static Path home() {
    String h = System.getProperty("claimlens.home");
    return Path.of(h != null ? h : ".").toAbsolutePath().normalize();
  }

  private void print(
      List<Document> docs, CorpusIngest.Summary summary, double loadSeconds, double runSeconds) {
    var out = root.out;
    out.printf(
        Locale.ROOT,
        "claimlens demo: %d documents from %d files in %.1f s (models loaded in %.1f s)%n%n",
        docs.size(),
        summary.sources(),
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
          Terminal.oneLine(Terminal.clip(title, 90)));
    }
  }

  private void printCorpus(Store store, CorpusIngest.Summary summary) {
    var out = root.out;
    long[] n = new long[4]; // claims, corroborated, debunked, reposts
    Map<String, Integer> clusterSizes = new HashMap<>();
    store.forEachClaim(
        c -> {
          n[0]++;
          n[1] += c.corroboratedBy().isEmpty() ? 0 : 1;
          n[2] += c.debunkedBy().isEmpty() ? 0 : 1;
          if (c.cluster() != null) {
            clusterSizes.merge(c.cluster(), 1, Integer::sum);
          }
        });
    Map<String, Integer> stories = new HashMap<>();
    store.forEachDocument(
        d -> {
          n[3] += d.duplicateOf() == null ? 0 : 1;
          if (d.story() != null) {
            stories.merge(d.story(), 1, Integer::sum);
          }
        });
    out.println();
    out.printf(Locale.ROOT, "Corpus %s: %s%n", storeDir, summary.line());
    out.printf(
        Locale.ROOT,
        "  %d documents (%d reposts of another), %d claims in %d clusters (%d with 2+ claims);"
            + " %d claims corroborated by an independent source, %d match a fact-check;"
            + " %d stories (%d with 2+ documents); %d fact-checks in the library%n",
        store.documentCount(),
        n[3],
        n[0],
        clusterSizes.size(),
        clusterSizes.values().stream().filter(k -> k > 1).count(),
        n[1],
        n[2],
        stories.size(),
        stories.values().stream().filter(k -> k > 1).count(),
        store.factChecks().size());
    List<Map.Entry<String, Long>> narratives =
        new ArrayList<>(store.countsPerNarrative().entrySet());
    narratives.sort(
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    if (!narratives.isEmpty()) {
      out.println("  Narratives:");
      for (int i = 0; i < Math.min(5, narratives.size()); i++) {
        out.printf(
            Locale.ROOT,
            "    %3d  %s%n",
            narratives.get(i).getValue(),
            Terminal.oneLine(narratives.get(i).getKey()));
      }
    }
    out.println();
    String s = storeDir.toString();
    out.println("Next: ./claimlens search --store " + s + " \"special forces\"");
    out.println("      ./claimlens claims --store " + s + "      (claim clusters)");
    out.println("      ./claimlens stories --store " + s + "     (stories and timeline)");
    out.println("      ./claimlens export jsonl --store " + s + " > corpus.jsonl");
    out.println("      ./claimlens analyze examples/articles --format text | less");
  }
}
