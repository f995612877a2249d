// The lint engine's surface: run rules, config, inline comments, the fix loop, formats.
export { lintRoadmap, isTemplateShaped, scopeApplies, severityFor, type LintOptions, type LintResult } from "./run-rules.js";
export { fixSource, lintSource, selectFixes, MAX_FIX_PASSES, type FixResult } from "./fix.js";
export { parseConfig, parseConfigText, DEFAULT_CONFIG, CONFIG_SEVERITIES, type LintConfig, type RuleSetting } from "./config.js";
export { ConfigFinder, loadConfigFile, CONFIG_FILE } from "./find-config.js";
export { readDirectives, type Directives } from "./directives.js";
export { toLintJson, formatJson } from "./formats/json.js";
export { formatStylish } from "./formats/stylish.js";
export { formatGithub } from "./formats/github.js";
export { toSarif, formatSarif, ruleHelpUri } from "./formats/sarif.js";
export { countFindings, type LintedFile } from "./formats/linted-file.js";
export { expandFileArgs } from "./expand-globs.js";
