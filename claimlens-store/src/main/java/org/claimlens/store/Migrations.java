package org.claimlens.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: numbered scripts per dialect under {@code /db/<dialect>/}, applied
 * in order, each in its own transaction together with its {@code schema_version} row.
 *
 * <p>To change the schema, add {@code V<n+1>__what.sql} for every dialect and append its name to
 * {@link #SCRIPTS}; never edit a released script. Statements in a script end with {@code ;} at the
 * end of a line; lines starting with {@code --} are comments.
 */
final class Migrations {
  /** Script names, version {@code i + 1} at index {@code i}; the same names exist per dialect. */
  static final List<String> SCRIPTS = List.of("V1__init.sql");

  private Migrations() {}

  /** The newest schema version this code knows. */
  static int latest() {
    return SCRIPTS.size();
  }

  /** Operations that differ by dialect. */
  interface Dialect {
    /** The resource folder under {@code /db/}. */
    String folder();

    /** Serialises writers across processes within the current transaction (may do nothing). */
    void lockWriters(Connection c) throws SQLException;
  }

  /**
   * Brings the schema up to {@link #latest()} and returns the version.
   *
   * @throws StoreException naming {@code where} when the schema is newer than this code, or a
   *     script fails
   */
  static int migrate(Connection c, Dialect dialect, String where) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
    }
    int version = current(c);
    checkNotNewer(version, where);
    for (int v = version + 1; v <= latest(); v++) {
      String name = SCRIPTS.get(v - 1);
      List<String> statements = statements(dialect.folder(), name);
      c.setAutoCommit(false);
      try {
        dialect.lockWriters(c);
        int now = current(c); // another process may have migrated while we waited for the lock
        checkNotNewer(now, where);
        if (now < v) {
          try (Statement s = c.createStatement()) {
            for (String sql : statements) {
              s.execute(sql);
            }
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
            p.setInt(1, v);
            p.setString(2, Instant.now().toString());
            p.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw new StoreException(
            where + ": migration " + dialect.folder() + "/" + name + " failed: " + e.getMessage(),
            e);
      } finally {
        c.setAutoCommit(true);
      }
    }
    return current(c);
  }

  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void checkNotNewer(int version, String where) {
    if (version > latest()) {
      throw new StoreException(
          where
              + ": the store's schema version "
              + version
              + " is newer than this claimlens supports ("
              + latest()
              + "); open it with a newer claimlens");
    }
  }

  /** The statements of one script resource. */
  static List<String> statements(String folder, String name) {
    String resource = "/db/" + folder + "/" + name;
    String script;
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new StoreException("migration script " + resource + " is missing from the classpath");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration script " + resource, e);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new StoreException(resource + ": the last statement does not end with ';'");
    }
    return statements;
  }
}
