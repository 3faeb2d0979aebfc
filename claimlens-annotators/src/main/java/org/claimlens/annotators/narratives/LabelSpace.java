package org.claimlens.annotators.narratives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimlens.eval.semeval.NarrativeTaxonomy;
import org.jspecify.annotations.Nullable;

/**
 * The labels a model predicts, in output order: the narratives, then the specific subnarratives
 * (every subnarrative but the {@code "<narrative>: Other"} fallbacks, which are never scored: they
 * are what is left when no specific one fits). Immutable.
 */
final class LabelSpace {
  /** The label of "no narrative", which is no output: an empty layer stands for it. */
  static final String OTHER = "Other";

  private final List<String> narratives;
  private final List<String> subnarratives;
  private final int[] parent;
  private final int[][] children;
  private final @Nullable String[] fallback;

  private LabelSpace(
      List<String> narratives, List<String> subnarratives, List<Integer> parents, List<String> fb) {
    this.narratives = List.copyOf(narratives);
    this.subnarratives = List.copyOf(subnarratives);
    this.parent = parents.stream().mapToInt(Integer::intValue).toArray();
    this.fallback = new String[narratives.size()];
    List<List<Integer>> kids = new ArrayList<>();
    for (int n = 0; n < narratives.size(); n++) {
      kids.add(new ArrayList<>());
    }
    for (int s = 0; s < parent.length; s++) {
      kids.get(parent[s]).add(s);
    }
    this.children = new int[narratives.size()][];
    for (int n = 0; n < narratives.size(); n++) {
      children[n] = kids.get(n).stream().mapToInt(Integer::intValue).toArray();
      String other = narratives.get(n) + ": Other";
      fallback[n] = fb.contains(other) ? other : null;
    }
  }

  /** Every narrative of {@code taxonomy} except {@code Other}, with its subnarratives. */
  static LabelSpace of(NarrativeTaxonomy taxonomy) {
    List<String> narratives = new ArrayList<>();
    List<String> subs = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    List<String> fallbacks = new ArrayList<>();
    for (String n : taxonomy.narratives()) {
      if (n.equals(OTHER)) {
        continue;
      }
      int index = narratives.size();
      narratives.add(n);
      for (String s : taxonomy.subnarrativesOf(n)) {
        if (s.equals(n + ": Other")) {
          fallbacks.add(s);
        } else if (!s.equals(OTHER)) {
          subs.add(s);
          parents.add(index);
        }
      }
    }
    if (narratives.isEmpty()) {
      throw new IllegalArgumentException("the taxonomy has no narrative besides Other");
    }
    return new LabelSpace(narratives, subs, parents, fallbacks);
  }

  /** Reads the lines {@link #toTsv()} writes. */
  static LabelSpace parse(List<String> lines, String fileName) {
    List<String> narratives = new ArrayList<>();
    List<String> subs = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    List<String> fallbacks = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = fileName + " line " + (i + 1);
      switch (cols[0]) {
        case "narrative" -> {
          index.put(cols[1], narratives.size());
          narratives.add(cols[1]);
        }
        case "subnarrative", "fallback" -> {
          Integer p = cols.length == 3 ? index.get(cols[2]) : null;
          if (p == null) {
            throw new IllegalArgumentException(where + ": unknown parent narrative");
          }
          if (cols[0].equals("fallback")) {
            fallbacks.add(cols[1]);
          } else {
            subs.add(cols[1]);
            parents.add(p);
          }
        }
        default -> throw new IllegalArgumentException(where + ": unknown kind \"" + cols[0] + "\"");
      }
    }
    if (narratives.isEmpty()) {
      throw new IllegalArgumentException(fileName + " lists no narrative");
    }
    return new LabelSpace(narratives, subs, parents, fallbacks);
  }

  /** {@code kind<TAB>label[<TAB>parent]} lines, in output order, fallbacks last. */
  String toTsv() {
    StringBuilder b = new StringBuilder("# kind\tlabel\tparent narrative (output order)\n");
    for (String n : narratives) {
      b.append("narrative\t").append(n).append('\n');
    }
    for (int s = 0; s < subnarratives.size(); s++) {
      b.append("subnarrative\t")
          .append(subnarratives.get(s))
          .append('\t')
          .append(narratives.get(parent[s]))
          .append('\n');
    }
    for (int n = 0; n < narratives.size(); n++) {
      if (fallback[n] != null) {
        b.append("fallback\t").append(fallback[n]).append('\t').append(narratives.get(n));
        b.append('\n');
      }
    }
    return b.toString();
  }

  List<String> narratives() {
    return narratives;
  }

  List<String> subnarratives() {
    return subnarratives;
  }

  /** Narratives plus specific subnarratives: the number of scored outputs. */
  int outputs() {
    return narratives.size() + subnarratives.size();
  }

  /** The narrative index of specific subnarrative {@code s}. */
  int parent(int s) {
    return parent[s];
  }

  /** The specific subnarratives of narrative {@code n}, as subnarrative indexes. */
  int[] children(int n) {
    return children[n];
  }

  /** {@code "<narrative>: Other"} when the taxonomy has it, else null. */
  @Nullable String fallback(int n) {
    return fallback[n];
  }

  /** Output index of a narrative or specific subnarrative label, or -1. */
  int output(String label) {
    int n = narratives.indexOf(label);
    if (n >= 0) {
      return n;
    }
    int s = subnarratives.indexOf(label);
    return s >= 0 ? narratives.size() + s : -1;
  }

  /** Whether {@code label} is a fallback subnarrative of this space. */
  boolean isFallback(String label) {
    for (String f : fallback) {
      if (label.equals(f)) {
        return true;
      }
    }
    return false;
  }

  /** The domain prefix of a label ("URW" for "URW: Praise of Russia"), or "" without one. */
  static String domain(String label) {
    int colon = label.indexOf(": ");
    return colon < 0 ? "" : label.substring(0, colon);
  }
}
