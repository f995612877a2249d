/** A template roadmap with `n` milestones, ten criteria each; `pad` lengthens criteria. */
export function generateRoadmap(n: number, pad?: number): string;
/** A template roadmap with `n` milestones, three criteria each, each depending on one or two earlier ones. */
export function generateLinkedRoadmap(n: number): string;
