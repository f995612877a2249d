/** A gold milestone (LABELING.md §0). */
export interface GoldMilestone { title: string; id?: string; status: string; items_total: number; items_checked: number; line?: number }
/** One labelled document. */
export interface GoldEntry { file: string; milestones: GoldMilestone[]; notes: string }
/** A predicted milestone, as `status --json` gives it. */
export interface PredMilestone { id: string; title: string; status: string; progress: { done: number; total: number } }
/** One document's score. */
export interface DocScore {
  file: string; gold: number; predicted: number; matched: number; precision: number; recall: number;
  statusOk: number; countOk: number; missed: string[]; extra: string[]; misses: string[];
}
/** The totals. */
export interface Summary {
  documents: number; gold: number; predicted: number; matched: number; precision: number; recall: number;
  f1: number; statusAccuracy: number; countExact: number;
}
export function titleKey(text: string | undefined): string;
export function matches(pred: { id?: string; title: string }, gold: { id?: string; title: string }): boolean;
export function align(pred: readonly PredMilestone[], gold: readonly GoldMilestone[]): [number, number][];
export function scoreDocument(entry: GoldEntry, pred: readonly PredMilestone[]): DocScore;
export function summarise(docs: readonly DocScore[]): Summary;
export function reason(d: DocScore): string;
export function badness(d: DocScore): number;
export type MissKind = "exact" | "under" | "over" | "partial" | "disjoint" | "pred-empty" | "gold-empty" | "both-empty";
export function missKind(d: DocScore): MissKind;
export function documentF1(d: DocScore): number;
