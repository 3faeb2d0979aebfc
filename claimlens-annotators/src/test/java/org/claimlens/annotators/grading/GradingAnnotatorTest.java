package org.claimlens.annotators.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimlens.model.ClaimStatus.CONFIRMED;
import static org.claimlens.model.ClaimStatus.DENIED;
import static org.claimlens.model.ClaimStatus.UNCONFIRMED;
import static org.claimlens.model.ClaimStatus.UNKNOWN;
import static org.claimlens.model.SourceType.MEDIA_OUTLET;
import static org.claimlens.model.SourceType.NAMED_PERSON;
import static org.claimlens.model.SourceType.OFFICIAL_BODY;

import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Document;
import org.claimlens.model.Grade;
import org.claimlens.model.Layers;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.junit.jupiter.api.Test;

/** The Admiralty grade of a claim, rule by rule, on hand-written claims. */
class GradingAnnotatorTest {
  private static final String TEXT =
      "The Financial Times reported, citing a senior official, that NATO troops are in Ukraine."
          + " Dmitry Peskov said the talks had failed. The Kremlin denied the report. A blogger"
          + " wrote that the depot burned. It was reported that the dam broke. The General Staff"
          + " confirmed it. Nothing was confirmed. The claim is false.";

  private static final ReputationTable RATED =
      ReputationTable.of(
          List.of(
              new ReputationTable.Entry("Financial Times", 'B', "edited newspaper"),
              new ReputationTable.Entry("Dmitry Peskov", 'A', "test rating"),
              new ReputationTable.Entry("type:anonymous_person", 'A', "overgenerous on purpose"),
              new ReputationTable.Entry("a senior official", 'A', "overgenerous on purpose")));

  private static Grade gradeOf(Document doc, ReputationTable table) {
    Document graded = new GradingAnnotator(table).annotate(doc);
    assertThat(graded.layer(Layers.GRADES)).hasSize(doc.layer(Layers.CLAIMS).size());
    return graded.layer(Layers.GRADES).getFirst().value();
  }

  private static Grade gradeOf(Document doc) {
    return gradeOf(doc, ReputationTable.loadDefault());
  }

  @Test
  void anUnknownSourceGetsFUnderTheNeutralDefaultTable() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Document doc =
        f.claim(
                "said",
                f.named("Dmitry Peskov", "Dmitry Peskov", NAMED_PERSON),
                "the talks had failed")
            .document();

    Grade g = gradeOf(doc);

    assertThat(g.reliability()).isEqualTo('F');
    assertThat(g.reason()).startsWith("F3: Dmitry Peskov").contains("not in the reputation table");
  }

  @Test
  void anAnonymousSourceIsNeverGradedAOrBWhateverTheTableSays() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Source official = f.anonymous("a senior official");
    Source ft = f.named("The Financial Times", "Financial Times", MEDIA_OUTLET);
    Document doc =
        f.claim(
                "citing",
                official,
                "NATO troops are in Ukraine",
                List.of(ft),
                1.0,
                UNKNOWN,
                List.of())
            .document();

    Grade g = gradeOf(doc, RATED);

    assertThat(g.reliability()).isEqualTo('C');
  }

  @Test
  void anUnratedAnonymousSourceBorrowsItsOutletsRatingCappedAtC() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Source official = f.anonymous("a senior official");
    Source ft = f.named("The Financial Times", "Financial Times", MEDIA_OUTLET);
    Document doc =
        f.claim(
                "citing",
                official,
                "NATO troops are in Ukraine",
                List.of(ft),
                1.0,
                UNCONFIRMED,
                List.of("Nothing was confirmed"))
            .document();
    ReputationTable ftOnly =
        ReputationTable.of(List.of(new ReputationTable.Entry("Financial Times", 'B', "edited")));

    assertThat(gradeOf(doc, ftOnly).reliability()).isEqualTo('C');
    assertThat(gradeOf(doc, ftOnly).reason()).contains("vouched for by Financial Times");
    // with the outlet unrated, nobody vouches for the official
    assertThat(gradeOf(doc).reliability()).isEqualTo('F');
    assertThat(gradeOf(doc).reason())
        .isEqualTo(
            "F4: anonymous source (a senior official) via Financial Times; anonymous source, not"
                + " rated; stated without hedges; text says it was not confirmed");
  }

  @Test
  void aChainIsAsReliableAsItsWeakestLink() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Source peskov = f.named("Dmitry Peskov", "Dmitry Peskov", NAMED_PERSON);
    Source blogger = f.named("A blogger", "A blogger", SourceType.NAMED_PERSON);
    Document doc =
        f.claim("said", peskov, "the talks had failed", List.of(blogger), 1.0, UNKNOWN, List.of())
            .document();
    ReputationTable table =
        ReputationTable.of(
            List.of(
                new ReputationTable.Entry("Dmitry Peskov", 'A', ""),
                new ReputationTable.Entry("A blogger", 'D', "anonymous blog")));

    Grade g = gradeOf(doc, table);

    assertThat(g.reliability()).isEqualTo('D');
    assertThat(g.reason()).contains("weakest link A blogger (D)");
  }

  @Test
  void aRatedNameGivesItsLetterAndItsNoteShowsInTheReason() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Document doc =
        f.claim(
                "reported",
                f.named("The Financial Times", "Financial Times", MEDIA_OUTLET),
                "NATO troops are in Ukraine")
            .document();

    Grade g = gradeOf(doc, RATED);

    assertThat(g.reliability()).isEqualTo('B');
    assertThat(g.reason()).contains("edited newspaper");
  }

  @Test
  void aConfirmationMakesItProbablyTrueNotConfirmedByOthers() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Document doc =
        f.claim(
                "wrote",
                f.named("A blogger", "A blogger", NAMED_PERSON),
                "the depot burned",
                List.of(),
                1.0,
                CONFIRMED,
                List.of("confirmed"))
            .document();

    assertThat(gradeOf(doc).credibility()).isEqualTo(2);
  }

  @Test
  void aDenialByAPartyMakesItDoubtfulAndTheTextsOwnDenialImprobable() {
    ClaimsFixture byParty = new ClaimsFixture(TEXT);
    Source ft = byParty.named("The Financial Times", "Financial Times", MEDIA_OUTLET);
    Source kremlin = byParty.named("The Kremlin", "Kremlin", OFFICIAL_BODY);
    Document partyDoc =
        byParty
            .claim(
                "reported",
                ft,
                "NATO troops are in Ukraine",
                List.of(),
                1.0,
                DENIED,
                List.of("denied"))
            .claim("denied", kremlin, "the report")
            .document();
    Grade party = gradeOf(partyDoc);
    assertThat(party.credibility()).isEqualTo(4);
    assertThat(party.reason()).contains("denied by official body Kremlin");

    ClaimsFixture byText = new ClaimsFixture(TEXT);
    Document textDoc =
        byText
            .claim(
                "reported",
                byText.named("The Financial Times", "Financial Times", MEDIA_OUTLET),
                "NATO troops are in Ukraine",
                List.of(),
                1.0,
                DENIED,
                List.of("is false"))
            .document();
    assertThat(gradeOf(textDoc).credibility()).isEqualTo(5);
  }

  @Test
  void unconfirmedIsDoubtfulForAnonymousOrHedgedClaimsAndPossiblyTrueOtherwise() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Source peskov = f.named("Dmitry Peskov", "Dmitry Peskov", NAMED_PERSON);
    Document flat =
        f.claim(
                "said",
                peskov,
                "the talks had failed",
                List.of(),
                1.0,
                UNCONFIRMED,
                List.of("Nothing was confirmed"))
            .document();
    assertThat(gradeOf(flat).credibility()).isEqualTo(3);

    ClaimsFixture g = new ClaimsFixture(TEXT);
    Document hedged =
        g.claim(
                "said",
                g.named("Dmitry Peskov", "Dmitry Peskov", NAMED_PERSON),
                "the talks had failed",
                List.of(),
                0.5,
                UNCONFIRMED,
                List.of("Nothing was confirmed"))
            .document();
    assertThat(gradeOf(hedged).credibility()).isEqualTo(4);
    assertThat(gradeOf(hedged).reason()).contains("hedged (could; certainty 0.50)");
  }

  @Test
  void onlyAClaimWithNoSourceAndNothingSaidAboutItCannotBeJudged() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Document doc =
        f.claim("was reported", ClaimsFixture.unattributed(), "the dam broke").document();

    Grade g = gradeOf(doc);

    assertThat(g.reliability()).isEqualTo('F');
    assertThat(g.credibility()).isEqualTo(6);
    assertThat(g.reason()).contains("unattributed");
  }

  @Test
  void twoIndependentSourcesSayingTheSameCorroborateEachOther() {
    String text =
        "Kharkiv governor Oleh Syniehubov said two missiles hit the thermal power plant overnight."
            + " Mayor Ihor Terekhov said two missiles hit the thermal power plant overnight.";
    String content = "two missiles hit the thermal power plant overnight";
    ClaimsFixture one = new ClaimsFixture(text);
    Document alone =
        one.claim("said", one.named("Oleh Syniehubov", "Oleh Syniehubov", NAMED_PERSON), content)
            .document();
    ClaimsFixture two = new ClaimsFixture(text);
    Document both =
        two.claim("said", two.named("Oleh Syniehubov", "Oleh Syniehubov", NAMED_PERSON), content, 1)
            .claim("said", two.named("Ihor Terekhov", "Ihor Terekhov", NAMED_PERSON), content, 2)
            .document();

    assertThat(gradeOf(alone).credibility()).isEqualTo(3);
    Document graded = new GradingAnnotator().annotate(both);
    assertThat(graded.layer(Layers.GRADES))
        .hasSize(2)
        .allSatisfy(
            g -> {
              assertThat(g.value().credibility()).isEqualTo(2);
              assertThat(g.value().reason()).contains("corroborated in the text by 1 other source");
            });
  }

  @Test
  void theSameSourceRepeatingItselfIsNoCorroboration() {
    String text =
        "Dmitry Peskov said the talks had failed in Istanbul. Later Dmitry Peskov said the talks"
            + " had failed in Istanbul.";
    String content = "the talks had failed in Istanbul";
    ClaimsFixture f = new ClaimsFixture(text);
    Document doc =
        f.claim("said", f.named("Dmitry Peskov", "Dmitry Peskov", NAMED_PERSON), content, 1)
            .claim(
                "said",
                new Source(f.span("Dmitry Peskov", 2), "Dmitry Peskov", NAMED_PERSON, null),
                content,
                2)
            .document();

    Document graded = new GradingAnnotator().annotate(doc);

    assertThat(graded.layer(Layers.GRADES))
        .allSatisfy(g -> assertThat(g.value().credibility()).isEqualTo(3));
  }

  @Test
  void eachGradePointsAtItsClaimAndSpansItsContent() {
    ClaimsFixture f = new ClaimsFixture(TEXT);
    Document doc =
        f.claim(
                "said",
                f.named("Dmitry Peskov", "Dmitry Peskov", NAMED_PERSON),
                "the talks had failed")
            .claim("wrote", f.named("A blogger", "A blogger", NAMED_PERSON), "the depot burned")
            .document();

    Document graded = new GradingAnnotator().annotate(doc);

    List<Annotation<Claim>> claims = graded.layer(Layers.CLAIMS);
    List<Annotation<Grade>> grades = graded.layer(Layers.GRADES);
    assertThat(grades).hasSize(2);
    for (int i = 0; i < grades.size(); i++) {
      assertThat(grades.get(i).value().claim()).isEqualTo(i);
      assertThat(grades.get(i).span()).isEqualTo(claims.get(i).span());
      assertThat(grades.get(i).provenance().annotator()).isEqualTo("grading");
    }
  }
}
