package org.claimlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded backend: SQLite in WAL mode and the index in one folder. */
class SqliteStoreTest extends StoreContractTest {
  @TempDir Path dir;

  @Override
  protected Store open() {
    return Store.openEmbedded(dir.resolve("data"));
  }

  @Override
  protected Path indexDir() {
    return dir.resolve("data").resolve(SqliteStore.INDEX_FOLDER);
  }

  @Override
  protected void executeSql(String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve("data").resolve(SqliteStore.DATABASE_FILE));
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void layoutIsOneFolderWithTheDatabaseInWalMode() throws Exception {
    store.put(Corpus.KYIV_DRONES);
    assertThat(dir.resolve("data").resolve(SqliteStore.DATABASE_FILE)).isRegularFile();
    assertThat(indexDir()).isDirectory();
    store.close();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve("data").resolve(SqliteStore.DATABASE_FILE));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
      r.next();
      assertThat(r.getString(1)).isEqualToIgnoringCase("wal");
    }
    store = open();
  }

  @Test
  void indexAheadOfRestoredRecordsIsRebuilt() throws Exception {
    for (DocumentRecord d : Corpus.ALL.subList(0, 3)) {
      store.put(d);
    }
    store.close();
    Path db = dir.resolve("data").resolve(SqliteStore.DATABASE_FILE);
    Path backup = dir.resolve("backup.db");
    Files.copy(db, backup);
    store = open();
    for (DocumentRecord d : Corpus.ALL.subList(3, Corpus.ALL.size())) {
      store.put(d);
    }
    store.close();
    // The records go back to the backup; the index still knows all documents.
    Files.copy(backup, db, StandardCopyOption.REPLACE_EXISTING);

    store = open();

    assertThat(store.documentCount()).isEqualTo(3);
    assertThat(((JdbcStore) store).indexedDocumentCount()).isEqualTo(3);
    assertThat(store.search(SearchQuery.all().withLimit(100)))
        .extracting(SearchHit::docId)
        .containsExactlyInAnyOrder(
            Corpus.ALL.get(0).id(), Corpus.ALL.get(1).id(), Corpus.ALL.get(2).id());
    // New documents get seqs after the restored ones and are indexed as usual.
    assertThat(store.put(Corpus.NATO_FACTCHECK).seq()).isEqualTo(4);
    assertThat(store.search(SearchQuery.text("Romania")))
        .extracting(SearchHit::docId)
        .containsExactly("nato-factcheck");
  }

  @Test
  void aFileWhereTheFolderShouldBeIsAClearError() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.openEmbedded(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not-a-folder");
  }
}
