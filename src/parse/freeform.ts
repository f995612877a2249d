// Free-form extraction lives in ./freeform/; this module keeps the original import path.
export { extractFreeform, steerableChoicesOf, type SteerableChoices } from "./freeform/index.js";
