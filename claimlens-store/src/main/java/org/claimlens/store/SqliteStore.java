package org.claimlens.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * The embedded store: records in SQLite ({@code DIR/claimlens.db}, WAL journal, {@code
 * synchronous=NORMAL}: a crash may lose the last transactions but never corrupts the file) and the
 * index in {@code DIR/index/}. Open it with {@link Store#openEmbedded(Path)}.
 *
 * <p>Thread-safe; see {@link Store}. One process at a time: the index folder is locked while open.
 */
public final class SqliteStore extends JdbcStore {
  /** The records file inside the store folder. */
  public static final String DATABASE_FILE = "claimlens.db";

  /** The index folder inside the store folder. */
  public static final String INDEX_FOLDER = "index";

  /** SQLite's primary result code for a constraint violation. */
  private static final int SQLITE_CONSTRAINT = 19;

  private static final Migrations.Dialect DIALECT =
      new Migrations.Dialect() {
        @Override
        public String folder() {
          return "sqlite";
        }

        @Override
        public void lockWriters(Connection c) {
          // SQLite has one writer per file; the store's lock serialises this process.
        }
      };

  private SqliteStore(Connection connection, LuceneIndex index, String where) {
    super(connection, index, where, DIALECT);
  }

  /** Opens or creates the store in {@code dir}. */
  static SqliteStore open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path db = dir.resolve(DATABASE_FILE);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the store folder " + dir + ": " + e, e);
    }
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=10000");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open the store database " + db + ": " + e.getMessage(), e);
    }
    LuceneIndex index;
    try {
      index = new LuceneIndex(dir.resolve(INDEX_FOLDER));
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
    return new SqliteStore(c, index, db.toString());
  }

  @Override
  boolean isUniqueViolation(SQLException e) {
    return (e.getErrorCode() & 0xff) == SQLITE_CONSTRAINT;
  }
}
