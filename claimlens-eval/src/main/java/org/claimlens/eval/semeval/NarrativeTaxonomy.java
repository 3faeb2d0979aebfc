package org.claimlens.eval.semeval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimlens.eval.BenchmarkFormatException;
import org.jspecify.annotations.Nullable;

/**
 * The narratives of SemEval-2025 Task 10 subtask 2 and their subnarratives, label strings exactly
 * as the exports write them.
 *
 * <p>File format (that of {@code shared/taxonomies/narratives-semeval2025.txt}, which is bundled
 * and returned by {@link #semeval2025()}):
 *
 * <pre>
 * # comment; "## CC" domain headers are comments too
 * CC: Amplifying Climate Fears
 *     CC: Amplifying Climate Fears: Doomsday scenarios for humans
 * CC: Amplifying Climate Fears: Other
 * </pre>
 *
 * A line at column 0 is a narrative, unless it starts with a known narrative followed by {@code ":
 * "}, in which case it is one of that narrative's subnarratives (the flat list form). An indented
 * line is a subnarrative of the narrative above it. Repeated labels ({@code Other} in each domain)
 * are kept once. Immutable and thread-safe.
 */
public final class NarrativeTaxonomy {
  private static final String BUNDLED = "narratives-semeval2025.txt";

  private final Map<String, List<String>> subnarratives;
  private final Map<String, String> parents;

  private NarrativeTaxonomy(Map<String, List<String>> subnarratives) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Map<String, String> parents = new LinkedHashMap<>();
    subnarratives.forEach(
        (n, subs) -> {
          copy.put(n, List.copyOf(subs));
          for (String s : subs) {
            parents.putIfAbsent(s, n);
          }
        });
    this.subnarratives = Collections.unmodifiableMap(copy);
    this.parents = Collections.unmodifiableMap(parents);
  }

  /** The bundled SemEval-2025 Task 10 taxonomy (both domains, CC and URW). */
  public static NarrativeTaxonomy semeval2025() {
    try (InputStream in = NarrativeTaxonomy.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + BUNDLED + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a taxonomy file (UTF-8).
   *
   * @throws BenchmarkFormatException for an indented line before any narrative
   */
  public static NarrativeTaxonomy read(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  /** Parses taxonomy text; {@code fileName} names it in messages. */
  public static NarrativeTaxonomy parse(String content, String fileName) {
    Map<String, Set<String>> tree = new LinkedHashMap<>();
    String current = null;
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      String label = raw.strip();
      if (label.isEmpty() || label.startsWith("#")) {
        continue;
      }
      if (Character.isWhitespace(raw.charAt(0))) {
        if (current == null) {
          throw new BenchmarkFormatException(
              fileName, i + 1, "indented subnarrative \"" + label + "\" before any narrative");
        }
        tree.get(current).add(label);
        continue;
      }
      String parent = longestParent(label, tree.keySet());
      if (parent != null) {
        tree.get(parent).add(label);
      } else {
        tree.computeIfAbsent(label, k -> new LinkedHashSet<>());
        current = label;
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    tree.forEach((n, subs) -> out.put(n, new ArrayList<>(subs)));
    return new NarrativeTaxonomy(out);
  }

  /** The narratives (coarse labels), in file order, {@code Other} included. */
  public List<String> narratives() {
    return List.copyOf(subnarratives.keySet());
  }

  /** All subnarratives (fine labels), in file order, each once. */
  public List<String> subnarratives() {
    return List.copyOf(parents.keySet());
  }

  /** The subnarratives of {@code narrative}; empty if it is unknown. */
  public List<String> subnarrativesOf(String narrative) {
    return subnarratives.getOrDefault(narrative, List.of());
  }

  /** The narrative a subnarrative belongs to (the first, for {@code Other}). */
  public Optional<String> findNarrativeOf(String subnarrative) {
    return Optional.ofNullable(parents.get(subnarrative));
  }

  public boolean isNarrative(String label) {
    return subnarratives.containsKey(label);
  }

  public boolean isSubnarrative(String label) {
    return parents.containsKey(label);
  }

  private static @Nullable String longestParent(String label, Set<String> narratives) {
    String best = null;
    for (String n : narratives) {
      if (label.startsWith(n + ": ") && (best == null || n.length() > best.length())) {
        best = n;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "NarrativeTaxonomy["
        + subnarratives.size()
        + " narratives, "
        + parents.size()
        + " subnarratives]";
  }
}
