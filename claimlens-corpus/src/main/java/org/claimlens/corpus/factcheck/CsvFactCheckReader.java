package org.claimlens.corpus.factcheck;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimlens.model.FactCheck;
import org.jspecify.annotations.Nullable;

/**
 * Reads a fact-check library as CSV (RFC 4180) with a header naming the columns {@code
 * id,claim,verdict,url,published} in any order, case-insensitive; {@code id} and {@code claim} are
 * required, the others optional, unknown columns ignored.
 *
 * <p>Fields may be quoted; inside quotes a doubled quote is a quote, and commas and line breaks are
 * literal. A UTF-8 byte-order mark and CRLF line ends are accepted. Empty fields are absent values.
 * A row with a blank id or claim, or with more fields than the header, is skipped and reported with
 * its line number (the line the row starts on); a row with fewer fields leaves the missing ones
 * absent. Example row: {@code fc-001,"Ukraine runs ""secret biolabs""",False,,2022-03-11}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvFactCheckReader implements FactCheckReader {

  @Override
  public FactCheckBatch read(Path file) throws IOException {
    return parse(readText(file), file.toString());
  }

  /** Reads {@code text} as the content of a file called {@code name}. */
  public FactCheckBatch parse(String text, String name) throws FactCheckFormatException {
    List<Row> rows = rows(stripBom(text), name);
    if (rows.isEmpty()) {
      throw new FactCheckFormatException(name + ": empty file, expected a header line");
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = rows.getFirst().fields;
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("id", "claim")) {
      if (!columns.containsKey(required)) {
        throw new FactCheckFormatException(
            name + ":1: the header has no \"" + required + "\" column (found " + header + ")");
      }
    }
    FactCheckBatch.Builder out = new FactCheckBatch.Builder();
    for (Row row : rows.subList(1, rows.size())) {
      String where = name + ":" + row.line;
      if (row.fields.size() == 1 && row.fields.getFirst().isBlank()) {
        continue; // a blank line
      }
      if (row.fields.size() > header.size()) {
        out.problem(
            where,
            "row has " + row.fields.size() + " fields, the header " + header.size() + "; skipped");
        continue;
      }
      String id = field(row, columns, "id");
      String claim = field(row, columns, "claim");
      if (id == null) {
        out.problem(where, "no id; skipped");
        continue;
      }
      if (claim == null) {
        out.problem(where, "no claim for id \"" + id + "\"; skipped");
        continue;
      }
      out.add(
          new FactCheck(
              id,
              claim,
              field(row, columns, "verdict"),
              field(row, columns, "url"),
              field(row, columns, "published")),
          where);
    }
    return out.build();
  }

  private static @Nullable String field(Row row, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    if (i == null || i >= row.fields.size()) {
      return null;
    }
    String v = row.fields.get(i).strip();
    return v.isEmpty() ? null : v;
  }

  private record Row(int line, List<String> fields) {}

  /** Splits RFC 4180 text into rows, each with the line number it starts on. */
  static List<Row> rows(String text, String name) throws FactCheckFormatException {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowStart = 1;
    int quoteStart = 0;
    boolean inQuotes = false;
    boolean any = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      any = true;
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            inQuotes = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            continue; // CRLF inside a quoted field is one line break
          }
          field.append(c == '\r' ? '\n' : c);
        }
      } else if (c == '"' && field.isEmpty()) {
        inQuotes = true;
        quoteStart = line;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        rows.add(new Row(rowStart, List.copyOf(fields)));
        fields.clear();
        line++;
        rowStart = line;
        any = false;
      } else {
        // A quote inside an unquoted field is kept as text, as most CSV writers' readers do.
        field.append(c);
      }
    }
    if (inQuotes) {
      throw new FactCheckFormatException(
          name + ":" + quoteStart + ": a quoted field is not closed before the end of the file");
    }
    if (any) {
      fields.add(field.toString());
      rows.add(new Row(rowStart, List.copyOf(fields)));
    }
    return rows;
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  static String readText(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new FactCheckFormatException(file + ": not UTF-8 text", e);
    }
  }
}
