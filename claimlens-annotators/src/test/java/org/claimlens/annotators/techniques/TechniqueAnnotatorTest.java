package org.claimlens.annotators.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.annotators.techniques.Analysis.analyse;
import static org.claimlens.annotators.techniques.Analysis.prepare;
import static org.claimlens.annotators.techniques.TechniqueAssert.assertNoTechniqueOn;
import static org.claimlens.annotators.techniques.TechniqueAssert.assertTechnique;
import static org.claimlens.annotators.techniques.TechniqueAssert.describe;

import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;
import org.claimlens.model.Span;
import org.claimlens.model.Technique;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TechniqueAnnotatorTest {

  @Nested
  class Phrases {
    @Test
    void anEmotiveAdjectiveIsLoadedLanguageOnItsOwn() {
      Document doc =
          analyse("Residents described a night of savage shelling that left the market in ruins.");

      assertTechnique(doc, "savage").is("Loaded_Language");
    }

    @Test
    void aLabelUsedAsANameIsNameCallingWithItsModifier() {
      Document doc =
          analyse(
              "The Kremlin stooge in Minsk once again sided with Moscow against his own people.");

      assertTechnique(doc, "Kremlin stooge")
          .is("Name_Calling-Labeling")
          .hasProvenanceOf(Analysis.TECHNIQUES);
    }

    @Test
    void juntaIsNameCalling() {
      Document doc = analyse("Once again the junta in Kyiv has shown its true face to the world.");

      assertTechnique(doc, "junta").is("Name_Calling-Labeling");
    }
  }

  @Nested
  class Sentences {
    @Test
    void whatAboutAnotherSidesDeedsIsWhataboutism() {
      Document doc =
          analyse(
              "Washington condemns strikes on power plants, but what about the bridges NATO bombed"
                  + " in Serbia in 1999?");

      assertTechnique(
              doc,
              "Washington condemns strikes on power plants, but what about the bridges NATO bombed"
                  + " in Serbia in 1999?")
          .is("Whataboutism");
    }

    @Test
    void aRhetoricalDisbeliefQuestionIsDoubt() {
      Document doc =
          analyse("Are we really supposed to believe that the grain deal collapsed by accident?");

      assertTechnique(
              doc, "Are we really supposed to believe that the grain deal collapsed by accident?")
          .is("Doubt");
    }

    @Test
    void missilesOnOurCitiesUnlessWeActIsAnAppealToFear() {
      Document doc =
          analyse("If we do nothing, Russian missiles will be falling on Berlin within a year.");

      assertTechnique(
              doc, "If we do nothing, Russian missiles will be falling on Berlin within a year.")
          .is("Appeal_to_Fear-Prejudice");
    }
  }

  @Nested
  class Repetition {
    @Test
    void onlyTheRepeatAfterTheFirstIsMarked() {
      Document doc =
          analyse(
              "Our volunteers are ready.\n\nNot one step back! We hold the line. Not one step back!");
      int second = doc.text().lastIndexOf("Not one step back!");
      int first = doc.text().indexOf("Not one step back!");

      List<Annotation<Technique>> repeats =
          doc.layer(Layers.TECHNIQUES).stream()
              .filter(a -> a.value().label().equals("Repetition"))
              .toList();

      assertThat(repeats).as(describe(doc)).hasSize(1);
      assertThat(repeats.getFirst().span()).isEqualTo(Span.of(second, second + 18));
      assertThat(repeats.getFirst().start()).isGreaterThan(first);
    }

    @Test
    void aSloganSaidOnceIsNoRepetition() {
      Document doc = analyse("Farmers marched on the ministry on Monday.\n\nNot one step back!");

      assertNoTechniqueOn(doc, "Not one step back!", "Repetition");
    }
  }

  @Nested
  class NeutralCopy {
    @Test
    void aWireReportOnRatesCarriesNoTechnique() {
      Document doc =
          analyse(
              "The central bank raised its key interest rate by a quarter of a percentage point on"
                  + " Thursday, citing persistent inflation, a spokesman said.");

      assertThat(doc.layer(Layers.TECHNIQUES)).as(describe(doc)).isEmpty();
    }

    @Test
    void aWireReportOnFloodsCarriesAtMostOneWeakMark() {
      Document doc =
          analyse(
              "Heavy rain caused flooding in three districts of the city overnight, the emergency"
                  + " service said, adding that no one was hurt. Rail services were suspended for"
                  + " several hours. The ministry said repair crews were at work.");

      assertThat(doc.layer(Layers.TECHNIQUES)).as(describe(doc)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void textInAnotherLanguageGetsAnEmptyLayer() {
      Document doc =
          analyse(
              "Die Regierung hat am Montag neue Sanktionen beschlossen, sagte ein Sprecher in"
                  + " Berlin, und die Opposition kritisierte den Beschluss scharf.");

      assertThat(doc.has(Layers.TECHNIQUES)).isTrue();
      assertThat(doc.layer(Layers.TECHNIQUES)).isEmpty();
    }
  }

  @Nested
  class Classification {
    @Test
    void aGivenSpanGetsItsTechnique() {
      String text =
          "Either we keep our coal mines open, or we become a colony of Brussels. The brazen"
              + " bureaucrats do not care.";
      Document doc = prepare(text);
      Span dilemma = Span.of(0, text.indexOf('.') + 1);
      int b = text.indexOf("brazen");
      Span loaded = Span.of(b, b + "brazen".length());

      List<String> labels = Analysis.TECHNIQUES.classify(doc, List.of(dilemma, loaded));

      assertThat(labels).containsExactly("False_Dilemma-No_Choice", "Loaded_Language");
    }

    @Test
    void ptcClassificationSpeaksThePtcLabels() {
      String text = "Either we keep our coal mines open, or we become a colony of Brussels.";
      Document doc = prepare(text);

      List<String> labels =
          Analysis.TECHNIQUES.classifyPtc(doc, List.of(Span.of(0, text.length())));

      assertThat(labels).containsExactly("Black-and-White_Fallacy");
    }
  }

  @Test
  void declaresItsLayersAndTheDefaultModelsLabels() {
    TechniqueAnnotator t = Analysis.TECHNIQUES;

    assertThat(t.name()).isEqualTo("techniques");
    assertThat(t.requires())
        .containsExactlyInAnyOrder(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS);
    assertThat(t.provides()).containsExactly(Layers.TECHNIQUES);
    assertThat(t.scheme()).isEqualTo("semeval2023");
    assertThat(t.labels()).containsExactlyInAnyOrderElementsOf(PtcMapping.SEMEVAL_2023_LABELS);
  }

  @Test
  void spansStayOnTheOriginalTextAndScoresAreProbabilities() {
    String text =
        "THE PUPPET REGIME STRIKES AGAIN\n\nThe puppet regime in Kyiv and its Western curators"
            + " keep lying. Enough is enough!";
    Document doc = analyse(text);

    assertThat(doc.layer(Layers.TECHNIQUES)).as(describe(doc)).isNotEmpty();
    for (Annotation<Technique> a : doc.layer(Layers.TECHNIQUES)) {
      assertThat(a.end()).isLessThanOrEqualTo(text.length());
      assertThat(doc.text(a.span())).isNotBlank();
      assertThat(a.score()).isBetween(0.0, 1.0);
      assertThat(PtcMapping.isSemEval2023(a.value().label())).isTrue();
    }
  }
}
