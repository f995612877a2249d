/** What the lint runner knows of the roadmap's git history (rules have no git access). */
export interface HistorySnapshot {
  /** Whole days since the roadmap file last changed in git. */
  readonly daysSinceChange: number;
  /** Commits to other files in the repository since the roadmap last changed. */
  readonly commitsElsewhere: number;
  /** ISO date of the roadmap's last change. */
  readonly lastChange: string;
}
