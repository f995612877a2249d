/** A large GSD-style free-form roadmap of about `targetBytes`, and its number of phases. */
export function generateFreeform(targetBytes: number): { text: string; phases: number };
