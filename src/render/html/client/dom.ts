// DOM construction for the dashboard: text goes in through textContent only, never as markup.

/** Something that can be appended: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attribute names the dashboard sets; event handlers and `style` are never among them. */
function checkAttr(name: string): void {
  if (/^on/i.test(name) || name.toLowerCase() === "style" || name.toLowerCase() === "href") throw new Error(`refusing attribute ${name}`);
}

/** Appends children (a list of any length: no argument spread, which overflows past ~100k). */
export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Creates an HTML element with a class, attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, opts: { class?: string; attrs?: Record<string, string> } | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (opts?.class) el.className = opts.class;
  for (const [k, v] of Object.entries(opts?.attrs ?? {})) {
    checkAttr(k);
    el.setAttribute(k, v);
  }
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with presentation attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    checkAttr(k);
    el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** A progress bar (`<div class="bar"><span>` sized by a `<progress>`-like value) that needs no inline style. */
export function progressBar(done: number, total: number, label: string): HTMLProgressElement {
  const p = h("progress", { class: "bar", attrs: { max: String(Math.max(total, 1)), value: String(total ? done : 0), "aria-label": label } });
  return p;
}

/** Replaces the children of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}
