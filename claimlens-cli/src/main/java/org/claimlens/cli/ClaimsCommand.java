package org.claimlens.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimlens.annotators.embedding.Encoders;
import org.claimlens.corpus.Corpus;
import org.claimlens.corpus.claims.Corroboration;
import org.claimlens.store.ClaimRecord;
import org.claimlens.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code claimlens claims --store DIR}: the claim clusters of a corpus, largest first, with their
 * independent support, the credibility it suggests, and fact-check links.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description =
        "List claim clusters (the same claim across documents), largest first, with independent"
            + " corroboration, suggested credibility and fact-check links.")
final class ClaimsCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--min-size",
      defaultValue = "2",
      description = "Only clusters with at least this many claims. Default: ${DEFAULT-VALUE}.")
  int minSize;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Clusters. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--debunked", description = "Only clusters with a fact-check link.")
  boolean debunkedOnly;

  @Override
  public Integer call() {
    if (limit < 1 || minSize < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--limit and --min-size must be >= 1");
    }
    try (Store store = storeOptions.open()) {
      Map<String, List<ClaimRecord>> clusters = new LinkedHashMap<>();
      store.forEachClaim(
          c ->
              clusters
                  .computeIfAbsent(
                      c.cluster() == null ? "cluster:" + c.id() : c.cluster(),
                      k -> new ArrayList<>())
                  .add(c));
      List<Map.Entry<String, List<ClaimRecord>>> chosen = new ArrayList<>();
      for (var e : clusters.entrySet()) {
        boolean debunked = e.getValue().stream().anyMatch(c -> !c.debunkedBy().isEmpty());
        if (e.getValue().size() >= minSize && (!debunkedOnly || debunked)) {
          chosen.add(e);
        }
      }
      chosen.sort(
          Comparator.comparingInt((Map.Entry<String, List<ClaimRecord>> e) -> -e.getValue().size())
              .thenComparing(Map.Entry::getKey));
      Corpus corpus = new Corpus(store, Encoders.minilm(), Corpus.Config.defaults());
      root.out.printf(
          Locale.ROOT,
          "%d claims in %d clusters; %d clusters shown (min size %d)%n",
          clusters.values().stream().mapToInt(List::size).sum(),
          clusters.size(),
          Math.min(limit, chosen.size()),
          minSize);
      for (int i = 0; i < Math.min(limit, chosen.size()); i++) {
        List<ClaimRecord> members = chosen.get(i).getValue();
        ClaimRecord first = members.getFirst();
        Corroboration.Assessment a = corpus.assess(first);
        root.out.printf(
            Locale.ROOT,
            "%n%2d. %s  (%d claims)%n    \"%s\"%n    credibility %d: %s%n",
            i + 1,
            Terminal.oneLine(chosen.get(i).getKey()),
            members.size(),
            Terminal.oneLine(Terminal.clip(first.text(), 200)),
            a.credibility(),
            Terminal.oneLine(a.reason()));
        for (ClaimRecord c : members) {
          root.out.printf(
              Locale.ROOT,
              "    - %s  %s (%s)%s%n",
              Terminal.oneLine(c.id()),
              Terminal.oneLine(c.sourceText() == null ? "(unattributed)" : c.sourceText()),
              c.sourceType(),
              c.debunkedBy().isEmpty()
                  ? ""
                  : "  debunked by " + Terminal.oneLine(String.join(", ", c.debunkedBy())));
        }
      }
    }
    return 0;
  }
}
