package org.claimlens.annotators.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.claimlens.annotators.Provenances;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Language;
import org.claimlens.model.Layer;
import org.claimlens.model.Layers;
import org.claimlens.model.Provenance;
import org.claimlens.model.Span;
import org.claimlens.pipeline.Annotator;

/**
 * Detects the document's language with Lingua, restricted to the languages of the field.
 *
 * <p>Reads at most {@link Config#sampleChars()} characters: the opening of a news text says its
 * language as well as the whole, at a fraction of the cost. Thread-safe: Lingua's detector is.
 */
public final class LanguageAnnotator implements Annotator {

  /** The languages news about the war in Europe is written in, as ISO 639-1 codes. */
  public static final List<String> FIELD_LANGUAGES =
      List.of(
          "en", "ru", "uk", "de", "fr", "pl", "ro", "it", "es", "pt", "bg", "hu", "cs", "sk", "lt",
          "lv", "et", "fi", "sv", "nl");

  /**
   * How the detector runs.
   *
   * @param highAccuracy Lingua's high-accuracy mode: better on short texts, about 5x slower and
   *     larger in memory; off by default
   * @param sampleChars how many leading characters to read
   * @param minConfidence below this confidence the language is {@code und}
   */
  public record Config(boolean highAccuracy, int sampleChars, double minConfidence) {
    public static Config defaults() {
      return new Config(false, 400, 0.2);
    }
  }

  private final LanguageDetector detector;
  private final Config config;
  private final Provenance provenance;

  public LanguageAnnotator(Config config) {
    this.config = config;
    Set<com.github.pemistahl.lingua.api.Language> languages =
        EnumSet.noneOf(com.github.pemistahl.lingua.api.Language.class);
    for (String code : FIELD_LANGUAGES) {
      languages.add(
          com.github.pemistahl.lingua.api.Language.getByIsoCode639_1(
              IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))));
    }
    LanguageDetectorBuilder builder =
        LanguageDetectorBuilder.fromLanguages(
            languages.toArray(new com.github.pemistahl.lingua.api.Language[0]));
    if (!config.highAccuracy()) {
      builder = builder.withLowAccuracyMode();
    }
    this.detector = builder.withPreloadedLanguageModels().build();
    this.provenance =
        Provenances.of(
            "language", "lingua-1.2.2-" + (config.highAccuracy() ? "high" : "low"), config);
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.LANGUAGE);
  }

  @Override
  public Document annotate(Document doc) {
    String text = doc.text();
    String sample =
        text.length() <= config.sampleChars() ? text : text.substring(0, config.sampleChars());
    SortedMap<com.github.pemistahl.lingua.api.Language, Double> confidences =
        detector.computeLanguageConfidenceValues(sample);
    String code = Language.UNDETERMINED;
    double confidence = 0.0;
    if (!confidences.isEmpty()) {
      Map.Entry<com.github.pemistahl.lingua.api.Language, Double> best =
          new ArrayList<>(confidences.entrySet()).getFirst();
      if (best.getValue() >= config.minConfidence()) {
        code = best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        confidence = Math.min(1.0, Math.max(0.0, best.getValue()));
      }
    }
    Annotation<Language> a =
        new Annotation<>(
            Span.of(0, text.length()), new Language(code, confidence), confidence, provenance);
    return doc.with(Layers.LANGUAGE, List.of(a));
  }
}
