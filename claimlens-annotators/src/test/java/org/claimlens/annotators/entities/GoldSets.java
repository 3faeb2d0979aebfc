package org.claimlens.annotators.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimlens.model.Document;
import org.claimlens.model.Metadata;

/** Runs the pipeline over the texts a gold TSV names and scores the result. */
final class GoldSets {
  private GoldSets() {}

  /** The repository root: the nearest directory at or above the working directory with eval/. */
  static Optional<Path> repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("eval"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  static EntityEvaluator.Report evaluate(Path goldTsv) throws IOException {
    Path dir = goldTsv.getParent();
    List<EntityEvaluator.GoldMention> gold = EntityEvaluator.readGold(goldTsv);
    Set<String> files = new LinkedHashSet<>();
    gold.forEach(g -> files.add(g.file()));
    Map<String, Document> docs = new TreeMap<>();
    for (String file : files) {
      Path path = locate(dir, file);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      docs.put(file, Analysis.PIPELINE.process(Document.of(file, text, Metadata.of(file))));
    }
    return EntityEvaluator.evaluate(docs, gold);
  }

  /** The file as named relative to the gold's folder, or the one file below it with that name. */
  private static Path locate(Path dir, String file) throws IOException {
    Path direct = dir.resolve(file);
    if (Files.isRegularFile(direct)) {
      return direct;
    }
    String name = Path.of(file).getFileName().toString();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().equals(name))
          .findFirst()
          .orElseThrow(() -> new IOException("no text " + file + " under " + dir));
    }
  }
}
