package org.claimlens.annotators.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimlens.eval.semeval.EntityRoleLabel;
import org.claimlens.eval.semeval.EntityRoleScorer;
import org.claimlens.eval.semeval.EntityRoleScores;
import org.claimlens.eval.semeval.SemEvalCorpus;
import org.claimlens.eval.semeval.SemEvalReader;
import org.claimlens.model.Document;
import org.claimlens.model.EntityRole;
import org.claimlens.model.Metadata;
import org.claimlens.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on the held-apart dev split of {@code data/roles} (never used for training or
 * tuning), with the gold mentions, scored by the official metrics. Prints the figures beside the
 * majority baselines and fails under conservative floors, so that a regression shows. Skipped where
 * the split is absent.
 */
class DevSplitTest {
  static final double MAIN_ACCURACY_FLOOR = 0.65;
  static final double EXACT_MATCH_FLOOR = 0.22;

  @Test
  void devFiguresStayAboveTheFloorsAndTheMajorityBaselines() throws Exception {
    Optional<Path> dev = repositoryRoot().map(r -> r.resolve("data/roles/dev"));
    assumeTrue(dev.isPresent() && Files.isDirectory(dev.get()), "no data/roles/dev");
    SemEvalCorpus corpus = SemEvalReader.readFolder(dev.get());

    EntityRoleScores model = EntityRoleScorer.score(corpus.roles(), predict(corpus));
    EntityRoleScores majority = EntityRoleScorer.score(corpus.roles(), majority(corpus.roles()));
    System.out.println("roles, data/roles/dev, shipped model: " + model.keyValueLine());
    System.out.println("roles, data/roles/dev, majority:      " + majority.keyValueLine());

    assertThat(model.missing()).isZero();
    assertThat(model.mainRoleAccuracy())
        .isGreaterThanOrEqualTo(MAIN_ACCURACY_FLOOR)
        .isGreaterThan(majority.mainRoleAccuracy());
    assertThat(model.exactMatchRatio())
        .isGreaterThanOrEqualTo(EXACT_MATCH_FLOOR)
        .isGreaterThan(majority.exactMatchRatio());
  }

  private static List<EntityRoleLabel> predict(SemEvalCorpus corpus) {
    Map<String, List<EntityRoleLabel>> byDocument = new TreeMap<>();
    corpus
        .roles()
        .forEach(l -> byDocument.computeIfAbsent(l.articleId(), k -> new ArrayList<>()).add(l));
    List<EntityRoleLabel> out = new ArrayList<>();
    byDocument.forEach(
        (id, gold) -> {
          Document doc =
              Framing.ANALYSIS.process(
                  Document.of(id, corpus.documents().get(id), Metadata.of(id)));
          List<Span> spans = gold.stream().map(EntityRoleLabel::span).toList();
          List<EntityRole> roles = Framing.ROLES.classify(doc, spans);
          for (int i = 0; i < gold.size(); i++) {
            EntityRoleLabel g = gold.get(i);
            out.add(
                new EntityRoleLabel(
                    id, g.mention(), g.span(), roles.get(i).main(), roles.get(i).fine()));
          }
        });
    return out;
  }

  /** Every mention gets the split's most frequent main role and most frequent fine-role set. */
  static List<EntityRoleLabel> majority(List<EntityRoleLabel> gold) {
    Map<String, Integer> mains = new TreeMap<>();
    Map<String, Integer> fines = new TreeMap<>();
    for (EntityRoleLabel l : gold) {
      mains.merge(l.mainRole(), 1, Integer::sum);
      fines.merge(String.join("\t", l.fineRoles().stream().sorted().toList()), 1, Integer::sum);
    }
    String main = mostFrequent(mains);
    List<String> fine = List.of(mostFrequent(fines).split("\t"));
    return gold.stream()
        .map(l -> new EntityRoleLabel(l.articleId(), l.mention(), l.span(), main, fine))
        .toList();
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow()
        .getKey();
  }

  /** The repository root: the nearest directory at or above the working directory with data/. */
  static Optional<Path> repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("data/roles"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
