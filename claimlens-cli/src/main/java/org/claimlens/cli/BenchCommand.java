package org.claimlens.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimlens.annotators.StandardPipeline;
import org.claimlens.ingest.DocumentReaders;
import org.claimlens.ingest.InputFile;
import org.claimlens.ingest.InputWalker;
import org.claimlens.ingest.ReaderOptions;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Annotator;
import org.claimlens.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimlens bench PATH...}: the throughput harness. Reads the documents once, warms the JIT
 * up, then runs the whole pipeline over all of them for several rounds on {@code --threads} workers
 * and prints articles/s and words/s per round, their medians, and the process's peak RSS.
 *
 * <p>The last line is {@code key=value} pairs for scripts. Reading is outside the timed part: it
 * measures analysis, which is what scales.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Throughput harness: articles/s, words/s and peak RSS of the full pipeline.")
final class BenchCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles.")
  List<String> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds (not measured).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds.")
  int rounds;

  @Option(
      names = "--stages",
      defaultValue = "99",
      paramLabel = "N",
      description =
          "Run only the first N annotators of the pipeline, to measure what each one adds."
              + " Default: all.")
  int stages;

  @Option(
      names = "--words",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Join consecutive inputs (whole paragraphs, English only) into articles of at least N"
              + " words, to measure at a given article length. Default: off.")
  int joinToWords;

  @Option(
      names = "--make-corpus",
      paramLabel = "DIR",
      description =
          "Instead of measuring, write the round's articles into DIR as .txt files (for timing a"
              + " whole-process 'claimlens analyze DIR').")
  @Nullable Path makeCorpus;

  @Option(
      names = "--distinct",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "With --make-corpus and --words: write N distinct articles instead, each a seeded random"
              + " draw of English paragraphs (of 20 words or more) from the inputs, for timing"
              + " ingest, which stores a repeated text only once. Default: off.")
  int distinct;

  @Option(
      names = "--vary",
      description =
          "With --distinct: vary every drawn paragraph, so that sentences and claims seldom repeat"
              + " across articles (as in a stream of new text, where the embedding caches"
              + " seldom help): its numbers are redrawn, and about half of its capitalised words"
              + " inside sentences are swapped for others from the inputs.")
  boolean vary;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "Random seed of --distinct. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--embed-sentences",
      defaultValue = "" + StandardPipeline.DEFAULT_EMBED_SENTENCES,
      paramLabel = "N",
      description =
          "Embed at most N sentences per article; 0 embeds all. Default: ${DEFAULT-VALUE}.")
  int embedSentences;

  @Option(names = "--no-narratives", description = "Leave out the embedding and narrative stages.")
  boolean noNarratives;

  @Option(
      names = "--embedding-only",
      description =
          "Measure the embedding floor: only language, sentences and embeddings (with"
              + " --embed-sentences).")
  boolean embeddingOnly;

  @Option(
      names = "--embedding-cache",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Sentence vectors the embedding cache keeps. Default 0 (off): the rounds repeat the same"
              + " articles, which a cache would make free.")
  int embeddingCache;

  @Option(
      names = "--min-docs",
      defaultValue = "200",
      description = "Repeat the inputs until a round has at least this many documents.")
  int minDocs;

  @Override
  public Integer call() throws Exception {
    DocumentReaders readers = new DocumentReaders(ReaderOptions.defaults());
    List<Document> base = new ArrayList<>();
    // the inputs are read once, outside the timed part
    for (InputFile f : InputWalker.expand(paths).files()) {
      base.addAll(readers.read(f).documents());
    }
    if (base.isEmpty()) {
      root.err.println("claimlens bench: no documents in " + paths);
      return 1;
    }
    if (vary && distinct == 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--vary needs --distinct N");
    }
    if (distinct > 0) {
      if (makeCorpus == null || joinToWords < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--distinct needs --make-corpus DIR and --words N");
      }
      base = drawParagraphs(base, joinToWords, distinct, seed, vary);
      if (base.size() < distinct) {
        root.err.printf(
            Locale.ROOT,
            "claimlens bench: only %d distinct articles can be drawn from %s%n",
            base.size(),
            paths);
        return 1;
      }
    } else if (joinToWords > 0) {
      base = joinToWords(base, joinToWords);
    }
    List<Document> docs = new ArrayList<>(base);
    while (distinct == 0 && docs.size() < minDocs) {
      docs.addAll(base.subList(0, Math.min(base.size(), minDocs - docs.size())));
    }
    if (makeCorpus != null) {
      Files.createDirectories(makeCorpus);
      for (int i = 0; i < docs.size(); i++) {
        Files.writeString(
            makeCorpus.resolve(String.format(Locale.ROOT, "article-%04d.txt", i)),
            docs.get(i).text(),
            StandardCharsets.UTF_8);
      }
      root.out.printf(Locale.ROOT, "bench: wrote %d articles to %s%n", docs.size(), makeCorpus);
      return 0;
    }
    long words = docs.stream().mapToLong(d -> countWords(d.text())).sum();
    long loadStart = System.nanoTime();
    Pipeline full =
        StandardPipeline.build(
            StandardPipeline.Options.defaults()
                .withNarratives(!noNarratives)
                .withEmbedSentences(embedSentences)
                .withEmbeddingCache(embeddingCache));
    Pipeline.Builder prefix = Pipeline.builder();
    full.annotators().stream()
        .filter(a -> !embeddingOnly || Set.of("language", "text", "embedding").contains(a.name()))
        .limit(Math.max(1, stages))
        .forEach(prefix::add);
    Pipeline pipeline = prefix.build();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    var out = root.out;
    out.printf(
        Locale.ROOT,
        "bench: %d documents per round (%d distinct), %.0f words each on average, %d threads;"
            + " models loaded in %.2f s; annotators %s%n",
        docs.size(),
        base.size(),
        (double) words / docs.size(),
        threads,
        loadSeconds,
        pipeline.annotators().stream().map(Annotator::name).toList());
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, BatchAnalyzer.namedThreads("claimlens-bench"));
    try {
      for (int i = 0; i < warmup; i++) {
        double s = round(pipeline, docs, pool);
        out.printf(Locale.ROOT, "  warm-up %d: %.1f articles/s%n", i + 1, docs.size() / s);
      }
      double[] perSecond = new double[rounds];
      double[] cpuMsPerDoc = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long cpu0 = processCpuNanos();
        double s = round(pipeline, docs, pool);
        cpuMsPerDoc[i] = (processCpuNanos() - cpu0) / 1e6 / docs.size();
        perSecond[i] = docs.size() / s;
        out.printf(
            Locale.ROOT,
            "  round %d: %.1f articles/s, %.0f words/s, %.2f CPU ms per article%n",
            i + 1,
            perSecond[i],
            words / s,
            cpuMsPerDoc[i]);
      }
      double median = median(perSecond);
      double cpuMs = median(cpuMsPerDoc);
      double wordsPerSecond = median * words / docs.size();
      long rssKb = peakRssKb();
      out.printf(
          Locale.ROOT,
          "median: %.1f articles/s, %.0f words/s; %.2f CPU ms per article (all threads; a bound"
              + " of %.0f articles/s on %d cores); peak RSS %d MB%n",
          median,
          wordsPerSecond,
          cpuMs,
          Runtime.getRuntime().availableProcessors() * 1000 / cpuMs,
          Runtime.getRuntime().availableProcessors(),
          rssKb / 1024);
      out.printf(
          Locale.ROOT,
          "articles_per_s=%.1f words_per_s=%.0f cpu_ms_per_article=%.2f peak_rss_mb=%d threads=%d"
              + " docs=%d avg_words=%.0f%n",
          median,
          wordsPerSecond,
          cpuMs,
          rssKb / 1024,
          threads,
          docs.size(),
          (double) words / docs.size());
      return 0;
    } finally {
      pool.shutdownNow();
    }
  }

  private static double round(Pipeline pipeline, List<Document> docs, ExecutorService pool)
      throws Exception {
    long t0 = System.nanoTime();
    List<Future<Document>> futures = new ArrayList<>(docs.size());
    for (Document d : docs) {
      futures.add(pool.submit(() -> pipeline.process(d)));
    }
    for (Future<Document> f : futures) {
      f.get();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /**
   * Joins the paragraphs of consecutive English-looking documents (by Latin letter share) into
   * documents of at least {@code words} words. The joined texts are real news paragraphs in their
   * order, so their statistics stay those of news, only at the requested length.
   */
  static List<Document> joinToWords(List<Document> docs, int words) {
    List<Document> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    long count = 0;
    for (Document d : docs) {
      if (!mostlyLatin(d.text())) {
        continue;
      }
      for (String paragraph : d.text().split("\\n\\s*\\n")) {
        if (paragraph.isBlank()) {
          continue;
        }
        if (b.length() > 0) {
          b.append("\n\n");
        }
        b.append(paragraph.strip());
        count += countWords(paragraph);
        if (count >= words) {
          out.add(Document.of("joined-" + out.size(), b.toString(), Metadata.of("joined")));
          b.setLength(0);
          count = 0;
        }
      }
    }
    return out.isEmpty() ? docs : out;
  }

  /**
   * {@code n} distinct articles of at least {@code words} words, each a random draw (seeded) of
   * paragraphs of 20 words or more from the English-looking inputs; fewer when the paragraphs
   * cannot make that many. Articles share paragraphs, as reposts and wire copy do, unless {@code
   * vary}: then every drawn paragraph is {@linkplain #vary varied}.
   */
  static List<Document> drawParagraphs(
      List<Document> docs, int words, int n, long seed, boolean vary) {
    List<String> paragraphs = new ArrayList<>();
    for (Document d : docs) {
      if (mostlyLatin(d.text())) {
        for (String p : d.text().split("\\n\\s*\\n")) {
          if (countWords(p) >= 20) {
            paragraphs.add(p.strip());
          }
        }
      }
    }
    List<Document> out = new ArrayList<>();
    if (paragraphs.isEmpty()) {
      return out;
    }
    List<String> names = vary ? names(paragraphs) : List.of();
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> seen = new HashSet<>();
    for (int tries = 0; out.size() < n && tries < 10 * n; tries++) {
      StringBuilder b = new StringBuilder();
      long count = 0;
      while (count < words) {
        String p = paragraphs.get(random.nextInt(paragraphs.size()));
        if (vary) {
          p = vary(p, names, random);
        }
        b.append(b.length() == 0 ? "" : "\n\n").append(p);
        count += countWords(p);
      }
      if (seen.add(b.toString())) {
        String title = String.format(Locale.ROOT, "Bench article %d (seed %d)", out.size(), seed);
        out.add(Document.of("drawn-" + out.size(), title + "\n\n" + b, Metadata.of("drawn")));
      }
    }
    return out;
  }

  /**
   * Digits, or a capitalised word inside a sentence (after a lower-case letter, digit or comma).
   */
  private static final Pattern VARIABLE =
      Pattern.compile("\\d+|(?<=[\\p{Ll}\\d,] )\\p{Lu}\\p{Ll}+");

  /**
   * The capitalised words inside sentences of {@code paragraphs}, each once, in order of meeting.
   */
  private static List<String> names(List<String> paragraphs) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (String p : paragraphs) {
      Matcher m = VARIABLE.matcher(p);
      while (m.find()) {
        if (!Character.isDigit(m.group().charAt(0))) {
          names.add(m.group());
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * {@code paragraph} with every number redrawn (same number of digits) and about half of its
   * capitalised words inside sentences swapped for one of {@code names}: the same shape of text,
   * seldom the same sentence twice.
   */
  static String vary(String paragraph, List<String> names, SplittableRandom random) {
    Matcher m = VARIABLE.matcher(paragraph);
    StringBuilder out = new StringBuilder(paragraph.length() + 16);
    while (m.find()) {
      String token = m.group();
      String replacement = token;
      if (Character.isDigit(token.charAt(0))) {
        StringBuilder digits = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
          digits.append(
              (char)
                  ('0'
                      + (i == 0 && token.length() > 1
                          ? 1 + random.nextInt(9)
                          : random.nextInt(10))));
        }
        replacement = digits.toString();
      } else if (!names.isEmpty() && random.nextBoolean()) {
        replacement = names.get(random.nextInt(names.size()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean mostlyLatin(String text) {
    long latin = text.chars().filter(c -> c < 0x250 && Character.isLetter(c)).count();
    long letters = text.chars().filter(Character::isLetter).count();
    return letters > 0 && latin * 10 >= letters * 9;
  }

  static long countWords(String text) {
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /**
   * CPU time of the whole process (all threads, GC included) in nanoseconds: less sensitive than
   * wall time to other work on a small shared machine.
   */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** Peak resident set size from /proc/self/status (VmHWM), or 0 where there is no /proc. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
