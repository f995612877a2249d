/** Escapes text for XML/HTML text and double-quoted attribute values. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids outright are dropped rather than escaped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}
