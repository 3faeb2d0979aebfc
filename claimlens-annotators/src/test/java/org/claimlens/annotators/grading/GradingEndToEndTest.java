package org.claimlens.annotators.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimlens.annotators.attribution.AttributionAnnotator;
import org.claimlens.annotators.entities.EntityAnnotator;
import org.claimlens.annotators.entities.Gazetteer;
import org.claimlens.annotators.language.LanguageAnnotator;
import org.claimlens.annotators.text.OpenNlpModels;
import org.claimlens.annotators.text.TextAnnotator;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Document;
import org.claimlens.model.Grade;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.SourceType;
import org.claimlens.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Grades on a real analysis of a war-news text, with the neutral table. */
class GradingEndToEndTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .add(new LanguageAnnotator(LanguageAnnotator.Config.defaults()))
          .add(new TextAnnotator(OpenNlpModels.loadEnglish()))
          .add(new EntityAnnotator(Gazetteer.loadDefault()))
          .add(new AttributionAnnotator())
          .add(new GradingAnnotator())
          .build();

  private static final String REPOST =
      "The Financial Times reported on Tuesday, citing a senior European military official, that"
          + " special forces from several NATO countries could already be operating inside"
          + " Ukraine. Our sources in the President's Office report that the teams arrived in"
          + " March. Kremlin spokesman Dmitry Peskov said such a presence would lead to a direct"
          + " clash. Ukraine's General Staff denied the report. Nothing was officially confirmed.";

  @Test
  void everyClaimGetsOneGradeWithAOneLineReasonAndNoAnonymousSourceIsAOrB() {
    Document doc = PIPELINE.process(Document.of("t", REPOST, Metadata.of("t.txt")));

    var claims = doc.layer(Layers.CLAIMS);
    var grades = doc.layer(Layers.GRADES);
    assertThat(claims).hasSizeGreaterThanOrEqualTo(4);
    assertThat(grades).hasSameSizeAs(claims);
    for (int i = 0; i < grades.size(); i++) {
      Grade g = grades.get(i).value();
      Claim c = claims.get(i).value();
      assertThat(g.claim()).isEqualTo(i);
      assertThat(g.reason())
          .isNotBlank()
          .doesNotContain("\n")
          .startsWith("" + g.reliability() + g.credibility() + ": ");
      if (c.source().type() == SourceType.ANONYMOUS_PERSON
          || c.source().type() == SourceType.ANONYMOUS_GROUP) {
        assertThat(g.reliability()).isIn('C', 'D', 'E', 'F');
      }
      // the neutral table rates nobody
      assertThat(g.reliability()).isEqualTo('F');
    }
    Annotation<Grade> official = grades.getFirst();
    assertThat(official.value().reason())
        .contains("a senior European military official")
        .contains("via Financial Times")
        .contains("could");
  }
}
