package org.claimlens.annotators.techniques;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimlens.annotators.Provenances;
import org.claimlens.annotators.techniques.TechniqueModel.Granularity;
import org.claimlens.annotators.techniques.TechniqueModel.LabelInfo;
import org.claimlens.annotators.techniques.TechniqueModel.Scored;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.eval.Prf;
import org.claimlens.eval.ptc.PtcArticleReader;
import org.claimlens.eval.ptc.PtcLabelReader;
import org.claimlens.eval.ptc.PtcScorer;
import org.claimlens.eval.ptc.PtcTechniques;
import org.claimlens.eval.ptc.TechniqueSpan;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Trains the technique model from a PTC-layout folder and writes it to {@code outDir/techniques/},
 * where {@link TechniqueAnnotator#load} finds it.
 *
 * <p><b>Input.</b> Articles {@code article<ID>.txt}; labels {@code ID<TAB>label<TAB>start<TAB>end}
 * (end exclusive) from, in this order of preference, {@code labels-semeval2023.tsv}, {@code
 * labels-ptc.tsv}, or every {@code *.labels} / {@code *.labels.tsv} file of the folder (read by
 * {@link PtcLabelReader}). The model learns the label strings it is given: SemEval-2023 labels give
 * a model that emits SemEval-2023 labels (scheme {@code semeval2023}); PTC-14 labels give one that
 * emits PTC-14 labels (scheme {@code ptc}), which {@link PtcMapping#toPtc} passes through
 * unchanged. Articles are treated as English.
 *
 * <p><b>Method.</b> Each technique's extent (phrase, clause, sentence, repetition) is read off its
 * gold spans. Four logistic-regression models over hashed features (words, stems, bigrams, opening
 * words, punctuation, position, and the categories and cues of the authored {@code lexicon.tsv})
 * are trained by AdaGrad: sentences for the argumentative techniques, lexicon and learned phrases
 * for loaded language and name calling, repeats for repetition, and gold spans for classification.
 * Each technique's threshold is the one that maximises its labelled-span F1 (PTC partial overlap)
 * over {@value #FOLDS}-fold cross-validation by article on the training data; the final models are
 * then trained on all of it.
 *
 * <p><b>Output.</b> {@code weights.bin.gz}, {@code labels.tsv} (extent, threshold and CV F1 per
 * label), {@code phrases.tsv}, {@code model.properties} and {@code provenance.json} (data path and
 * SHA-256, date, settings, seed, claimlens version). Given the same data and seed, every file but
 * the date in {@code provenance.json} comes out byte for byte the same: training is
 * single-threaded, iterates in sorted order and draws from a seeded {@link Random}.
 *
 * <p>Example: {@code TechniqueTrainer.train(Path.of("data/techniques/train"), Path.of("models"),
 * 42, System.err)}.
 */
public final class TechniqueTrainer {
  /** Cross-validation folds used to calibrate thresholds. */
  public static final int FOLDS = 5;

  static final String MODEL_FOLDER = "techniques";
  private static final double[] GRID = grid();

  private TechniqueTrainer() {}

  private static double[] grid() {
    double[] g = new double[39];
    for (int i = 0; i < g.length; i++) {
      g[i] = 0.03 + i * 0.025;
    }
    return g;
  }

  /**
   * Trains on {@code dataDir} and writes {@code outDir/techniques/}.
   *
   * @param progress receives one line per stage
   * @throws IOException if the folder cannot be read or the model cannot be written
   * @throws IllegalArgumentException if the folder holds no articles or no labelled spans
   */
  public static TrainingReport train(Path dataDir, Path outDir, long seed, PrintStream progress)
      throws IOException {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(progress, "progress");
    long t0 = System.nanoTime();
    Map<String, String> texts = PtcArticleReader.readFolder(dataDir);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no article*.txt files in " + dataDir);
    }
    @Nullable Path labelsFile = labelsFile(dataDir);
    List<TechniqueSpan> labels =
        labelsFile != null ? PtcLabelReader.read(labelsFile) : PtcLabelReader.read(dataDir);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("no labelled spans in " + dataDir);
    }
    String scheme = scheme(labels);
    progress.printf(
        Locale.ROOT,
        "techniques: %d articles, %d spans (%s labels) from %s%n",
        texts.size(),
        labels.size(),
        scheme,
        labelsFile != null ? labelsFile.getFileName() : "*.labels");

    List<TrainingDoc> docs = analyse(texts, labels);
    TreeMap<String, Integer> counts = new TreeMap<>();
    labels.forEach(l -> counts.merge(l.technique(), 1, Integer::sum));
    List<String> labelNames = new ArrayList<>(counts.keySet());
    Map<String, Granularity> granularity = ModelFitter.granularities(docs, labelNames);
    progress.println("techniques: extents " + granularity);
    ModelFitter.Settings settings = ModelFitter.Settings.defaults();

    Calibration cal = crossValidate(docs, granularity, counts, scheme, settings, seed, progress);

    TechniqueModel fitted =
        ModelFitter.fit(docs, granularity, counts, scheme, settings, seed)
            .withCalibration(cal.thresholds(), "pending");
    Path dir = outDir.resolve(MODEL_FOLDER);
    Files.createDirectories(dir);
    byte[] weights = fitted.weightsBytes();
    String labelsTsv = fitted.labelsTsv();
    String phrasesTsv = fitted.phrases().write();
    MessageDigest idDigest = Hashing.sha256();
    idDigest.update(weights);
    idDigest.update(labelsTsv.getBytes(StandardCharsets.UTF_8));
    idDigest.update(phrasesTsv.getBytes(StandardCharsets.UTF_8));
    String id = "techniques-lr-" + java.util.HexFormat.of().formatHex(idDigest.digest(), 0, 6);
    TechniqueModel model = fitted.withCalibration(Map.of(), id);
    String lexicon = TechniqueLexicon.loadDefault().fingerprint();
    Files.write(dir.resolve(TechniqueModel.WEIGHTS), weights);
    Files.writeString(dir.resolve(TechniqueModel.LABELS), labelsTsv, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(TechniqueModel.PHRASES), phrasesTsv, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(TechniqueModel.PROPERTIES),
        model.propertiesText(lexicon),
        StandardCharsets.UTF_8);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, TrainingReport.LabelReport> perLabel = new LinkedHashMap<>();
    for (LabelInfo l : model.labels().values()) {
      perLabel.put(
          l.label(),
          new TrainingReport.LabelReport(
              l.label(), l.granularity().name(), l.trainSpans(), l.threshold(), l.cvF1()));
    }
    TrainingReport report =
        new TrainingReport(
            dir,
            id,
            scheme,
            texts.size(),
            labels.size(),
            seed,
            cal.folds(),
            perLabel,
            cal.spanF1(),
            cal.labelledF1(),
            cal.classification(),
            millis);
    Files.writeString(
        dir.resolve(TechniqueModel.PROVENANCE),
        provenanceJson(dataDir, labelsFile, texts, report, settings, lexicon),
        StandardCharsets.UTF_8);
    progress.print(report.format());
    return report;
  }

  private static @Nullable Path labelsFile(Path dataDir) {
    for (String name : List.of("labels-semeval2023.tsv", "labels-ptc.tsv")) {
      Path p = dataDir.resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /** {@code semeval2023} or {@code ptc} when every label belongs to that scheme, else custom. */
  static String scheme(List<TechniqueSpan> labels) {
    if (labels.stream().allMatch(l -> PtcMapping.isSemEval2023(l.technique()))) {
      return "semeval2023";
    }
    if (labels.stream().allMatch(l -> PtcTechniques.isKnown(l.technique()))) {
      return "ptc";
    }
    return "custom";
  }

  /** Runs sentence splitting, tokenisation and POS tagging on each article, as English. */
  static List<TrainingDoc> analyse(Map<String, String> texts, List<TechniqueSpan> labels) {
    TextAnnotator text = new TextAnnotator(OpenNlpModels.loadEnglish());
    TechniqueLexicon lexicon = TechniqueLexicon.loadDefault();
    Map<String, List<TrainingDoc.Gold>> gold = new HashMap<>();
    for (TechniqueSpan l : labels) {
      gold.computeIfAbsent(l.articleId(), k -> new ArrayList<>())
          .add(new TrainingDoc.Gold(l.technique(), l.span()));
    }
    List<TrainingDoc> docs = new ArrayList<>(texts.size());
    texts.forEach(
        (id, t) -> {
          List<TrainingDoc.Gold> g = gold.getOrDefault(id, List.of());
          for (TrainingDoc.Gold x : g) {
            if (x.span().end() > t.length()) {
              throw new IllegalArgumentException(
                  "label " + x + " of article " + id + " runs past its text (" + t.length() + ")");
            }
          }
          Document doc = english(Document.of(id, t, Metadata.of("article" + id + ".txt")));
          docs.add(new TrainingDoc(id, new DocView(text.annotate(doc), lexicon), g));
        });
    return docs;
  }

  static Document english(Document doc) {
    return doc.with(
        Layers.LANGUAGE,
        List.of(
            new Annotation<>(
                Span.of(0, doc.text().length()),
                new Language("en", 1.0),
                1.0,
                Provenances.of("techniques-trainer", "given", "en"))));
  }

  /**
   * Thresholds per label and the cross-validation figures.
   *
   * @param thresholds label to {threshold, CV labelled F1}
   */
  private record Calibration(
      Map<String, double[]> thresholds,
      int folds,
      double spanF1,
      double labelledF1,
      double classification) {}

  private static Calibration crossValidate(
      List<TrainingDoc> docs,
      Map<String, Granularity> granularity,
      Map<String, Integer> counts,
      String scheme,
      ModelFitter.Settings settings,
      long seed,
      PrintStream progress) {
    int k = Math.min(FOLDS, docs.size());
    if (k < 2) {
      return new Calibration(Map.of(), 0, 0, 0, 0);
    }
    int[] fold = new int[docs.size()];
    int[] order = new int[docs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    LogisticTrainer.shuffle(order, new Random(seed));
    for (int i = 0; i < order.length; i++) {
      fold[order[i]] = i % k;
    }
    Map<String, List<TechniqueSpan>> candidates = new TreeMap<>();
    Map<String, List<Double>> candidateScores = new TreeMap<>();
    int right = 0;
    int total = 0;
    for (int f = 0; f < k; f++) {
      List<TrainingDoc> train = new ArrayList<>();
      List<TrainingDoc> test = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        (fold[i] == f ? test : train).add(docs.get(i));
      }
      TechniqueModel m = ModelFitter.fit(train, granularity, counts, scheme, settings, seed + f);
      List<String> spanLabels = m.spanModel().labels();
      for (TrainingDoc d : test) {
        for (Scored c : m.score(d.view())) {
          candidates
              .computeIfAbsent(c.label(), x -> new ArrayList<>())
              .add(new TechniqueSpan(d.id(), c.label(), c.span()));
          candidateScores.computeIfAbsent(c.label(), x -> new ArrayList<>()).add(c.score());
        }
        for (TrainingDoc.Gold g : d.gold()) {
          String predicted = spanLabels.get(ModelFitter.argmax(m.classify(d.view(), g.span())));
          right += predicted.equals(g.label()) ? 1 : 0;
          total++;
        }
      }
      progress.printf(Locale.ROOT, "techniques: cross-validation fold %d/%d done%n", f + 1, k);
    }
    Map<String, List<TechniqueSpan>> goldByLabel = new TreeMap<>();
    List<TechniqueSpan> allGold = new ArrayList<>();
    for (TrainingDoc d : docs) {
      for (TrainingDoc.Gold g : d.gold()) {
        TechniqueSpan ts = new TechniqueSpan(d.id(), g.label(), g.span());
        goldByLabel.computeIfAbsent(g.label(), x -> new ArrayList<>()).add(ts);
        allGold.add(ts);
      }
    }
    Map<String, double[]> thresholds = new TreeMap<>();
    List<TechniqueSpan> allPredicted = new ArrayList<>();
    for (String label : new TreeSet<>(granularity.keySet())) {
      List<TechniqueSpan> cands = candidates.getOrDefault(label, List.of());
      List<Double> scores = candidateScores.getOrDefault(label, List.of());
      List<TechniqueSpan> gold = goldByLabel.getOrDefault(label, List.of());
      double[] f1 = new double[GRID.length];
      for (int g = 0; g < GRID.length; g++) {
        f1[g] = PtcScorer.labelledSpans(gold, above(cands, scores, GRID[g])).f1();
      }
      int best = 0;
      double bestSmooth = -1;
      for (int g = 0; g < GRID.length; g++) {
        // Averaged with the neighbours, so that a lucky spike on a few spans does not win.
        double smooth =
            (f1[Math.max(0, g - 1)] + 2 * f1[g] + f1[Math.min(GRID.length - 1, g + 1)]) / 4;
        if (smooth > bestSmooth + 1e-12) {
          bestSmooth = smooth;
          best = g;
        }
      }
      double threshold = f1[best] > 0 ? GRID[best] : 0.99;
      thresholds.put(label, new double[] {threshold, f1[best]});
      allPredicted.addAll(above(cands, scores, threshold));
    }
    Prf span = PtcScorer.spanIdentification(allGold, allPredicted);
    Prf labelled = PtcScorer.labelledSpans(allGold, allPredicted);
    return new Calibration(
        thresholds, k, span.f1(), labelled.f1(), total == 0 ? 0 : (double) right / total);
  }

  private static List<TechniqueSpan> above(
      List<TechniqueSpan> cands, List<Double> scores, double threshold) {
    List<TechniqueSpan> out = new ArrayList<>();
    for (int i = 0; i < cands.size(); i++) {
      if (scores.get(i) >= threshold) {
        out.add(cands.get(i));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- provenance

  private static String provenanceJson(
      Path dataDir,
      @Nullable Path labelsFile,
      Map<String, String> texts,
      TrainingReport report,
      ModelFitter.Settings settings,
      String lexicon)
      throws IOException {
    MessageDigest d = Hashing.sha256();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      d.update(("article" + e.getKey() + ".txt\0").getBytes(StandardCharsets.UTF_8));
      d.update(e.getValue().getBytes(StandardCharsets.UTF_8));
    }
    if (labelsFile != null) {
      d.update((labelsFile.getFileName() + "\0").getBytes(StandardCharsets.UTF_8));
      d.update(Files.readAllBytes(labelsFile));
    }
    String dataHash = java.util.HexFormat.of().formatHex(d.digest());
    StringBuilder b = new StringBuilder("{\n");
    field(b, "model", report.modelId());
    field(b, "annotator", "techniques");
    field(b, "claimlens_version", Provenances.VERSION);
    field(b, "created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    field(b, "training_data", dataDir.toString().replace('\\', '/'));
    field(b, "training_labels", labelsFile == null ? "*.labels" : labelsFile.getFileName() + "");
    field(b, "training_data_sha256", dataHash);
    field(b, "scheme", report.scheme());
    b.append("  \"articles\": ").append(report.articles()).append(",\n");
    b.append("  \"spans\": ").append(report.spans()).append(",\n");
    b.append("  \"seed\": ").append(report.seed()).append(",\n");
    field(b, "lexicon_sha256_prefix", lexicon);
    field(
        b,
        "method",
        "hashed-feature logistic regression (AdaGrad, L2), one-vs-rest for sentences, phrases"
            + " and repeats, softmax for given spans; thresholds per label by "
            + report.folds()
            + "-fold cross-validation on the training data");
    field(b, "settings", ModelFitter.describe(settings));
    b.append("  \"cross_validation\": {")
        .append(String.format(Locale.ROOT, "\"folds\": %d, ", report.folds()))
        .append(String.format(Locale.ROOT, "\"span_f1\": %.4f, ", report.cvSpanF1()))
        .append(String.format(Locale.ROOT, "\"labelled_f1\": %.4f, ", report.cvLabelledF1()))
        .append(
            String.format(
                Locale.ROOT,
                "\"classification_accuracy\": %.4f},%n",
                report.cvClassificationAccuracy()));
    b.append("  \"labels\": {\n");
    int i = 0;
    for (TrainingReport.LabelReport l : report.labels().values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %s: {\"granularity\": \"%s\", \"train_spans\": %d, \"threshold\": %.4f,"
                  + " \"cv_labelled_f1\": %.4f}%s%n",
              quote(l.label()),
              l.granularity(),
              l.trainSpans(),
              l.threshold(),
              l.cvF1(),
              ++i < report.labels().size() ? "," : ""));
    }
    b.append("  }\n}\n");
    return b.toString();
  }

  private static void field(StringBuilder b, String key, String value) {
    b.append("  ").append(quote(key)).append(": ").append(quote(value)).append(",\n");
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * Trains from the command line: {@code TechniqueTrainer DATA_DIR OUT_DIR [SEED]}; writes {@code
   * OUT_DIR/techniques/} and prints the report.
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: TechniqueTrainer DATA_DIR OUT_DIR [SEED]");
      System.exit(2);
    }
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
    try {
      train(Path.of(args[0]), Path.of(args[1]), seed, System.out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
