// The only import of markdown-it. Runs the block pass (no inline pass: 0.36x of a full parse)
// and flattens block tokens into located nodes; inline text is parsed lazily where needed.
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";

const md = new MarkdownIt("commonmark", { html: true }).enable(["table", "strikethrough"]);

/** A constructor making tokens like markdown-it's Token class, on its prototype, without the helper. */
function plainToken(parser: InstanceType<typeof MarkdownIt>): new (type: string, tag: string, nesting: number) => Token {
  type StateCtor = new (src: string, md: InstanceType<typeof MarkdownIt>, env: object, tokens: Token[]) => { Token: unknown };
  const Base = (parser.block as unknown as { State: StateCtor }).State;
  const proto = (new Base("", parser, {}, []).Token as { prototype: object }).prototype;
  function FastToken(this: Record<string, unknown>, type: string, tag: string, nesting: number): void {
    // markdown-it's order: its class fields first, then the constructor's assignments.
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = "";
    this.markup = "";
    this.info = "";
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  FastToken.prototype = proto;
  return FastToken as unknown as new (type: string, tag: string, nesting: number) => Token;
}

/**
 * markdown-it 15 ships its Token class compiled with Babel's class-field helper, which costs a
 * defineProperty call per field per token: a third of a 10 MB parse here. On this parser
 * instance only, block state is a subclass of markdown-it's own whose `push` (the same five
 * lines as markdown-it's) creates tokens with a plain constructor that sets the same fields in
 * the same order on the same prototype. A test checks the token streams are equal.
 */
function useFastTokens(parser: InstanceType<typeof MarkdownIt>): void {
  interface BlockState {
    level: number;
    tokens: Token[];
    Token: unknown;
  }
  type StateCtor = new (src: string, md: InstanceType<typeof MarkdownIt>, env: object, tokens: Token[]) => BlockState;
  const block = parser.block as unknown as { State: StateCtor };
  const Base = block.State;
  const Make = plainToken(parser);
  block.State = class FastState extends Base {
    constructor(src: string, md: InstanceType<typeof MarkdownIt>, env: object, tokens: Token[]) {
      super(src, md, env, tokens);
      this.Token = Make;
    }
    push(type: string, tag: string, nesting: number): Token {
      const token = new Make(type, tag, nesting);
      token.block = true;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  };
}
useFastTokens(md);

/**
 * The parser for `inlineText`: markdown-it's own inline rules, but only text comes out of it, so
 * link destinations are never used and their URL normalisation (mdurl + punycode, the larger
 * part of inline parsing here) is skipped. Validation stays, so what counts as a link is the same.
 */
const mdText = new MarkdownIt("commonmark", { html: true }).enable(["strikethrough"]);
mdText.normalizeLink = (url: string) => url;
useFastInline(mdText);

/**
 * The same for inline state on `mdText`: markdown-it's StateInline sets twelve class fields
 * through the helper on every parse and its `push`/`pushPending` build tokens through it. The
 * replacement state is a plain constructor on a prototype inheriting markdown-it's (so every
 * method, such as `scanDelims`, is markdown-it's own) that sets the same fields in the same
 * order, with `push` and `pushPending` as markdown-it's but building plain tokens.
 */
function useFastInline(parser: InstanceType<typeof MarkdownIt>): void {
  interface InlineState {
    pos: number;
    level: number;
    pending: string;
    pendingLevel: number;
    delimiters: unknown[];
    _prev_delimiters: unknown[][];
    tokens: Token[];
    tokens_meta: ({ delimiters: unknown[] } | undefined)[];
  }
  const inline = parser.inline as unknown as { State: { prototype: object } };
  const Base = inline.State;
  const Make = plainToken(parser);
  function FastInlineState(this: Record<string, unknown>, src: string, md: unknown, env: unknown, outTokens: Token[]): void {
    this.pos = 0;
    this.level = 0;
    this.pending = "";
    this.pendingLevel = 0;
    this.cache = {};
    this.backticks = {};
    this.backticksScanned = false;
    this.skipHtmlSpecial = false;
    this.linkLevel = 0;
    this.delimiters = [];
    this._prev_delimiters = [];
    this.Token = Make;
    this.src = src;
    this.env = env;
    this.md = md;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = src.length;
  }
  const proto = Object.create(Base.prototype) as InlineState & Record<string, unknown>;
  proto.pushPending = function (this: InlineState): Token {
    const token = new Make("text", "", 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = "";
    return token;
  };
  proto.push = function (this: InlineState & { pushPending(): Token }, type: string, tag: string, nesting: number): Token {
    if (this.pending) this.pushPending();
    const token = new Make(type, tag, nesting);
    let meta: { delimiters: unknown[] } | undefined;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop()!;
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(meta);
    return token;
  };
  FastInlineState.prototype = proto;
  inline.State = FastInlineState as unknown as { prototype: object };
}

/** Block tokens exactly as markdown-it produces them (for tests that compare token streams). */
export function blockTokens(text: string, stock = false): Token[] {
  const parser = stock ? new MarkdownIt("commonmark", { html: true }).enable(["table", "strikethrough"]) : md;
  const tokens: Token[] = [];
  parser.block.parse(text, parser, {}, tokens);
  return tokens;
}

/** A heading (ATX or setext). Lines are 0-based; `endLine` is exclusive. */
export interface HeadingNode {
  readonly type: "heading";
  readonly level: number;
  readonly line: number;
  readonly endLine: number;
  /** Raw inline source of the heading text (markup not yet reduced). */
  readonly raw: string;
}

/** A paragraph, with the list item it belongs to (if any) and whether it sits in a block quote. */
export interface ParagraphNode {
  readonly type: "paragraph";
  readonly line: number;
  readonly endLine: number;
  readonly raw: string;
  readonly item?: ItemNode;
  readonly quoted: boolean;
}

/** A list item; `raw` is the inline source of its first paragraph (empty if it has none). */
export interface ItemNode {
  readonly type: "item";
  readonly line: number;
  endLine: number;
  /** Nesting depth among lists: 0 for an item of a top-level list. */
  readonly depth: number;
  readonly ordered: boolean;
  /** The Markdown list the item belongs to: the 0-based line where that list opens (with `depth`, unique in a document). */
  readonly list: number;
  readonly parent?: ItemNode;
  raw: string;
  readonly quoted: boolean;
}

/** A GFM table; cells hold raw inline source. */
export interface TableNode {
  readonly type: "table";
  readonly line: number;
  readonly endLine: number;
  readonly header: { readonly line: number; readonly cells: readonly string[] };
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
  readonly quoted: boolean;
}

/** Blocks that never carry structure (code, HTML, rules), kept so readers can see them. */
export interface OpaqueNode {
  readonly type: "code" | "html" | "hr";
  readonly line: number;
  readonly endLine: number;
}

export type BlockNode = HeadingNode | ParagraphNode | ItemNode | TableNode | OpaqueNode;

/**
 * Chunk size for block parsing: a chunk's tokens are dropped once converted, bounding memory.
 * 128 KB measured best for `status --json` on the 10 MB free-form bench (wall 1.65-1.72 s
 * against 1.77-1.84 s at 64, 96 and 256 KB: fewer tokens outlive a young-generation GC);
 * neutral on the template bench.
 */
const CHUNK = 128 * 1024;

/**
 * Block-parses `text` (already stripped of BOM and with CRLF turned into LF, so its line
 * numbers are the original's) into a flat, document-ordered list of located nodes.
 *
 * Large documents are parsed in chunks that start at an ATX heading line: such a line ends
 * every paragraph, list, block quote and table, so the chunks parse as the whole would. The
 * only blocks that can run past it (fences, HTML blocks, code) are detected when they reach a
 * chunk's end, and the chunk is then extended to the next boundary and parsed again.
 */
export function parseBlocks(text: string, chunkSize = CHUNK): BlockNode[] {
  const out: BlockNode[] = [];
  let start = 0;
  let startLine = 0;
  while (start < text.length) {
    let end = nextBoundary(text, start + chunkSize);
    for (;;) {
      const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
      const tokens: Token[] = [];
      md.block.parse(chunk, md, {}, tokens);
      const lines = countLines(chunk);
      if (end < text.length && runsToEnd(tokens, lines)) {
        end = nextBoundary(text, end + 1);
        continue;
      }
      convertTokens(tokens, startLine, out);
      startLine += lines;
      start = end;
      break;
    }
  }
  return out;
}

/** Offset of the first line at or after `from` that starts an ATX heading, else the text's end. */
function nextBoundary(text: string, from: number): number {
  if (from >= text.length) return text.length;
  let i = text.indexOf("\n#", from - 1);
  while (i !== -1) {
    let j = i + 1;
    let level = 0;
    while (text.charCodeAt(j) === 35 && level < 7) {
      j++;
      level++;
    }
    const c = text.charCodeAt(j);
    if (level <= 6 && (c === 32 || c === 9 || c === 10 || Number.isNaN(c))) return i + 1;
    i = text.indexOf("\n#", i + 1);
  }
  return text.length;
}

function countLines(chunk: string): number {
  let n = 0;
  for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) n++;
  return chunk.endsWith("\n") || chunk.length === 0 ? n : n + 1;
}

/** True when the chunk's last top-level block is one that could continue past the chunk. */
function runsToEnd(tokens: readonly Token[], lines: number): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.level !== 0 || !t.map) continue;
    // A table is not one: chunks end before an ATX heading line, and that line always ends a table
    // (growing the chunk for a table at its end re-parsed it once per heading: quadratic).
    const open = t.type === "fence" || t.type === "html_block" || t.type === "code_block";
    return open && t.map[1] >= lines;
  }
  return false;
}

/** Converts one chunk's block tokens to nodes, shifting line maps by `lineOffset`. */
function convertTokens(tokens: readonly Token[], lineOffset: number, out: BlockNode[]): void {
  const items: ItemNode[] = [];
  const lists: number[] = [];
  let listDepth = 0;
  let quoteDepth = 0;
  const n = tokens.length;
  const at = (t: Token): [number, number] => [t.map![0] + lineOffset, t.map![1] + lineOffset];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case "heading_open": {
        const inline = tokens[i + 1];
        const [line, endLine] = at(t);
        out.push({ type: "heading", level: Number(t.tag.slice(1)), line, endLine, raw: inline?.content ?? "" });
        i += 2;
        break;
      }
      case "paragraph_open": {
        const inline = tokens[i + 1];
        const raw = inline?.content ?? "";
        const item = items[items.length - 1];
        const first = item !== undefined && item.raw === "" && tokens[i - 1]?.type === "list_item_open";
        if (first) item.raw = raw;
        const [line, endLine] = at(t);
        out.push({ type: "paragraph", line, endLine, raw, item, quoted: quoteDepth > 0 });
        i += 2;
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open":
        listDepth++;
        lists.push(at(t)[0]);
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        listDepth--;
        lists.pop();
        break;
      case "list_item_open": {
        const parent = items[items.length - 1];
        const [line, endLine] = at(t);
        const node: ItemNode = {
          type: "item",
          line,
          endLine,
          depth: listDepth - 1,
          ordered: t.markup === "." || t.markup === ")",
          list: lists[lists.length - 1] ?? line,
          parent,
          raw: "",
          quoted: quoteDepth > 0,
        };
        items.push(node);
        out.push(node);
        break;
      }
      case "list_item_close":
        items.pop();
        break;
      case "blockquote_open":
        quoteDepth++;
        break;
      case "blockquote_close":
        quoteDepth--;
        break;
      case "table_open": {
        const [line, endLine] = at(t);
        let header: { line: number; cells: string[] } | undefined;
        const rows: { line: number; cells: string[] }[] = [];
        let cur: { line: number; cells: string[] } | undefined;
        let inHead = false;
        for (i = i + 1; i < n; i++) {
          const u = tokens[i]!;
          if (u.type === "table_close") break;
          if (u.type === "thead_open") inHead = true;
          else if (u.type === "thead_close") inHead = false;
          else if (u.type === "tr_open") cur = { line: u.map ? u.map[0] + lineOffset : -1, cells: [] };
          else if (u.type === "tr_close" && cur) {
            if (inHead) header = cur;
            else rows.push(cur);
            cur = undefined;
          } else if (u.type === "inline" && cur) cur.cells.push(u.content);
        }
        // Number body rows that came without their own maps.
        let next = (header?.line ?? line) + 2;
        for (const r of rows) {
          if (r.line < 0) r.line = next;
          next = r.line + 1;
        }
        out.push({ type: "table", line, endLine, header: header ?? { line, cells: [] }, rows, quoted: quoteDepth > 0 });
        break;
      }
      case "fence":
      case "code_block": {
        const [line, endLine] = at(t);
        out.push({ type: "code", line, endLine });
        break;
      }
      case "html_block": {
        const [line, endLine] = at(t);
        out.push({ type: "html", line, endLine });
        break;
      }
      case "hr": {
        const [line, endLine] = at(t);
        out.push({ type: "hr", line, endLine });
        break;
      }
      default:
        break;
    }
  }
}

// `**Label** rest` with no other markup: the strong run certainly opens (start or space before,
// a letter after) and closes (a letter before), so its text is known without an inline parse.
const SIMPLE_STRONG = /^((?:[^*_`[\]<&\\~!]*\s)?)\*\*([\p{L}\p{N}](?:[^*_`[\]<&\\~!]*[\p{L}\p{N}])?)\*\*([^*_`[\]<&\\~!]*)$/u;

// Texts that needed the inline parser, by source: the reader asks for most of them again (a
// heading's text for its label, its status, its section). Cleared by each parse (`forgetInlineTexts`).
const parsedTexts = new Map<string, string>();
const PARSED_MAX = 20_000;

/** Forgets the cached inline texts: keys are slices of a document and would keep it alive. */
export function forgetInlineTexts(): void {
  parsedTexts.clear();
}

/** Plain text of inline Markdown (T1): markup dropped, link text kept, code kept, trimmed. */
export function inlineText(raw: string): string {
  if (!/[*_`[\]<&\\~!]/.test(raw)) return raw.trim();
  const simple = SIMPLE_STRONG.exec(raw);
  if (simple) return `${simple[1]}${simple[2]}${simple[3]}`.trim();
  let text = parsedTexts.get(raw);
  if (text === undefined) {
    text = parsedText(raw);
    if (parsedTexts.size >= PARSED_MAX) parsedTexts.clear();
    parsedTexts.set(raw, text);
  }
  return text;
}

function parsedText(raw: string): string {
  let out = "";
  for (const c of inlineTokens(raw)) {
    // text_special: an escape or entity, which markdown-it's core later turns into text.
    if (c.type === "text" || c.type === "text_special" || c.type === "code_inline") out += c.content;
    else if (c.type === "softbreak" || c.type === "hardbreak") out += " ";
    else if (c.type === "image") out += c.content;
  }
  return out.trim();
}

/**
 * The inline tokens of `raw` from `mdText`, by its inline parser alone: what `parseInline`
 * puts in its one token's children, less the core's final join of adjacent text tokens. The
 * core's input normalisation is applied only when there is something to normalise.
 */
let stockText: InstanceType<typeof MarkdownIt> | undefined;
export function inlineTokens(raw: string, stock = false): Token[] {
  if (stock) {
    stockText ??= new MarkdownIt("commonmark", { html: true }).enable(["strikethrough"]);
    stockText.normalizeLink = mdText.normalizeLink;
    return stockText.parseInline(raw, {})[0]?.children ?? [];
  }
  const src = /[\r\0]/.test(raw) ? raw.replace(/\r\n?|\n/g, "\n").replace(/\0/g, "\uFFFD") : raw;
  const tokens: Token[] = [];
  mdText.inline.parse(src, mdText, {}, tokens);
  return tokens;
}

/** The links in inline Markdown: href and text, in order. */
export function inlineLinks(raw: string): { href: string; text: string }[] {
  if (!raw.includes("](") && !raw.includes("]:") && !raw.includes("<")) return [];
  const out: { href: string; text: string }[] = [];
  for (const t of md.parseInline(raw, {})) {
    let cur: { href: string; text: string } | undefined;
    for (const c of t.children ?? []) {
      if (c.type === "link_open") cur = { href: String(c.attrGet("href") ?? ""), text: "" };
      else if (c.type === "link_close" && cur) {
        out.push(cur);
        cur = undefined;
      } else if (cur && (c.type === "text" || c.type === "code_inline")) cur.text += c.content;
    }
  }
  return out;
}
