import type { OverviewColumns, OverviewTable } from "../model/roadmap.js";
import { linesSpan, type SourceDocument } from "./document.js";
import { inlineText, type TableNode } from "./markdown.js";
import { locateRow } from "./table.js";

const ID_HEADER = /^(?:milestones?|id|#|ms|milestone id|meilenstein|marco|hito|jalon|里程碑|マイルストーン)$/i;
const TITLE_HEADER = /^(?:title|name|milestone name|titel|título|titre|nombre|名称|标题)$/i;
const FOCUS_HEADER = /^(?:focus|focus area|scope|theme)$/i;
const STATUS_HEADER = /^(?:status|state|estado|statut|stato|статус|状态|状態|상태)$/i;
const DEPENDS_HEADER = /^(?:depends on|dependencies|deps|requires|prerequisites)$/i;

/** Matches an overview table's header (Milestone/ID and Status columns required); undefined otherwise. */
export function overviewColumns(header: readonly string[]): OverviewColumns | undefined {
  const names = header.map((h) => inlineText(h).replace(/[:*]/g, "").trim());
  const id = names.findIndex((n) => ID_HEADER.test(n));
  const status = names.findIndex((n) => STATUS_HEADER.test(n));
  if (id === -1 || status === -1) return undefined;
  const title = names.findIndex((n, i) => i !== id && TITLE_HEADER.test(n));
  const focus = names.findIndex((n) => FOCUS_HEADER.test(n));
  const dependsOn = names.findIndex((n) => DEPENDS_HEADER.test(n));
  return {
    id,
    status,
    ...(title >= 0 ? { title } : {}),
    ...(focus >= 0 ? { focus } : {}),
    ...(dependsOn >= 0 ? { dependsOn } : {}),
  };
}

/** Locates an overview table node: header, delimiter and body rows with cell spans. */
export function readOverview(doc: SourceDocument, table: TableNode, columns: OverviewColumns): OverviewTable {
  const header = locateRow(doc, table.header.line, table.header.cells);
  const delimiter = locateRow(doc, table.header.line + 1, table.header.cells.map(() => ""));
  return {
    span: linesSpan(doc, table.line, table.endLine),
    header,
    delimiter,
    rows: table.rows.map((r) => locateRow(doc, r.line, r.cells)),
    columns,
  };
}
