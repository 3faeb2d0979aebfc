package org.claimlens.annotators.narratives;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimlens.annotators.Provenances;
import org.claimlens.annotators.embedding.EmbeddingAnnotator;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.annotators.embedding.SentenceEncoder;
import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.eval.semeval.NarrativeLabelWriter;
import org.claimlens.eval.semeval.NarrativeLabels;
import org.claimlens.eval.semeval.NarrativeScorer;
import org.claimlens.eval.semeval.NarrativeScores;
import org.claimlens.eval.semeval.NarrativeTaxonomy;
import org.claimlens.eval.semeval.SemEvalCorpus;
import org.claimlens.eval.semeval.SemEvalReader;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;

/**
 * Learns a narrative model from a SemEval-2025 Task 10 folder ({@code raw-documents/} and the
 * subtask 2 annotations) and writes it into {@code OUT/narratives/}, where {@link
 * NarrativeAnnotator#load} reads it.
 *
 * <p>Steps, each announced on the progress stream: read the folder; detect language, split
 * sentences and embed them (the same annotators the pipeline runs); pool each document's vectors
 * and hash its words ({@link DocumentFeatures}); train the Other-gate and one logistic model per
 * narrative and per specific subnarrative; tune the gate, narrative and subnarrative thresholds on
 * out-of-fold predictions ({@link Options#folds()}-fold cross-validation on the training data,
 * never on a held-out split); train on everything; write {@code model.properties}, {@code
 * labels.tsv}, {@code weights.bin}, {@code descriptions.tsv} and {@code provenance.json}.
 *
 * <p>Label descriptions ({@code label<TAB>description} lines, as in {@code
 * data/narratives/descriptions.tsv}) are embedded as the narratives' prototypes, which choose the
 * sentences a long document pools. Without a descriptions file, the label names stand in.
 *
 * <p>Deterministic: the same data, options and seed give byte-identical {@code model.properties},
 * {@code labels.tsv}, {@code weights.bin} and {@code descriptions.tsv} (only the date in {@code
 * provenance.json} differs), whatever the number of threads. About 400 short documents train in
 * about two minutes on two cores, most of it embedding. Example:
 *
 * <pre>{@code
 * TrainingReport r = NarrativeTrainer.train(Path.of("data/narratives/train"), Path.of("models"), 42, System.err);
 * NarrativeAnnotator a = NarrativeAnnotator.load(Path.of("models"));
 * }</pre>
 */
public final class NarrativeTrainer {
  /** The folder inside a model directory that holds the narrative model. */
  public static final String FOLDER = "narratives";

  /** At most this many sentences of a document are pooled. */
  static final int POOL_TOP_K = 16;

  /** Hash buckets of the gate's word unigrams and bigrams. */
  static final int LEXICAL_DIM = 1 << 14;

  /** Weight of the lexical features against the vector in the gate. */
  static final double LEXICAL_WEIGHT = 3.0;

  static final LogisticRegression.Settings LABEL_SETTINGS =
      new LogisticRegression.Settings(1e-3, 0.05, 300);
  static final LogisticRegression.Settings GATE_SETTINGS =
      new LogisticRegression.Settings(1e-4, 0.05, 400);

  private static final double[] GATE_GRID = {
    0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85
  };
  private static final double[] MIN_NARRATIVE_GRID = {0.0, 0.1, 0.2, 0.3, 0.4};
  private static final double[] NARRATIVE_GRID = {0.3, 0.4, 0.5, 0.6, 1.01};
  private static final double[] SUBNARRATIVE_GRID = {0.1, 0.15, 0.2, 0.3, 0.4};

  /**
   * How to train.
   *
   * @param seed seeds the cross-validation split
   * @param encoder id of the sentence encoder ({@link Encoders#ids()})
   * @param taxonomy a taxonomy file ({@link NarrativeTaxonomy} format); null for SemEval-2025
   * @param descriptions a {@code label<TAB>description} file; null to look for {@code
   *     descriptions.tsv} in the data folder and then its parent, else use the label names
   * @param folds cross-validation folds for the thresholds, {@code >= 2}
   * @param threads worker threads for embedding and training, {@code >= 1}
   */
  public record Options(
      long seed,
      String encoder,
      @Nullable Path taxonomy,
      @Nullable Path descriptions,
      int folds,
      int threads) {
    public Options {
      if (folds < 2 || threads < 1) {
        throw new IllegalArgumentException("need folds >= 2 and threads >= 1");
      }
    }

    /** MiniLM, SemEval-2025 taxonomy, descriptions found beside the data, 5 folds, all cores. */
    public static Options defaults(long seed) {
      return new Options(
          seed, Encoders.MINILM, null, null, 5, Runtime.getRuntime().availableProcessors());
    }
  }

  private NarrativeTrainer() {}

  /** Trains with {@link Options#defaults(long)}. */
  public static TrainingReport train(Path semevalDir, Path outDir, long seed, PrintStream progress)
      throws IOException {
    return train(semevalDir, outDir, Options.defaults(seed), progress);
  }

  /**
   * Trains a model on {@code semevalDir} and writes it into {@code outDir/narratives/}.
   *
   * @throws IllegalArgumentException when the folder has no subtask 2 annotations for its texts
   * @throws IOException when the folder cannot be read or the model cannot be written
   */
  public static TrainingReport train(
      Path semevalDir, Path outDir, Options options, PrintStream progress) throws IOException {
    Instant start = Instant.now();
    progress.println("narratives: reading " + semevalDir);
    SemEvalCorpus corpus = SemEvalReader.readFolder(semevalDir);
    corpus.errors().forEach(e -> progress.println("narratives: " + e));
    NarrativeTaxonomy taxonomy =
        options.taxonomy() == null
            ? NarrativeTaxonomy.semeval2025()
            : NarrativeTaxonomy.read(options.taxonomy());
    LabelSpace labels = LabelSpace.of(taxonomy);
    List<NarrativeLabels> gold = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    TreeSet<String> unknown = new TreeSet<>();
    for (NarrativeLabels l : corpus.narratives()) {
      String text = corpus.documents().get(l.articleId());
      if (text != null) {
        gold.add(known(l, taxonomy, unknown));
        texts.add(text);
      }
    }
    unknown.forEach(
        u -> progress.println("narratives: warning: label not in the taxonomy, ignored: " + u));
    if (gold.isEmpty()) {
      throw new IllegalArgumentException(
          semevalDir + " has no subtask 2 annotations for the texts in its raw-documents/");
    }
    Path descriptionsFile = descriptionsFile(semevalDir, options.descriptions());
    Map<String, String> descriptions = readDescriptions(descriptionsFile);
    SentenceEncoder encoder = Encoders.expect(options.encoder());

    progress.printf(
        Locale.ROOT,
        "narratives: %d documents, %d narratives and %d subnarratives; embedding with %s on %d"
            + " threads%n",
        gold.size(),
        labels.narratives().size(),
        labels.subnarratives().size(),
        encoder.id(),
        options.threads());
    List<Document> docs = annotate(gold, texts, encoder, options.threads(), progress);
    float[][] prototypes = encoder.embed(prototypeTexts(labels, descriptions));

    int n = docs.size();
    DocumentFeatures[] features = new DocumentFeatures[n];
    for (int i = 0; i < n; i++) {
      DocumentFeatures f = DocumentFeatures.of(docs.get(i), prototypes, POOL_TOP_K, LEXICAL_DIM);
      if (f == null) {
        throw new IllegalArgumentException(
            "training document " + gold.get(i).articleId() + " has no sentences");
      }
      features[i] = f;
    }
    int dim = encoder.dimension();
    float[] mean = new float[dim];
    float[] invStd = new float[dim];
    standardisation(features, mean, invStd);
    boolean[][] y = targets(gold, labels);
    int bearing = 0;
    for (boolean b : y[labels.outputs()]) {
      bearing += b ? 1 : 0;
    }

    int[] fold = folds(n, options.folds(), options.seed());
    double[][] oof = new double[n][];
    for (int k = 0; k < options.folds(); k++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        (fold[i] == k ? held : train).add(i);
      }
      NarrativeModel m =
          fit(labels, features, y, train, mean, invStd, prototypes, encoder, null, options);
      for (int i : held) {
        oof[i] = m.probabilities(features[i]);
      }
      progress.printf(
          Locale.ROOT, "narratives: cross-validation fold %d/%d trained%n", k + 1, options.folds());
    }
    Tuning tuning = tune(oof, gold, labels, taxonomy);
    progress.printf(
        Locale.ROOT,
        "narratives: thresholds gate %.2f, min narrative %.2f, narrative %.2f, subnarrative %.2f"
            + " (out-of-fold F1 coarse %.3f, fine %.3f)%n",
        tuning.thresholds.gate(),
        tuning.thresholds.minNarrative(),
        tuning.thresholds.narrative(),
        tuning.thresholds.subnarrative(),
        tuning.scores.coarseF1(),
        tuning.scores.fineF1());

    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    NarrativeModel model =
        fit(
            labels,
            features,
            y,
            all,
            mean,
            invStd,
            prototypes,
            encoder,
            tuning.thresholds,
            options);
    Path dir = outDir.resolve(FOLDER);
    model.write(dir);
    Files.writeString(
        dir.resolve(NarrativeModel.DESCRIPTIONS), descriptionsTsv(labels, descriptions));
    Duration took = Duration.between(start, Instant.now());
    Files.writeString(
        dir.resolve(NarrativeModel.PROVENANCE),
        provenance(
            model, semevalDir, corpus, options, descriptionsFile, n, bearing, tuning, start));
    progress.println("narratives: wrote " + dir + " (" + model.id + ")");
    return new TrainingReport(
        dir,
        n,
        bearing,
        tuning.scores.coarseF1(),
        tuning.scores.fineF1(),
        tuning.thresholds.gate(),
        tuning.thresholds.minNarrative(),
        tuning.thresholds.narrative(),
        tuning.thresholds.subnarrative(),
        options.seed(),
        took);
  }

  /** {@code l} without the labels {@code taxonomy} lacks (those are added to {@code unknown}). */
  private static NarrativeLabels known(
      NarrativeLabels l, NarrativeTaxonomy taxonomy, TreeSet<String> unknown) {
    List<String> narratives = new ArrayList<>();
    for (String n : l.narratives()) {
      if (taxonomy.isNarrative(n)) {
        narratives.add(n);
      } else {
        unknown.add(n);
      }
    }
    List<String> subs = new ArrayList<>();
    for (String s : l.subnarratives()) {
      if (taxonomy.isSubnarrative(s)) {
        subs.add(s);
      } else {
        unknown.add(s);
      }
    }
    return new NarrativeLabels(l.articleId(), narratives, subs);
  }

  /** Runs language, text and embedding annotators over the texts, in input order. */
  private static List<Document> annotate(
      List<NarrativeLabels> gold,
      List<String> texts,
      SentenceEncoder encoder,
      int threads,
      PrintStream progress) {
    // Batches of one: a quantized encoder's vector of a sentence then never depends on which
    // other sentences shared its batch, so the model does not depend on the thread count.
    Pipeline pipeline =
        Pipeline.builder()
            .add(new LanguageAnnotator(LanguageAnnotator.Config.defaults()))
            .add(new TextAnnotator(OpenNlpModels.loadEnglish()))
            .add(
                new EmbeddingAnnotator(
                    encoder, new EmbeddingAnnotator.Config(1, 50_000, 1, false, 0)))
            .build();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "claimlens-narratives-embed-" + next.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Document>> futures = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String id = gold.get(i).articleId();
        String text = texts.get(i);
        futures.add(pool.submit(() -> pipeline.process(Document.of(id, text, Metadata.of(id)))));
      }
      List<Document> out = new ArrayList<>();
      for (Future<Document> f : futures) {
        out.add(f.get());
        if (out.size() % 100 == 0) {
          progress.printf(
              Locale.ROOT, "narratives: embedded %d/%d documents%n", out.size(), texts.size());
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Per output (narratives, then specific subnarratives, then the gate), the positive rows. */
  static boolean[][] targets(List<NarrativeLabels> gold, LabelSpace labels) {
    int outputs = labels.outputs();
    boolean[][] y = new boolean[outputs + 1][gold.size()];
    for (int i = 0; i < gold.size(); i++) {
      NarrativeLabels g = gold.get(i);
      for (String l : g.narratives()) {
        int j = labels.output(l);
        if (j >= 0) {
          y[j][i] = true;
          y[outputs][i] = true;
        }
      }
      for (String l : g.subnarratives()) {
        int j = labels.output(l);
        if (j >= labels.narratives().size()) {
          y[j][i] = true;
          // A subnarrative implies its narrative, even where a line forgot to say so.
          y[labels.parent(j - labels.narratives().size())][i] = true;
          y[outputs][i] = true;
        }
      }
    }
    return y;
  }

  /** Trains the gate and the label models on the rows {@code use}. */
  private static NarrativeModel fit(
      LabelSpace labels,
      DocumentFeatures[] features,
      boolean[][] y,
      List<Integer> use,
      float[] mean,
      float[] invStd,
      float[][] prototypes,
      SentenceEncoder encoder,
      @Nullable Thresholds thresholds,
      Options options) {
    int dim = mean.length;
    List<DocumentFeatures> rows = new ArrayList<>();
    List<Integer> source = new ArrayList<>();
    for (int i : use) {
      rows.add(features[i]);
      source.add(i);
    }
    int m = rows.size();
    float[][] z = new float[m][];
    float[][] gz = new float[m][];
    int[][] lex = new int[m][];
    double[] lexValue = new double[m];
    double scale = 1.0 / Math.sqrt(dim);
    for (int r = 0; r < m; r++) {
      DocumentFeatures f = rows.get(r);
      z[r] = new float[dim];
      gz[r] = new float[dim];
      for (int d = 0; d < dim; d++) {
        z[r][d] = (f.pooled[d] - mean[d]) * invStd[d];
        gz[r][d] = (float) (z[r][d] * scale);
      }
      lex[r] = f.lexical;
      lexValue[r] = NarrativeModel.lexicalValue(LEXICAL_WEIGHT, f.lexical.length);
    }
    int outputs = labels.outputs();
    boolean[][] ys = new boolean[outputs][m];
    boolean[] gate = new boolean[m];
    for (int r = 0; r < m; r++) {
      int i = source.get(r);
      for (int j = 0; j < outputs; j++) {
        ys[j][r] = y[j][i];
      }
      gate[r] = y[outputs][i];
    }
    double[][] w =
        LogisticRegression.trainAll(
            LogisticRegression.Rows.dense(z), ys, LABEL_SETTINGS, options.threads());
    double[] g =
        LogisticRegression.train(
            new LogisticRegression.Rows(gz, lex, lexValue, LEXICAL_DIM), gate, GATE_SETTINGS);
    float[][] weights = new float[outputs][dim];
    float[] bias = new float[outputs];
    for (int j = 0; j < outputs; j++) {
      for (int d = 0; d < dim; d++) {
        weights[j][d] = (float) w[j][d];
      }
      bias[j] = (float) w[j][dim];
    }
    float[] gateDense = new float[dim];
    float[] gateLex = new float[LEXICAL_DIM];
    for (int d = 0; d < dim; d++) {
      gateDense[d] = (float) g[d];
    }
    for (int k = 0; k < LEXICAL_DIM; k++) {
      gateLex[k] = (float) g[dim + k];
    }
    NarrativeModel.Settings settings =
        new NarrativeModel.Settings(encoder.id(), dim, POOL_TOP_K, LEXICAL_DIM, LEXICAL_WEIGHT);
    Thresholds t = thresholds != null ? thresholds : new Thresholds(0.5, 0.0, 0.5, 0.5, 3, 2);
    NarrativeModel unnamed =
        new NarrativeModel(
            "unnamed",
            settings,
            labels,
            t,
            mean,
            invStd,
            weights,
            bias,
            gateDense,
            gateLex,
            (float) g[dim + LEXICAL_DIM],
            prototypes);
    String id = "narratives-" + sha256(unnamed.weightBytes()).substring(0, 12);
    return new NarrativeModel(
        id,
        settings,
        labels,
        t,
        mean,
        invStd,
        weights,
        bias,
        gateDense,
        gateLex,
        (float) g[dim + LEXICAL_DIM],
        prototypes);
  }

  private record Tuning(Thresholds thresholds, NarrativeScores scores) {
    double value() {
      return scores.coarseF1() + scores.fineF1();
    }
  }

  /**
   * Chooses thresholds on out-of-fold predictions by the one-standard-error rule: among the grid
   * points whose coarse + fine F1 is within one standard error of the best, the gate threshold
   * nearest 0.5, then the strictest minimum narrative probability, then the best score. The
   * training texts are short and their gate probabilities are nearly all close to 0 or 1, so the
   * exact best point is noise; a threshold deep in that tail would not carry over to full-length
   * articles, where the gate is less sure, while 0.5 is where a calibrated model is indifferent.
   */
  private static Tuning tune(
      double[][] oof, List<NarrativeLabels> gold, LabelSpace labels, NarrativeTaxonomy taxonomy) {
    List<Tuning> all = new ArrayList<>();
    Tuning best = null;
    for (double gate : GATE_GRID) {
      for (double min : MIN_NARRATIVE_GRID) {
        for (double narrative : NARRATIVE_GRID) {
          for (double sub : SUBNARRATIVE_GRID) {
            Thresholds t = new Thresholds(gate, min, narrative, sub, 3, 2);
            List<NarrativeLabels> predicted = new ArrayList<>(gold.size());
            for (int i = 0; i < gold.size(); i++) {
              predicted.add(labelsOf(gold.get(i).articleId(), oof[i], labels, t));
            }
            Tuning candidate =
                new Tuning(t, NarrativeScorer.score(otherFilled(gold), predicted, taxonomy));
            all.add(candidate);
            if (best == null || candidate.value() > best.value() + 1e-12) {
              best = candidate;
            }
          }
        }
      }
    }
    double se =
        (best.scores().coarseStd() + best.scores().fineStd()) / Math.sqrt(best.scores().docs());
    Tuning chosen = best;
    for (Tuning c : all) {
      if (c.value() >= best.value() - se && preferred(c, chosen)) {
        chosen = c;
      }
    }
    return chosen;
  }

  private static boolean preferred(Tuning a, Tuning b) {
    double da = Math.abs(a.thresholds().gate() - 0.5);
    double db = Math.abs(b.thresholds().gate() - 0.5);
    if (Math.abs(da - db) > 1e-9) {
      return da < db;
    }
    if (a.thresholds().minNarrative() != b.thresholds().minNarrative()) {
      return a.thresholds().minNarrative() > b.thresholds().minNarrative();
    }
    return a.value() > b.value() + 1e-12;
  }

  /** The SemEval labels decoded from probabilities; {@code Other} when nothing is chosen. */
  static NarrativeLabels labelsOf(String id, double[] p, LabelSpace labels, Thresholds t) {
    List<String> narratives = new ArrayList<>();
    List<String> subs = new ArrayList<>();
    for (NarrativeDecoder.Choice c : NarrativeDecoder.decode(p, labels, t)) {
      narratives.add(labels.narratives().get(c.narrative()));
      for (int s : c.subnarratives()) {
        subs.add(labels.subnarratives().get(s));
      }
      String fallback = labels.fallback(c.narrative());
      if (c.subnarratives().length == 0 && fallback != null) {
        subs.add(fallback);
      }
    }
    if (narratives.isEmpty()) {
      return new NarrativeLabels(id, List.of(LabelSpace.OTHER), List.of(LabelSpace.OTHER));
    }
    return new NarrativeLabels(id, narratives, subs);
  }

  /** Gold lines with {@code Other} where a list is empty, as the files write them. */
  private static List<NarrativeLabels> otherFilled(List<NarrativeLabels> gold) {
    List<NarrativeLabels> out = new ArrayList<>(gold.size());
    for (NarrativeLabels g : gold) {
      out.add(
          new NarrativeLabels(
              g.articleId(),
              g.narratives().isEmpty() ? List.of(LabelSpace.OTHER) : g.narratives(),
              g.subnarratives().isEmpty() ? List.of(LabelSpace.OTHER) : g.subnarratives()));
    }
    return out;
  }

  /** Mean and inverse standard deviation (plus a floor) of the pooled vectors. */
  private static void standardisation(DocumentFeatures[] features, float[] mean, float[] invStd) {
    int dim = mean.length;
    double[] sum = new double[dim];
    double[] sq = new double[dim];
    for (DocumentFeatures f : features) {
      for (int d = 0; d < dim; d++) {
        sum[d] += f.pooled[d];
        sq[d] += (double) f.pooled[d] * f.pooled[d];
      }
    }
    int n = features.length;
    for (int d = 0; d < dim; d++) {
      double mu = sum[d] / n;
      double var = Math.max(0, sq[d] / n - mu * mu);
      mean[d] = (float) mu;
      invStd[d] = (float) (1.0 / (Math.sqrt(var) + 1e-3));
    }
  }

  /** Fold of each row: a seeded Fisher-Yates permutation dealt round-robin. */
  static int[] folds(int n, int folds, long seed) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    Random random = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = perm[i];
      perm[i] = perm[j];
      perm[j] = tmp;
    }
    int[] fold = new int[n];
    for (int k = 0; k < n; k++) {
      fold[perm[k]] = k % folds;
    }
    return fold;
  }

  private static @Nullable Path descriptionsFile(Path semevalDir, @Nullable Path given) {
    if (given != null) {
      return given;
    }
    Path here = semevalDir.resolve("descriptions.tsv");
    if (Files.isRegularFile(here)) {
      return here;
    }
    Path parent =
        semevalDir.getParent() != null
            ? semevalDir.getParent()
            : semevalDir.toAbsolutePath().getParent();
    if (parent != null && Files.isRegularFile(parent.resolve("descriptions.tsv"))) {
      return parent.resolve("descriptions.tsv");
    }
    return null;
  }

  private static Map<String, String> readDescriptions(@Nullable Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (file == null) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0 && !line.startsWith("#")) {
        out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      }
    }
    return out;
  }

  /** Each narrative's description, or its name without the domain prefix. */
  private static List<String> prototypeTexts(LabelSpace labels, Map<String, String> descriptions) {
    List<String> out = new ArrayList<>();
    for (String n : labels.narratives()) {
      out.add(descriptions.getOrDefault(n, nameOf(n)));
    }
    return out;
  }

  private static String nameOf(String label) {
    String d = LabelSpace.domain(label);
    return d.isEmpty() ? label : label.substring(d.length() + 2);
  }

  private static String descriptionsTsv(LabelSpace labels, Map<String, String> descriptions) {
    StringBuilder b = new StringBuilder("# label\tdescription (narrative prototypes)\n");
    for (String n : labels.narratives()) {
      b.append(n).append('\t').append(descriptions.getOrDefault(n, nameOf(n))).append('\n');
    }
    return b.toString();
  }

  private static String provenance(
      NarrativeModel model,
      Path data,
      SemEvalCorpus corpus,
      Options options,
      @Nullable Path descriptions,
      int documents,
      int bearing,
      Tuning tuning,
      Instant start)
      throws IOException {
    StringBuilder content = new StringBuilder();
    corpus.documents().forEach((id, text) -> content.append(id).append('\n').append(text));
    content.append(NarrativeLabelWriter.write(corpus.narratives()));
    String taxonomy =
        options.taxonomy() == null
            ? "bundled SemEval-2025 Task 10 (NarrativeTaxonomy.semeval2025())"
            : options.taxonomy().toString();
    String taxonomyHash =
        options.taxonomy() == null ? "" : sha256(Files.readAllBytes(options.taxonomy()));
    String descriptionsHash = descriptions == null ? "" : sha256(Files.readAllBytes(descriptions));
    return "{\n"
        + field("model", model.id)
        + field("annotator", "narratives")
        + field("claimlens_version", Provenances.VERSION)
        + field("trained_at", start.truncatedTo(ChronoUnit.SECONDS).toString())
        + field("trainer", NarrativeTrainer.class.getName())
        + field("training_data", data.toString())
        + field("training_data_sha256", sha256(content.toString().getBytes(StandardCharsets.UTF_8)))
        + field("documents", documents)
        + field("narrative_bearing_documents", bearing)
        + field("taxonomy", taxonomy)
        + field("taxonomy_sha256", taxonomyHash)
        + field("descriptions", descriptions == null ? "(label names)" : descriptions.toString())
        + field("descriptions_sha256", descriptionsHash)
        + field("encoder", model.settings.encoder())
        + field("seed", options.seed())
        + field("folds", options.folds())
        + field("settings", model.settings.toString())
        + field("label_training", LABEL_SETTINGS.toString())
        + field("gate_training", GATE_SETTINGS.toString())
        + field("thresholds", tuning.thresholds.toString())
        + field("cv_f1_coarse", NarrativeModel.num(tuning.scores.coarseF1()))
        + field("cv_f1_fine", NarrativeModel.num(tuning.scores.fineF1()))
        + "  \"cv_note\": \"out-of-fold predictions on the training data, with thresholds tuned on"
        + " them (optimistic)\"\n}\n";
  }

  private static String field(String key, Object value) {
    String v =
        value instanceof Number
            ? value.toString()
            : "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return "  \"" + key + "\": " + v + ",\n";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
