package org.claimlens.annotators.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimlens.model.Document;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageAnnotatorTest {
  private static LanguageAnnotator lang;

  @BeforeAll
  static void load() {
    lang = new LanguageAnnotator(LanguageAnnotator.Config.defaults());
  }

  private static Language detect(String s) {
    return lang.annotate(Document.of("t", s, Metadata.of("t.txt"))).expect(Layers.LANGUAGE).value();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The Kremlin said on Tuesday that the deployment of foreign troops would be a dangerous"
            + " escalation.",
        "ru|Наши источники в Офисе президента сообщают, что отставка министра уже согласована.",
        "uk|Наші джерела в Офісі президента повідомляють, що відставка міністра вже погоджена.",
        "de|Der Bundeskanzler lehnte die Lieferung von Marschflugkörpern an die Ukraine erneut ab.",
        "fr|Le président de la République n'exclut pas l'envoi de troupes occidentales en Ukraine.",
        "pl|Minister obrony narodowej zapowiedział budowę nowych umocnień na granicy wschodniej."
      })
  void detectsTheLanguagesOfTheField(String expected, String text) {
    Language l = detect(text);
    assertThat(l.code()).isEqualTo(expected);
    assertThat(l.confidence()).isBetween(0.2, 1.0);
  }

  @Test
  void textWithoutLettersIsUndetermined() {
    assertThat(detect("12:45 — 3/4 🔥🔥").code()).isEqualTo(Language.UNDETERMINED);
  }

  @Test
  void theLanguageSpansTheWholeTextAndRecordsItsModel() {
    String s = "Peskov said the talks were over.";
    var a = lang.annotate(Document.of("t", s, Metadata.of("t.txt"))).expect(Layers.LANGUAGE);
    assertThat(a.end()).isEqualTo(s.length());
    assertThat(a.provenance().model()).isEqualTo("lingua-1.2.2-low");
  }
}
