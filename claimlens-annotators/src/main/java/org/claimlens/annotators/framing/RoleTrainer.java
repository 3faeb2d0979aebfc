package org.claimlens.annotators.framing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.claimlens.annotators.Provenances;
import org.claimlens.annotators.entities.EntityAnnotator;
import org.claimlens.annotators.entities.Gazetteer;
import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.eval.semeval.EntityRoleLabel;
import org.claimlens.eval.semeval.EntityRoleWriter;
import org.claimlens.eval.semeval.RoleTaxonomy;
import org.claimlens.eval.semeval.SemEvalCorpus;
import org.claimlens.eval.semeval.SemEvalReader;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.pipeline.Pipeline;

/**
 * Trains the framing annotator's model from a SemEval-2025 Task 10 folder ({@code raw-documents/}
 * and {@code subtask-1-annotations.txt}) and writes it to {@code OUT/roles/}: {@code model.tsv} and
 * {@code provenance.json}.
 *
 * <p>Each document runs through the language, text and entities annotators; the features of each
 * <b>gold</b> mention are read from the result ({@link RoleFeatures}), and, with {@link
 * Settings#augment()}, those of the entity's other mentions in the same document, labelled with the
 * gold mention's roles (trained on, never scored). Then:
 *
 * <ol>
 *   <li>a main-role logistic regression learns Protagonist / Antagonist / Innocent;
 *   <li>one fine-role logistic regression per main role learns, from the mentions of that main role
 *       only, a distribution over its fine roles (a mention with two fine roles puts weight 1 on
 *       the first and {@link Settings#secondaryWeight()} on the second);
 *   <li>{@link Settings#folds()}-fold cross-validation by document on the same data gives
 *       out-of-fold predictions, from which the threshold for reporting a second fine role is
 *       chosen (the one with the best exact-match ratio; on ties the stricter one), and the
 *       out-of-fold scores go into the report and the provenance.
 * </ol>
 *
 * <p>Deterministic: documents and mentions are read in sorted order, folds and example order come
 * from a {@link SplittableRandom} seeded with {@code seed}, so the same data and seed write the
 * same {@code model.tsv} byte for byte (provenance.json also records the date). Runs
 * single-threaded. Example:
 *
 * <pre>{@code
 * TrainingReport r = RoleTrainer.train(Path.of("data/roles/train"), Path.of("model"), 13, System.err);
 * RoleAnnotator roles = RoleAnnotator.load(Path.of("model"));
 * }</pre>
 */
public final class RoleTrainer {
  /** The folder under the output folder that holds the model. */
  public static final String MODEL_FOLDER = "roles";

  static final String PROVENANCE_FILE = "provenance.json";

  /** The seed the shipped model was trained with. */
  public static final long DEFAULT_SEED = 13;

  private RoleTrainer() {}

  /**
   * How the classifiers are trained.
   *
   * @param main the main-role classifier's settings
   * @param fine the fine-role classifiers' settings
   * @param secondaryWeight target weight of a mention's second fine role against 1 for its first
   * @param folds cross-validation folds used to choose the second-role threshold
   * @param augment whether the entity's other mentions in the document (same canonical name) are
   *     trained on too, with the gold mention's roles: the gold mention is usually where the
   *     framing is clearest, and without them the model learns to lean on that sentence alone and
   *     fails on a plainer mention of the same entity (a title, say)
   */
  record Settings(
      LinearModel.Settings main,
      LinearModel.Settings fine,
      double secondaryWeight,
      int folds,
      boolean augment) {
    static Settings defaults() {
      return new Settings(
          new LinearModel.Settings(30, 0.1, 1e-3, 1),
          new LinearModel.Settings(30, 0.1, 1e-3, 1),
          0.5,
          5,
          true);
    }
  }

  /**
   * A gold mention's features and roles.
   *
   * @param documentId the document it stands in
   * @param features its features
   * @param main the gold main role
   * @param fine the gold fine roles, first the primary one
   * @param augmented whether this is another mention of a gold mention's entity, given the gold
   *     mention's roles (trained on, never scored)
   */
  record Mention(
      String documentId,
      Map<String, Double> features,
      String main,
      List<String> fine,
      boolean augmented) {}

  /**
   * Trains from the command line, for reproducing a model without the CLI: {@code RoleTrainer
   * SEMEVAL_DIR OUT_DIR [SEED]} (seed 13 by default, that of the shipped model). Progress goes to
   * stderr, the summary line to stdout; exits 2 on wrong arguments and 1 when training fails.
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: RoleTrainer SEMEVAL_DIR OUT_DIR [SEED]");
      System.exit(2);
    }
    try {
      long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
      TrainingReport r = train(Path.of(args[0]), Path.of(args[1]), seed, System.err);
      System.out.println(r.summary());
    } catch (IOException | RuntimeException e) {
      System.err.println("roles: training failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Trains on {@code semevalDir} and writes {@code outDir/roles/}.
   *
   * @param progress receives one line per stage (and per skipped mention)
   * @throws IOException when the folder cannot be read or the model cannot be written
   * @throws IllegalArgumentException when the folder holds no usable subtask 1 annotations
   */
  public static TrainingReport train(Path semevalDir, Path outDir, long seed, PrintStream progress)
      throws IOException {
    return train(semevalDir, outDir, seed, progress, Settings.defaults());
  }

  static TrainingReport train(
      Path semevalDir, Path outDir, long seed, PrintStream progress, Settings settings)
      throws IOException {
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(progress, "progress");
    Instant began = Instant.now();
    SemEvalCorpus corpus = SemEvalReader.readFolder(semevalDir);
    for (String e : corpus.errors()) {
      progress.println("roles: " + e);
    }
    if (corpus.roles().isEmpty()) {
      throw new IllegalArgumentException(
          semevalDir + " holds no subtask 1 annotations (" + SemEvalReader.SUBTASK_1_FILE + ")");
    }
    RoleTaxonomy taxonomy = RoleTaxonomy.semeval2025();
    RoleFeatures features = defaultFeatures(taxonomy);
    List<String> skipped = new ArrayList<>();
    List<Mention> mentions =
        prepare(corpus, analysisPipeline(), features, taxonomy, settings.augment(), skipped);
    for (String s : skipped) {
      progress.println("roles: skipped " + s);
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException(semevalDir + " has no usable gold mention");
    }
    long documents = mentions.stream().map(Mention::documentId).distinct().count();
    int gold = (int) mentions.stream().filter(m -> !m.augmented()).count();
    progress.printf(
        Locale.ROOT,
        "roles: %d gold mentions in %d documents, %d more mentions of their entities%n",
        gold,
        documents,
        mentions.size() - gold);

    CrossValidation cv = crossValidate(mentions, taxonomy, settings, seed, progress);
    RoleModel model =
        fit(mentions, taxonomy, settings, seed, cv.threshold(), features.lexicon().sha());

    Path dir = outDir.resolve(MODEL_FOLDER);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(RoleModel.FILE), model.text(), StandardCharsets.UTF_8);
    Duration elapsed = Duration.between(began, Instant.now());
    TrainingReport report =
        new TrainingReport(
            dir,
            (int) documents,
            gold,
            skipped,
            model.featureCount(),
            cv.folds(),
            cv.mainAccuracy(),
            cv.exactMatch(),
            cv.threshold(),
            elapsed);
    Files.writeString(
        dir.resolve(PROVENANCE_FILE),
        provenanceJson(semevalDir, corpus, seed, settings, model, report, mentions.size() - gold),
        StandardCharsets.UTF_8);
    progress.println(report.summary());
    return report;
  }

  /** The annotators the features need: language, text, entities, with their defaults. */
  static Pipeline analysisPipeline() {
    return Pipeline.builder()
        .add(new LanguageAnnotator(LanguageAnnotator.Config.defaults()))
        .add(new TextAnnotator(OpenNlpModels.loadEnglish()))
        .add(new EntityAnnotator(Gazetteer.loadDefault()))
        .build();
  }

  static RoleFeatures defaultFeatures(RoleTaxonomy taxonomy) {
    return new RoleFeatures(CueLexicon.loadDefault(), Gazetteer.loadDefault(), taxonomy);
  }

  /**
   * Runs {@code pipeline} over the annotated documents (sorted by id) and extracts the features of
   * each gold mention (sorted by offsets). Mentions whose roles are not in {@code taxonomy} or
   * whose text is missing are left out and described in {@code skipped}; a fine role of another
   * main role is dropped from the mention.
   */
  static List<Mention> prepare(
      SemEvalCorpus corpus,
      Pipeline pipeline,
      RoleFeatures features,
      RoleTaxonomy taxonomy,
      boolean augment,
      List<String> skipped) {
    Map<String, List<EntityRoleLabel>> byDoc = new TreeMap<>();
    for (EntityRoleLabel l : corpus.roles()) {
      byDoc.computeIfAbsent(l.articleId(), k -> new ArrayList<>()).add(l);
    }
    List<Mention> out = new ArrayList<>();
    for (Map.Entry<String, List<EntityRoleLabel>> e : byDoc.entrySet()) {
      String id = e.getKey();
      String text = corpus.documents().get(id);
      List<EntityRoleLabel> labels = new ArrayList<>(e.getValue());
      labels.sort(Comparator.comparing(EntityRoleLabel::span));
      if (text == null) {
        skipped.add(labels.size() + " mentions of " + id + ": raw-documents lacks the text");
        continue;
      }
      Document doc = pipeline.process(Document.of(id, text, Metadata.of(id)));
      DocumentView view = new DocumentView(doc, features.lexicon());
      for (EntityRoleLabel l : labels) {
        String where = id + " " + l.span() + " \"" + l.mention() + "\"";
        if (l.span().end() > text.length()) {
          skipped.add(where + ": runs past the text");
          continue;
        }
        List<String> allowed = taxonomy.fineRolesOf(l.mainRole());
        if (allowed.isEmpty()) {
          skipped.add(where + ": unknown main role " + l.mainRole());
          continue;
        }
        List<String> fine = l.fineRoles().stream().filter(allowed::contains).distinct().toList();
        if (fine.isEmpty()) {
          skipped.add(where + ": no fine role of " + l.mainRole() + " in " + l.fineRoles());
          continue;
        }
        RoleFeatures.Extracted x = features.extract(view, l.span());
        out.add(new Mention(id, x.features(), l.mainRole(), List.copyOf(fine), false));
        if (augment) {
          for (Annotation<Entity> other : doc.layer(Layers.ENTITIES)) {
            boolean same = other.value().canonical().equals(x.entity());
            boolean gold = labels.stream().anyMatch(g -> g.span().overlaps(other.span()));
            if (same && !gold) {
              out.add(
                  new Mention(
                      id,
                      features.extract(view, other.span()).features(),
                      l.mainRole(),
                      List.copyOf(fine),
                      true));
            }
          }
        }
      }
    }
    return out;
  }

  /** Trains the classifiers on {@code mentions}. */
  static RoleModel fit(
      List<Mention> mentions,
      RoleTaxonomy taxonomy,
      Settings settings,
      long seed,
      double threshold,
      String cuesSha) {
    List<String> mains = taxonomy.mainRoles();
    List<LinearModel.Example> mainExamples = new ArrayList<>();
    for (Mention m : mentions) {
      double[] t = new double[mains.size()];
      t[mains.indexOf(m.main())] = 1.0;
      mainExamples.add(new LinearModel.Example(m.features(), t));
    }
    LinearModel main =
        LinearModel.train(mainExamples, mains, RoleFeatures.MAIN_TIED, settings.main(), seed);
    Map<String, LinearModel> fine = new LinkedHashMap<>();
    for (int r = 0; r < mains.size(); r++) {
      String mainRole = mains.get(r);
      List<String> labels = taxonomy.fineRolesOf(mainRole);
      List<LinearModel.Example> examples = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.main().equals(mainRole)) {
          double[] t = new double[labels.size()];
          for (int k = 0; k < m.fine().size(); k++) {
            t[labels.indexOf(m.fine().get(k))] += k == 0 ? 1.0 : settings.secondaryWeight();
          }
          double sum = 0;
          for (double v : t) {
            sum += v;
          }
          for (int l = 0; l < t.length; l++) {
            t[l] /= sum;
          }
          examples.add(new LinearModel.Example(m.features(), t));
        }
      }
      fine.put(
          mainRole,
          LinearModel.train(
              examples, labels, RoleFeatures.FINE_TIED, settings.fine(), seed + 1 + r * 7919L));
    }
    return new RoleModel(main, fine, threshold, cuesSha);
  }

  /**
   * Out-of-fold results.
   *
   * @param folds folds run, 0 when there were fewer than two documents
   * @param mainAccuracy out-of-fold main-role accuracy
   * @param exactMatch out-of-fold exact-match ratio at {@code threshold}
   * @param threshold the chosen second-role threshold
   */
  record CrossValidation(int folds, double mainAccuracy, double exactMatch, double threshold) {}

  /** A second-role threshold no probability reaches: one fine role only. */
  static final double NEVER = 1.01;

  /** Thresholds tried for a second fine role; the last one means never. */
  static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, NEVER};

  static CrossValidation crossValidate(
      List<Mention> mentions,
      RoleTaxonomy taxonomy,
      Settings settings,
      long seed,
      PrintStream progress) {
    List<String> docs = mentions.stream().map(Mention::documentId).distinct().sorted().toList();
    int k = Math.min(settings.folds(), docs.size());
    if (k < 2) {
      return new CrossValidation(0, Double.NaN, Double.NaN, NEVER);
    }
    List<String> shuffled = new ArrayList<>(docs);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, t);
    }
    Map<String, Integer> foldOf = new TreeMap<>();
    for (int i = 0; i < shuffled.size(); i++) {
      foldOf.put(shuffled.get(i), i % k);
    }
    int mainRight = 0;
    int[] exact = new int[THRESHOLDS.length];
    for (int fold = 0; fold < k; fold++) {
      progress.printf(Locale.ROOT, "roles: cross-validation fold %d/%d%n", fold + 1, k);
      List<Mention> train = new ArrayList<>();
      List<Mention> test = new ArrayList<>();
      for (Mention m : mentions) {
        (foldOf.get(m.documentId()) == fold ? test : train).add(m);
      }
      RoleModel model = fit(train, taxonomy, settings, seed, NEVER, "");
      for (Mention m : test) {
        if (m.augmented()) {
          continue;
        }
        double[] pm = model.mainProbabilities(m.features());
        String main = model.mainRoles().get(RoleModel.argmax(pm));
        if (main.equals(m.main())) {
          mainRight++;
        }
        double[] pf = model.fineProbabilities(main, m.features());
        for (int t = 0; t < THRESHOLDS.length; t++) {
          RoleModel.Prediction p =
              RoleModel.decide(main, 0, model.fineRoles(main), pf, THRESHOLDS[t]);
          if (new HashSet<>(p.fine()).equals(new HashSet<>(m.fine()))) {
            exact[t]++;
          }
        }
      }
    }
    int best = THRESHOLDS.length - 1;
    for (int t = THRESHOLDS.length - 2; t >= 0; t--) {
      if (exact[t] > exact[best]) {
        best = t;
      }
    }
    int n = (int) mentions.stream().filter(m -> !m.augmented()).count();
    return new CrossValidation(
        k, (double) mainRight / n, (double) exact[best] / n, THRESHOLDS[best]);
  }

  /** A SHA-256 of the documents and gold labels trained on, independent of file order. */
  static String dataHash(SemEvalCorpus corpus) {
    MessageDigest md = Sha.sha256();
    for (Map.Entry<String, String> d : new TreeMap<>(corpus.documents()).entrySet()) {
      md.update(d.getKey().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(d.getValue().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    List<EntityRoleLabel> labels = new ArrayList<>(corpus.roles());
    labels.sort(
        Comparator.comparing(EntityRoleLabel::articleId).thenComparing(EntityRoleLabel::span));
    md.update(EntityRoleWriter.write(labels).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest());
  }

  private static String provenanceJson(
      Path semevalDir,
      SemEvalCorpus corpus,
      long seed,
      Settings settings,
      RoleModel model,
      TrainingReport report,
      int augmented) {
    StringBuilder b = new StringBuilder();
    b.append("{\n");
    field(b, "model", model.id());
    field(b, "format", RoleModel.FORMAT);
    field(b, "annotator", "framing");
    field(b, "claimlens_version", Provenances.VERSION);
    field(b, "trained", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    field(b, "trainer", RoleTrainer.class.getName());
    field(b, "training_data", semevalDir.toString().replace('\\', '/'));
    field(b, "training_data_sha256", dataHash(corpus));
    raw(b, "documents", Integer.toString(report.documents()));
    raw(b, "mentions", Integer.toString(report.mentions()));
    raw(b, "skipped_mentions", Integer.toString(report.skipped().size()));
    raw(b, "augmented_mentions", Integer.toString(augmented));
    raw(b, "seed", Long.toString(seed));
    field(b, "features_version", RoleFeatures.VERSION);
    field(b, "cue_lexicon_sha", model.cuesSha());
    raw(b, "features", Integer.toString(report.features()));
    field(
        b,
        "settings",
        "main "
            + settings.main()
            + "; fine "
            + settings.fine()
            + "; secondaryWeight="
            + settings.secondaryWeight()
            + "; folds="
            + settings.folds()
            + "; augment="
            + settings.augment());
    field(
        b,
        "classifiers",
        "multinomial logistic regression (AdaGrad, L2), main role, then fine roles per main role");
    raw(b, "cv_folds", Integer.toString(report.folds()));
    raw(b, "cv_main_accuracy", number(report.cvMainAccuracy()));
    raw(b, "cv_exact_match", number(report.cvExactMatch()));
    raw(b, "second_role_threshold", number(report.secondRoleThreshold()));
    b.setLength(b.length() - 2);
    b.append("\n}\n");
    return b.toString();
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static void field(StringBuilder b, String key, String value) {
    raw(b, key, quote(value));
  }

  private static void raw(StringBuilder b, String key, String json) {
    b.append("  ").append(quote(key)).append(": ").append(json).append(",\n");
  }

  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        default -> {
          if (c < 0x20) {
            q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
