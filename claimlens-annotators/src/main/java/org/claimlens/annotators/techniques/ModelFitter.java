package org.claimlens.annotators.techniques;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimlens.annotators.techniques.TechniqueModel.Granularity;
import org.claimlens.annotators.techniques.TechniqueModel.LabelInfo;
import org.claimlens.model.Span;

/**
 * Fits a {@link TechniqueModel} to training documents: decides each technique's extent from its
 * gold spans, builds the candidates and their targets, and trains the linear models. The thresholds
 * it leaves are 0.5; {@link TechniqueTrainer} calibrates them by cross-validation. Stateless.
 */
final class ModelFitter {

  /**
   * Settings of the linear models.
   *
   * @param sentence the sentence-level one-vs-rest columns (each technique, and any technique)
   * @param phrase the phrase-level one-vs-rest model
   * @param repetition the repetition model
   * @param span the softmax models: the one that labels given spans, and the sentence router
   */
  record Settings(
      LogisticTrainer.Settings sentence,
      LogisticTrainer.Settings phrase,
      LogisticTrainer.Settings repetition,
      LogisticTrainer.Settings span) {
    /** Settings chosen by five-fold cross-validation on data/techniques/train (never dev). */
    static Settings defaults() {
      LogisticTrainer.Settings candidates = new LogisticTrainer.Settings(12, 0.05, 1e-4, 6.0, 1e-4);
      return new Settings(
          LogisticTrainer.Settings.defaults(),
          candidates,
          candidates,
          new LogisticTrainer.Settings(15, 0.05, 1e-3, 1.0, 1e-4));
    }
  }

  /** The name of the repetition technique, the same in both schemes. */
  static final String REPETITION = "Repetition";

  private ModelFitter() {}

  /**
   * Each label's extent, from its gold spans: {@link Granularity#REPETITION} for Repetition; {@link
   * Granularity#PHRASE} when spans are short (median at most four tokens) and cover under half
   * their sentence; {@link Granularity#SENTENCE} when they cover most of it (four fifths on
   * average); {@link Granularity#CLAUSE} when they mostly open a sentence without ending it;
   * otherwise {@link Granularity#SENTENCE}.
   */
  static Map<String, Granularity> granularities(List<TrainingDoc> docs, List<String> labels) {
    Map<String, Granularity> out = new LinkedHashMap<>();
    for (String label : labels) {
      if (label.equals(REPETITION)) {
        out.put(label, Granularity.REPETITION);
        continue;
      }
      List<Integer> lengths = new ArrayList<>();
      double coverage = 0;
      int atStart = 0;
      int n = 0;
      for (TrainingDoc d : docs) {
        DocView v = d.view();
        for (TrainingDoc.Gold g : d.gold()) {
          if (!g.label().equals(label)) {
            continue;
          }
          int t0 = v.tokenAtOrAfter(g.span().start());
          int t1 = v.tokenBefore(g.span().end());
          if (t1 <= t0) {
            continue;
          }
          int s0 = v.sentenceOf[t0];
          int s1 = v.sentenceOf[t1 - 1];
          int sentenceTokens = v.sentTok1[s1] - v.sentTok0[s0];
          lengths.add(t1 - t0);
          coverage += Math.min(1.0, (double) (t1 - t0) / Math.max(1, sentenceTokens));
          atStart += t0 == v.sentTok0[s0] ? 1 : 0;
          n++;
        }
      }
      if (n == 0) {
        out.put(label, Granularity.SENTENCE);
        continue;
      }
      lengths.sort(null);
      int median = lengths.get(lengths.size() / 2);
      double meanCoverage = coverage / n;
      if (median <= 4 && meanCoverage < 0.5) {
        out.put(label, Granularity.PHRASE);
      } else if (meanCoverage >= 0.8) {
        out.put(label, Granularity.SENTENCE);
      } else if (atStart >= 0.6 * n) {
        out.put(label, Granularity.CLAUSE);
      } else {
        out.put(label, Granularity.SENTENCE);
      }
    }
    return out;
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  /** Fits all models; every label keeps threshold 0.5 until calibrated. */
  static TechniqueModel fit(
      List<TrainingDoc> docs,
      Map<String, Granularity> granularity,
      Map<String, Integer> counts,
      String scheme,
      Settings settings,
      long seed) {
    Map<String, LabelInfo> infos = new LinkedHashMap<>();
    granularity.forEach(
        (l, g) -> infos.put(l, new LabelInfo(l, g, 0.5, counts.getOrDefault(l, 0), 0.0)));
    List<String> sentenceLabels =
        TechniqueModel.labelsOf(infos, Set.of(Granularity.SENTENCE, Granularity.CLAUSE));
    List<String> phraseLabels = TechniqueModel.labelsOf(infos, Set.of(Granularity.PHRASE));
    boolean repetition = granularity.get(REPETITION) == Granularity.REPETITION;

    LinearModel sentenceModel = null;
    if (!sentenceLabels.isEmpty()) {
      // One more column, ANY: whether the sentence carries any sentence-level technique. It pools
      // the positives of all techniques, so it learns "persuasive or not" from far more examples
      // than any one technique has.
      List<String> columns = new ArrayList<>(sentenceLabels);
      columns.add(TechniqueModel.ANY);
      List<int[]> x = new ArrayList<>();
      List<boolean[]> y = new ArrayList<>();
      List<int[]> routeX = new ArrayList<>();
      List<Integer> routeY = new ArrayList<>();
      for (TrainingDoc d : docs) {
        DocView v = d.view();
        for (int s = 0; s < v.sentences; s++) {
          if (v.sentTok1[s] <= v.sentTok0[s]) {
            continue;
          }
          Span sent = Span.of(v.sentStart[s], v.sentEnd[s]);
          boolean[] t = new boolean[columns.size()];
          for (TrainingDoc.Gold g : d.gold()) {
            int l = sentenceLabels.indexOf(g.label());
            if (l >= 0
                && overlap(g.span(), sent) * 2 >= Math.min(g.span().length(), sent.length())) {
              t[l] = true;
              t[columns.size() - 1] = true;
            }
          }
          int[] features = Features.sentence(v, s);
          x.add(features);
          y.add(t);
          for (int l = 0; l < sentenceLabels.size(); l++) {
            if (t[l]) {
              routeX.add(features);
              routeY.add(l);
            }
          }
        }
      }
      LinearModel own =
          LogisticTrainer.oneVsRest(columns, x, y, settings.sentence(), seed * 31 + 1);
      if (routeX.isEmpty()) {
        sentenceModel = own;
      } else {
        // The router: which technique, given that the sentence has one; trained on the
        // sentences that have one.
        List<String> routes = new ArrayList<>();
        sentenceLabels.forEach(l -> routes.add(TechniqueModel.ROUTE + l));
        LinearModel router =
            LogisticTrainer.softmax(
                routes,
                routeX,
                routeY.stream().mapToInt(Integer::intValue).toArray(),
                settings.span(),
                seed * 31 + 5);
        sentenceModel = LinearModel.join(own, router);
      }
    }

    PhraseBook phrases = PhraseBook.EMPTY;
    LinearModel phraseModel = null;
    if (!phraseLabels.isEmpty()) {
      phrases = PhraseBook.learn(docs, phraseLabels);
      List<int[]> x = new ArrayList<>();
      List<boolean[]> y = new ArrayList<>();
      for (TrainingDoc d : docs) {
        DocView v = d.view();
        for (TechniqueModel.PhraseCandidate c : TechniqueModel.phraseCandidates(v, phrases)) {
          Span span = v.tokenSpan(c.from(), c.to());
          boolean[] t = new boolean[phraseLabels.size()];
          for (TrainingDoc.Gold g : d.gold()) {
            int l = phraseLabels.indexOf(g.label());
            if (l >= 0
                && overlap(g.span(), span) * 2 >= Math.max(g.span().length(), span.length())) {
              t[l] = true;
            }
          }
          x.add(Features.phrase(v, c.from(), c.to(), c.sources()));
          y.add(t);
        }
      }
      if (!x.isEmpty()) {
        phraseModel =
            LogisticTrainer.oneVsRest(phraseLabels, x, y, settings.phrase(), seed * 31 + 2);
      }
    }

    LinearModel repetitionModel = null;
    if (repetition) {
      List<int[]> x = new ArrayList<>();
      List<boolean[]> y = new ArrayList<>();
      for (TrainingDoc d : docs) {
        DocView v = d.view();
        for (Repeats.Candidate c : Repeats.find(v)) {
          Span span = v.tokenSpan(c.from(), c.to());
          boolean hit = false;
          for (TrainingDoc.Gold g : d.gold()) {
            if (g.label().equals(REPETITION)
                && overlap(g.span(), span) * 2 >= Math.min(g.span().length(), span.length())) {
              hit = true;
            }
          }
          x.add(Features.repetition(v, c));
          y.add(new boolean[] {hit});
        }
      }
      if (!x.isEmpty()) {
        repetitionModel =
            LogisticTrainer.oneVsRest(
                List.of(REPETITION), x, y, settings.repetition(), seed * 31 + 3);
      }
    }

    List<String> all = new ArrayList<>(granularity.keySet());
    List<int[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (TrainingDoc d : docs) {
      for (TrainingDoc.Gold g : d.gold()) {
        int l = all.indexOf(g.label());
        if (l >= 0) {
          x.add(Features.span(d.view(), g.span()));
          y.add(l);
        }
      }
    }
    if (x.isEmpty()) {
      // No gold at all: a model that knows the labels but has learnt nothing.
      x.add(new int[] {Hashing.feature("b")});
      y.add(0);
    }
    int[] targets = y.stream().mapToInt(Integer::intValue).toArray();
    LinearModel spanModel =
        LogisticTrainer.softmax(all, x, targets, settings.span(), seed * 31 + 4);
    return new TechniqueModel(
        "untrained",
        scheme,
        infos,
        sentenceModel,
        phraseModel,
        repetitionModel,
        spanModel,
        phrases);
  }

  /** Index of the largest value; the first on ties. */
  static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  static String describe(Settings s) {
    return Arrays.asList(s.sentence(), s.phrase(), s.repetition(), s.span()).toString();
  }
}
