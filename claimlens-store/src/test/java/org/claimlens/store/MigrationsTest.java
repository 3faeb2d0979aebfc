package org.claimlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {
  @Test
  void everyDialectHasEveryScriptWithTheSameTables() {
    for (String script : Migrations.SCRIPTS) {
      List<String> sqlite = Migrations.statements("sqlite", script);
      List<String> postgres = Migrations.statements("postgres", script);
      assertThat(sqlite).as(script).isNotEmpty().hasSameSizeAs(postgres);
      for (int i = 0; i < sqlite.size(); i++) {
        assertThat(firstLine(postgres.get(i))).isEqualTo(firstLine(sqlite.get(i)));
        assertThat(sqlite.get(i)).doesNotEndWith(";");
      }
    }
  }

  private static String firstLine(String statement) {
    return statement.lines().findFirst().orElseThrow();
  }

  @Test
  void aMissingScriptIsNamedInTheError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Migrations.statements("sqlite", "V99__nothing.sql"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("/db/sqlite/V99__nothing.sql");
  }
}
