package org.claimlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract on PostgreSQL, each test in a fresh schema. Without a server (see {@link
 * PostgresServer}) the tests are skipped, loudly.
 */
class PostgresStoreTest extends StoreContractTest {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private static PostgresServer.Endpoint server;

  @TempDir Path dir;
  private String schema;

  @BeforeAll
  static void findServer() {
    server = PostgresServer.endpoint().orElse(null);
    if (server == null) {
      System.err.println(
          "!!! PostgresStoreTest: every test SKIPPED, no PostgreSQL server: "
              + PostgresServer.whyUnavailable());
    }
  }

  // Overrides the superclass's @BeforeEach so that the schema exists before the store opens.
  @BeforeEach
  @Override
  void openStore() {
    // Aborted per test, not per class, so that the report counts each test as skipped.
    Assumptions.assumeTrue(
        server != null, () -> "no PostgreSQL server: " + PostgresServer.whyUnavailable());
    schema =
        String.format(
            Locale.ROOT,
            "claimlens_test_%d_%d",
            ProcessHandle.current().pid(),
            SCHEMAS.incrementAndGet());
    admin("CREATE SCHEMA " + schema);
    super.openStore();
  }

  @AfterEach
  @Override
  void closeStore() {
    if (server == null) {
      return;
    }
    super.closeStore();
    admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private String url() {
    return server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void admin(String sql) {
    try (Connection c =
            DriverManager.getConnection(server.url(), server.user(), server.password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (Exception e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Test
  void twoStoresOnOneDatabaseStoreEachDocumentOnceAndShareTheRecords() throws Exception {
    // Two connections, as two processes would have, each with its own index folder.
    try (Store other =
        PostgresStore.open(url(), server.user(), server.password(), dir.resolve("b"))) {
      ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "pg-test-writer"));
      List<Future<List<PutResult>>> futures = new ArrayList<>();
      for (Store s : List.of(store, other)) {
        futures.add(
            pool.submit(
                () -> {
                  List<PutResult> results = new ArrayList<>();
                  for (DocumentRecord d : Corpus.ALL) {
                    results.add(s.put(d));
                  }
                  return results;
                }));
      }
      List<PutResult> all = new ArrayList<>();
      for (Future<List<PutResult>> f : futures) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }
      pool.shutdown();

      assertThat(all.stream().filter(PutResult::inserted)).hasSize(Corpus.ALL.size());
      assertThat(store.documentCount()).isEqualTo(Corpus.ALL.size());
      // Seqs follow commit order across both connections: paging sees every document once.
      assertThat(store.documents(0, 100))
          .extracting(DocumentRecord::seq)
          .isSorted()
          .doesNotHaveDuplicates()
          .hasSize(Corpus.ALL.size());
      // A put indexes what the other store committed before it.
      DocumentRecord last = Corpus.variant(Corpus.KYIV_DRONES, "kyiv-drones-followup", null);
      assertThat(other.put(last).inserted()).isTrue();
      assertThat(((JdbcStore) other).indexedDocumentCount()).isEqualTo(Corpus.ALL.size() + 1);
    }
    // Each index holds what its own store inserted; reopening catches up from the shared records.
    reopen();
    assertThat(((JdbcStore) store).indexedDocumentCount()).isEqualTo(Corpus.ALL.size() + 1);
  }

  private void reopen() {
    store.close();
    store = open();
  }

  @Override
  protected Store open() {
    return PostgresStore.open(url(), server.user(), server.password(), indexDir());
  }

  @Override
  protected Path indexDir() {
    return dir.resolve("index");
  }

  @Override
  protected void executeSql(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url(), server.user(), server.password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
