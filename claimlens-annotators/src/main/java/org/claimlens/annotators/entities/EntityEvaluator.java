package org.claimlens.annotators.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.claimlens.model.Annotation;
import org.claimlens.model.Document;
import org.claimlens.model.Entity;
import org.claimlens.model.EntityType;
import org.claimlens.model.Layers;

/**
 * Scores entity mentions against hand-labelled gold: precision, recall and F1 for (a) exact span
 * and type and (b) exact span and canonical name, micro-averaged over all documents.
 *
 * <p>The gold format is a TSV with one mention per line: {@code file, start, end, text, type,
 * canonical}; offsets are UTF-16 code units, end exclusive, as in the JSON contract. A header line
 * (its start column is not a number) and lines starting with {@code #} are skipped; an empty
 * canonical counts as the mention's text. Stateless and thread-safe. Example:
 *
 * <pre>{@code
 * List<GoldMention> gold = EntityEvaluator.readGold(Path.of("eval/entities-heldout/gold.tsv"));
 * Report r = EntityEvaluator.evaluate(Map.of("a.txt", annotatedDoc), gold);
 * System.out.println(r.format());
 * }</pre>
 */
public final class EntityEvaluator {
  private EntityEvaluator() {}

  /** One labelled mention. */
  public record GoldMention(
      String file, int start, int end, String text, EntityType type, String canonical) {
    public GoldMention {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(canonical, "canonical");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
      }
    }
  }

  /** True positives, false positives and false negatives, with the measures they give. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0.0 : (double) truePositives / predicted;
    }

    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 0.0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(
          truePositives + o.truePositives,
          falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
          precision(),
          recall(),
          f1(),
          truePositives,
          falsePositives,
          falseNegatives);
    }
  }

  /**
   * The figures of one evaluation.
   *
   * @param spanType exact span and type
   * @param spanCanonical exact span and canonical name
   * @param byType exact span and type, per gold/predicted type
   * @param misalignedGold gold lines whose text differs from the document at their offsets (a sign
   *     of offsets counted differently); they are still scored
   * @param errors the mismatches under span and type, "FP"/"FN" lines for reading
   */
  public record Report(
      Counts spanType,
      Counts spanCanonical,
      Map<EntityType, Counts> byType,
      List<String> misalignedGold,
      List<String> errors) {

    public Report {
      byType = Map.copyOf(byType);
      misalignedGold = List.copyOf(misalignedGold);
      errors = List.copyOf(errors);
    }

    /** A few lines for a log: the two headline figures and one line per type. */
    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append("span+type      ").append(spanType).append('\n');
      sb.append("span+canonical ").append(spanCanonical).append('\n');
      for (EntityType t : EntityType.values()) {
        Counts c = byType.get(t);
        if (c != null) {
          sb.append(String.format(Locale.ROOT, "  %-14s %s%n", t.jsonName(), c));
        }
      }
      if (!misalignedGold.isEmpty()) {
        sb.append(misalignedGold.size())
            .append(" gold lines do not match the text at their offsets\n");
      }
      return sb.toString();
    }
  }

  /**
   * Reads a gold TSV ({@code file, start, end, text, type, canonical}).
   *
   * @throws IllegalArgumentException naming the line of a malformed row
   */
  public static List<GoldMention> readGold(Path tsv) throws IOException {
    List<GoldMention> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 5) {
          throw new IllegalArgumentException(tsv + ":" + n + ": expected at least 5 columns");
        }
        int start;
        int end;
        try {
          start = Integer.parseInt(f[1].strip());
          end = Integer.parseInt(f[2].strip());
        } catch (NumberFormatException e) {
          if (out.isEmpty()) {
            continue; // a header line
          }
          throw new IllegalArgumentException(tsv + ":" + n + ": offsets are not numbers", e);
        }
        String text = f[3];
        EntityType type;
        try {
          type = EntityType.parse(f[4]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(tsv + ":" + n + ": unknown type " + f[4], e);
        }
        String canonical = f.length > 5 && !f[5].isBlank() ? f[5].strip() : text.strip();
        out.add(new GoldMention(f[0].strip(), start, end, text, type, canonical));
      }
    }
    return out;
  }

  /**
   * Scores the {@link Layers#ENTITIES} layer of {@code documents} (keyed by the gold's file column)
   * against {@code gold}. Gold mentions of a file without a document count as missed; documents
   * without gold mentions count their predictions as false positives.
   */
  public static Report evaluate(Map<String, Document> documents, List<GoldMention> gold) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(gold, "gold");
    Set<String> files = new TreeSet<>(documents.keySet());
    for (GoldMention g : gold) {
      files.add(g.file());
    }
    Counts spanType = new Counts(0, 0, 0);
    Counts spanCanonical = new Counts(0, 0, 0);
    Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    List<String> misaligned = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String file : files) {
      Document doc = documents.get(file);
      Map<String, String> goldTyped = new LinkedHashMap<>();
      Set<String> goldCanonical = new HashSet<>();
      for (GoldMention g : gold) {
        if (!g.file().equals(file)) {
          continue;
        }
        goldTyped.put(key(g.start(), g.end(), g.type().name()), g.text());
        goldCanonical.add(key(g.start(), g.end(), g.canonical()));
        if (doc != null
            && (g.end() > doc.text().length()
                || !doc.text().substring(g.start(), g.end()).equals(g.text()))) {
          misaligned.add(file + "\t" + g.start() + "\t" + g.end() + "\t" + g.text());
        }
      }
      Map<String, String> predTyped = new LinkedHashMap<>();
      Set<String> predCanonical = new HashSet<>();
      if (doc != null) {
        for (Annotation<Entity> a : doc.layer(Layers.ENTITIES)) {
          String text = doc.text(a.span());
          predTyped.put(key(a.start(), a.end(), a.value().type().name()), text);
          predCanonical.add(key(a.start(), a.end(), a.value().canonical()));
        }
      }
      spanType = spanType.plus(compare(goldTyped.keySet(), predTyped.keySet()));
      spanCanonical = spanCanonical.plus(compare(goldCanonical, predCanonical));
      for (Map.Entry<String, String> p : predTyped.entrySet()) {
        EntityType t = typeOf(p.getKey());
        boolean hit = goldTyped.containsKey(p.getKey());
        byType.merge(t, new Counts(hit ? 1 : 0, hit ? 0 : 1, 0), Counts::plus);
        if (!hit) {
          errors.add("FP\t" + file + "\t" + p.getKey() + "\t" + p.getValue());
        }
      }
      for (Map.Entry<String, String> g : goldTyped.entrySet()) {
        if (!predTyped.containsKey(g.getKey())) {
          byType.merge(typeOf(g.getKey()), new Counts(0, 0, 1), Counts::plus);
          errors.add("FN\t" + file + "\t" + g.getKey() + "\t" + g.getValue());
        }
      }
    }
    return new Report(spanType, spanCanonical, byType, misaligned, errors);
  }

  private static String key(int start, int end, String label) {
    return start + "\t" + end + "\t" + label;
  }

  private static EntityType typeOf(String typedKey) {
    return EntityType.valueOf(typedKey.split("\t", -1)[2]);
  }

  private static Counts compare(Set<String> gold, Set<String> predicted) {
    int tp = 0;
    for (String p : predicted) {
      if (gold.contains(p)) {
        tp++;
      }
    }
    return new Counts(tp, predicted.size() - tp, gold.size() - tp);
  }
}
