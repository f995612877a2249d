/** Replace source[start, end) with text: the one currency of every change (ESLint fixer style). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
