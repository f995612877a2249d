// Free-form extraction lives in ./freeform/; this module keeps the original import path.
export { extractFreeform } from "./freeform/index.js";
