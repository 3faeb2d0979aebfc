package org.claimlens.eval.ptc;

import java.util.List;

/**
 * The 14 technique labels of PTC (SemEval-2020 Task 11), spelled as its files spell them. Two are
 * merged classes with commas in their single label: {@code Whataboutism,Straw_Men,Red_Herring} and
 * {@code Bandwagon,Reductio_ad_hitlerum}.
 */
public final class PtcTechniques {

  /** The 14 labels, in the order of the task's scorer. */
  public static final List<String> NAMES =
      List.of(
          "Appeal_to_Authority",
          "Appeal_to_fear-prejudice",
          "Bandwagon,Reductio_ad_hitlerum",
          "Black-and-White_Fallacy",
          "Causal_Oversimplification",
          "Doubt",
          "Exaggeration,Minimisation",
          "Flag-Waving",
          "Loaded_Language",
          "Name_Calling,Labeling",
          "Repetition",
          "Slogans",
          "Thought-terminating_Cliches",
          "Whataboutism,Straw_Men,Red_Herring");

  /** The technique given to lines of the span-only format {@code ID<TAB>start<TAB>end}. */
  public static final String SPAN_ONLY = "propaganda";

  private PtcTechniques() {}

  public static boolean isKnown(String technique) {
    return NAMES.contains(technique);
  }
}
