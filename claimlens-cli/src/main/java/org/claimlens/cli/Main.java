package org.claimlens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Process entry point: {@code java -jar claimlens-cli.jar VERB ...}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = ClaimlensCommand.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
