package org.claimlens.eval.semeval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimlens.eval.Prf;
import org.claimlens.model.Span;

/**
 * The official subtask 1 metrics: exact-match ratio of fine-role sets and main-role accuracy, plus
 * micro P/R/F1 of the fine roles.
 *
 * <p>Predictions are paired with gold mentions by document id and offsets. The official script
 * stops when the two files list different mentions; here a gold mention without prediction is
 * scored wrong (an empty role set) and counted in {@link EntityRoleScores#missing()}, and a
 * prediction that matches no gold mention is ignored and counted in {@link
 * EntityRoleScores#unknown()}. Fine roles compare as sets. Stateless and thread-safe.
 */
public final class EntityRoleScorer {

  private EntityRoleScorer() {}

  private record Key(String articleId, Span span) {}

  /**
   * Scores {@code predicted} against {@code gold}.
   *
   * @throws IllegalArgumentException if a mention (document and offsets) occurs twice in either
   *     list
   */
  public static EntityRoleScores score(
      List<EntityRoleLabel> gold, List<EntityRoleLabel> predicted) {
    Map<Key, EntityRoleLabel> goldByKey = byKey(gold, "gold");
    Map<Key, EntityRoleLabel> predByKey = byKey(predicted, "predicted");
    int exact = 0;
    int mainRight = 0;
    int missing = 0;
    long shared = 0;
    long goldRoles = 0;
    long predRoles = 0;
    for (Map.Entry<Key, EntityRoleLabel> e : goldByKey.entrySet()) {
      EntityRoleLabel g = e.getValue();
      EntityRoleLabel p = predByKey.get(e.getKey());
      Set<String> goldFine = new HashSet<>(g.fineRoles());
      Set<String> predFine = p == null ? Set.of() : new HashSet<>(p.fineRoles());
      if (p == null) {
        missing++;
      } else if (p.mainRole().equals(g.mainRole())) {
        mainRight++;
      }
      if (p != null && goldFine.equals(predFine)) {
        exact++;
      }
      goldRoles += goldFine.size();
      predRoles += predFine.size();
      for (String r : predFine) {
        if (goldFine.contains(r)) {
          shared++;
        }
      }
    }
    int unknown = 0;
    for (Key k : predByKey.keySet()) {
      if (!goldByKey.containsKey(k)) {
        unknown++;
      }
    }
    int n = goldByKey.size();
    return new EntityRoleScores(
        Prf.ratio(exact, n),
        Prf.ratio(mainRight, n),
        Prf.ofCounts(shared, predRoles, goldRoles),
        n,
        missing,
        unknown);
  }

  private static Map<Key, EntityRoleLabel> byKey(List<EntityRoleLabel> labels, String side) {
    Map<Key, EntityRoleLabel> out = new LinkedHashMap<>();
    for (EntityRoleLabel l : labels) {
      Key k = new Key(l.articleId(), l.span());
      if (out.putIfAbsent(k, l) != null) {
        throw new IllegalArgumentException(
            side + " lists the mention at " + l.articleId() + " " + l.span() + " twice");
      }
    }
    return out;
  }
}
