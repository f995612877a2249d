// The template's placeholders (`[Criterion 1]`, `[Brief description of …]`), as text: the one
// detection the `placeholder` rule and the editing gates share.

/** The template's placeholders and their kin: `[Title]`, `[Criterion 2]`, `[Brief description of …]`, `[Your …]`. */
export const BRACKETED =
  /\[(?:title|focus area|criterion \d+|deliverable \d+|milestone title|project name|brief description[^\]\n]*|description|goal|owner|date|tbd|(?:your|add|insert|describe|enter|fill in)\b[^\]\n]*)\](?![(\[:])/giu;
/** A code span (`` `x` ``): an example, never a placeholder. */
export const CODE_SPAN = /(`+)[^`]*?\1/g;
/** An HTML comment: not content. */
export const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * The first template placeholder (`[Criterion 1]`, `[Brief description of …]`) in one piece of
 * text, such as a criterion's or a goal's, outside code spans; undefined when there is none.
 * The same detection the rule uses, for the editing gates that refuse to act on placeholders.
 */
export function findPlaceholder(text: string): string | undefined {
  if (!text.includes("[")) return undefined;
  const plain = text.replace(CODE_SPAN, (m) => " ".repeat(m.length)).replace(COMMENT, (m) => " ".repeat(m.length));
  for (const m of plain.matchAll(BRACKETED)) return m[0];
  return undefined;
}
