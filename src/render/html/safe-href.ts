// Links from roadmap text are untrusted: only http(s), mailto and relative references survive.

/** Returns `href` when it is http(s), mailto or relative, else undefined (`javascript:`, `data:`, … are dropped). */
export function safeHref(href: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  const probe = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  if (!probe) return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(probe);
  if (scheme) return ["http", "https", "mailto"].includes(scheme[1]!.toLowerCase()) ? href.trim() : undefined;
  // A colon before any path separator would make some parsers read a scheme; refuse it.
  if (/^[^/?#]*:/.test(probe)) return undefined;
  return href.trim();
}
