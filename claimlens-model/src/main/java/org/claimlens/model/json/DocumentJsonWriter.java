package org.claimlens.model.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityRole;
import org.claimlens.model.Grade;
import org.claimlens.model.Hedge;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Narrative;
import org.claimlens.model.Source;
import org.claimlens.model.Span;
import org.claimlens.model.Technique;
import org.jspecify.annotations.Nullable;

/**
 * Writes documents as the {@value #SCHEMA} JSON object of design.md §2, one object per line.
 *
 * <p>Field names are fixed by the contract. Layers a pipeline did not compute are written as empty
 * arrays, so consumers can rely on every field being present. Offsets are UTF-16 code units into
 * {@code text}, end exclusive. Stateless and thread-safe.
 */
public final class DocumentJsonWriter {
  /** The schema tag of the contract version this writer produces. */
  public static final String SCHEMA = "claimlens/1";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** Writes one document as a single line of JSON, followed by {@code '\n'}. */
  public void writeLine(Document doc, OutputStream out) throws IOException {
    Objects.requireNonNull(doc, "doc");
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(new SerializedString(""));
      write(doc, g);
    }
    out.write('\n');
  }

  /** The document as one JSON object, without a trailing newline. */
  public String toJson(Document doc) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(doc.text().length() * 2 + 1024);
    try (JsonGenerator g = FACTORY.createGenerator(buf, JsonEncoding.UTF8)) {
      write(doc, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private static void write(Document doc, JsonGenerator g) throws IOException {
    var meta = doc.metadata();
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeStringField("id", doc.id());
    nullable(g, "title", meta.title());
    nullable(g, "url", meta.url());
    nullable(g, "outlet", meta.outlet());
    nullable(g, "published", meta.published());
    g.writeStringField("source_file", meta.sourceFile());
    Language language = doc.find(Layers.LANGUAGE).map(Annotation::value).orElse(null);
    nullable(g, "language", language == null ? null : language.code());
    g.writeStringField("text", doc.text());

    g.writeArrayFieldStart("entities");
    for (Annotation<Entity> a : doc.layer(Layers.ENTITIES)) {
      Entity e = a.value();
      g.writeStartObject();
      g.writeStringField("text", doc.text(a.span()));
      g.writeStringField("canonical", e.canonical());
      g.writeStringField("type", e.type().jsonName());
      offsets(g, a.span());
      nullable(g, "role", e.role());
      Span roleSpan = e.roleSpan();
      if (roleSpan != null) {
        g.writeObjectFieldStart("role_span");
        offsets(g, roleSpan);
        g.writeEndObject();
      }
      g.writeNumberField("score", round(a.score()));
      g.writeEndObject();
    }
    g.writeEndArray();

    writeClaims(doc, g);
    writeNarratives(doc, g);
    writeRoles(doc, g);
    g.writeArrayFieldStart("techniques");
    for (Annotation<Technique> a : doc.layer(Layers.TECHNIQUES)) {
      g.writeStartObject();
      g.writeStringField("label", a.value().label());
      offsets(g, a.span());
      g.writeNumberField("score", round(a.score()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeClaims(Document doc, JsonGenerator g) throws IOException {
    List<Annotation<Claim>> claims = doc.layer(Layers.CLAIMS);
    Grade[] grades = new Grade[claims.size()];
    for (Annotation<Grade> a : doc.layer(Layers.GRADES)) {
      int i = a.value().claim();
      if (i >= 0 && i < grades.length) {
        grades[i] = a.value();
      }
    }
    g.writeArrayFieldStart("claims");
    for (int i = 0; i < claims.size(); i++) {
      Annotation<Claim> a = claims.get(i);
      Claim c = a.value();
      g.writeStartObject();
      g.writeStringField("text", doc.text(a.span()));
      offsets(g, a.span());
      Span cue = c.cue();
      if (cue == null) {
        g.writeNullField("cue");
      } else {
        g.writeObjectFieldStart("cue");
        g.writeStringField("text", doc.text(cue));
        offsets(g, cue);
        g.writeEndObject();
      }
      g.writeFieldName("source");
      writeSource(doc, c.source(), g);
      g.writeArrayFieldStart("via");
      for (Source v : c.via()) {
        writeSource(doc, v, g);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("hedges");
      for (Hedge h : c.hedges()) {
        g.writeString(h.text());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("hedge_spans");
      for (Hedge h : c.hedges()) {
        g.writeStartObject();
        offsets(g, h.span());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("certainty", round(c.certainty()));
      g.writeStringField("status", c.status().jsonName());
      g.writeArrayFieldStart("status_evidence");
      for (Span e : c.statusEvidence()) {
        g.writeStartObject();
        g.writeStringField("text", doc.text(e));
        offsets(g, e);
        g.writeEndObject();
      }
      g.writeEndArray();
      Grade grade = grades[i];
      if (grade == null) {
        g.writeNullField("grade");
      } else {
        g.writeObjectFieldStart("grade");
        g.writeStringField("reliability", String.valueOf(grade.reliability()));
        g.writeStringField("credibility", String.valueOf(grade.credibility()));
        g.writeStringField("reason", grade.reason());
        g.writeEndObject();
      }
      g.writeNumberField("score", round(a.score()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeNarratives(Document doc, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("narratives");
    for (Annotation<Narrative> a : doc.layer(Layers.NARRATIVES)) {
      Narrative n = a.value();
      g.writeStartObject();
      g.writeStringField("label", n.label());
      g.writeNumberField("score", round(a.score()));
      g.writeArrayFieldStart("subnarratives");
      for (Narrative.Subnarrative s : n.subnarratives()) {
        g.writeStartObject();
        g.writeStringField("label", s.label());
        g.writeNumberField("score", round(s.score()));
        spans(g, "evidence", s.evidence());
        g.writeEndObject();
      }
      g.writeEndArray();
      spans(g, "evidence", n.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeRoles(Document doc, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("roles");
    for (Annotation<EntityRole> a : doc.layer(Layers.ROLES)) {
      EntityRole r = a.value();
      g.writeStartObject();
      g.writeStringField("entity", r.entity());
      g.writeStringField("text", doc.text(a.span()));
      offsets(g, a.span());
      g.writeStringField("main", r.main());
      g.writeArrayFieldStart("fine");
      for (String f : r.fine()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeNumberField("score", round(a.score()));
      spans(g, "evidence", r.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void spans(JsonGenerator g, String field, List<Span> spans) throws IOException {
    g.writeArrayFieldStart(field);
    for (Span s : spans) {
      g.writeStartObject();
      offsets(g, s);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSource(Document doc, Source s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    Span span = s.span();
    nullable(g, "text", span == null ? null : doc.text(span));
    g.writeStringField("canonical", s.canonical());
    g.writeStringField("type", s.type().jsonName());
    if (span == null) {
      g.writeNullField("start");
      g.writeNullField("end");
    } else {
      offsets(g, span);
    }
    if (s.linkedTo() != null) {
      g.writeStringField("linked_to", s.linkedTo());
    }
    Span cue = s.cue();
    if (cue != null) {
      g.writeObjectFieldStart("cue");
      g.writeStringField("text", doc.text(cue));
      offsets(g, cue);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static void offsets(JsonGenerator g, Span span) throws IOException {
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }

  static void nullable(JsonGenerator g, String field, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  static double round(double score) {
    return Math.round(score * 1000.0) / 1000.0;
  }
}
