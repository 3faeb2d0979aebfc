package org.claimlens.annotators.techniques;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.eval.Prf;
import org.claimlens.eval.ptc.PtcArticleReader;
import org.claimlens.eval.ptc.PtcLabelReader;
import org.claimlens.eval.ptc.PtcScorer;
import org.claimlens.eval.ptc.PtcScores;
import org.claimlens.eval.ptc.TechniqueSpan;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Span;
import org.claimlens.model.Technique;
import org.jspecify.annotations.Nullable;

/**
 * Scores a {@link TechniqueAnnotator} on a PTC-layout gold folder with the PTC metrics of {@link
 * PtcScorer}.
 *
 * <p>Two runs per article: detection (the annotator's spans, mapped to PTC-14 by {@link PtcMapping}
 * and scored for span identification and labelled spans with partial overlap) and classification
 * (the technique chosen for each gold span by {@link TechniqueAnnotator#classifyPtc}, scored as
 * PTC's technique-classification micro-F1). When the folder also has {@code labels-semeval2023.tsv}
 * and the model emits SemEval-2023 labels, the same is done on the 23 labels.
 *
 * <p>PTC gold is read from {@code labels-ptc.tsv}, else mapped from {@code labels-semeval2023.tsv},
 * else from the folder's {@code *.labels} files. Stateless and thread-safe. Example:
 *
 * <pre>{@code
 * TechniqueEvaluator.Report r =
 *     TechniqueEvaluator.evaluate(TechniqueAnnotator.load(null), Path.of("data/techniques/dev"));
 * System.out.print(r.format());
 * }</pre>
 */
public final class TechniqueEvaluator {

  /**
   * The figures.
   *
   * @param articles articles scored
   * @param ptc detection scored on PTC-14 labels (its {@code techniqueClassification} is not
   *     meaningful here: predicted spans rarely match gold exactly)
   * @param ptcClassification PTC-14 technique classification on the gold spans, micro P/R/F1
   * @param semeval detection scored on the 23 SemEval-2023 labels, or null
   * @param semevalClassification technique classification on the 23 labels, or null
   */
  public record Report(
      int articles,
      PtcScores ptc,
      Prf ptcClassification,
      @Nullable PtcScores semeval,
      @Nullable Prf semevalClassification) {

    public Report {
      Objects.requireNonNull(ptc, "ptc");
      Objects.requireNonNull(ptcClassification, "ptcClassification");
    }

    /** Lines for people, ending with a line break. */
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%d articles%n", articles));
      b.append("PTC-14 span identification (partial overlap): ")
          .append(ptc.spanIdentification())
          .append('\n');
      b.append("PTC-14 labelled spans (partial overlap):      ")
          .append(ptc.labelledSpans())
          .append('\n');
      b.append("PTC-14 technique classification (gold spans): ")
          .append(ptcClassification)
          .append('\n');
      ptc.labelledByTechnique()
          .forEach((t, prf) -> b.append(String.format(Locale.ROOT, "  %-36s %s%n", t, prf)));
      if (semeval != null && semevalClassification != null) {
        b.append("SemEval-2023 labelled spans (partial overlap): ")
            .append(semeval.labelledSpans())
            .append('\n');
        b.append("SemEval-2023 classification (gold spans):     ")
            .append(semevalClassification)
            .append('\n');
        semeval
            .labelledByTechnique()
            .forEach((t, prf) -> b.append(String.format(Locale.ROOT, "  %-36s %s%n", t, prf)));
      }
      b.append(keyValueLine()).append('\n');
      return b.toString();
    }

    /** {@code si_p=... si_r=... si_f1=... labelled_... tc_...} on PTC-14. */
    public String keyValueLine() {
      return String.join(
          " ",
          ptc.spanIdentification().keyValues("si"),
          ptc.labelledSpans().keyValues("labelled"),
          ptcClassification.keyValues("tc"),
          "articles=" + articles);
    }
  }

  private TechniqueEvaluator() {}

  /**
   * Evaluates with the articles treated as English and analysed by the text annotator (as {@link
   * TechniqueTrainer} does).
   */
  public static Report evaluate(TechniqueAnnotator annotator, Path goldDir) throws IOException {
    TextAnnotator text = new TextAnnotator(OpenNlpModels.loadEnglish());
    return evaluate(annotator, d -> text.annotate(TechniqueTrainer.english(d)), goldDir);
  }

  /**
   * Evaluates; {@code prepare} adds the language, sentences and tokens to a bare document (the
   * language and text annotators of the standard pipeline, say).
   */
  public static Report evaluate(
      TechniqueAnnotator annotator, UnaryOperator<Document> prepare, Path goldDir)
      throws IOException {
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(prepare, "prepare");
    Map<String, String> texts = PtcArticleReader.readFolder(goldDir);
    Path semevalFile = goldDir.resolve("labels-semeval2023.tsv");
    Path ptcFile = goldDir.resolve("labels-ptc.tsv");
    @Nullable List<TechniqueSpan> semevalGold =
        Files.isRegularFile(semevalFile) ? PtcLabelReader.read(semevalFile) : null;
    List<TechniqueSpan> ptcGold;
    if (Files.isRegularFile(ptcFile)) {
      ptcGold = PtcLabelReader.read(ptcFile);
    } else if (semevalGold != null) {
      ptcGold = toPtc(semevalGold);
    } else {
      ptcGold = PtcLabelReader.read(goldDir);
    }
    boolean ownScheme = semevalGold != null && annotator.scheme().equals("semeval2023");

    List<TechniqueSpan> predicted = new ArrayList<>();
    List<TechniqueSpan> ptcClassified = new ArrayList<>();
    List<TechniqueSpan> ownClassified = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String id = e.getKey();
      Document doc =
          annotator.annotate(
              prepare.apply(Document.of(id, e.getValue(), Metadata.of("article" + id + ".txt"))));
      for (Annotation<Technique> a : doc.layer(Layers.TECHNIQUES)) {
        predicted.add(new TechniqueSpan(id, a.value().label(), a.span()));
      }
      List<Span> ptcSpans = spansOf(ptcGold, id);
      List<String> ptcLabels = annotator.classifyPtc(doc, ptcSpans);
      for (int i = 0; i < ptcSpans.size(); i++) {
        ptcClassified.add(new TechniqueSpan(id, ptcLabels.get(i), ptcSpans.get(i)));
      }
      if (ownScheme) {
        List<Span> ownSpans = spansOf(semevalGold, id);
        List<String> ownLabels = annotator.classify(doc, ownSpans);
        for (int i = 0; i < ownSpans.size(); i++) {
          ownClassified.add(new TechniqueSpan(id, ownLabels.get(i), ownSpans.get(i)));
        }
      }
    }
    PtcScores ptc = PtcScorer.score(ptcGold, toPtc(predicted));
    Prf ptcTc = PtcScorer.techniqueClassification(ptcGold, ptcClassified);
    PtcScores own = ownScheme ? PtcScorer.score(semevalGold, predicted) : null;
    Prf ownTc = ownScheme ? PtcScorer.techniqueClassification(semevalGold, ownClassified) : null;
    return new Report(texts.size(), ptc, ptcTc, own, ownTc);
  }

  private static List<Span> spansOf(List<TechniqueSpan> gold, String id) {
    List<Span> out = new ArrayList<>();
    for (TechniqueSpan g : gold) {
      if (g.articleId().equals(id)) {
        out.add(g.span());
      }
    }
    return out;
  }

  /** Labels mapped to PTC-14; labels without a PTC counterpart are dropped. */
  public static List<TechniqueSpan> toPtc(List<TechniqueSpan> labels) {
    List<TechniqueSpan> out = new ArrayList<>(labels.size());
    for (TechniqueSpan l : labels) {
      PtcMapping.toPtc(l.technique())
          .ifPresent(t -> out.add(new TechniqueSpan(l.articleId(), t, l.span())));
    }
    return out;
  }
}
