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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimlens.eval.BenchmarkFormatException;

/**
 * The entity-framing roles of SemEval-2025 Task 10 subtask 1: main roles and the fine roles under
 * each, label strings exactly as the exports write them.
 *
 * <p>File format (that of {@code shared/taxonomies/roles-semeval2025.txt}, which is bundled and
 * returned by {@link #semeval2025()}): {@code #} comments, then one line per main role, {@code
 * Protagonist: Guardian, Martyr, Peacemaker}. Immutable and thread-safe.
 */
public final class RoleTaxonomy {
  private static final String BUNDLED = "roles-semeval2025.txt";

  private final Map<String, List<String>> fineRoles;
  private final Map<String, String> mainOf;

  private RoleTaxonomy(Map<String, List<String>> fineRoles) {
    Map<String, String> mainOf = new LinkedHashMap<>();
    fineRoles.forEach((main, fines) -> fines.forEach(f -> mainOf.putIfAbsent(f, main)));
    this.fineRoles = Collections.unmodifiableMap(new LinkedHashMap<>(fineRoles));
    this.mainOf = Collections.unmodifiableMap(mainOf);
  }

  /** The bundled SemEval-2025 Task 10 roles: Protagonist, Antagonist, Innocent. */
  public static RoleTaxonomy semeval2025() {
    try (InputStream in = RoleTaxonomy.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + BUNDLED + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RoleTaxonomy read(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  /**
   * Parses role taxonomy text; {@code fileName} names it in messages.
   *
   * @throws BenchmarkFormatException for a line without {@code MAIN:}
   */
  public static RoleTaxonomy parse(String content, String fileName) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new BenchmarkFormatException(
            fileName, i + 1, "expected MAIN_ROLE: fine1, fine2, ...; got \"" + line + "\"");
      }
      List<String> fines = new ArrayList<>();
      for (String f : line.substring(colon + 1).split(",")) {
        if (!f.isBlank()) {
          fines.add(f.strip());
        }
      }
      roles.put(line.substring(0, colon).strip(), List.copyOf(fines));
    }
    return new RoleTaxonomy(roles);
  }

  public List<String> mainRoles() {
    return List.copyOf(fineRoles.keySet());
  }

  /** All fine roles, in file order. */
  public List<String> fineRoles() {
    return List.copyOf(mainOf.keySet());
  }

  /** The fine roles under {@code mainRole}; empty if it is unknown. */
  public List<String> fineRolesOf(String mainRole) {
    return fineRoles.getOrDefault(mainRole, List.of());
  }

  public Optional<String> findMainRoleOf(String fineRole) {
    return Optional.ofNullable(mainOf.get(fineRole));
  }

  @Override
  public String toString() {
    return "RoleTaxonomy" + fineRoles;
  }
}
