package org.claimlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimlens.annotators.framing.RoleTrainer;
import org.claimlens.annotators.narratives.NarrativeTrainer;
import org.claimlens.annotators.techniques.TechniqueTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code claimlens train narratives|roles|techniques --data DIR --out MODEL_DIR}: learns a model
 * from data in a standard format and writes it into {@code MODEL_DIR/<task>/}, with its provenance;
 * {@code analyze --model MODEL_DIR} then uses it.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a model from data in a standard format:",
      "  narratives  SemEval-2025 T10 folder (raw-documents/ + subtask-2-annotations.txt)",
      "  roles       SemEval-2025 T10 folder (raw-documents/ + subtask-1-annotations.txt)",
      "  techniques  PTC folder (article<ID>.txt + labels)",
      "The model goes into MODEL_DIR/<task>/ with a provenance file; training is seeded."
    })
final class TrainCommand implements Callable<Integer> {
  @ParentCommand ClaimlensCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TASK", description = "narratives|roles|techniques")
  String task;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Training data.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "Model folder.")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: 42.")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--data " + data + ": not a folder");
    }
    Files.createDirectories(out);
    Object report =
        switch (task) {
          case "narratives" -> NarrativeTrainer.train(data, out, seed, root.err);
          case "roles" -> RoleTrainer.train(data, out, seed, root.err);
          case "techniques" -> TechniqueTrainer.train(data, out, seed, root.err);
          default ->
              throw new CommandLine.ParameterException(
                  spec.commandLine(),
                  "unknown task '" + task + "'; expected narratives, roles or techniques");
        };
    root.out.println(report);
    root.out.println(
        "claimlens train: wrote " + out.resolve(task.equals("roles") ? "roles" : task));
    return 0;
  }
}
