package org.claimlens.annotators.techniques;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.claimlens.eval.ptc.PtcTechniques;

/**
 * Maps the 23 technique labels of SemEval-2023 Task 3 to the 14 of PTC (SemEval-2020 Task 11), as
 * {@code shared/taxonomies/techniques.txt} lists them.
 *
 * <p>Several SemEval-2023 labels share one combined PTC label, kept as one string with its commas
 * ({@code Whataboutism,Straw_Men,Red_Herring}); four labels have no PTC counterpart and are dropped
 * on PTC export. A label that already is one of the 14 PTC names maps to itself, so that output of
 * a model trained on PTC labels passes through unchanged. Stateless and thread-safe. Example:
 *
 * <pre>{@code
 * PtcMapping.toPtc("Straw_Man");          // Optional[Whataboutism,Straw_Men,Red_Herring]
 * PtcMapping.toPtc("Appeal_to_Values");   // Optional.empty()
 * }</pre>
 */
public final class PtcMapping {

  /** The 23 SemEval-2023 Task 3 labels, in the order of the taxonomy file. */
  public static final List<String> SEMEVAL_2023_LABELS;

  private static final Map<String, String> TO_PTC;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Name_Calling-Labeling", "Name_Calling,Labeling");
    m.put("Guilt_by_Association", "Bandwagon,Reductio_ad_hitlerum");
    m.put("Doubt", "Doubt");
    m.put("Appeal_to_Hypocrisy", "Whataboutism,Straw_Men,Red_Herring");
    m.put("Questioning_the_Reputation", "-");
    m.put("Flag_Waving", "Flag-Waving");
    m.put("Appeal_to_Authority", "Appeal_to_Authority");
    m.put("Appeal_to_Popularity", "Bandwagon,Reductio_ad_hitlerum");
    m.put("Appeal_to_Values", "-");
    m.put("Appeal_to_Fear-Prejudice", "Appeal_to_fear-prejudice");
    m.put("Loaded_Language", "Loaded_Language");
    m.put("Obfuscation-Vagueness-Confusion", "-");
    m.put("Exaggeration-Minimisation", "Exaggeration,Minimisation");
    m.put("Repetition", "Repetition");
    m.put("Slogans", "Slogans");
    m.put("Conversation_Killer", "Thought-terminating_Cliches");
    m.put("Appeal_to_Time", "-");
    m.put("False_Dilemma-No_Choice", "Black-and-White_Fallacy");
    m.put("Consequential_Oversimplification", "Causal_Oversimplification");
    m.put("Causal_Oversimplification", "Causal_Oversimplification");
    m.put("Straw_Man", "Whataboutism,Straw_Men,Red_Herring");
    m.put("Red_Herring", "Whataboutism,Straw_Men,Red_Herring");
    m.put("Whataboutism", "Whataboutism,Straw_Men,Red_Herring");
    TO_PTC = Map.copyOf(m);
    SEMEVAL_2023_LABELS = List.copyOf(m.keySet());
  }

  private PtcMapping() {}

  /**
   * The PTC-14 label of a SemEval-2023 label; empty for the four labels PTC lacks ({@code
   * Questioning_the_Reputation}, {@code Appeal_to_Values}, {@code Obfuscation-Vagueness-Confusion},
   * {@code Appeal_to_Time}) and for unknown labels. A PTC-14 name maps to itself.
   */
  public static Optional<String> toPtc(String semeval2023Label) {
    Objects.requireNonNull(semeval2023Label, "semeval2023Label");
    String ptc = TO_PTC.get(semeval2023Label);
    if (ptc != null) {
      return ptc.equals("-") ? Optional.empty() : Optional.of(ptc);
    }
    return PtcTechniques.isKnown(semeval2023Label)
        ? Optional.of(semeval2023Label)
        : Optional.empty();
  }

  /** Like {@link #toPtc} but throws, naming the label, where it has no PTC counterpart. */
  public static String expectPtc(String semeval2023Label) {
    return toPtc(semeval2023Label)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "technique " + semeval2023Label + " has no PTC-14 counterpart"));
  }

  /** Whether {@code label} is one of the 23 SemEval-2023 labels. */
  public static boolean isSemEval2023(String label) {
    return TO_PTC.containsKey(label);
  }
}
