package org.claimlens.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityRole;
import org.claimlens.model.EntityType;
import org.claimlens.model.Grade;
import org.claimlens.model.Hedge;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Narrative;
import org.claimlens.model.Provenance;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;
import org.claimlens.model.Technique;
import org.junit.jupiter.api.Test;

class DocumentJsonWriterTest {
  private static final Provenance P = new Provenance("t", "1", "rules", "0");

  @Test
  void writesTheContractFieldsOnOneLine() throws Exception {
    String text = "«Bankova» said: \"no\"\n</script>";
    Document doc =
        Document.of("d1", text, new Metadata("Title", null, "Outlet", "2024-03-14", "a/b.txt"))
            .with(
                Layers.LANGUAGE,
                List.of(
                    new Annotation<>(Span.of(0, text.length()), new Language("en", 0.97), 0.97, P)))
            .with(
                Layers.ENTITIES,
                List.of(
                    new Annotation<>(
                        Span.of(1, 8),
                        Entity.of("Office of the President of Ukraine", EntityType.OFFICIAL_BODY),
                        0.95,
                        P)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocumentJsonWriter().writeLine(doc, out);
    String json = out.toString(StandardCharsets.UTF_8);

    assertThat(json).endsWith("}\n").doesNotContain("\n{").hasLineCount(1);
    assertThat(json)
        .startsWith("{\"schema\":\"claimlens/1\",\"id\":\"d1\",\"title\":\"Title\",\"url\":null,")
        .contains(
            "\"source_file\":\"a/b.txt\"", "\"language\":\"en\"", "\"published\":\"2024-03-14\"")
        .contains(
            "{\"text\":\"Bankova\",\"canonical\":\"Office of the President of Ukraine\","
                + "\"type\":\"official_body\",\"start\":1,\"end\":8,\"role\":null,\"score\":0.95}")
        .contains("\"claims\":[]", "\"narratives\":[]", "\"roles\":[]", "\"techniques\":[]")
        // quotes and the newline are escaped; the text is data, never markup
        .contains("said: \\\"no\\\"\\n</script>");
  }

  @Test
  void writesAClaimWithItsChainHedgesStatusAndGrade() {
    String text =
        "The FT reported, citing a senior European military official, that troops could be there."
            + " It was not confirmed.";
    Span content = Span.of(text.indexOf("troops"), text.indexOf(" It") - 1);
    Source official =
        new Source(
            Span.of(24, 59),
            "a senior European military official",
            SourceType.ANONYMOUS_PERSON,
            null);
    Source ft = new Source(Span.of(4, 6), "Financial Times", SourceType.MEDIA_OUTLET, null);
    int could = text.indexOf("could");
    Claim claim =
        new Claim(
            Span.of(17, 23),
            official,
            List.of(ft),
            List.of(new Hedge(Span.of(could, could + 5), "could")),
            0.5,
            ClaimStatus.UNCONFIRMED,
            List.of(Span.of(text.indexOf("was not"), text.length() - 1)));
    Document doc =
        Document.of("c", text, Metadata.of("c.txt"))
            .with(Layers.CLAIMS, List.of(new Annotation<>(content, claim, 0.8, P)))
            .with(
                Layers.GRADES,
                List.of(
                    new Annotation<>(
                        content,
                        new Grade(0, 'F', 3, "anonymous official via a newspaper"),
                        1,
                        P)));

    String json = new DocumentJsonWriter().toJson(doc);

    assertThat(json)
        .contains("\"claims\":[{\"text\":\"troops could be there\"")
        .contains("\"cue\":{\"text\":\"citing\",\"start\":17,\"end\":23}")
        .contains(
            "\"source\":{\"text\":\"a senior European military official\","
                + "\"canonical\":\"a senior European military official\","
                + "\"type\":\"anonymous_person\",\"start\":24,\"end\":59}")
        .contains(
            "\"via\":[{\"text\":\"FT\",\"canonical\":\"Financial Times\",\"type\":\"media_outlet\"")
        .contains("\"hedges\":[\"could\"]", "\"status\":\"unconfirmed\"")
        .contains(
            "\"grade\":{\"reliability\":\"F\",\"credibility\":\"3\","
                + "\"reason\":\"anonymous official via a newspaper\"}");
  }

  @Test
  void writesNarrativesRolesAndTechniquesWithEvidence() {
    String text = "NATO will drag Europe into war. The warmongers in Brussels want it.";
    Span first = Span.of(0, 31);
    Document doc =
        Document.of("n", text, Metadata.of("n.txt"))
            .with(
                Layers.NARRATIVES,
                List.of(
                    new Annotation<>(
                        Span.of(0, text.length()),
                        new Narrative(
                            "URW: Amplifying war-related fears",
                            List.of(
                                new Narrative.Subnarrative(
                                    "URW: Amplifying war-related fears: NATO should/will directly"
                                        + " intervene",
                                    0.71,
                                    List.of(first))),
                            List.of(first)),
                        0.83,
                        P)))
            .with(
                Layers.ROLES,
                List.of(
                    new Annotation<>(
                        Span.of(0, 4),
                        new EntityRole("NATO", "Antagonist", List.of("Instigator"), List.of(first)),
                        0.64,
                        P)))
            .with(
                Layers.TECHNIQUES,
                List.of(
                    new Annotation<>(
                        Span.of(36, 46), new Technique("Name_Calling-Labeling"), 0.9, P)));

    String json = new DocumentJsonWriter().toJson(doc);

    assertThat(json)
        .contains(
            "\"narratives\":[{\"label\":\"URW: Amplifying war-related fears\",\"score\":0.83,"
                + "\"subnarratives\":[{\"label\":\"URW: Amplifying war-related fears: NATO"
                + " should/will directly intervene\",\"score\":0.71,"
                + "\"evidence\":[{\"start\":0,\"end\":31}]}],"
                + "\"evidence\":[{\"start\":0,\"end\":31}]}]")
        .contains(
            "\"roles\":[{\"entity\":\"NATO\",\"text\":\"NATO\",\"start\":0,\"end\":4,"
                + "\"main\":\"Antagonist\",\"fine\":[\"Instigator\"],\"score\":0.64,")
        .contains(
            "\"techniques\":[{\"label\":\"Name_Calling-Labeling\",\"start\":36,\"end\":46,"
                + "\"score\":0.9}]");
  }

  @Test
  void aDocumentWithoutLayersStillHasEveryField() {
    String json = new DocumentJsonWriter().toJson(Document.of("x", "", Metadata.of("-")));
    assertThat(json)
        .contains("\"language\":null", "\"entities\":[]", "\"claims\":[]", "\"text\":\"\"");
  }
}
