package org.claimlens.annotators.techniques;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The trained technique model: which techniques it knows and at what extent each is marked, the
 * linear models that score candidates, the learned phrases and the calibrated thresholds.
 *
 * <p>Four linear models share the work. The sentence model scores every sentence for the sentence-
 * and clause-level techniques, each on its own (one-vs-rest columns), for any technique at all (a
 * gate column) and among them (softmax router columns); a second model scores short phrases
 * proposed by the lexicon and the learned phrases for the phrase-level techniques (loaded language,
 * name calling); a third scores repeats found by {@link Repeats}; and a softmax model chooses the
 * technique of a given span.
 *
 * <p>Immutable and thread-safe.
 */
final class TechniqueModel {
  static final String WEIGHTS = "weights.bin.gz";
  static final String LABELS = "labels.tsv";
  static final String PHRASES = "phrases.tsv";
  static final String PROPERTIES = "model.properties";
  static final String PROVENANCE = "provenance.json";
  private static final int MAGIC = 0x434c5457; // "CLTW"

  /** The extent at which a technique is marked. */
  enum Granularity {
    /** A word or short phrase ("barbaric", "Kremlin stooge"). */
    PHRASE,
    /** The opening of a sentence up to its reporting verb ("As the minister said"). */
    CLAUSE,
    /** A whole sentence. */
    SENTENCE,
    /** A phrase said before in the same text, each repeat after the first. */
    REPETITION
  }

  /**
   * What the model knows of one technique.
   *
   * @param label the technique label as the training data spell it
   * @param granularity the extent at which it is marked
   * @param threshold the probability from which a candidate is marked, calibrated by
   *     cross-validation on the training data
   * @param trainSpans how many training spans it had
   * @param cvF1 labelled-span F1 of the technique in cross-validation at {@code threshold}
   */
  record LabelInfo(
      String label, Granularity granularity, double threshold, int trainSpans, double cvF1) {}

  /** A scored candidate span for one technique. */
  record Scored(String label, Span span, double score, int sentence) {}

  /** The sentence model's extra sigmoid column: any sentence-level technique at all. */
  static final String ANY = "*any*";

  /** Prefix of the sentence model's softmax columns, which route among the techniques. */
  static final String ROUTE = "route:";

  /**
   * A sentence's score for a technique: the geometric mean of the technique's own one-vs-rest
   * probability and the routed estimate P(any technique) × P(this technique | a technique is here).
   * The routed estimate pools every technique's positives in its gate and its router; in
   * cross-validation on the training data the mean beat either part alone.
   */
  static double combine(double ownProbability, double routed) {
    return Math.sqrt(ownProbability * routed);
  }

  /** A phrase candidate: tokens {@code [from, to)} and what proposed it. */
  record PhraseCandidate(int from, int to, Set<String> sources) {}

  private final String id;
  private final String scheme;
  private final Map<String, LabelInfo> labels;
  private final @Nullable LinearModel sentenceModel;
  private final @Nullable LinearModel phraseModel;
  private final @Nullable LinearModel repetitionModel;
  private final LinearModel spanModel;
  private final PhraseBook phrases;

  TechniqueModel(
      String id,
      String scheme,
      Map<String, LabelInfo> labels,
      @Nullable LinearModel sentenceModel,
      @Nullable LinearModel phraseModel,
      @Nullable LinearModel repetitionModel,
      LinearModel spanModel,
      PhraseBook phrases) {
    this.id = Objects.requireNonNull(id, "id");
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    this.sentenceModel = sentenceModel;
    this.phraseModel = phraseModel;
    this.repetitionModel = repetitionModel;
    this.spanModel = Objects.requireNonNull(spanModel, "spanModel");
    this.phrases = Objects.requireNonNull(phrases, "phrases");
  }

  String id() {
    return id;
  }

  String scheme() {
    return scheme;
  }

  Map<String, LabelInfo> labels() {
    return labels;
  }

  PhraseBook phrases() {
    return phrases;
  }

  LinearModel spanModel() {
    return spanModel;
  }

  /** The same model with other thresholds and cross-validation figures, and a new id. */
  TechniqueModel withCalibration(Map<String, double[]> thresholdAndF1, String newId) {
    Map<String, LabelInfo> next = new LinkedHashMap<>();
    labels.forEach(
        (k, info) -> {
          double[] c = thresholdAndF1.getOrDefault(k, new double[] {info.threshold(), info.cvF1()});
          next.put(k, new LabelInfo(k, info.granularity(), c[0], info.trainSpans(), c[1]));
        });
    return new TechniqueModel(
        newId, scheme, next, sentenceModel, phraseModel, repetitionModel, spanModel, phrases);
  }

  // ---------------------------------------------------------------- candidates and scoring

  static List<String> labelsOf(Map<String, LabelInfo> labels, Set<Granularity> kinds) {
    List<String> out = new ArrayList<>();
    labels
        .values()
        .forEach(
            l -> {
              if (kinds.contains(l.granularity())) {
                out.add(l.label());
              }
            });
    return out;
  }

  /** Phrase candidates from the lexicon's loaded and name cues and from the learned phrases. */
  static List<PhraseCandidate> phraseCandidates(DocView v, PhraseBook phrases) {
    Map<Long, TreeSet<String>> found = new TreeMap<>();
    for (int s = 0; s < v.sentences; s++) {
      int lo = v.sentTok0[s];
      for (TechniqueLexicon.Match m : v.cues.get(s)) {
        switch (m.category()) {
          case TechniqueLexicon.LOADED, TechniqueLexicon.LOADED_MILD, TechniqueLexicon.NAME ->
              put(found, m.start(), m.end(), "lex:" + m.category());
          case TechniqueLexicon.NAME_HEAD -> {
            put(found, m.start(), m.end(), "head:0");
            int j = m.start();
            for (int k = 1; k <= 2 && j - 1 >= lo; k++) {
              int t = j - 1;
              if (v.lower[t].equals("'s") && t - 1 >= lo && !v.isPunct(t - 1)) {
                j = t - 1;
              } else if (isModifier(v, t)) {
                j = t;
              } else {
                break;
              }
              put(found, j, m.end(), "head:" + k);
            }
          }
          default -> {}
        }
      }
      for (TechniqueLexicon.Match m : phrases.match(v, lo, v.sentTok1[s])) {
        PhraseBook.Entry e = phrases.entry(m);
        put(found, m.start(), m.end(), "learned:" + e.label());
        put(found, m.start(), m.end(), "learned:" + e.label() + ":" + e.bucket());
      }
    }
    List<PhraseCandidate> out = new ArrayList<>(found.size());
    found.forEach((k, src) -> out.add(new PhraseCandidate((int) (k >>> 32), (int) (long) k, src)));
    return out;
  }

  private static boolean isModifier(DocView v, int t) {
    if (v.isPunct(t) || Features.isStop(v.lower[t])) {
      return false;
    }
    String p = v.pos[t];
    return p.equals("ADJ") || p.equals("PROPN") || p.equals("NOUN") || p.isEmpty();
  }

  private static void put(Map<Long, TreeSet<String>> found, int from, int to, String source) {
    found.computeIfAbsent(((long) from << 32) | to, k -> new TreeSet<>()).add(source);
  }

  private static final Set<String> REPORTING =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "warned",
          "warns",
          "warn",
          "confirmed",
          "confirms",
          "stated",
          "states",
          "noted",
          "notes",
          "stressed",
          "agree",
          "agrees",
          "agreed",
          "admitted",
          "admits",
          "documented",
          "verified",
          "concluded",
          "found",
          "reported",
          "reports",
          "assessed",
          "calculated",
          "measured",
          "estimated",
          "recognises",
          "recognizes",
          "traced",
          "insisted",
          "declared",
          "explained",
          "wrote",
          "argued",
          "believes",
          "acknowledged",
          "announced",
          "revealed",
          "showed",
          "shows",
          "insists");
  private static final Set<String> OBJECTS =
      Set.of("us", "me", "reporters", "journalists", "parliament", "lawmakers");

  /** The opening of sentence {@code s} up to its reporting verb, or the sentence. */
  static Span clause(DocView v, int s) {
    int t0 = v.sentTok0[s];
    int t1 = v.sentTok1[s];
    if (t1 - t0 < 2) {
      return Span.of(v.sentStart[s], v.sentEnd[s]);
    }
    if (v.lower[t0].equals("as") || v.lower[t0].equals("according")) {
      for (int i = t0 + 2; i < t1; i++) {
        if (v.lower[i].equals(",")) {
          return v.tokenSpan(t0, i);
        }
      }
    }
    for (int i = t0 + 1; i < t1; i++) {
      if (REPORTING.contains(v.lower[i])) {
        int e = i + 1;
        if (e < t1 && OBJECTS.contains(v.lower[e])) {
          e++;
        }
        return v.tokenSpan(t0, e);
      }
    }
    return Span.of(v.sentStart[s], v.sentEnd[s]);
  }

  /**
   * Every candidate with its probability for each technique that could mark it, before thresholds:
   * each sentence for each sentence- and clause-level technique, the best non-overlapping phrases
   * for each phrase-level technique, every repeat for the repetition technique.
   */
  List<Scored> score(DocView v) {
    List<Scored> out = new ArrayList<>();
    if (sentenceModel != null) {
      List<String> columns = sentenceModel.labels();
      int own = sentenceModel.sigmoidColumns();
      int any = columns.indexOf(ANY);
      int[] route = new int[own];
      for (int l = 0; l < own; l++) {
        route[l] = columns.indexOf(ROUTE + columns.get(l));
      }
      for (int s = 0; s < v.sentences; s++) {
        if (v.sentTok1[s] <= v.sentTok0[s]) {
          continue;
        }
        Span sentence = Span.of(v.sentStart[s], v.sentEnd[s]);
        double[] p = sentenceModel.probabilities(Features.sentence(v, s));
        for (int l = 0; l < own; l++) {
          if (l == any) {
            continue;
          }
          LabelInfo info = labels.get(columns.get(l));
          Span span =
              info != null && info.granularity() == Granularity.CLAUSE ? clause(v, s) : sentence;
          double score = any >= 0 && route[l] >= 0 ? combine(p[l], p[any] * p[route[l]]) : p[l];
          out.add(new Scored(columns.get(l), span, score, s));
        }
      }
    }
    if (phraseModel != null) {
      List<String> ls = phraseModel.labels();
      List<PhraseCandidate> cands = phraseCandidates(v, phrases);
      List<List<Scored>> byLabel = new ArrayList<>();
      for (int l = 0; l < ls.size(); l++) {
        byLabel.add(new ArrayList<>());
      }
      for (PhraseCandidate c : cands) {
        double[] p = phraseModel.probabilities(Features.phrase(v, c.from(), c.to(), c.sources()));
        Span span = v.tokenSpan(c.from(), c.to());
        for (int l = 0; l < ls.size(); l++) {
          byLabel.get(l).add(new Scored(ls.get(l), span, p[l], v.sentenceOf[c.from()]));
        }
      }
      for (List<Scored> list : byLabel) {
        out.addAll(nonOverlapping(list));
      }
    }
    if (repetitionModel != null) {
      String label = repetitionModel.labels().getFirst();
      for (Repeats.Candidate c : Repeats.find(v)) {
        double p = repetitionModel.probabilities(Features.repetition(v, c))[0];
        out.add(new Scored(label, v.tokenSpan(c.from(), c.to()), p, v.sentenceOf[c.from()]));
      }
    }
    return out;
  }

  /** Greedy non-maximum suppression: best first, dropping candidates that overlap a kept one. */
  static List<Scored> nonOverlapping(List<Scored> list) {
    List<Scored> sorted = new ArrayList<>(list);
    sorted.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(Scored::span)
            .thenComparing(Scored::label));
    List<Scored> kept = new ArrayList<>();
    for (Scored c : sorted) {
      boolean free = true;
      for (Scored k : kept) {
        if (k.span().overlaps(c.span())) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * The candidates at or above their technique's threshold (shifted by {@code shift}), at most
   * {@code maxPerSentence} sentence-level techniques per sentence, in text order.
   */
  List<Scored> detect(DocView v, double shift, int maxPerSentence) {
    List<Scored> kept = new ArrayList<>();
    Map<Integer, List<Scored>> sentenceLevel = new TreeMap<>();
    for (Scored c : score(v)) {
      LabelInfo info = labels.get(c.label());
      if (info == null) {
        continue;
      }
      double t = Math.min(0.99, Math.max(0.01, info.threshold() + shift));
      if (c.score() < t) {
        continue;
      }
      Granularity g = info.granularity();
      if (g == Granularity.SENTENCE || g == Granularity.CLAUSE) {
        sentenceLevel.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(c);
      } else {
        kept.add(c);
      }
    }
    for (List<Scored> list : sentenceLevel.values()) {
      list.sort(
          Comparator.comparingDouble((Scored c) -> c.score() - labels.get(c.label()).threshold())
              .reversed()
              .thenComparing(Scored::label));
      kept.addAll(list.subList(0, Math.min(maxPerSentence, list.size())));
    }
    kept.sort(Comparator.comparing(Scored::span).thenComparing(Scored::label));
    return kept;
  }

  /** Probabilities of each of {@link #spanModel()}'s labels for a given span. */
  double[] classify(DocView v, Span span) {
    return spanModel.probabilities(Features.span(v, span));
  }

  // ---------------------------------------------------------------- persistence

  /** The weights file's bytes: magic, then each present model. */
  byte[] weightsBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeInt(MAGIC);
      out.writeInt(1);
      for (LinearModel m : new LinearModel[] {sentenceModel, phraseModel, repetitionModel}) {
        out.writeBoolean(m != null);
        if (m != null) {
          m.write(out);
        }
      }
      spanModel.write(out);
    }
    return bytes.toByteArray();
  }

  String labelsTsv() {
    StringBuilder b =
        new StringBuilder("# label\tgranularity\tthreshold\ttrain_spans\tcv_labelled_f1\n");
    for (LabelInfo l : labels.values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%s\t%s\t%.4f\t%d\t%.4f%n",
              l.label(),
              l.granularity().name(),
              l.threshold(),
              l.trainSpans(),
              l.cvF1()));
    }
    return b.toString();
  }

  String propertiesText(String lexiconFingerprint) {
    return "# claimlens technique model\n"
        + "format=1\n"
        + "id="
        + id
        + "\nscheme="
        + scheme
        + "\nlexicon="
        + lexiconFingerprint
        + "\n";
  }

  /** Opens a named file of a model folder, or returns null when it is absent. */
  interface Opener {
    @Nullable InputStream open(String name) throws IOException;
  }

  static TechniqueModel read(Opener opener, String where) throws IOException {
    Map<String, String> props = new LinkedHashMap<>();
    for (String line : text(opener, PROPERTIES, where).split("\n")) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        props.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    String id = props.getOrDefault("id", "techniques-unknown");
    String scheme = props.getOrDefault("scheme", "semeval2023");
    Map<String, LabelInfo> labels = new LinkedHashMap<>();
    int n = 0;
    for (String line : text(opener, LABELS, where).split("\n")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        labels.put(
            f[0],
            new LabelInfo(
                f[0],
                Granularity.valueOf(f[1]),
                Double.parseDouble(f[2]),
                Integer.parseInt(f[3]),
                Double.parseDouble(f[4])));
      } catch (RuntimeException e) {
        throw new IOException(where + "/" + LABELS + ":" + n + ": malformed row", e);
      }
    }
    PhraseBook phrases =
        PhraseBook.read(new StringReader(text(opener, PHRASES, where)), where + "/" + PHRASES);
    InputStream w = opener.open(WEIGHTS);
    if (w == null) {
      throw new IOException("model file " + where + "/" + WEIGHTS + " is missing");
    }
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(w))) {
      if (in.readInt() != MAGIC || in.readInt() != 1) {
        throw new IOException(where + "/" + WEIGHTS + " is not a claimlens technique model");
      }
      LinearModel[] parts = new LinearModel[3];
      for (int i = 0; i < 3; i++) {
        parts[i] = in.readBoolean() ? LinearModel.read(in) : null;
      }
      LinearModel span = LinearModel.read(in);
      return new TechniqueModel(id, scheme, labels, parts[0], parts[1], parts[2], span, phrases);
    }
  }

  private static String text(Opener opener, String name, String where) throws IOException {
    InputStream in = opener.open(name);
    if (in == null) {
      throw new IOException("model file " + where + "/" + name + " is missing");
    }
    try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      int k;
      while ((k = r.read(buf)) > 0) {
        b.append(buf, 0, k);
      }
      return b.toString();
    }
  }
}
