// Approximate advance widths of Verdana at 11px (the flat badge font), for sizing a badge.
const ASCII: Readonly<Record<string, number>> = {
  " ": 3.87, "!": 4.33, '"': 5.05, "#": 9, $: 7, "%": 11.84, "&": 7.99, "'": 2.95, "(": 4.99, ")": 4.99, "*": 7, "+": 9,
  ",": 4, "-": 4.99, ".": 4, "/": 4.99, ":": 4.99, ";": 4.99, "<": 9, "=": 9, ">": 9, "?": 6, "@": 11, "[": 4.99,
  "\\": 4.99, "]": 4.99, "^": 9, _: 7, "`": 7, "{": 6.98, "|": 4.99, "}": 6.98, "~": 9,
  A: 7.52, B: 7.54, C: 7.68, D: 8.48, E: 6.96, F: 6.32, G: 8.53, H: 8.27, I: 4.61, J: 5, K: 7.62, L: 6.12, M: 9.27,
  N: 8.23, O: 8.66, P: 6.63, Q: 8.66, R: 7.65, S: 7.52, T: 6.78, U: 8.05, V: 7.52, W: 10.88, X: 7.54, Y: 6.77, Z: 7.54,
  a: 6.61, b: 6.85, c: 5.73, d: 6.85, e: 6.55, f: 3.87, g: 6.85, h: 6.96, i: 3.02, j: 3.79, k: 6.51, l: 3.02, m: 10.7,
  n: 6.96, o: 6.68, p: 6.85, q: 6.85, r: 4.69, s: 5.73, t: 4.33, u: 6.96, v: 6.51, w: 8.98, x: 6.51, y: 6.51, z: 5.78,
};

/** Width in pixels of `text` in 11px Verdana (digits 7px; unknown narrow glyphs 7px, wide ones 11px). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) w += 7;
    else if (ASCII[ch] !== undefined) w += ASCII[ch];
    else w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}]/u.test(ch) ? 11 : 7;
  }
  return Math.round(w * 10) / 10;
}
