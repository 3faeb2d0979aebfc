package org.claimlens.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds a PostgreSQL server for tests, in this order: the environment ({@code CLAIMLENS_PG_URL},
 * {@code CLAIMLENS_PG_USER}, {@code CLAIMLENS_PG_PASSWORD}); else a throwaway cluster started with
 * the local {@code /usr/lib/postgresql/<version>/bin/initdb} in a temp folder on a free port
 * (through {@code runuser -u postgres} when running as root, which initdb refuses), stopped when
 * the JVM exits; else none, with the reason.
 */
final class PostgresServer {
  /** How to reach the server: a JDBC URL of a database where tests may create schemas. */
  record Endpoint(String url, String user, String password) {}

  private static @Nullable Endpoint endpoint;
  private static @Nullable String unavailable;
  private static boolean looked;

  private PostgresServer() {}

  /** The server, started on first use; empty with {@link #whyUnavailable()} when there is none. */
  static synchronized Optional<Endpoint> endpoint() {
    if (!looked) {
      looked = true;
      try {
        endpoint = find();
      } catch (IOException | RuntimeException e) {
        unavailable = "could not start a throwaway PostgreSQL cluster: " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        unavailable = "interrupted while starting PostgreSQL";
      }
    }
    return Optional.ofNullable(endpoint);
  }

  static synchronized String whyUnavailable() {
    return unavailable == null ? "unknown" : unavailable;
  }

  private static @Nullable Endpoint find() throws IOException, InterruptedException {
    String url = System.getenv("CLAIMLENS_PG_URL");
    if (url != null && !url.isBlank()) {
      return new Endpoint(
          url,
          Optional.ofNullable(System.getenv("CLAIMLENS_PG_USER")).orElse("postgres"),
          Optional.ofNullable(System.getenv("CLAIMLENS_PG_PASSWORD")).orElse(""));
    }
    Optional<Path> bin = localBinaries();
    if (bin.isEmpty()) {
      unavailable =
          "CLAIMLENS_PG_URL is not set and no "
              + System.getProperty("claimlens.test.pg.root", "/usr/lib/postgresql")
              + "/*/bin/initdb exists (apt-get install postgresql)";
      return null;
    }
    return startCluster(bin.get());
  }

  private static Optional<Path> localBinaries() throws IOException {
    // A property, so that the skip path can be tried: -Dclaimlens.test.pg.root=/nonexistent
    Path root = Path.of(System.getProperty("claimlens.test.pg.root", "/usr/lib/postgresql"));
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(
              Comparator.comparingInt(
                  b -> {
                    String v = b.getParent().getFileName().toString();
                    return v.matches("\\d+") ? Integer.parseInt(v) : 0;
                  }));
    }
  }

  private static Endpoint startCluster(Path bin) throws IOException, InterruptedException {
    Path home = Files.createTempDirectory("claimlens-pg");
    Path data = home.resolve("data");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      run(List.of("chown", "-R", "postgres:postgres", home.toString()), home);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    run(
        asPostgres(
            root,
            List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync")),
        home);
    run(
        asPostgres(
            root,
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                home.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p "
                    + port
                    + " -h 127.0.0.1 -k "
                    + home
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "start")),
        home);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        asPostgres(
                            root,
                            List.of(
                                bin.resolve("pg_ctl").toString(),
                                "-D",
                                data.toString(),
                                "-m",
                                "immediate",
                                "stop")),
                        home);
                    StoreContractTest.deleteRecursively(home);
                  } catch (IOException | InterruptedException e) {
                    System.err.println("claimlens tests: could not stop PostgreSQL in " + home);
                  }
                },
                "claimlens-test-pg-stop"));
    return new Endpoint("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
  }

  private static List<String> asPostgres(boolean root, List<String> command) {
    if (!root) {
      return command;
    }
    if (Files.isExecutable(Path.of("/usr/sbin/runuser"))
        || Files.isExecutable(Path.of("/sbin/runuser"))) {
      List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
      full.addAll(command);
      return full;
    }
    // No runuser (older or minimal systems): su takes one shell command line, so quote each word.
    StringBuilder line = new StringBuilder();
    for (String word : command) {
      line.append(line.isEmpty() ? "" : " ")
          .append('\'')
          .append(word.replace("'", "'\\''"))
          .append('\'');
    }
    return List.of("su", "postgres", "-s", "/bin/sh", "-c", line.toString());
  }

  private static void run(List<String> command, Path home)
      throws IOException, InterruptedException {
    Path log = home.resolve("commands.log");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + String.join(" ", command));
    }
    if (p.exitValue() != 0) {
      String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      throw new IOException(
          String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + output);
    }
  }
}
