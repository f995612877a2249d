// Roadmap text is untrusted: on a terminal, escape sequences in a title could retitle the
// window, clear the screen or move the cursor. Only SGR colour codes (ours) pass through.
const SGR = /^\u001b\[[0-9;]*m/;
// Matches every C0 control except tab and newline, DEL, and the C1 block.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Makes text safe to write to a terminal: control characters become visible symbols (␛, ␇ …). */
export function terminalSafe(text: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text)) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const esc = text.indexOf("\u001b", i);
    const chunk = esc === -1 ? text.slice(i) : text.slice(i, esc);
    out += chunk.replace(CONTROL, visible);
    if (esc === -1) break;
    const m = SGR.exec(text.slice(esc, esc + 32));
    if (m) {
      out += m[0];
      i = esc + m[0].length;
    } else {
      out += visible("\u001b");
      i = esc + 1;
    }
  }
  return out;
}

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return "\ufffd";
}
