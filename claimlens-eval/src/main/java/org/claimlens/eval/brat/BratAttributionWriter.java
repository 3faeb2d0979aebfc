package org.claimlens.eval.brat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.claimlens.model.Document;
import org.claimlens.model.Layers;

/**
 * Writes attribution relations as a brat {@code .ann} file in the layout {@link
 * BratAttributionReader} reads (and this project's {@code eval/attribution} sets use).
 *
 * <p>For each relation, in order: a {@code Source} T line (when there is a source), a {@code Cue} T
 * line (when there is a cue) and a {@code Content} T line; then, after all T lines, one E line per
 * relation: {@code E1<TAB>Attribution:T2 Content:T3 Cue:T2 Source:T1}. The trigger is the cue; a
 * relation without a cue uses its content as the trigger and has no {@code Cue:} argument, and one
 * without a source has no {@code Source:} argument. Every relation gets its own T lines, even where
 * spans repeat, so T ids are never shared between relations and numbering depends only on the
 * relation order.
 *
 * <p>From a {@link Document}, the relations are those of {@link AttributionScorer#fromDocument}:
 * one per claim of {@link Layers#CLAIMS}, plus one per {@code via} source that has a span, with the
 * same content. That mirrors how chains are annotated: "X reported, citing Y, that C" is two
 * relations, (Y, citing, C) and (X, reported, C). A via source's cue is its own {@code cue} where
 * the attribution annotator found one, else the claim's.
 *
 * <p>The text column is the covered text, fragments joined by a space, with line breaks and tabs
 * replaced by spaces so that each annotation stays on one line as brat requires. Stateless and
 * thread-safe.
 */
public final class BratAttributionWriter {

  private BratAttributionWriter() {}

  /** The {@code .ann} text for the document's claims. */
  public static String write(Document doc) {
    return write(doc.text(), AttributionScorer.fromDocument(doc));
  }

  /**
   * The {@code .ann} text for {@code relations} over {@code text}.
   *
   * @throws IndexOutOfBoundsException if a span runs past the text
   */
  public static String write(String text, List<GoldAttribution> relations) {
    Objects.requireNonNull(text, "text");
    StringBuilder tLines = new StringBuilder();
    StringBuilder eLines = new StringBuilder();
    int t = 0;
    int e = 0;
    for (GoldAttribution r : relations) {
      String source = null;
      String cue = null;
      if (r.source() != null) {
        source = "T" + ++t;
        textBound(tLines, source, "Source", r.source(), text);
      }
      if (r.cue() != null) {
        cue = "T" + ++t;
        textBound(tLines, cue, "Cue", r.cue(), text);
      }
      String content = "T" + ++t;
      textBound(tLines, content, "Content", r.content(), text);
      eLines.append('E').append(++e).append("\tAttribution:").append(cue != null ? cue : content);
      eLines.append(" Content:").append(content);
      if (cue != null) {
        eLines.append(" Cue:").append(cue);
      }
      if (source != null) {
        eLines.append(" Source:").append(source);
      }
      eLines.append('\n');
    }
    return tLines.append(eLines).toString();
  }

  /**
   * Writes {@code DIR/text/NAME.txt} (the document's text, UTF-8 without BOM) and {@code
   * DIR/attributions/NAME.ann}, creating the folders, so that {@link
   * BratAttributionReader#readFolder} reads them back.
   */
  public static void writeDocument(Path dir, String name, Document doc) throws IOException {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException("not a plain file name: \"" + name + "\"");
    }
    Path textDir = Files.createDirectories(dir.resolve("text"));
    Path annDir = Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(textDir.resolve(name + ".txt"), doc.text());
    Files.writeString(annDir.resolve(name + ".ann"), write(doc));
  }

  private static void textBound(
      StringBuilder out, String id, String type, BratSpan span, String text) {
    out.append(id).append('\t').append(type).append(' ').append(span.offsets()).append('\t');
    out.append(oneLine(span.text(text))).append('\n');
  }

  private static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lineBreakOrTab =
          c == '\n'
              || c == '\r'
              || c == '\t'
              || c == '\u000B'
              || c == '\u000C'
              || c == '\u0085'
              || c == '\u2028'
              || c == '\u2029';
      b.append(lineBreakOrTab ? ' ' : c);
    }
    return b.toString();
  }
}
