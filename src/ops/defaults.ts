// One table of defaults for every surface (CLI, dashboard, agents' server).

/** The forecast's defaults. Without a given seed, the seed derives from the roadmap's hash: the
 * same file forecasts the same on every surface, and a new version gets a fresh draw. */
export const FORECAST_DEFAULTS = {
  runs: 10_000,
  windowDays: 90,
  seed: "from-hash",
} as const;

/** The seed of a forecast: the given one, else the first 32 bits of the file's hash (`sha256:<hex>`). */
export function forecastSeed(given: number | undefined, hash: string): number {
  if (given !== undefined) return given;
  return Number.parseInt(hash.replace(/^sha256:/, "").slice(0, 8), 16) >>> 0;
}

/** Lint configuration lookup: the nearest `.roadmarkrc.json` above each file unless one is given. */
export const LINT_DEFAULTS = { configLookup: "nearest-above-file" } as const;
