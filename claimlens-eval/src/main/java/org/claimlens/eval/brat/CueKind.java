package org.claimlens.eval.brat;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A coarse kind of attribution cue, read off the cue's text, for breaking source recall down (the
 * design target is stated on speech verbs and "according to").
 *
 * <p>The cue is a verb group ("has said", "told", "was quoted as saying"), so a cue is {@link
 * #SPEECH} when any of its words is a form of a speech verb: say, tell, add, state, announce,
 * claim, declare, insist, warn, stress, note, explain, write, report, deny, confirm, reply, ask,
 * argue, comment, admit, respond, remark, assert, acknowledge. The test is lexical, so the noun
 * cues "claim", "report" and "warning" count as speech too. Example: {@code CueKind.of("has
 * repeatedly said")} is {@code SPEECH}; {@code CueKind.of("believes")} is {@code OTHER}.
 */
public enum CueKind {
  /** A speech verb anywhere in the cue. */
  SPEECH,
  /** The cue contains "according to". */
  ACCORDING_TO,
  /** Any other cue: attitude (believe, fear), evidence (show, found), other speech acts. */
  OTHER,
  /** The relation has no cue. */
  NONE;

  private static final Set<String> SPEECH_WORDS =
      Set.of(
          "say",
          "says",
          "said",
          "saying", //
          "tell",
          "tells",
          "told",
          "telling", //
          "add",
          "adds",
          "added",
          "adding", //
          "state",
          "states",
          "stated",
          "stating", //
          "announce",
          "announces",
          "announced",
          "announcing", //
          "claim",
          "claims",
          "claimed",
          "claiming", //
          "declare",
          "declares",
          "declared",
          "declaring", //
          "insist",
          "insists",
          "insisted",
          "insisting", //
          "warn",
          "warns",
          "warned",
          "warning", //
          "stress",
          "stresses",
          "stressed",
          "stressing", //
          "note",
          "notes",
          "noted",
          "noting", //
          "explain",
          "explains",
          "explained",
          "explaining", //
          "write",
          "writes",
          "wrote",
          "written",
          "writing", //
          "report",
          "reports",
          "reported",
          "reporting", //
          "deny",
          "denies",
          "denied",
          "denying", //
          "confirm",
          "confirms",
          "confirmed",
          "confirming", //
          "reply",
          "replies",
          "replied",
          "replying", //
          "ask",
          "asks",
          "asked",
          "asking", //
          "argue",
          "argues",
          "argued",
          "arguing", //
          "comment",
          "comments",
          "commented",
          "commenting", //
          "admit",
          "admits",
          "admitted",
          "admitting", //
          "respond",
          "responds",
          "responded",
          "responding", //
          "remark",
          "remarks",
          "remarked",
          "remarking", //
          "assert",
          "asserts",
          "asserted",
          "asserting", //
          "acknowledge",
          "acknowledges",
          "acknowledged",
          "acknowledging");

  /** The kind of a cue given its text, or {@link #NONE} for a null cue. */
  public static CueKind of(@Nullable String cueText) {
    if (cueText == null) {
      return NONE;
    }
    String lower = cueText.toLowerCase(Locale.ROOT);
    if (lower.replaceAll("\\s+", " ").contains("according to")) {
      return ACCORDING_TO;
    }
    for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
      if (SPEECH_WORDS.contains(word)) {
        return SPEECH;
      }
    }
    return OTHER;
  }

  /** Whether the design target's subset ("speech verb or according to") includes this kind. */
  public boolean isSpeech() {
    return this == SPEECH || this == ACCORDING_TO;
  }

  /** {@code according_to}: the spelling used in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
