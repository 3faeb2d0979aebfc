package org.claimlens.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.claimlens.store.PostgresStore;
import org.claimlens.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the corpus verbs: an embedded folder or PostgreSQL. */
final class StoreOptions {
  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR|URL",
      description =
          "The corpus: a data folder (embedded SQLite and Lucene, created if missing), or a"
              + " jdbc:postgresql:// URL, with the user and password in CLAIMLENS_PG_USER and"
              + " CLAIMLENS_PG_PASSWORD and the search index in --index.")
  String store;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "With a PostgreSQL store: the folder of its Lucene index (derived, rebuildable)."
              + " Default: ./claimlens-index.")
  @Nullable Path index;

  /** Opens the store the options name. */
  Store open() {
    Objects.requireNonNull(store, "store");
    if (store.startsWith("jdbc:postgresql:")) {
      return PostgresStore.open(
          store,
          env("CLAIMLENS_PG_USER", "postgres"),
          env("CLAIMLENS_PG_PASSWORD", ""),
          index != null ? index : Path.of("claimlens-index"));
    }
    return Store.openEmbedded(Path.of(store));
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null ? fallback : v;
  }
}
