// The generator lives with the benchmark scripts so both use one copy.
export { generateFreeform } from "../../scripts/gen-freeform.mjs";
