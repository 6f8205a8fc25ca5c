package se.samsyn.core;

import java.util.Locale;

/**
 * What a statement is in its material, decided from structure: a participant's or group's remark,
 * agreement or presentation text, something put to participants, or a heading.
 */
public enum StatementKind {
  /** A participant's or group's remark: workshop notes, survey answers, feedback e-mails. */
  VOICE,
  /** Agreement text, quoted other agreements, slide and document boilerplate. */
  OFFICIAL,
  /** Questions and answer options put to participants. */
  PROMPT,
  /** A heading or label that introduces other text. */
  HEADING;

  /** The name written in outputs and accepted by filters: {@code voice}, {@code official} … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code label} (any case). */
  public static StatementKind of(String label) {
    for (StatementKind kind : values()) {
      if (kind.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("a kind is voice, official, prompt or heading, not '" + label + "'");
  }
}
