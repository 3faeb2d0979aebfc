package org.claimlens.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The store with its records in PostgreSQL (15 or newer) and its index in a local folder. Vectors
 * are plain {@code bytea} columns (no pgvector needed): similarity search always runs on the Lucene
 * index, which is derived from the records and caught up on open.
 *
 * <p>Writers take a transaction-scoped advisory lock, so that sequence numbers follow commit order
 * even with several processes writing, and duplicate checks cannot race. Each process needs its own
 * index folder; its index picks up the documents other processes wrote on its next put (those
 * committed before it) and on open. Thread-safe; see {@link Store}.
 *
 * <pre>{@code
 * try (Store store = PostgresStore.open("jdbc:postgresql://127.0.0.1/claimlens", "claimlens", pw,
 *     Path.of("/var/lib/claimlens/index"))) { ... }
 * }</pre>
 */
public final class PostgresStore extends JdbcStore {
  /** The advisory lock key for writers: "claimlen" in ASCII. */
  private static final long WRITER_LOCK = 0x636c61696d6c656eL;

  private static final Migrations.Dialect DIALECT =
      new Migrations.Dialect() {
        @Override
        public String folder() {
          return "postgres";
        }

        @Override
        public void lockWriters(Connection c) throws SQLException {
          try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            p.setLong(1, WRITER_LOCK);
            p.execute();
          }
        }
      };

  private PostgresStore(Connection connection, LuceneIndex index, String where) {
    super(connection, index, where, DIALECT);
  }

  /**
   * Connects, migrates the schema and opens (catching up) the index in {@code indexDir}.
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://127.0.0.1:5432/claimlens}; a {@code
   *     currentSchema} parameter selects the schema
   * @param password null or empty for trust authentication
   * @throws StoreException when the server cannot be reached or its schema is newer than this code
   */
  public static Store open(String jdbcUrl, String user, @Nullable String password, Path indexDir) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(indexDir, "indexDir");
    // Messages name the server without the URL's parameters, which may hold a password.
    int query = jdbcUrl.indexOf('?');
    String server = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + server);
    }
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null && !password.isEmpty()) {
      props.setProperty("password", password);
    }
    props.setProperty("ApplicationName", "claimlens");
    props.setProperty("reWriteBatchedInserts", "true");
    Connection c;
    try {
      c = DriverManager.getConnection(jdbcUrl, props);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot connect to " + server + " as " + user + ": " + e.getMessage(), e);
    }
    LuceneIndex index;
    try {
      index = new LuceneIndex(indexDir);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
    return new PostgresStore(c, index, server);
  }

  @Override
  boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
