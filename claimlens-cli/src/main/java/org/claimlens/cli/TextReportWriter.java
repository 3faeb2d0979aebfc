package org.claimlens.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimlens.model.Annotation;
import org.claimlens.model.Claim;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Grade;
import org.claimlens.model.Layers;
import org.claimlens.model.Source;
import org.claimlens.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A readable terminal report of one analyzed document: its metadata, its entities grouped by type
 * with their canonical names, roles and where they stand, then each claim with its chain, hedges,
 * status and grade. Every piece of article text goes through {@link Terminal#safe} first.
 */
final class TextReportWriter {
  private static final int MAX_MENTIONS_SHOWN = 4;
  private static final int LEAD_CHARS = 200;

  void write(Document doc, PrintStream out) {
    var m = doc.metadata();
    out.println("== " + Terminal.oneLine(m.title() != null ? m.title() : doc.id()));
    line(out, "file", m.sourceFile());
    line(out, "outlet", m.outlet());
    line(out, "published", m.published());
    line(out, "url", m.url());
    String lang = doc.find(Layers.LANGUAGE).map(a -> a.value().code()).orElse("?");
    int words = doc.layer(Layers.TOKENS).size();
    line(
        out,
        "language",
        lang + "   sentences " + doc.layer(Layers.SENTENCES).size() + "   tokens " + words);

    line(out, "lead", lead(doc.text()));

    Map<EntityType, Map<String, List<Annotation<Entity>>>> byType = new LinkedHashMap<>();
    for (EntityType t : EntityType.values()) {
      byType.put(t, new LinkedHashMap<>());
    }
    for (Annotation<Entity> a : doc.layer(Layers.ENTITIES)) {
      byType
          .get(a.value().type())
          .computeIfAbsent(a.value().canonical(), k -> new ArrayList<>())
          .add(a);
    }
    out.println("  entities:");
    boolean any = false;
    for (var typeEntry : byType.entrySet()) {
      if (typeEntry.getValue().isEmpty()) {
        continue;
      }
      any = true;
      out.println("    " + typeEntry.getKey().jsonName().replace('_', ' ') + ":");
      for (var e : typeEntry.getValue().entrySet()) {
        out.println("      " + describe(doc, e.getKey(), e.getValue()));
      }
    }
    if (!any) {
      out.println("    (none found)");
    }
    writeClaims(doc, out);
    out.println();
  }

  /** Each claim: who, through whom, the content, its hedges and status, and its grade. */
  private static void writeClaims(Document doc, PrintStream out) {
    List<Annotation<Claim>> claims = doc.layer(Layers.CLAIMS);
    if (claims.isEmpty()) {
      return;
    }
    Grade[] grades = new Grade[claims.size()];
    for (Annotation<Grade> g : doc.layer(Layers.GRADES)) {
      if (g.value().claim() >= 0 && g.value().claim() < grades.length) {
        grades[g.value().claim()] = g.value();
      }
    }
    out.println("  claims:");
    for (int i = 0; i < claims.size(); i++) {
      Annotation<Claim> a = claims.get(i);
      Claim c = a.value();
      StringBuilder who = new StringBuilder(source(doc, c.source()));
      for (Source via : c.via()) {
        who.append(" ← ").append(source(doc, via));
      }
      Span cue = c.cue();
      out.printf(
          Locale.ROOT,
          "    %d. %s%s%n",
          i + 1,
          who,
          cue == null ? "" : "  [" + Terminal.oneLine(doc.text(cue)) + "]");
      out.printf(
          Locale.ROOT,
          "       \"%s\"  %d-%d%n",
          Terminal.oneLine(Terminal.clip(doc.text(a.span()), 160)),
          a.start(),
          a.end());
      List<String> facts = new ArrayList<>();
      if (!c.hedges().isEmpty()) {
        facts.add(
            "hedged: "
                + String.join(
                    ", ", c.hedges().stream().map(h -> Terminal.oneLine(h.text())).toList()));
      }
      facts.add(String.format(Locale.ROOT, "certainty %.2f", c.certainty()));
      facts.add("status " + c.status().jsonName());
      out.println("       " + String.join("; ", facts));
      Grade g = grades[i];
      if (g != null) {
        String code = "" + g.reliability() + g.credibility();
        String reason =
            g.reason().startsWith(code + ":")
                ? g.reason().substring(code.length() + 1).strip()
                : g.reason();
        out.printf(Locale.ROOT, "       grade %s: %s%n", code, Terminal.oneLine(reason));
      }
    }
  }

  private static String source(Document doc, Source s) {
    Span span = s.span();
    String type = s.type().jsonName().replace('_', ' ');
    if (span == null) {
      return "(" + type + ")";
    }
    String text = Terminal.oneLine(doc.text(span));
    String name =
        s.canonical().isEmpty() || s.canonical().equals(text)
            ? text
            : text + " = " + Terminal.oneLine(s.canonical());
    return name
        + " ("
        + type
        + (s.linkedTo() == null ? "" : ", in " + Terminal.oneLine(s.linkedTo()))
        + ")";
  }

  private static String describe(
      Document doc, String canonical, List<Annotation<Entity>> mentions) {
    StringBuilder b = new StringBuilder(Terminal.oneLine(canonical));
    String role =
        mentions.stream()
            .map(a -> a.value().role())
            .filter(r -> r != null)
            .findFirst()
            .orElse(null);
    if (role != null) {
      b.append(" — ").append(Terminal.oneLine(role));
    }
    b.append("  (");
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_MENTIONS_SHOWN, mentions.size()); i++) {
      Annotation<Entity> a = mentions.get(i);
      shown.add(
          String.format(
              Locale.ROOT,
              "\"%s\" %d-%d",
              Terminal.oneLine(doc.text(a.span())),
              a.start(),
              a.end()));
    }
    b.append(String.join(", ", shown));
    if (mentions.size() > MAX_MENTIONS_SHOWN) {
      b.append(", +").append(mentions.size() - MAX_MENTIONS_SHOWN).append(" more");
    }
    return b.append(')').toString();
  }

  /** The first words of the text, up to a word boundary near {@link #LEAD_CHARS}. */
  static String lead(String text) {
    String t = text.strip();
    if (t.length() <= LEAD_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', LEAD_CHARS);
    return t.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS) + " …";
  }

  private static void line(PrintStream out, String label, @Nullable String value) {
    if (value != null) {
      out.printf(Locale.ROOT, "  %-10s %s%n", label, Terminal.oneLine(value));
    }
  }
}
