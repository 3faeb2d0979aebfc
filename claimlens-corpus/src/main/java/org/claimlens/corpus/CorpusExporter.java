package org.claimlens.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.claimlens.corpus.claims.Corroboration;
import org.claimlens.store.ClaimRecord;
import org.claimlens.store.DocumentRecord;
import org.jspecify.annotations.Nullable;

/**
 * Writes a corpus out: {@code jsonl} gives one claimlens/1 object per document (design.md §2) with
 * the corpus fields added ({@code duplicate_of} and {@code story}; per claim {@code cluster},
 * {@code corroborated_by}, {@code debunked_by} and {@code corroboration}, the credibility that
 * independent corroboration suggests, with its reason); {@code csv} gives one row per claim.
 *
 * <p>Documents come in store order, a page at a time, so memory does not grow with the corpus.
 */
public final class CorpusExporter {
  private static final JsonFactory JSON = new JsonFactory();

  /** The CSV header, one row per claim. */
  public static final String CSV_HEADER =
      "document,outlet,published,language,duplicate_of,story,claim,text,source,source_type,via,"
          + "cluster,corroborated_by,debunked_by,credibility,reason";

  private final Corpus corpus;

  public CorpusExporter(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /**
   * Writes every document as one JSON line; returns how many, telling {@code progress} as it goes.
   */
  public long jsonl(Writer out, LongConsumer progress) throws IOException {
    long[] n = {0};
    eachDocument(
        d -> {
          out.write(withCorpusFields(d));
          out.write('\n');
          progress.accept(++n[0]);
        });
    return n[0];
  }

  /** Writes one CSV row per claim (RFC 4180, CRLF); returns how many rows. */
  public long csv(Writer out, LongConsumer progress) throws IOException {
    out.write(CSV_HEADER);
    out.write("\r\n");
    long[] rows = {0};
    long[] docs = {0};
    eachDocument(
        d -> {
          for (ClaimRecord c : corpus.store().claims(d.id())) {
            Corroboration.Assessment a = corpus.assess(c);
            String[] cells = {
              d.id(),
              d.outlet(),
              d.published(),
              d.language(),
              d.duplicateOf(),
              d.story(),
              c.id(),
              c.text(),
              c.sourceText(),
              c.sourceType(),
              String.join(" < ", c.via()),
              c.cluster(),
              String.join(" ", c.corroboratedBy()),
              String.join(" ", c.debunkedBy()),
              Integer.toString(a.credibility()),
              a.reason()
            };
            for (int i = 0; i < cells.length; i++) {
              if (i > 0) {
                out.write(',');
              }
              out.write(csvCell(cells[i]));
            }
            out.write("\r\n");
            rows[0]++;
          }
          progress.accept(++docs[0]);
        });
    return rows[0];
  }

  /** An action on a document that may fail with an I/O error. */
  @FunctionalInterface
  private interface DocumentWriter {
    void write(DocumentRecord d) throws IOException;
  }

  /** Runs {@code action} on every stored document in order, passing its I/O errors on. */
  private void eachDocument(DocumentWriter action) throws IOException {
    try {
      corpus
          .store()
          .forEachDocument(
              d -> {
                try {
                  action.write(d);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * One CSV cell: quoted when it holds a comma, quote or line break; a cell a spreadsheet would
   * read as a formula (=, +, -, @ first) gets a leading apostrophe, since article text is hostile.
   */
  static String csvCell(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String v = s;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /** The stored JSON of {@code d} with the corpus fields added, on one line. */
  String withCorpusFields(DocumentRecord d) {
    List<ClaimRecord> claims = corpus.store().claims(d.id());
    StringWriter w = new StringWriter(d.json().length() + 256);
    try (JsonParser p = JSON.createParser(d.json());
        JsonGenerator g = JSON.createGenerator(w)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("stored JSON of document " + d.id() + " is not an object");
      }
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        g.writeFieldName(field);
        if (field.equals("claims") && value == JsonToken.START_ARRAY) {
          g.writeStartArray();
          int k = 0;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            g.writeStartObject();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              g.writeFieldName(p.currentName());
              p.nextToken();
              g.copyCurrentStructure(p);
            }
            writeClaimFields(g, k < claims.size() ? claims.get(k) : null);
            g.writeEndObject();
            k++;
          }
          g.writeEndArray();
        } else {
          g.copyCurrentStructure(p);
        }
      }
      g.writeStringField("duplicate_of", d.duplicateOf());
      g.writeStringField("story", d.story());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite the stored JSON of document " + d.id(), e);
    }
    return w.toString();
  }

  private void writeClaimFields(JsonGenerator g, @Nullable ClaimRecord c) throws IOException {
    g.writeStringField("cluster", c == null ? null : c.cluster());
    g.writeArrayFieldStart("corroborated_by");
    if (c != null) {
      for (String id : c.corroboratedBy()) {
        g.writeString(id);
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("debunked_by");
    if (c != null) {
      for (String id : c.debunkedBy()) {
        g.writeString(id);
      }
    }
    g.writeEndArray();
    if (c == null) {
      g.writeNullField("corroboration");
    } else {
      Corroboration.Assessment a = corpus.assess(c);
      g.writeObjectFieldStart("corroboration");
      g.writeNumberField("independent_sources", a.independentSources());
      g.writeNumberField("independent_denials", a.independentDenials());
      g.writeStringField("credibility", Integer.toString(a.credibility()));
      g.writeStringField("reason", a.reason());
      g.writeEndObject();
    }
  }
}
