package org.claimlens.annotators.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimlens.eval.semeval.RoleTaxonomy;

/**
 * The trained part of the framing annotator: a main-role classifier, one fine-role classifier per
 * main role (over that role's fine roles only, so a prediction never mixes two main roles), and the
 * probability a second fine role needs to be reported.
 *
 * <p>Stored as one text file, {@value #FILE}: a header ({@code format}, {@code features}, {@code
 * cues}, {@code second-threshold}) then the classifiers as {@link LinearModel#write} writes them.
 * Immutable and thread-safe.
 */
final class RoleModel {
  static final String FILE = "model.tsv";
  static final String FORMAT = "claimlens-roles/1";
  static final String MAIN = "main";
  static final String FINE_PREFIX = "fine:";

  /**
   * A decision for one mention.
   *
   * @param main the main role
   * @param mainScore its probability
   * @param fine one or two fine roles of {@code main}, best first
   * @param fineScores their probabilities given the main role
   */
  record Prediction(String main, double mainScore, List<String> fine, List<Double> fineScores) {}

  private final LinearModel main;
  private final Map<String, LinearModel> fine;
  private final double secondThreshold;
  private final String cuesSha;
  private final String id;

  RoleModel(
      LinearModel main, Map<String, LinearModel> fine, double secondThreshold, String cuesSha) {
    this.main = main;
    this.fine = Map.copyOf(fine);
    this.secondThreshold = secondThreshold;
    this.cuesSha = cuesSha;
    for (String m : main.labels()) {
      if (!fine.containsKey(m)) {
        throw new IllegalArgumentException("no fine-role classifier for main role " + m);
      }
    }
    this.id = "roles-lr-" + Sha.hex(text(), 6);
  }

  /** A short id for provenance: {@code roles-lr-} and a hash of the model file. */
  String id() {
    return id;
  }

  double secondThreshold() {
    return secondThreshold;
  }

  String cuesSha() {
    return cuesSha;
  }

  int featureCount() {
    int n = main.featureCount();
    for (LinearModel m : fine.values()) {
      n += m.featureCount();
    }
    return n;
  }

  /** The main-role probabilities, in the order of {@link #mainRoles()}. */
  double[] mainProbabilities(Map<String, Double> features) {
    return main.probabilities(features);
  }

  List<String> mainRoles() {
    return main.labels();
  }

  /** The fine-role probabilities given {@code mainRole}, in the order of {@link #fineRoles}. */
  double[] fineProbabilities(String mainRole, Map<String, Double> features) {
    return expectFine(mainRole).probabilities(features);
  }

  List<String> fineRoles(String mainRole) {
    return expectFine(mainRole).labels();
  }

  private LinearModel expectFine(String mainRole) {
    LinearModel m = fine.get(mainRole);
    if (m == null) {
      throw new IllegalArgumentException("unknown main role " + mainRole);
    }
    return m;
  }

  Prediction predict(Map<String, Double> features) {
    double[] pm = main.probabilities(features);
    int best = argmax(pm);
    String mainRole = main.labels().get(best);
    double[] pf = fineProbabilities(mainRole, features);
    return decide(mainRole, pm[best], fineRoles(mainRole), pf, secondThreshold);
  }

  /**
   * The fine roles to report from their probabilities: the best one always, the runner-up too when
   * its probability reaches {@code threshold}.
   */
  static Prediction decide(
      String mainRole, double mainScore, List<String> labels, double[] pf, double threshold) {
    int first = argmax(pf);
    int second = -1;
    for (int l = 0; l < pf.length; l++) {
      if (l != first && (second < 0 || pf[l] > pf[second])) {
        second = l;
      }
    }
    List<String> fines = new ArrayList<>(2);
    List<Double> scores = new ArrayList<>(2);
    fines.add(labels.get(first));
    scores.add(pf[first]);
    if (second >= 0 && pf[second] >= threshold) {
      fines.add(labels.get(second));
      scores.add(pf[second]);
    }
    return new Prediction(mainRole, mainScore, fines, scores);
  }

  static int argmax(double[] p) {
    int best = 0;
    for (int l = 1; l < p.length; l++) {
      if (p[l] > p[best]) {
        best = l;
      }
    }
    return best;
  }

  /** The model file's text. */
  String text() {
    StringBuilder b = new StringBuilder();
    b.append("# claimlens entity-role model (org.claimlens.annotators.framing.RoleModel);")
        .append(" provenance.json says how it was trained\n");
    b.append("format\t").append(FORMAT).append('\n');
    b.append("features\t").append(RoleFeatures.VERSION).append('\n');
    b.append("cues\t").append(cuesSha).append('\n');
    b.append("second-threshold\t")
        .append(String.format(Locale.ROOT, "%.4f", secondThreshold))
        .append('\n');
    main.write(MAIN, b);
    for (String m : main.labels()) {
      fine.get(m).write(FINE_PREFIX + m, b);
    }
    return b.toString();
  }

  /**
   * Parses a model file and checks it against the running code: its feature version, the cue
   * lexicon it was trained with, and that its roles are those of {@code taxonomy}.
   *
   * @throws IllegalArgumentException naming {@code source} when the file is malformed or stale
   */
  static RoleModel parse(String content, String source, CueLexicon lexicon, RoleTaxonomy taxonomy) {
    List<String> lines = new ArrayList<>();
    for (String l : content.split("\r?\n", -1)) {
      if (!l.startsWith("#") && !l.isEmpty()) {
        lines.add(l);
      }
    }
    Map<String, String> header = new LinkedHashMap<>();
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith("classifier\t")) {
      String[] kv = lines.get(i).split("\t", 2);
      header.put(kv[0], kv.length > 1 ? kv[1] : "");
      i++;
    }
    if (!FORMAT.equals(header.get("format"))) {
      throw new IllegalArgumentException(
          source + ": not a " + FORMAT + " model (format " + header.get("format") + ")");
    }
    if (!RoleFeatures.VERSION.equals(header.get("features"))) {
      throw new IllegalArgumentException(
          source
              + ": trained with feature set "
              + header.get("features")
              + ", this version extracts "
              + RoleFeatures.VERSION
              + "; retrain it");
    }
    if (!lexicon.sha().equals(header.get("cues"))) {
      throw new IllegalArgumentException(
          source
              + ": trained with cue lexicon "
              + header.get("cues")
              + ", the bundled one is "
              + lexicon.sha()
              + "; retrain it");
    }
    double threshold;
    try {
      threshold = Double.parseDouble(header.getOrDefault("second-threshold", "1.0"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": bad second-threshold", e);
    }
    int[] at = {i};
    LinearModel mainModel = null;
    Map<String, LinearModel> fineModels = new LinkedHashMap<>();
    while (at[0] < lines.size()) {
      String name = lines.get(at[0]).split("\t", -1)[1];
      LinearModel m = LinearModel.read(lines, at, source);
      if (name.equals(MAIN)) {
        mainModel = m;
      } else if (name.startsWith(FINE_PREFIX)) {
        fineModels.put(name.substring(FINE_PREFIX.length()), m);
      } else {
        throw new IllegalArgumentException(source + ": unknown classifier " + name);
      }
    }
    if (mainModel == null) {
      throw new IllegalArgumentException(source + ": no main-role classifier");
    }
    for (String m : mainModel.labels()) {
      LinearModel f = fineModels.get(m);
      if (f == null || !taxonomy.fineRolesOf(m).containsAll(f.labels())) {
        throw new IllegalArgumentException(
            source + ": the fine roles of " + m + " do not match the taxonomy");
      }
    }
    return new RoleModel(mainModel, fineModels, threshold, lexicon.sha());
  }
}
