package org.claimlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.ClaimStatus;
import org.claimlens.model.Document;
import org.claimlens.model.Grade;
import org.claimlens.model.Hedge;
import org.claimlens.model.Layers;
import org.claimlens.model.Metadata;
import org.claimlens.model.Provenance;
import org.claimlens.model.Source;
import org.claimlens.model.SourceType;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {
  private static final Provenance P = new Provenance("t", "1", "rules", "0");

  private static Span span(String text, String part) {
    int i = text.indexOf(part);
    return Span.of(i, i + part.length());
  }

  @Test
  void showsEachClaimWithItsChainHedgesStatusAndGrade() {
    String text =
        "The FT reported, citing a senior European military official, that troops could be"
            + " there. Nothing was officially confirmed.";
    Claim claim =
        new Claim(
            span(text, "citing"),
            new Source(
                span(text, "a senior European military official"),
                "a senior European military official",
                SourceType.ANONYMOUS_PERSON,
                null),
            List.of(
                new Source(span(text, "FT"), "Financial Times", SourceType.MEDIA_OUTLET, null)
                    .withCue(span(text, "reported"))),
            List.of(new Hedge(span(text, "could"), "could")),
            0.6,
            ClaimStatus.UNCONFIRMED,
            List.of(span(text, "Nothing was officially confirmed")));
    Span content = span(text, "troops could be there");
    Document doc =
        Document.of("d", text, Metadata.of("d.txt"))
            .with(Layers.CLAIMS, List.of(new Annotation<>(content, claim, 0.8, P)))
            .with(
                Layers.GRADES,
                List.of(
                    new Annotation<>(
                        content,
                        new Grade(0, 'F', 4, "anonymous official via Financial Times; unconfirmed"),
                        1,
                        P)));

    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    new TextReportWriter().write(doc, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String report = buf.toString(StandardCharsets.UTF_8);

    assertThat(report)
        .contains(
            "1. a senior European military official (anonymous person) ← FT = Financial Times"
                + " (media outlet)  [citing]")
        .contains("\"troops could be there\"")
        .contains("hedged: could; certainty 0.60; status unconfirmed")
        .contains("grade F4: anonymous official via Financial Times; unconfirmed");
  }
}
