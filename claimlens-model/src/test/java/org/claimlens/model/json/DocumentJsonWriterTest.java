package org.claimlens.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Provenance;
import org.claimlens.model.Span;
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
  void aDocumentWithoutLayersStillHasEveryField() {
    String json = new DocumentJsonWriter().toJson(Document.of("x", "", Metadata.of("-")));
    assertThat(json)
        .contains("\"language\":null", "\"entities\":[]", "\"claims\":[]", "\"text\":\"\"");
  }
}
