const ZERO = /\p{M}|[\u200B-\u200F]|[\uFE00-\uFE0F]/u;
const EMOJI = /\p{Emoji_Presentation}/u;

/** True for East Asian wide and fullwidth code points (CJK, Hangul, fullwidth forms). */
function wide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * Terminal/editor columns a string takes, as table formatters count them: emoji and East
 * Asian wide characters take two, combining marks and variation selectors none. An emoji
 * followed by VS16 (`⏸️`) takes two.
 */
export function displayWidth(text: string): number {
  let w = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ZERO.test(ch)) continue;
    if (ch === "\u200D") {
      i++; // a ZWJ sequence shows as one glyph: skip the joined character
      continue;
    }
    const cp = ch.codePointAt(0)!;
    if (EMOJI.test(ch) || wide(cp) || chars[i + 1] === "\uFE0F") w += 2;
    else w += 1;
  }
  return w;
}
