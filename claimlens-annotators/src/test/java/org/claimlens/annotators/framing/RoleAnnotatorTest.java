package org.claimlens.annotators.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimlens.annotators.framing.Framing.ROLES;
import static org.claimlens.annotators.framing.Framing.TAXONOMY;
import static org.claimlens.annotators.framing.Framing.analyse;
import static org.claimlens.annotators.framing.Framing.assertFraming;
import static org.claimlens.annotators.framing.Framing.spanOf;

import java.util.ArrayList;
import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.EntityRole;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Span;
import org.claimlens.pipeline.Pipeline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoleAnnotatorTest {
  static final String INVASION =
      """
      Russia started this war

      Russia launched an unprovoked invasion of its neighbour and keeps escalating the war. \
      The Kremlin provoked the crisis and then blamed everyone else for it.
      """;

  static final String SHELLING =
      """
      Another night under shelling in Kharkiv

      Civilians in Kharkiv spent another night under shelling. Dozens of residents were \
      wounded, and many families lost their homes.
      """;

  static final String TALKS =
      """
      Talks resume in Istanbul

      Turkey brokered the grain deal and hosted the peace talks between the two sides. \
      Ankara has offered to mediate again and called for a ceasefire.
      """;

  @Nested
  class ReadingTheDomain {
    @Test
    void anAggressorIsAnInstigatingAntagonist() {
      assertFraming(INVASION, "Russia").castsAs("Antagonist", "Instigator");
    }

    @Test
    void civiliansUnderShellingAreInnocentVictims() {
      assertFraming(SHELLING, "Civilians").castsAs("Innocent", "Victim").citesCue("under shelling");
    }

    @Test
    void aPeaceBrokerIsAPeacemakingProtagonist() {
      assertFraming(TALKS, "Turkey").castsAs("Protagonist", "Peacemaker").citesCue("brokered");
    }

    @Test
    void theSameNameTakesTheRoleItsTextGivesIt() {
      String guardian =
          """
          NATO is the reason the Baltics are still free

          NATO is a defensive alliance that protects its members. Its troops defend the \
          Baltic states against any threat, and the alliance keeps its allies safe.
          """;
      String instigator =
          """
          NATO provoked this war

          NATO pushed its expansion eastward for thirty years, provoking Moscow and arming \
          Kyiv. The alliance escalated the conflict and instigated the war.
          """;

      assertFraming(guardian, "NATO").castsAs("Protagonist", "Guardian");
      assertFraming(instigator, "NATO").castsAs("Antagonist", "Instigator");
    }
  }

  @Nested
  class Annotating {
    @Test
    void framesTheKeyActorsOncePerEntityWithEvidence() {
      Document doc = ROLES.annotate(analyse(TALKS));
      List<Annotation<EntityRole>> roles = doc.layer(Layers.ROLES);

      assertThat(roles).extracting(a -> doc.text(a.span())).contains("Turkey");
      assertThat(roles).extracting(a -> a.value().entity()).doesNotHaveDuplicates();
      for (Annotation<EntityRole> a : roles) {
        assertThat(a.value().evidence().getFirst())
            .as("the sentence")
            .matches(s -> s.contains(a.span()));
        assertThat(a.score()).isBetween(0.0, 1.0);
        assertThat(a.provenance().annotator()).isEqualTo("framing");
        assertThat(a.provenance().model()).isEqualTo(ROLES.modelId());
      }
    }

    @Test
    void framesPopulationGroupsTheEntityAnnotatorDoesNotMark() {
      Document doc = ROLES.annotate(analyse(SHELLING));

      assertThat(doc.layer(Layers.ROLES))
          .extracting(a -> doc.text(a.span()) + " " + a.value().main())
          .contains("Civilians in Kharkiv Innocent");
    }

    @Test
    void aTextWithoutActorsGetsAnEmptyLayer() {
      Document doc = ROLES.annotate(analyse("It rained all day, and the river rose slowly."));

      assertThat(doc.has(Layers.ROLES)).isTrue();
      assertThat(doc.layer(Layers.ROLES)).isEmpty();
    }

    @Test
    void runsInThePipelineAfterTheEntities() {
      Pipeline p =
          Pipeline.builder()
              .add(Framing.ANALYSIS.annotators().get(0))
              .add(Framing.ANALYSIS.annotators().get(1))
              .add(Framing.ANALYSIS.annotators().get(2))
              .add(ROLES)
              .build();

      assertThat(p.process(Document.of("t", INVASION, Metadata.of("t"))).layer(Layers.ROLES))
          .isNotEmpty();
      assertThatThrownBy(() -> Pipeline.builder().add(ROLES).build())
          .hasMessageContaining("framing");
    }
  }

  @Nested
  class Invariants {
    @Test
    void fineRolesAlwaysBelongToTheMainRole() {
      for (String text : List.of(INVASION, SHELLING, TALKS)) {
        Document doc = analyse(text);
        List<Span> everyWord = new ArrayList<>();
        for (Annotation<?> t : doc.layer(Layers.TOKENS)) {
          everyWord.add(t.span());
        }
        for (EntityRole r : ROLES.classify(doc, everyWord)) {
          assertThat(r.fine()).hasSizeBetween(1, 2).doesNotHaveDuplicates();
          assertThat(TAXONOMY.fineRolesOf(r.main())).as(r.toString()).containsAll(r.fine());
        }
      }
    }

    @Test
    void classifyReturnsOneRolePerGivenSpanInOrder() {
      Document doc = analyse(TALKS);
      Span turkey = spanOf(doc, "Turkey");
      List<Span> spans = List.of(turkey, Span.of(0, 0), spanOf(doc, "Ankara"), turkey);

      List<EntityRole> roles = ROLES.classify(doc, spans);

      assertThat(roles).hasSize(4);
      assertThat(roles.get(0)).isEqualTo(roles.get(3));
      assertThat(roles.get(0).entity()).isEqualTo("Turkey");
      assertThat(ROLES.classify(doc, List.of())).isEmpty();
    }

    @Test
    void rejectsASpanPastTheTextAndADocumentWithoutTokens() {
      Document doc = analyse(TALKS);
      int n = doc.text().length();

      assertThatThrownBy(() -> ROLES.classify(doc, List.of(Span.of(n - 2, n + 3))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("runs past");
      assertThatThrownBy(
              () -> ROLES.classify(Document.of("bare", TALKS, Metadata.of("x")), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("tokens");
    }
  }
}
