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
import java.util.Objects;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.Language;
import org.claimlens.model.Layers;
import org.claimlens.model.Span;
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

    // Filled by later layers (attribution, narratives, framing, techniques); present so consumers
    // can rely on every contract field.
    for (String field : new String[] {"claims", "narratives", "roles", "techniques"}) {
      g.writeArrayFieldStart(field);
      g.writeEndArray();
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
