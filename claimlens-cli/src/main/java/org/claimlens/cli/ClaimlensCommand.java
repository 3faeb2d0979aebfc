package org.claimlens.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; its subcommands are the verbs of design.md §3. */
@Command(
    name = "claimlens",
    mixinStandardHelpOptions = true,
    version = "claimlens 0.1.0",
    description = {
      "Who claims what, on whose authority, how well sourced: offline analysis of news and"
          + " channel posts.",
      ""
    },
    subcommands = {
      DemoCommand.class,
      AnalyzeCommand.class,
      TrainCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ClaimsCommand.class,
      StoriesCommand.class,
      FactcheckCommand.class,
      ExportCommand.class,
      ReindexCommand.class,
      NotBuiltCommand.Serve.class,
      BenchCommand.class,
      BenchStoreCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 when any document was analyzed, 1 when none was, 2 for usage errors.",
      "Run 'claimlens VERB --help' for a verb's options."
    })
public final class ClaimlensCommand implements Runnable {
  final InputStream in;
  final PrintStream out;
  final PrintStream err;

  ClaimlensCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(out);
  }

  /** Runs the command line and returns its exit code; the streams are the process's or a test's. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, reading "-" inputs from {@code in}. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new ClaimlensCommand(in, out, err));
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("claimlens: " + e.getMessage());
          return e instanceof CommandLine.ParameterException ? 2 : 1;
        });
    return cl.execute(args);
  }
}
