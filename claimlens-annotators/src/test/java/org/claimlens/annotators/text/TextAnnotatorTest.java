package org.claimlens.annotators.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Provenance;
import org.claimlens.model.Span;
import org.claimlens.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnnotatorTest {
  private static TextAnnotator text;

  @BeforeAll
  static void load() {
    text = new TextAnnotator(OpenNlpModels.loadEnglish());
  }

  private static Document analyze(String s, String lang) {
    Document doc =
        Document.of("t", s, Metadata.of("t.txt"))
            .with(
                Layers.LANGUAGE,
                List.of(
                    new Annotation<>(
                        Span.of(0, s.length()),
                        new Language(lang, 1),
                        1,
                        new Provenance("t", "1", "rules", "0"))));
    return text.annotate(doc);
  }

  private static List<String> sentences(Document d) {
    return d.layer(Layers.SENTENCES).stream().map(a -> d.text(a.span())).toList();
  }

  private static List<String> tokens(Document d) {
    return d.layer(Layers.TOKENS).stream().map(a -> d.text(a.span())).toList();
  }

  @Test
  void aHeadlineWithoutAPeriodIsItsOwnSentence() {
    Document d =
        analyze(
            "Kremlin warns of confrontation\n\nDmitry Peskov said on Tuesday that it was"
                + " dangerous. He did not elaborate.",
            "en");
    assertThat(sentences(d))
        .containsExactly(
            "Kremlin warns of confrontation",
            "Dmitry Peskov said on Tuesday that it was dangerous.",
            "He did not elaborate.");
  }

  @Test
  void channelPostLinesAreSeparateSentences() {
    Document d =
        analyze("⚡️ Our sources report a reshuffle\nOfficials have not confirmed it", "en");
    assertThat(sentences(d))
        .containsExactly("⚡️ Our sources report a reshuffle", "Officials have not confirmed it");
  }

  @Test
  void hardWrappedProseIsJoined() {
    Document d =
        analyze(
            "The governor said the strike on the port of Odesa had damaged three grain\n"
                + "terminals and a warehouse.",
            "en");
    assertThat(sentences(d)).hasSize(1);
  }

  @Test
  void tokensSplitCliticsAndFinalPeriodsButKeepAbbreviations() {
    Document d =
        analyze("Russia's envoy met U.S. officials in Kharkiv. Gen. Syrskyi didn't.", "en");
    assertThat(tokens(d))
        .containsExactly(
            "Russia",
            "'s",
            "envoy",
            "met",
            "U.S.",
            "officials",
            "in",
            "Kharkiv",
            ".",
            "Gen.",
            "Syrskyi",
            "did",
            "n't",
            ".");
  }

  @Test
  void englishTokensCarryUniversalPosTags() {
    Document d = analyze("Kremlin spokesman Dmitry Peskov said it could happen.", "en");
    List<Annotation<Token>> t = d.layer(Layers.TOKENS);
    assertThat(t.get(2).value().pos()).isEqualTo("PROPN");
    assertThat(t.get(3).value().isProperNoun()).isTrue();
    assertThat(t.get(4).value().pos()).isEqualTo("VERB");
    assertThat(t).allSatisfy(a -> assertThat(a.value().sentence()).isZero());
  }

  @Test
  void otherLanguagesGetRuleTokensWithoutTags() {
    Document d = analyze("Песков заявил, что это опасно. Киев не ответил.", "ru");
    assertThat(sentences(d)).containsExactly("Песков заявил, что это опасно.", "Киев не ответил.");
    assertThat(tokens(d)).startsWith("Песков", "заявил", ",", "что");
    assertThat(d.layer(Layers.TOKENS)).allSatisfy(a -> assertThat(a.value().pos()).isEmpty());
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String s = "  Peskov said:  «no».\r\n";
    Document d = analyze(s, "en");
    for (Annotation<Token> a : d.layer(Layers.TOKENS)) {
      assertThat(d.text(a.span())).isNotBlank().isEqualTo(s.substring(a.start(), a.end()));
    }
    assertThat(d.layer(Layers.SENTENCES).getFirst().start()).isEqualTo(2);
  }
}
