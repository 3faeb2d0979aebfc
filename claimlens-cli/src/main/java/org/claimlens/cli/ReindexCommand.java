package org.claimlens.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimlens.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code claimlens reindex --store DIR}: rebuilds the search index from the records. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild a corpus's search index (full text and vectors) from its records, which are the"
            + " source of truth.")
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    try (Store store = storeOptions.open()) {
      long[] last = {0};
      store.reindex(n -> last[0] = n);
      root.out.printf(
          Locale.ROOT,
          "claimlens reindex: %d documents indexed in %.1f s%n",
          store.documentCount(),
          (System.nanoTime() - t0) / 1e9);
    }
    return 0;
  }
}
