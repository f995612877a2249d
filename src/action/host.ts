// What the action needs from the runner, as one interface: main.ts gives it @actions/core, tests
// may give it a recorder. Keeps run.ts free of the toolkit and of process globals.

/** Where an annotation points (1-based; end column exclusive, as GitHub reads it). */
export interface AnnotationProps {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/** The runner as the action sees it. */
export interface ActionHost {
  /** An input's value ("" when unset), trimmed. */
  getInput(name: string): string;
  error(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  info(message: string): void;
  debug(message: string): void;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary; false when the runner gives no summary file. */
  appendSummary(markdown: string): Promise<boolean>;
  /** Fails the step with one error annotation. */
  setFailed(message: string): void;
}
