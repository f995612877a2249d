import { createRequire as __roadmarkCreateRequire } from 'node:module'; const require = __roadmarkCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/model/errors.ts
function assertNever(x) {
  throw new InternalError(`Unhandled kind: ${JSON.stringify(x)}`);
}
var RoadmarkError, UsageError, InputError, NotFoundError, StaleError, LockedError, RefusedError, InternalError;
var init_errors = __esm({
  "src/model/errors.ts"() {
    "use strict";
    RoadmarkError = class extends Error {
      name = "RoadmarkError";
      code;
      /** An optional second line telling how to fix it (never names a flag). */
      hint;
      /** True when the caller may override the refusal (the CLI's `--force`; the surface names it). */
      overridable;
      constructor(code2, message, hint, opts = {}) {
        super(message);
        this.code = code2;
        this.hint = hint;
        this.overridable = opts.overridable ?? false;
      }
    };
    UsageError = class extends RoadmarkError {
      name = "UsageError";
      constructor(message, hint, code2 = "BAD_INPUT") {
        super(code2, message, hint);
      }
    };
    InputError = class extends UsageError {
      name = "InputError";
      /** Which input is wrong (the operation's option name). */
      option;
      problem;
      constructor(option, problem, message, hint, code2 = "BAD_INPUT") {
        super(message, hint, code2);
        this.option = option;
        this.problem = problem;
      }
    };
    NotFoundError = class extends UsageError {
      name = "NotFoundError";
      constructor(message, hint) {
        super(message, hint, "NOT_FOUND");
      }
    };
    StaleError = class extends UsageError {
      name = "StaleError";
      /** The hash of the file as it is now (`sha256:<hex>`). */
      currentHash;
      constructor(message, currentHash) {
        super(message, "read the roadmap again and retry with its current hash", "STALE");
        this.currentHash = currentHash;
      }
    };
    LockedError = class extends UsageError {
      name = "LockedError";
      constructor(message) {
        super(message, "run the command again", "LOCKED");
      }
    };
    RefusedError = class extends RoadmarkError {
      name = "RefusedError";
      /** What stands in the way, one phrase each. */
      blockers;
      constructor(message, hint, opts = {}) {
        super("REFUSED", message, hint, opts);
        this.blockers = opts.blockers ?? [];
      }
    };
    InternalError = class extends RoadmarkError {
      name = "InternalError";
      constructor(message) {
        super("INTERNAL", message);
      }
    };
  }
});

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports, module) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error2(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode2 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error2("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error2("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error2("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error2("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error2("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error2("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error2("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error2("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode2(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode2(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode2,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module.exports = punycode2;
  }
});

// src/verify/types.ts
var RUN_STATUSES, VERIFY_STATUSES;
var init_types = __esm({
  "src/verify/types.ts"() {
    "use strict";
    RUN_STATUSES = ["passed", "failed", "timed_out"];
    VERIFY_STATUSES = [...RUN_STATUSES, "untrusted"];
  }
});

// src/verify/record.ts
import { createHash } from "node:crypto";
function commandHash(command) {
  return createHash("sha256").update(command, "utf8").digest("hex");
}
function recordKey(milestoneId, criterionText2) {
  return `${milestoneId}
${criterionText2}`;
}
function isEntry(x) {
  if (typeof x !== "object" || x === null) return false;
  const e = x;
  return typeof e.milestone === "string" && typeof e.text === "string" && typeof e.commandHash === "string" && RUN_STATUSES.includes(e.status) && (e.exitCode === null || typeof e.exitCode === "number") && typeof e.durationMs === "number" && typeof e.at === "string" && (e.commit === null || typeof e.commit === "string");
}
function parseRecord(text2) {
  let raw;
  try {
    raw = JSON.parse(text2);
  } catch {
    return EMPTY_RECORD;
  }
  if (typeof raw !== "object" || raw === null || raw.version !== 1) return EMPTY_RECORD;
  const results = {};
  const given = raw.results;
  if (typeof given === "object" && given !== null) {
    for (const [k, v] of Object.entries(given)) if (isEntry(v)) results[k] = v;
  }
  return { version: 1, results };
}
function mergeRecord(record, entries) {
  const results = { ...record.results };
  for (const e of entries) results[recordKey(e.milestone, e.text)] = e;
  return { version: 1, results };
}
function currentResult(record, m, c) {
  if (!c.verify) return void 0;
  const e = record.results[recordKey(m.id, c.text)];
  return e && e.commandHash === commandHash(c.verify.command) ? e : void 0;
}
function criterionState(record, head, m, c) {
  if (!c.verify) return { state: "none", last: null };
  const last = record.results[recordKey(m.id, c.text)] ?? null;
  if (!last) return { state: "none", last: null };
  if (last.commandHash !== commandHash(c.verify.command) || last.commit !== head) return { state: "stale", last };
  return { state: last.status === "passed" ? "verified" : "failing", last };
}
var EMPTY_RECORD;
var init_record = __esm({
  "src/verify/record.ts"() {
    "use strict";
    init_types();
    EMPTY_RECORD = { version: 1, results: {} };
  }
});

// src/io/git-root.ts
import { existsSync as existsSync2, readFileSync, statSync } from "node:fs";
import path2 from "node:path";
function findGitRoot(dir) {
  return new GitRootFinder().rootOf(path2.resolve(dir));
}
function gitDirsOf(top) {
  const dotGit = path2.join(top, ".git");
  let gitDir = dotGit;
  try {
    if (statSync(dotGit).isFile()) {
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
      if (m) gitDir = path2.resolve(top, m[1]);
    }
  } catch {
    return { gitDir, commonDir: gitDir };
  }
  let commonDir = gitDir;
  try {
    commonDir = path2.resolve(gitDir, readFileSync(path2.join(gitDir, "commondir"), "utf8").trim());
  } catch {
  }
  return { gitDir, commonDir };
}
function isShallowRepository(top) {
  const { gitDir, commonDir } = gitDirsOf(top);
  return existsSync2(path2.join(commonDir, "shallow")) || existsSync2(path2.join(gitDir, "shallow"));
}
var GitRootFinder;
var init_git_root = __esm({
  "src/io/git-root.ts"() {
    "use strict";
    GitRootFinder = class {
      byDir = /* @__PURE__ */ new Map();
      /** The top of the work tree holding `dir` (an absolute path), or undefined. */
      rootOf(dir) {
        const hit = this.byDir.get(dir);
        if (hit !== void 0) return hit ?? void 0;
        const parent = path2.dirname(dir);
        const found2 = existsSync2(path2.join(dir, ".git")) ? dir : parent !== dir ? this.rootOf(parent) ?? null : null;
        this.byDir.set(dir, found2);
        return found2 ?? void 0;
      }
    };
  }
});

// src/history/parse-log.ts
function parseLogRecord(record) {
  const headEnd = record.indexOf("\0");
  const head = headEnd === -1 ? record : record.slice(0, headEnd);
  const [commit = "", time = "", parents = ""] = head.split(UNIT);
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new SyntaxError(`git log: unexpected record header "${head.slice(0, 80)}"`);
  if (headEnd === -1) return void 0;
  const fields = record.slice(headEnd + 1).split("\0");
  for (let i = 0; i < fields.length; i++) {
    const raw = fields[i].replace(/^\n+/, "");
    if (!raw.startsWith(":")) continue;
    const parts = raw.slice(1).split(" ");
    const oldBlob = parts[2] ?? "";
    const newBlob = parts[3] ?? "";
    const change = (parts[4] ?? "").charAt(0);
    const twoPaths = change === "R" || change === "C";
    const path19 = (twoPaths ? fields[i + 2] : fields[i + 1]) ?? "";
    return { commit, time: Number(time), parents: parents ? parents.split(" ") : [], change, oldBlob, newBlob, path: path19 };
  }
  return void 0;
}
var NULL_OID, RECORD, UNIT, LOG_FORMAT, LogStreamParser, BatchStreamParser;
var init_parse_log = __esm({
  "src/history/parse-log.ts"() {
    "use strict";
    NULL_OID = "0000000000000000000000000000000000000000";
    RECORD = "";
    UNIT = "";
    LOG_FORMAT = "%x1e%H%x1f%at%x1f%P";
    LogStreamParser = class {
      rest = "";
      onEntry;
      constructor(onEntry) {
        this.onEntry = onEntry;
      }
      /** Consumes a chunk of text; emits every record that is complete (the next one has begun). */
      push(chunk) {
        this.rest += chunk;
        let at = this.rest.indexOf(RECORD, 1);
        while (at !== -1) {
          this.emit(this.rest.slice(0, at));
          this.rest = this.rest.slice(at);
          at = this.rest.indexOf(RECORD, 1);
        }
      }
      /** Emits the last record. */
      end() {
        if (this.rest) this.emit(this.rest);
        this.rest = "";
      }
      emit(text2) {
        const body = text2.startsWith(RECORD) ? text2.slice(1) : text2.replace(/^\s+/, "");
        if (!body.trim()) return;
        const e = parseLogRecord(body);
        if (e) this.onEntry(e);
      }
    };
    BatchStreamParser = class {
      chunks = [];
      length = 0;
      /** Bytes needed before the buffered object can be complete (avoids re-joining a large blob per chunk). */
      need = 0;
      onObject;
      constructor(onObject) {
        this.onObject = onObject;
      }
      /** Consumes a chunk; emits every object that is complete. */
      push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        if (this.length < this.need) return;
        const buf = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.length);
        let pos = 0;
        this.need = 0;
        for (; ; ) {
          const nl = buf.indexOf(10, pos);
          if (nl === -1) break;
          const header = buf.toString("latin1", pos, nl);
          const parts = header.split(" ");
          if (parts.length === 2) {
            this.onObject({ kind: "missing", oid: parts[0] ?? "", reason: parts[1] ?? "" });
            pos = nl + 1;
            continue;
          }
          const size = Number(parts[2]);
          if (parts.length !== 3 || !Number.isInteger(size) || size < 0) throw new SyntaxError(`git cat-file: unexpected header "${header.slice(0, 80)}"`);
          const end = nl + 1 + size;
          if (end + 1 > buf.length) {
            this.need = end + 1 - pos;
            break;
          }
          this.onObject({ kind: "found", oid: parts[0] ?? "", type: parts[1] ?? "", content: buf.subarray(nl + 1, end) });
          pos = end + 1;
        }
        const rest = pos >= buf.length ? void 0 : buf.subarray(pos);
        this.chunks = rest ? [rest] : [];
        this.length = rest ? rest.length : 0;
      }
      /** True when a partial object is still buffered (the stream ended early). */
      get pending() {
        return this.length > 0;
      }
    };
  }
});

// src/history/git.ts
var git_exports = {};
__export(git_exports, {
  GitError: () => GitError,
  RENAME_SIMILARITY: () => RENAME_SIMILARITY,
  commitsSince: () => commitsSince,
  fileDir: () => fileDir,
  findRepo: () => findRepo,
  gitFailure: () => gitFailure,
  lastChange: () => lastChange,
  noHistory: () => noHistory,
  readFileVersions: () => readFileVersions,
  renameSource: () => renameSource,
  requireRepo: () => requireRepo,
  runGit: () => runGit,
  similarity: () => similarity,
  toRepoPath: () => toRepoPath
});
import { execFile, spawn } from "node:child_process";
import { existsSync as existsSync3, realpathSync } from "node:fs";
import path3 from "node:path";
function firstLine(s) {
  return s.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "";
}
function runGit(args, cwd) {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, env: GIT_ENV, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const code2 = err.code;
      if (code2 === "ENOENT" && !stderr) return reject(new UsageError("git is not installed (or not on PATH)", "install git to read the roadmap's history"));
      reject(new GitError(args, typeof code2 === "number" || typeof code2 === "string" ? code2 : null, stderr));
    });
  });
}
function findRepo(cwd) {
  const top = findGitRoot(cwd);
  return Promise.resolve(top === void 0 ? void 0 : { top: realpathSync(top), shallow: isShallowRepository(top) });
}
function fileDir(cwd, file) {
  let dir = path3.dirname(path3.resolve(cwd, file));
  while (!existsSync3(dir) && path3.dirname(dir) !== dir) dir = path3.dirname(dir);
  return dir;
}
async function requireRepo(cwd, file = ".") {
  const dir = file === "." ? cwd : fileDir(cwd, file);
  const repo = await findRepo(dir);
  if (!repo)
    throw new UsageError(`not a git repository: ${dir}`, "history reads the roadmap's git history: run it inside a clone that has the roadmap committed");
  return repo;
}
function realish(p) {
  const rest = [];
  let cur = p;
  for (; ; ) {
    try {
      return path3.join(realpathSync(cur), ...rest);
    } catch {
      const parent = path3.dirname(cur);
      if (parent === cur) return p;
      rest.unshift(path3.basename(cur));
      cur = parent;
    }
  }
}
function toRepoPath(repo, cwd, file) {
  const rel = path3.relative(repo.top, realish(path3.resolve(cwd, file)));
  if (rel === "" || rel.startsWith("..") || path3.isAbsolute(rel)) throw new UsageError(`${file}: outside the git repository at ${repo.top}`);
  return rel.split(path3.sep).join("/");
}
function noHistory(file) {
  return new UsageError(`no git history for ${file}: the file has never been committed here`, `commit it first: git add ${file} && git commit`);
}
function gitFailure(e, what) {
  if (!(e instanceof GitError)) return e instanceof Error ? e : new Error(String(e));
  const line = firstLine(e.stderr.replace(/^(fatal|error): /gm, "")) || e.message;
  const promised = /could not fetch (\S+) from promisor remote/.exec(e.stderr);
  if (promised)
    return new UsageError(
      `${what}: a past version of the roadmap (${promised[1].slice(0, 12)}) is not in this partial clone, and its promisor remote cannot be reached`,
      "make the remote reachable, or clone with the roadmap's history (without --filter; actions/checkout: fetch-depth: 0)"
    );
  if (/corrupt|missing|bad object|unable to read|invalid object|inflate|packfile|loose object|does not match/i.test(e.stderr))
    return new UsageError(`git repository is damaged: ${line}`, "run `git fsck` to see what is broken, then re-fetch or re-clone the repository");
  return new UsageError(`${what}: git says: ${line}`);
}
function similarity(a, b) {
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  const lines = /* @__PURE__ */ new Map();
  for (const l of a.toString("latin1").split("\n")) lines.set(l, (lines.get(l) ?? 0) + 1);
  let kept = 0;
  for (const l of b.toString("latin1").split("\n")) {
    const n = lines.get(l) ?? 0;
    if (n === 0) continue;
    lines.set(l, n - 1);
    kept += l.length + 1;
  }
  return Math.min(1, kept / max);
}
async function deletedFiles(top, parent, commit) {
  const out = await runGit(["diff-tree", "-r", "-z", "--raw", "--no-renames", "--no-abbrev", parent, commit], top);
  const fields = out.split("\0");
  const deleted = [];
  for (let i = 0; i < fields.length; i++) {
    const raw = fields[i];
    if (!raw.startsWith(":")) continue;
    const parts = raw.slice(1).split(" ");
    if ((parts[4] ?? "").startsWith("D") && fields[i + 1] !== void 0) deleted.push({ path: fields[i + 1], blob: parts[2] ?? "" });
    i++;
  }
  return deleted;
}
function readBlob(top, oid) {
  return new Promise((resolve) => {
    execFile("git", ["cat-file", "blob", oid], { cwd: top, env: GIT_ENV, encoding: "buffer", maxBuffer: 256 * 1024 * 1024 }, (err, stdout) => resolve(err ? void 0 : stdout));
  });
}
async function renameSource(top, entry) {
  const parent = entry.parents[0];
  if (entry.change !== "A" || !parent) return void 0;
  const deleted = await deletedFiles(top, parent, entry.commit);
  const exact = deleted.find((d) => d.blob === entry.newBlob);
  if (exact) return exact;
  const base = (p) => p.slice(p.lastIndexOf("/") + 1).toLowerCase();
  const name = base(entry.path);
  const candidates = deleted.filter((d) => MARKDOWN.test(d.path)).sort((a, b) => Number(base(b.path) === name) - Number(base(a.path) === name));
  if (candidates.length === 0) return void 0;
  const now = await readBlob(top, entry.newBlob);
  if (!now) return void 0;
  let best;
  for (const d of candidates.slice(0, 8)) {
    const before = await readBlob(top, d.blob);
    const score = before ? similarity(before, now) : 0;
    if (score >= RENAME_SIMILARITY && (!best || score > best.score)) best = { d, score };
  }
  return best?.d;
}
async function readFileVersions(top, file, sink) {
  const cat = spawn("git", ["cat-file", "--batch"], { cwd: top, env: GIT_ENV, stdio: ["pipe", "pipe", "pipe"] });
  const requested = /* @__PURE__ */ new Set();
  let catErr = "";
  let failure;
  let rejectCat;
  const catDone = new Promise((resolve, reject) => {
    rejectCat = reject;
    cat.on("close", (code2) => {
      if (failure !== void 0) return reject(failure);
      if (code2 !== 0) return reject(new GitError(["cat-file"], code2, catErr));
      if (batch.pending) return reject(new GitError(["cat-file"], code2, "object stream ended early (corrupt object?)"));
      resolve();
    });
  });
  catDone.catch(() => void 0);
  const fail = (e) => {
    if (failure !== void 0) return;
    failure = e;
    cat.kill();
    rejectCat?.(e);
  };
  const batch = new BatchStreamParser((o) => {
    if (o.kind === "missing") return fail(new GitError(["cat-file"], 0, `object ${o.oid} is ${o.reason === "missing" ? "missing or unreadable" : o.reason}`));
    try {
      sink.onBlob(o.oid, o.content);
    } catch (e) {
      fail(e);
    }
  });
  cat.on("error", (e) => fail(e));
  cat.stdin.on("error", () => void 0);
  cat.stderr.on("data", (c) => void (catErr += c.toString()));
  cat.stdout.on("data", (chunk) => {
    try {
      batch.push(chunk);
    } catch (e) {
      fail(e);
    }
  });
  const deliver = (entry) => {
    sink.onEntry(entry);
    if (entry.newBlob === NULL_OID || requested.has(entry.newBlob)) return;
    requested.add(entry.newBlob);
    cat.stdin.write(`${entry.newBlob}
`);
  };
  const report = (e) => {
    if (e instanceof GitError && /does not have any commits yet|bad default revision/.test(e.stderr)) return noHistory(file);
    return e instanceof UsageError ? e : gitFailure(e, `reading the history of ${file}`);
  };
  try {
    let path19 = file;
    let from;
    const seen = /* @__PURE__ */ new Set();
    for (; ; ) {
      let held;
      await logSegment(top, path19, from, (entry) => {
        if (held) deliver(held);
        held = entry;
      });
      if (failure !== void 0) throw failure;
      if (!held) break;
      const source = await renameSource(top, held);
      if (!source || seen.has(`${held.commit}:${source.path}`)) {
        deliver(held);
        break;
      }
      seen.add(`${held.commit}:${source.path}`);
      deliver({ ...held, change: "R", oldBlob: source.blob });
      path19 = source.path;
      from = held.parents[0];
    }
    cat.stdin.end();
    await catDone;
  } catch (e) {
    fail(e);
    cat.stdin.destroy();
    throw report(e);
  }
}
function logSegment(top, path19, from, onEntry) {
  const args = [
    "--literal-pathspecs",
    "log",
    "-z",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "--no-color",
    "--no-show-signature",
    "--no-textconv",
    "--no-ext-diff",
    "--diff-merges=first-parent",
    `--format=${LOG_FORMAT}`,
    ...from ? [from] : [],
    "--",
    path19
  ];
  return new Promise((resolve, reject) => {
    const log = spawn("git", args, { cwd: top, env: GIT_ENV, stdio: ["ignore", "pipe", "pipe"] });
    const parser = new LogStreamParser(onEntry);
    let err = "";
    let failed = false;
    const fail = (e) => {
      if (failed) return;
      failed = true;
      log.kill();
      reject(e);
    };
    log.on("error", (e) => fail(e.code === "ENOENT" ? new UsageError("git is not installed (or not on PATH)") : e));
    log.stdout.setEncoding("utf8");
    log.stdout.on("data", (chunk) => {
      try {
        parser.push(chunk);
      } catch (e) {
        fail(e);
      }
    });
    log.stderr.on("data", (c) => void (err += c.toString()));
    log.on("close", (code2) => {
      if (failed) return;
      if (code2 !== 0) return fail(new GitError(args.slice(1), code2, err));
      try {
        parser.end();
      } catch (e) {
        return fail(e);
      }
      resolve();
    });
  });
}
async function lastChange(top, file) {
  const out = await runGit(["--literal-pathspecs", "log", "-1", "--no-show-signature", "--format=%H%x1f%ct", "--", file], top);
  const [commit = "", time = ""] = out.trim().split("");
  return commit ? { commit, time: Number(time) } : void 0;
}
async function commitsSince(top, commit) {
  const out = await runGit(["rev-list", "--count", "--no-merges", `${commit}..HEAD`], top);
  return Number(out.trim()) || 0;
}
var GIT_ENV, GitError, RENAME_SIMILARITY, MARKDOWN;
var init_git = __esm({
  "src/history/git.ts"() {
    "use strict";
    init_git_root();
    init_errors();
    init_parse_log();
    GIT_ENV = {
      ...process.env,
      GIT_PAGER: "cat",
      GIT_TERMINAL_PROMPT: "0",
      GIT_OPTIONAL_LOCKS: "0",
      LC_ALL: "C"
    };
    GitError = class extends Error {
      name = "GitError";
      code;
      stderr;
      constructor(args, code2, stderr) {
        super(`git ${args[0] ?? ""} failed (${String(code2)}): ${firstLine(stderr)}`);
        this.code = code2;
        this.stderr = stderr;
      }
    };
    RENAME_SIMILARITY = 0.5;
    MARKDOWN = /\.(md|markdown|mdown|mkd|txt)$/i;
  }
});

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants4 = __require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform2 = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      if (!cwd)
        cwd = origCwd.call(process);
      return cwd;
    };
    try {
      process.cwd();
    } catch (er) {
    }
    if (typeof process.chdir === "function") {
      chdir = process.chdir;
      process.chdir = function(d) {
        cwd = null;
        chdir.call(process, d);
      };
      if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
    }
    var chdir;
    module.exports = patch;
    function patch(fs3) {
      if (constants4.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs3);
      }
      if (!fs3.lutimes) {
        patchLutimes(fs3);
      }
      fs3.chown = chownFix(fs3.chown);
      fs3.fchown = chownFix(fs3.fchown);
      fs3.lchown = chownFix(fs3.lchown);
      fs3.chmod = chmodFix(fs3.chmod);
      fs3.fchmod = chmodFix(fs3.fchmod);
      fs3.lchmod = chmodFix(fs3.lchmod);
      fs3.chownSync = chownFixSync(fs3.chownSync);
      fs3.fchownSync = chownFixSync(fs3.fchownSync);
      fs3.lchownSync = chownFixSync(fs3.lchownSync);
      fs3.chmodSync = chmodFixSync(fs3.chmodSync);
      fs3.fchmodSync = chmodFixSync(fs3.fchmodSync);
      fs3.lchmodSync = chmodFixSync(fs3.lchmodSync);
      fs3.stat = statFix(fs3.stat);
      fs3.fstat = statFix(fs3.fstat);
      fs3.lstat = statFix(fs3.lstat);
      fs3.statSync = statFixSync(fs3.statSync);
      fs3.fstatSync = statFixSync(fs3.fstatSync);
      fs3.lstatSync = statFixSync(fs3.lstatSync);
      if (fs3.chmod && !fs3.lchmod) {
        fs3.lchmod = function(path19, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs3.lchmodSync = function() {
        };
      }
      if (fs3.chown && !fs3.lchown) {
        fs3.lchown = function(path19, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs3.lchownSync = function() {
        };
      }
      if (platform2 === "win32") {
        fs3.rename = typeof fs3.rename !== "function" ? fs3.rename : (function(fs$rename) {
          function rename3(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs3.stat(to, function(stater, st) {
                    if (stater && stater.code === "ENOENT")
                      fs$rename(from, to, CB);
                    else
                      cb(er);
                  });
                }, backoff);
                if (backoff < 100)
                  backoff += 10;
                return;
              }
              if (cb) cb(er);
            });
          }
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename3, fs$rename);
          return rename3;
        })(fs3.rename);
      }
      fs3.read = typeof fs3.read !== "function" ? fs3.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs3, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            };
          }
          return fs$read.call(fs3, fd, buffer, offset, length, position, callback);
        }
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs3.read);
      fs3.readSync = typeof fs3.readSync !== "function" ? fs3.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs3, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs3.readSync);
      function patchLchmod(fs4) {
        fs4.lchmod = function(path19, mode, callback) {
          fs4.open(
            path19,
            constants4.O_WRONLY | constants4.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs4.fchmod(fd, mode, function(err2) {
                fs4.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs4.lchmodSync = function(path19, mode) {
          var fd = fs4.openSync(path19, constants4.O_WRONLY | constants4.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs4.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs4.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs4.closeSync(fd);
            }
          }
          return ret;
        };
      }
      function patchLutimes(fs4) {
        if (constants4.hasOwnProperty("O_SYMLINK") && fs4.futimes) {
          fs4.lutimes = function(path19, at, mt, cb) {
            fs4.open(path19, constants4.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs4.futimes(fd, at, mt, function(er2) {
                fs4.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs4.lutimesSync = function(path19, at, mt) {
            var fd = fs4.openSync(path19, constants4.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs4.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs4.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs4.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs4.futimes) {
          fs4.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs4.lutimesSync = function() {
          };
        }
      }
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs3, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs3, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs3, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs3, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      function statFix(orig) {
        if (!orig) return orig;
        return function(target, options, cb) {
          if (typeof options === "function") {
            cb = options;
            options = null;
          }
          function callback(er, stats) {
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            if (cb) cb.apply(this, arguments);
          }
          return options ? orig.call(fs3, target, options, callback) : orig.call(fs3, target, callback);
        };
      }
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs3, target, options) : orig.call(fs3, target);
          if (stats) {
            if (stats.uid < 0) stats.uid += 4294967296;
            if (stats.gid < 0) stats.gid += 4294967296;
          }
          return stats;
        };
      }
      function chownErOk(er) {
        if (!er)
          return true;
        if (er.code === "ENOSYS")
          return true;
        var nonroot = !process.getuid || process.getuid() !== 0;
        if (nonroot) {
          if (er.code === "EINVAL" || er.code === "EPERM")
            return true;
        }
        return false;
      }
    }
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs3) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path19, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path19, options);
        Stream.call(this);
        var self = this;
        this.path = path19;
        this.fd = null;
        this.readable = true;
        this.paused = false;
        this.flags = "r";
        this.mode = 438;
        this.bufferSize = 64 * 1024;
        options = options || {};
        var keys2 = Object.keys(options);
        for (var index = 0, length = keys2.length; index < length; index++) {
          var key = keys2[index];
          this[key] = options[key];
        }
        if (this.encoding) this.setEncoding(this.encoding);
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.end === void 0) {
            this.end = Infinity;
          } else if ("number" !== typeof this.end) {
            throw TypeError("end must be a Number");
          }
          if (this.start > this.end) {
            throw new Error("start must be <= end");
          }
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs3.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err);
            self.readable = false;
            return;
          }
          self.fd = fd;
          self.emit("open", fd);
          self._read();
        });
      }
      function WriteStream(path19, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path19, options);
        Stream.call(this);
        this.path = path19;
        this.fd = null;
        this.writable = true;
        this.flags = "w";
        this.encoding = "binary";
        this.mode = 438;
        this.bytesWritten = 0;
        options = options || {};
        var keys2 = Object.keys(options);
        for (var index = 0, length = keys2.length; index < length; index++) {
          var key = keys2[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.start < 0) {
            throw new Error("start must be >= zero");
          }
          this.pos = this.start;
        }
        this.busy = false;
        this._queue = [];
        if (this.fd === null) {
          this._open = fs3.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
    }
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj !== "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      });
      return copy;
    }
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs3 = __require("fs");
    var polyfills = require_polyfills();
    var legacy = require_legacy_streams();
    var clone = require_clone();
    var util = __require("util");
    var gracefulQueue;
    var previousSymbol;
    if (typeof Symbol === "function" && typeof Symbol.for === "function") {
      gracefulQueue = Symbol.for("graceful-fs.queue");
      previousSymbol = Symbol.for("graceful-fs.previous");
    } else {
      gracefulQueue = "___graceful-fs.queue";
      previousSymbol = "___graceful-fs.previous";
    }
    function noop() {
    }
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: function() {
          return queue2;
        }
      });
    }
    var debug2 = noop;
    if (util.debuglog)
      debug2 = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug2 = function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      };
    if (!fs3[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs3, queue);
      fs3.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs3, fd, function(err) {
            if (!err) {
              resetQueue();
            }
            if (typeof cb === "function")
              cb.apply(this, arguments);
          });
        }
        Object.defineProperty(close, previousSymbol, {
          value: fs$close
        });
        return close;
      })(fs3.close);
      fs3.closeSync = (function(fs$closeSync) {
        function closeSync(fd) {
          fs$closeSync.apply(fs3, arguments);
          resetQueue();
        }
        Object.defineProperty(closeSync, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync;
      })(fs3.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug2(fs3[gracefulQueue]);
          __require("assert").equal(fs3[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs3[gracefulQueue]);
    }
    module.exports = patch(clone(fs3));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs3.__patched) {
      module.exports = patch(fs3);
      fs3.__patched = true;
    }
    function patch(fs4) {
      polyfills(fs4);
      fs4.gracefulify = patch;
      fs4.createReadStream = createReadStream;
      fs4.createWriteStream = createWriteStream;
      var fs$readFile = fs4.readFile;
      fs4.readFile = readFile5;
      function readFile5(path19, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path19, options, cb);
        function go$readFile(path20, options2, cb2, startTime) {
          return fs$readFile(path20, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path20, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$writeFile = fs4.writeFile;
      fs4.writeFile = writeFile3;
      function writeFile3(path19, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path19, data, options, cb);
        function go$writeFile(path20, data2, options2, cb2, startTime) {
          return fs$writeFile(path20, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path20, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$appendFile = fs4.appendFile;
      if (fs$appendFile)
        fs4.appendFile = appendFile2;
      function appendFile2(path19, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path19, data, options, cb);
        function go$appendFile(path20, data2, options2, cb2, startTime) {
          return fs$appendFile(path20, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path20, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$copyFile = fs4.copyFile;
      if (fs$copyFile)
        fs4.copyFile = copyFile2;
      function copyFile2(src, dest, flags, cb) {
        if (typeof flags === "function") {
          cb = flags;
          flags = 0;
        }
        return go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      var fs$readdir = fs4.readdir;
      fs4.readdir = readdir2;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir2(path19, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path20, options2, cb2, startTime) {
          return fs$readdir(path20, fs$readdirCallback(
            path20,
            options2,
            cb2,
            startTime
          ));
        } : function go$readdir2(path20, options2, cb2, startTime) {
          return fs$readdir(path20, options2, fs$readdirCallback(
            path20,
            options2,
            cb2,
            startTime
          ));
        };
        return go$readdir(path19, options, cb);
        function fs$readdirCallback(path20, options2, cb2, startTime) {
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path20, options2, cb2],
                err,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err, files);
            }
          };
        }
      }
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs4);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs4.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs4.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs4, "ReadStream", {
        get: function() {
          return ReadStream;
        },
        set: function(val) {
          ReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs4, "WriteStream", {
        get: function() {
          return WriteStream;
        },
        set: function(val) {
          WriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs4, "FileReadStream", {
        get: function() {
          return FileReadStream;
        },
        set: function(val) {
          FileReadStream = val;
        },
        enumerable: true,
        configurable: true
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs4, "FileWriteStream", {
        get: function() {
          return FileWriteStream;
        },
        set: function(val) {
          FileWriteStream = val;
        },
        enumerable: true,
        configurable: true
      });
      function ReadStream(path19, options) {
        if (this instanceof ReadStream)
          return fs$ReadStream.apply(this, arguments), this;
        else
          return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      function ReadStream$open() {
        var that = this;
        open3(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
            that.read();
          }
        });
      }
      function WriteStream(path19, options) {
        if (this instanceof WriteStream)
          return fs$WriteStream.apply(this, arguments), this;
        else
          return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      function WriteStream$open() {
        var that = this;
        open3(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      function createReadStream(path19, options) {
        return new fs4.ReadStream(path19, options);
      }
      function createWriteStream(path19, options) {
        return new fs4.WriteStream(path19, options);
      }
      var fs$open = fs4.open;
      fs4.open = open3;
      function open3(path19, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path19, flags, mode, cb);
        function go$open(path20, flags2, mode2, cb2, startTime) {
          return fs$open(path20, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path20, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
      }
      return fs4;
    }
    function enqueue(elem) {
      debug2("ENQUEUE", elem[0].name, elem[1]);
      fs3[gracefulQueue].push(elem);
      retry();
    }
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i = 0; i < fs3[gracefulQueue].length; ++i) {
        if (fs3[gracefulQueue][i].length > 2) {
          fs3[gracefulQueue][i][3] = now;
          fs3[gracefulQueue][i][4] = now;
        }
      }
      retry();
    }
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs3[gracefulQueue].length === 0)
        return;
      var elem = fs3[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug2("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug2("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug2("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs3[gracefulQueue].push(elem);
        }
      }
      if (retryTimer === void 0) {
        retryTimer = setTimeout(retry, 0);
      }
    }
  }
});

// node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/retry/lib/retry_operation.js"(exports, module) {
    function RetryOperation(timeouts, options) {
      if (typeof options === "boolean") {
        options = { forever: options };
      }
      this._originalTimeouts = JSON.parse(JSON.stringify(timeouts));
      this._timeouts = timeouts;
      this._options = options || {};
      this._maxRetryTime = options && options.maxRetryTime || Infinity;
      this._fn = null;
      this._errors = [];
      this._attempts = 1;
      this._operationTimeout = null;
      this._operationTimeoutCb = null;
      this._timeout = null;
      this._operationStart = null;
      if (this._options.forever) {
        this._cachedTimeouts = this._timeouts.slice(0);
      }
    }
    module.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1;
      this._timeouts = this._originalTimeouts;
    };
    RetryOperation.prototype.stop = function() {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      this._timeouts = [];
      this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      if (!err) {
        return false;
      }
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime) {
        this._errors.unshift(new Error("RetryOperation timeout occurred"));
        return false;
      }
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0) {
        if (this._cachedTimeouts) {
          this._errors.splice(this._errors.length - 1, this._errors.length);
          this._timeouts = this._cachedTimeouts.slice(0);
          timeout = this._timeouts.shift();
        } else {
          return false;
        }
      }
      var self = this;
      var timer = setTimeout(function() {
        self._attempts++;
        if (self._operationTimeoutCb) {
          self._timeout = setTimeout(function() {
            self._operationTimeoutCb(self._attempts);
          }, self._operationTimeout);
          if (self._options.unref) {
            self._timeout.unref();
          }
        }
        self._fn(self._attempts);
      }, timeout);
      if (this._options.unref) {
        timer.unref();
      }
      return true;
    };
    RetryOperation.prototype.attempt = function(fn, timeoutOps) {
      this._fn = fn;
      if (timeoutOps) {
        if (timeoutOps.timeout) {
          this._operationTimeout = timeoutOps.timeout;
        }
        if (timeoutOps.cb) {
          this._operationTimeoutCb = timeoutOps.cb;
        }
      }
      var self = this;
      if (this._operationTimeoutCb) {
        this._timeout = setTimeout(function() {
          self._operationTimeoutCb();
        }, self._operationTimeout);
      }
      this._operationStart = (/* @__PURE__ */ new Date()).getTime();
      this._fn(this._attempts);
    };
    RetryOperation.prototype.try = function(fn) {
      console.log("Using RetryOperation.try() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = function(fn) {
      console.log("Using RetryOperation.start() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = RetryOperation.prototype.try;
    RetryOperation.prototype.errors = function() {
      return this._errors;
    };
    RetryOperation.prototype.attempts = function() {
      return this._attempts;
    };
    RetryOperation.prototype.mainError = function() {
      if (this._errors.length === 0) {
        return null;
      }
      var counts = {};
      var mainError = null;
      var mainErrorCount = 0;
      for (var i = 0; i < this._errors.length; i++) {
        var error2 = this._errors[i];
        var message = error2.message;
        var count = (counts[message] || 0) + 1;
        counts[message] = count;
        if (count >= mainErrorCount) {
          mainError = error2;
          mainErrorCount = count;
        }
      }
      return mainError;
    };
  }
});

// node_modules/retry/lib/retry.js
var require_retry = __commonJS({
  "node_modules/retry/lib/retry.js"(exports) {
    var RetryOperation = require_retry_operation();
    exports.operation = function(options) {
      var timeouts = exports.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && options.forever,
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports.timeouts = function(options) {
      if (options instanceof Array) {
        return [].concat(options);
      }
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: Infinity,
        randomize: false
      };
      for (var key in options) {
        opts[key] = options[key];
      }
      if (opts.minTimeout > opts.maxTimeout) {
        throw new Error("minTimeout is greater than maxTimeout");
      }
      var timeouts = [];
      for (var i = 0; i < opts.retries; i++) {
        timeouts.push(this.createTimeout(i, opts));
      }
      if (options && options.forever && !timeouts.length) {
        timeouts.push(this.createTimeout(i, opts));
      }
      timeouts.sort(function(a, b) {
        return a - b;
      });
      return timeouts;
    };
    exports.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1;
      var timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
      timeout = Math.min(timeout, opts.maxTimeout);
      return timeout;
    };
    exports.wrap = function(obj, options, methods) {
      if (options instanceof Array) {
        methods = options;
        options = null;
      }
      if (!methods) {
        methods = [];
        for (var key in obj) {
          if (typeof obj[key] === "function") {
            methods.push(key);
          }
        }
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i];
        var original = obj[method];
        obj[method] = function retryWrapper(original2) {
          var op = exports.operation(options);
          var args = Array.prototype.slice.call(arguments, 1);
          var callback = args.pop();
          args.push(function(err) {
            if (op.retry(err)) {
              return;
            }
            if (err) {
              arguments[0] = op.mainError();
            }
            callback.apply(this, arguments);
          });
          op.attempt(function() {
            original2.apply(obj, args);
          });
        }.bind(obj, original);
        obj[method].options = options;
      }
    };
  }
});

// node_modules/retry/index.js
var require_retry2 = __commonJS({
  "node_modules/retry/index.js"(exports, module) {
    module.exports = require_retry();
  }
});

// node_modules/signal-exit/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/signals.js"(exports, module) {
    module.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    if (process.platform !== "win32") {
      module.exports.push(
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      module.exports.push(
        "SIGIO",
        "SIGPOLL",
        "SIGPWR",
        "SIGSTKFLT",
        "SIGUNUSED"
      );
    }
  }
});

// node_modules/signal-exit/index.js
var require_signal_exit = __commonJS({
  "node_modules/signal-exit/index.js"(exports, module) {
    var process2 = global.process;
    var processOk = function(process3) {
      return process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    };
    if (!processOk(process2)) {
      module.exports = function() {
        return function() {
        };
      };
    } else {
      assert = __require("assert");
      signals = require_signals();
      isWin = /^win/i.test(process2.platform);
      EE = __require("events");
      if (typeof EE !== "function") {
        EE = EE.EventEmitter;
      }
      if (process2.__signal_exit_emitter__) {
        emitter = process2.__signal_exit_emitter__;
      } else {
        emitter = process2.__signal_exit_emitter__ = new EE();
        emitter.count = 0;
        emitter.emitted = {};
      }
      if (!emitter.infinite) {
        emitter.setMaxListeners(Infinity);
        emitter.infinite = true;
      }
      module.exports = function(cb, opts) {
        if (!processOk(global.process)) {
          return function() {
          };
        }
        assert.equal(typeof cb, "function", "a callback must be provided for exit handler");
        if (loaded === false) {
          load();
        }
        var ev = "exit";
        if (opts && opts.alwaysLast) {
          ev = "afterexit";
        }
        var remove = function() {
          emitter.removeListener(ev, cb);
          if (emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0) {
            unload();
          }
        };
        emitter.on(ev, cb);
        return remove;
      };
      unload = function unload2() {
        if (!loaded || !processOk(global.process)) {
          return;
        }
        loaded = false;
        signals.forEach(function(sig) {
          try {
            process2.removeListener(sig, sigListeners[sig]);
          } catch (er) {
          }
        });
        process2.emit = originalProcessEmit;
        process2.reallyExit = originalProcessReallyExit;
        emitter.count -= 1;
      };
      module.exports.unload = unload;
      emit = function emit2(event, code2, signal) {
        if (emitter.emitted[event]) {
          return;
        }
        emitter.emitted[event] = true;
        emitter.emit(event, code2, signal);
      };
      sigListeners = {};
      signals.forEach(function(sig) {
        sigListeners[sig] = function listener() {
          if (!processOk(global.process)) {
            return;
          }
          var listeners = process2.listeners(sig);
          if (listeners.length === emitter.count) {
            unload();
            emit("exit", null, sig);
            emit("afterexit", null, sig);
            if (isWin && sig === "SIGHUP") {
              sig = "SIGINT";
            }
            process2.kill(process2.pid, sig);
          }
        };
      });
      module.exports.signals = function() {
        return signals;
      };
      loaded = false;
      load = function load2() {
        if (loaded || !processOk(global.process)) {
          return;
        }
        loaded = true;
        emitter.count += 1;
        signals = signals.filter(function(sig) {
          try {
            process2.on(sig, sigListeners[sig]);
            return true;
          } catch (er) {
            return false;
          }
        });
        process2.emit = processEmit;
        process2.reallyExit = processReallyExit;
      };
      module.exports.load = load;
      originalProcessReallyExit = process2.reallyExit;
      processReallyExit = function processReallyExit2(code2) {
        if (!processOk(global.process)) {
          return;
        }
        process2.exitCode = code2 || /* istanbul ignore next */
        0;
        emit("exit", process2.exitCode, null);
        emit("afterexit", process2.exitCode, null);
        originalProcessReallyExit.call(process2, process2.exitCode);
      };
      originalProcessEmit = process2.emit;
      processEmit = function processEmit2(ev, arg) {
        if (ev === "exit" && processOk(global.process)) {
          if (arg !== void 0) {
            process2.exitCode = arg;
          }
          var ret = originalProcessEmit.apply(this, arguments);
          emit("exit", process2.exitCode, null);
          emit("afterexit", process2.exitCode, null);
          return ret;
        } else {
          return originalProcessEmit.apply(this, arguments);
        }
      };
    }
    var assert;
    var signals;
    var isWin;
    var EE;
    var emitter;
    var unload;
    var emit;
    var sigListeners;
    var loaded;
    var load;
    var originalProcessReallyExit;
    var processReallyExit;
    var originalProcessEmit;
    var processEmit;
  }
});

// node_modules/proper-lockfile/lib/mtime-precision.js
var require_mtime_precision = __commonJS({
  "node_modules/proper-lockfile/lib/mtime-precision.js"(exports, module) {
    "use strict";
    var cacheSymbol = Symbol();
    function probe(file, fs3, callback) {
      const cachedPrecision = fs3[cacheSymbol];
      if (cachedPrecision) {
        return fs3.stat(file, (err, stat4) => {
          if (err) {
            return callback(err);
          }
          callback(null, stat4.mtime, cachedPrecision);
        });
      }
      const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs3.utimes(file, mtime, mtime, (err) => {
        if (err) {
          return callback(err);
        }
        fs3.stat(file, (err2, stat4) => {
          if (err2) {
            return callback(err2);
          }
          const precision = stat4.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs3, cacheSymbol, { value: precision });
          callback(null, stat4.mtime, precision);
        });
      });
    }
    function getMtime(precision) {
      let now = Date.now();
      if (precision === "s") {
        now = Math.ceil(now / 1e3) * 1e3;
      }
      return new Date(now);
    }
    module.exports.probe = probe;
    module.exports.getMtime = getMtime;
  }
});

// node_modules/proper-lockfile/lib/lockfile.js
var require_lockfile = __commonJS({
  "node_modules/proper-lockfile/lib/lockfile.js"(exports, module) {
    "use strict";
    var path19 = __require("path");
    var fs3 = require_graceful_fs();
    var retry = require_retry2();
    var onExit = require_signal_exit();
    var mtimePrecision = require_mtime_precision();
    var locks = {};
    function getLockFile(file, options) {
      return options.lockfilePath || `${file}.lock`;
    }
    function resolveCanonicalPath(file, options, callback) {
      if (!options.realpath) {
        return callback(null, path19.resolve(file));
      }
      options.fs.realpath(file, callback);
    }
    function acquireLock(file, options, callback) {
      const lockfilePath = getLockFile(file, options);
      options.fs.mkdir(lockfilePath, (err) => {
        if (!err) {
          return mtimePrecision.probe(lockfilePath, options.fs, (err2, mtime, mtimePrecision2) => {
            if (err2) {
              options.fs.rmdir(lockfilePath, () => {
              });
              return callback(err2);
            }
            callback(null, mtime, mtimePrecision2);
          });
        }
        if (err.code !== "EEXIST") {
          return callback(err);
        }
        if (options.stale <= 0) {
          return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
        }
        options.fs.stat(lockfilePath, (err2, stat4) => {
          if (err2) {
            if (err2.code === "ENOENT") {
              return acquireLock(file, { ...options, stale: 0 }, callback);
            }
            return callback(err2);
          }
          if (!isLockStale(stat4, options)) {
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          }
          removeLock(file, options, (err3) => {
            if (err3) {
              return callback(err3);
            }
            acquireLock(file, { ...options, stale: 0 }, callback);
          });
        });
      });
    }
    function isLockStale(stat4, options) {
      return stat4.mtime.getTime() < Date.now() - options.stale;
    }
    function removeLock(file, options, callback) {
      options.fs.rmdir(getLockFile(file, options), (err) => {
        if (err && err.code !== "ENOENT") {
          return callback(err);
        }
        callback();
      });
    }
    function updateLock(file, options) {
      const lock2 = locks[file];
      if (lock2.updateTimeout) {
        return;
      }
      lock2.updateDelay = lock2.updateDelay || options.update;
      lock2.updateTimeout = setTimeout(() => {
        lock2.updateTimeout = null;
        options.fs.stat(lock2.lockfilePath, (err, stat4) => {
          const isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
          if (err) {
            if (err.code === "ENOENT" || isOverThreshold) {
              return setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" }));
            }
            lock2.updateDelay = 1e3;
            return updateLock(file, options);
          }
          const isMtimeOurs = lock2.mtime.getTime() === stat4.mtime.getTime();
          if (!isMtimeOurs) {
            return setLockAsCompromised(
              file,
              lock2,
              Object.assign(
                new Error("Unable to update lock within the stale threshold"),
                { code: "ECOMPROMISED" }
              )
            );
          }
          const mtime = mtimePrecision.getMtime(lock2.mtimePrecision);
          options.fs.utimes(lock2.lockfilePath, mtime, mtime, (err2) => {
            const isOverThreshold2 = lock2.lastUpdate + options.stale < Date.now();
            if (lock2.released) {
              return;
            }
            if (err2) {
              if (err2.code === "ENOENT" || isOverThreshold2) {
                return setLockAsCompromised(file, lock2, Object.assign(err2, { code: "ECOMPROMISED" }));
              }
              lock2.updateDelay = 1e3;
              return updateLock(file, options);
            }
            lock2.mtime = mtime;
            lock2.lastUpdate = Date.now();
            lock2.updateDelay = null;
            updateLock(file, options);
          });
        });
      }, lock2.updateDelay);
      if (lock2.updateTimeout.unref) {
        lock2.updateTimeout.unref();
      }
    }
    function setLockAsCompromised(file, lock2, err) {
      lock2.released = true;
      if (lock2.updateTimeout) {
        clearTimeout(lock2.updateTimeout);
      }
      if (locks[file] === lock2) {
        delete locks[file];
      }
      lock2.options.onCompromised(err);
    }
    function lock(file, options, callback) {
      options = {
        stale: 1e4,
        update: null,
        realpath: true,
        retries: 0,
        fs: fs3,
        onCompromised: (err) => {
          throw err;
        },
        ...options
      };
      options.retries = options.retries || 0;
      options.retries = typeof options.retries === "number" ? { retries: options.retries } : options.retries;
      options.stale = Math.max(options.stale || 0, 2e3);
      options.update = options.update == null ? options.stale / 2 : options.update || 0;
      options.update = Math.max(Math.min(options.update, options.stale / 2), 1e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const operation = retry.operation(options.retries);
        operation.attempt(() => {
          acquireLock(file2, options, (err2, mtime, mtimePrecision2) => {
            if (operation.retry(err2)) {
              return;
            }
            if (err2) {
              return callback(operation.mainError());
            }
            const lock2 = locks[file2] = {
              lockfilePath: getLockFile(file2, options),
              mtime,
              mtimePrecision: mtimePrecision2,
              options,
              lastUpdate: Date.now()
            };
            updateLock(file2, options);
            callback(null, (releasedCallback) => {
              if (lock2.released) {
                return releasedCallback && releasedCallback(Object.assign(new Error("Lock is already released"), { code: "ERELEASED" }));
              }
              unlock(file2, { ...options, realpath: false }, releasedCallback);
            });
          });
        });
      });
    }
    function unlock(file, options, callback) {
      options = {
        fs: fs3,
        realpath: true,
        ...options
      };
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const lock2 = locks[file2];
        if (!lock2) {
          return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
        }
        lock2.updateTimeout && clearTimeout(lock2.updateTimeout);
        lock2.released = true;
        delete locks[file2];
        removeLock(file2, options, callback);
      });
    }
    function check(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: true,
        fs: fs3,
        ...options
      };
      options.stale = Math.max(options.stale || 0, 2e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        options.fs.stat(getLockFile(file2, options), (err2, stat4) => {
          if (err2) {
            return err2.code === "ENOENT" ? callback(null, false) : callback(err2);
          }
          return callback(null, !isLockStale(stat4, options));
        });
      });
    }
    function getLocks() {
      return locks;
    }
    onExit(() => {
      for (const file in locks) {
        const options = locks[file].options;
        try {
          options.fs.rmdirSync(getLockFile(file, options));
        } catch (e) {
        }
      }
    });
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.check = check;
    module.exports.getLocks = getLocks;
  }
});

// node_modules/proper-lockfile/lib/adapter.js
var require_adapter = __commonJS({
  "node_modules/proper-lockfile/lib/adapter.js"(exports, module) {
    "use strict";
    var fs3 = require_graceful_fs();
    function createSyncFs(fs4) {
      const methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"];
      const newFs = { ...fs4 };
      methods.forEach((method) => {
        newFs[method] = (...args) => {
          const callback = args.pop();
          let ret;
          try {
            ret = fs4[`${method}Sync`](...args);
          } catch (err) {
            return callback(err);
          }
          callback(null, ret);
        };
      });
      return newFs;
    }
    function toPromise(method) {
      return (...args) => new Promise((resolve, reject) => {
        args.push((err, result) => {
          if (err) {
            reject(err);
          } else {
            resolve(result);
          }
        });
        method(...args);
      });
    }
    function toSync(method) {
      return (...args) => {
        let err;
        let result;
        args.push((_err, _result) => {
          err = _err;
          result = _result;
        });
        method(...args);
        if (err) {
          throw err;
        }
        return result;
      };
    }
    function toSyncOptions(options) {
      options = { ...options };
      options.fs = createSyncFs(options.fs || fs3);
      if (typeof options.retries === "number" && options.retries > 0 || options.retries && typeof options.retries.retries === "number" && options.retries.retries > 0) {
        throw Object.assign(new Error("Cannot use retries with the sync api"), { code: "ESYNC" });
      }
      return options;
    }
    module.exports = {
      toPromise,
      toSync,
      toSyncOptions
    };
  }
});

// node_modules/proper-lockfile/index.js
var require_proper_lockfile = __commonJS({
  "node_modules/proper-lockfile/index.js"(exports, module) {
    "use strict";
    var lockfile = require_lockfile();
    var { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock(file, options) {
      const release = await toPromise(lockfile.lock)(file, options);
      return toPromise(release);
    }
    function lockSync(file, options) {
      const release = toSync(lockfile.lock)(file, toSyncOptions(options));
      return toSync(release);
    }
    function unlock(file, options) {
      return toPromise(lockfile.unlock)(file, options);
    }
    function unlockSync(file, options) {
      return toSync(lockfile.unlock)(file, toSyncOptions(options));
    }
    function check(file, options) {
      return toPromise(lockfile.check)(file, options);
    }
    function checkSync(file, options) {
      return toSync(lockfile.check)(file, toSyncOptions(options));
    }
    module.exports = lock;
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.lockSync = lockSync;
    module.exports.unlockSync = unlockSync;
    module.exports.check = check;
    module.exports.checkSync = checkSync;
  }
});

// src/io/lock.ts
import path6 from "node:path";
function lockPathOf(file) {
  return path6.join(path6.dirname(file), `.${path6.basename(file)}.roadmark-lock`);
}
async function withFileLock(file, display, body, opts = {}) {
  const waitMs = opts.waitMs ?? 1e4;
  const stale = Math.max(2e3, opts.staleMs ?? 1e4);
  let compromised;
  let release;
  const retries = Math.max(0, Math.ceil(waitMs / 60));
  const { default: lockfile } = await Promise.resolve().then(() => __toESM(require_proper_lockfile(), 1));
  try {
    release = await lockfile.lock(file, {
      lockfilePath: lockPathOf(file),
      realpath: false,
      stale,
      retries: retries === 0 ? 0 : { retries, factor: 1, minTimeout: 20, maxTimeout: 100, randomize: true },
      onCompromised: (e) => {
        compromised = e;
      }
    });
  } catch (e) {
    const code2 = e.code;
    if (code2 === "ELOCKED") throw new LockedError(`${display}: another roadmark process is writing this file; nothing written`);
    if (code2 === "EACCES" || code2 === "EPERM" || code2 === "EROFS") throw new UsageError(`${display}: cannot write: permission denied; nothing written`);
    if (code2 === "ENOENT") throw new UsageError(`${display}: cannot write: no such directory; nothing written`);
    throw new UsageError(`${display}: cannot write: ${e instanceof Error ? e.message : String(e)}; nothing written`);
  }
  const held = {
    assertHeld() {
      if (compromised) throw new LockedError(`${display}: the writers' lock was lost (${compromised.message}); nothing written`);
    }
  };
  try {
    return await body(held);
  } finally {
    await release().catch(() => void 0);
  }
}
var init_lock = __esm({
  "src/io/lock.ts"() {
    "use strict";
    init_errors();
  }
});

// src/io/write-file.ts
import { open as open2, rename as rename2, unlink as unlink2, readFile as readFile2, chmod as chmod2, chown, stat as stat3, access as access2, realpath } from "node:fs/promises";
import { constants as constants3 } from "node:fs";
import path7 from "node:path";
import { randomBytes } from "node:crypto";
function fsReason(e) {
  const code2 = e?.code;
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "EROFS") return "read-only file system";
  if (code2 === "ENOENT") return "no such directory";
  return e instanceof Error ? e.message : String(e);
}
async function checkUnchanged(file, display, expected) {
  let now;
  try {
    now = await readFile2(file);
  } catch {
    throw new UsageError(`${display}: the file disappeared since it was read; nothing written`);
  }
  if (!now.equals(expected)) throw new UsageError(`${display}: the file changed on disk since it was read; nothing written`, "run the command again");
}
async function writeFileAtomic(target, text2, opts = {}) {
  const display = opts.display ?? target;
  const file = await resolveTarget(target);
  await checkWritable(file, display, opts);
  await withFileLock(
    file,
    display,
    async (lock) => {
      if (opts.expected) await checkUnchanged(file, display, opts.expected);
      await replaceFile(file, text2, { ...opts, display }, lock, opts.expected);
    },
    opts.lock
  );
}
async function resolveTarget(target) {
  return realpath(target).catch(() => target);
}
async function checkWritable(file, display, opts) {
  if (opts.mode !== void 0 && (opts.mode & 146) === 0) throw new UsageError(`${display}: the file is read-only; nothing written`);
  try {
    await access2(file, constants3.W_OK);
  } catch (e) {
    if (e.code !== "ENOENT") throw new UsageError(`${display}: the file is not writable (${fsReason(e)}); nothing written`);
  }
}
async function replaceFile(file, text2, opts, lock, expected) {
  const display = opts.display ?? file;
  const owner = await stat3(file).catch(() => void 0);
  const tmp = path7.join(path7.dirname(file), `.${path7.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle;
  try {
    handle = await open2(tmp, "wx", opts.mode ?? 420);
  } catch (e) {
    throw new UsageError(`${display}: cannot write: ${fsReason(e)}; nothing written`);
  }
  try {
    await handle.writeFile(text2, "utf8");
    await handle.sync();
    await handle.close();
    handle = void 0;
    if (opts.mode !== void 0) await chmod2(tmp, opts.mode);
    if (owner && process.getuid?.() === 0 && (owner.uid !== 0 || owner.gid !== 0)) await chown(tmp, owner.uid, owner.gid).catch(() => void 0);
    if (expected) await checkUnchanged(file, display, expected);
    lock?.assertHeld();
    await rename2(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => void 0);
    await unlink2(tmp).catch(() => void 0);
    throw e instanceof UsageError ? e : new UsageError(`${display}: cannot write: ${fsReason(e)}; nothing written`);
  }
}
var init_write_file = __esm({
  "src/io/write-file.ts"() {
    "use strict";
    init_errors();
    init_lock();
  }
});

// src/io/verify-record.ts
var verify_record_exports = {};
__export(verify_record_exports, {
  readRecord: () => readRecord,
  writeRecord: () => writeRecord
});
import { mkdir as mkdir2, readFile as readFile3 } from "node:fs/promises";
import path10 from "node:path";
async function readRecord(recordFile) {
  const text2 = await readFile3(recordFile, "utf8").catch(() => void 0);
  return text2 === void 0 ? EMPTY_RECORD : parseRecord(text2);
}
async function writeRecord(recordFile, entries) {
  await mkdir2(path10.dirname(recordFile), { recursive: true });
  const merged = mergeRecord(await readRecord(recordFile), entries);
  await writeFileAtomic(recordFile, JSON.stringify(merged, null, 2) + "\n", { display: recordFile });
  return merged;
}
var init_verify_record = __esm({
  "src/io/verify-record.ts"() {
    "use strict";
    init_record();
    init_write_file();
  }
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P2, generator) {
  function adopt(value) {
    return value instanceof P2 ? value : new P2(function(resolve) {
      resolve(value);
    });
  }
  return new (P2 || (P2 = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/run.ts
import { existsSync as existsSync6 } from "node:fs";
import { mkdir as mkdir5, writeFile as writeFile2 } from "node:fs/promises";
import path18 from "node:path";

// src/lint/formats/sarif.ts
import path from "node:path";
import { pathToFileURL } from "node:url";

// src/rules/index.ts
init_errors();

// src/rules/define-rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data) {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}

// src/rules/no-milestones.ts
var no_milestones_default = defineRule({
  id: "no-milestones",
  description: "A roadmap has a recognisable sequence of milestones",
  severity: "info",
  fixable: false,
  scope: "not-a-roadmap",
  messages: {
    none: "No milestones found: expected `M0: Title` sections, an overview table with Milestone and Status columns, or a recognisable sequence of phases"
  },
  options: {},
  check(ctx) {
    const { lines } = ctx.roadmap;
    ctx.report("none", { start: 0, end: lines.lineEnd(0) });
  }
});

// src/parse/code-lines.ts
var cache = /* @__PURE__ */ new WeakMap();
function codeLines(blocks) {
  const hit = cache.get(blocks);
  if (hit) return hit;
  const set = /* @__PURE__ */ new Set();
  for (const b of blocks) if (b.type === "code") for (let l = b.line; l < b.endLine; l++) set.add(l);
  cache.set(blocks, set);
  return set;
}

// src/text/placeholder.ts
var BRACKETED = /\[(?:title|focus area|criterion \d+|deliverable \d+|milestone title|project name|brief description[^\]\n]*|description|goal|owner|date|tbd|(?:your|add|insert|describe|enter|fill in)\b[^\]\n]*)\](?![(\[:])/giu;
var CODE_SPAN = /(`+)[^`]*?\1/g;
var COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
function findPlaceholder(text2) {
  if (!text2.includes("[")) return void 0;
  const plain = text2.replace(CODE_SPAN, (m) => " ".repeat(m.length)).replace(COMMENT, (m) => " ".repeat(m.length));
  for (const m of plain.matchAll(BRACKETED)) return m[0];
  return void 0;
}

// src/rules/rule-options.ts
var SECTION_PARTS = ["goal", "criteria", "deliverables", "dependencies"];
var RULE_OPTIONS = {
  "missing-section": { required: SECTION_PARTS },
  placeholder: { extra: [] },
  stale: { days: 30, commits: 20 }
};
var NONE = {};
function ruleOptions(id) {
  return RULE_OPTIONS[id] ?? NONE;
}

// src/rules/placeholder.ts
var TODO_COMMENT = /<!--\s*TODO\b[\s\S]*?(?:-->|$)/giu;
var placeholder_default = defineRule({
  id: "placeholder",
  description: "Every template placeholder is filled in",
  severity: "error",
  fixable: false,
  scope: "template",
  messages: {
    todo: "Unexpected template comment `{text}`, expected it removed once the roadmap is filled in",
    bracket: "Unexpected placeholder `{text}`, expected the real {what}",
    extra: "Unexpected placeholder `{text}`, expected real content"
  },
  options: RULE_OPTIONS.placeholder,
  check(ctx) {
    const { source, lines } = ctx.roadmap;
    const extra = ctx.options.extra.filter(Boolean);
    let skip;
    for (let l = 0; l < lines.count; l++) {
      const start = lines.lineStart(l);
      const text2 = source.slice(start, lines.lineEnd(l));
      if (!text2.includes("[") && !text2.includes("<!--") && !extra.some((x) => text2.includes(x))) continue;
      const found2 = [];
      const code2 = [];
      const comments = [];
      if (text2.includes("`")) for (const m of text2.matchAll(CODE_SPAN)) code2.push([m.index, m.index + m[0].length]);
      if (text2.includes("<!--")) for (const m of text2.matchAll(COMMENT)) comments.push([m.index, m.index + m[0].length]);
      const inCode = (at) => code2.some(([s, e]) => at >= s && at < e);
      const hidden = (at) => inCode(at) || comments.some(([s, e]) => at >= s && at < e);
      for (const m of text2.matchAll(TODO_COMMENT)) if (!inCode(m.index)) found2.push({ id: "todo", at: m.index, text: m[0].trim() });
      for (const m of text2.matchAll(BRACKETED)) {
        if (hidden(m.index)) continue;
        const inner = m[0].slice(1, -1);
        const what = /^criterion/i.test(inner) ? "criterion" : /^deliverable/i.test(inner) ? "deliverable" : /^focus/i.test(inner) ? "focus" : /^brief|^description|^goal/i.test(inner) ? "description" : inner.toLowerCase();
        found2.push({ id: "bracket", at: m.index, text: m[0], what });
      }
      for (const literal of extra) {
        for (let at = text2.indexOf(literal); at !== -1; at = text2.indexOf(literal, at + literal.length)) if (!hidden(at)) found2.push({ id: "extra", at, text: literal });
      }
      if (found2.length === 0) continue;
      skip ??= codeLines(ctx.blocks);
      if (skip.has(l)) continue;
      for (const f of found2.sort((a, b) => a.at - b.at)) {
        const span = { start: start + f.at, end: start + f.at + f.text.length };
        ctx.report(f.id, span, { data: { text: f.text, what: f.what ?? "" } });
      }
    }
  }
});

// src/model/status.ts
var STATUS_WORDS = {
  planned: "Planned",
  in_progress: "In Progress",
  done: "Done",
  blocked: "Blocked",
  cancelled: "Cancelled"
};
function statusFromBoxes(done, total) {
  if (total === 0) return "unknown";
  if (done === total) return "done";
  return done > 0 ? "in_progress" : "planned";
}
function plannedStatus(stated2, inferred) {
  return stated2 !== "unknown" ? stated2 : inferred;
}

// src/model/id.ts
function normaliseId(raw) {
  const t = raw.trim();
  const m = /^(?:m|milestone\s+)(\d+)([a-z]?(?:\.\d+)*)$/i.exec(t);
  if (m) return `M${String(Number(m[1]))}${(m[2] ?? "").toLowerCase()}`;
  const p = /^(phase|stage|step|sprint)\s+(\d+(?:\.\d+)*)([A-Za-z]?)$/i.exec(t);
  if (p) {
    const word = p[1].charAt(0).toUpperCase() + p[1].slice(1).toLowerCase();
    const num = /(?:^|\.)0\d/.test(p[2]) ? p[2].split(".").map((s) => String(Number(s))).join(".") : p[2];
    return `${word} ${num}${(p[3] ?? "").toUpperCase()}`;
  }
  return t;
}
function idKey(id) {
  let key = keys.get(id);
  if (key === void 0) {
    key = normaliseId(id.trim()).toLowerCase().replace(/\d+/gu, (d) => String(Number(d)));
    if (keys.size > 5e4) keys.clear();
    keys.set(id, key);
  }
  return key;
}
var keys = /* @__PURE__ */ new Map();
function forgetIdKeys() {
  keys.clear();
}

// src/model/line-index.ts
var LineIndex = class {
  starts;
  text;
  constructor(text2) {
    this.text = text2;
    const starts = [0];
    let i = text2.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text2.indexOf("\n", i + 1);
    }
    this.starts = starts;
  }
  /** Number of lines (a trailing newline opens an empty last line). */
  get count() {
    return this.starts.length;
  }
  /** Offset where 0-based line `line` starts. */
  lineStart(line) {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line] ?? this.text.length;
  }
  /** Offset where the content of 0-based line `line` ends (before `\r\n` or `\n`). */
  lineEnd(line) {
    const next = line + 1 < this.starts.length ? (this.starts[line + 1] ?? this.text.length) - 1 : this.text.length;
    let end = next;
    if (end > 0 && end <= this.text.length && this.text.charCodeAt(end - 1) === 13 && line + 1 < this.starts.length) end--;
    return Math.max(this.lineStart(line), end);
  }
  /** Offset just after the terminator of 0-based line `line` (start of the next line). */
  lineEndWithBreak(line) {
    return this.lineStart(line + 1);
  }
  /** The text of 0-based line `line`, without its terminator. */
  lineText(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
  /** 0-based line containing `offset` (binary search). */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** 1-based line and column (column counts UTF-16 units from the line start). */
  position(offset) {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStart(line) + 1 };
  }
};

// node_modules/mdurl/index.mjs
var mdurl_exports = {};
__export(mdurl_exports, {
  decode: () => decode_default,
  encode: () => encode_default,
  format: () => format,
  parse: () => parse_default
});

// node_modules/mdurl/lib/decode.mjs
var decodeCache = {};
function getDecodeCache(exclude) {
  let cache3 = decodeCache[exclude];
  if (cache3) {
    return cache3;
  }
  cache3 = decodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    cache3.push(ch);
  }
  for (let i = 0; i < exclude.length; i++) {
    const ch = exclude.charCodeAt(i);
    cache3[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
  }
  return cache3;
}
function decode(string, exclude) {
  if (typeof exclude !== "string") {
    exclude = decode.defaultChars;
  }
  const cache3 = getDecodeCache(exclude);
  return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
    let result = "";
    for (let i = 0, l = seq.length; i < l; i += 3) {
      const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
      if (b1 < 128) {
        result += cache3[b1];
        continue;
      }
      if ((b1 & 224) === 192 && i + 3 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        if ((b2 & 192) === 128) {
          const chr = b1 << 6 & 1984 | b2 & 63;
          if (chr < 128) {
            result += "��";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 3;
          continue;
        }
      }
      if ((b1 & 240) === 224 && i + 6 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128) {
          const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
          if (chr < 2048 || chr >= 55296 && chr <= 57343) {
            result += "���";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 6;
          continue;
        }
      }
      if ((b1 & 248) === 240 && i + 9 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
          let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
          if (chr < 65536 || chr > 1114111) {
            result += "����";
          } else {
            chr -= 65536;
            result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
          }
          i += 9;
          continue;
        }
      }
      result += "�";
    }
    return result;
  });
}
decode.defaultChars = ";/?:@&=+$,#";
decode.componentChars = "";
var decode_default = decode;

// node_modules/mdurl/lib/encode.mjs
var encodeCache = {};
function getEncodeCache(exclude) {
  let cache3 = encodeCache[exclude];
  if (cache3) {
    return cache3;
  }
  cache3 = encodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    if (/^[0-9a-z]$/i.test(ch)) {
      cache3.push(ch);
    } else {
      cache3.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
    }
  }
  for (let i = 0; i < exclude.length; i++) {
    cache3[exclude.charCodeAt(i)] = exclude[i];
  }
  return cache3;
}
function encode(string, exclude, keepEscaped) {
  if (typeof exclude !== "string") {
    keepEscaped = exclude;
    exclude = encode.defaultChars;
  }
  if (typeof keepEscaped === "undefined") {
    keepEscaped = true;
  }
  const cache3 = getEncodeCache(exclude);
  let result = "";
  for (let i = 0, l = string.length; i < l; i++) {
    const code2 = string.charCodeAt(i);
    if (keepEscaped && code2 === 37 && i + 2 < l) {
      if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
        result += string.slice(i, i + 3);
        i += 2;
        continue;
      }
    }
    if (code2 < 128) {
      result += cache3[code2];
      continue;
    }
    if (code2 >= 55296 && code2 <= 57343) {
      if (code2 >= 55296 && code2 <= 56319 && i + 1 < l) {
        const nextCode = string.charCodeAt(i + 1);
        if (nextCode >= 56320 && nextCode <= 57343) {
          result += encodeURIComponent(string[i] + string[i + 1]);
          i++;
          continue;
        }
      }
      result += "%EF%BF%BD";
      continue;
    }
    result += encodeURIComponent(string[i]);
  }
  return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
var encode_default = encode;

// node_modules/mdurl/lib/format.mjs
function format(url) {
  let result = "";
  result += url.protocol || "";
  result += url.slashes ? "//" : "";
  result += url.auth ? url.auth + "@" : "";
  if (url.hostname && url.hostname.indexOf(":") !== -1) {
    result += "[" + url.hostname + "]";
  } else {
    result += url.hostname || "";
  }
  result += url.port ? ":" + url.port : "";
  result += url.pathname || "";
  result += url.search || "";
  result += url.hash || "";
  return result;
}

// node_modules/mdurl/lib/parse.mjs
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.pathname = null;
}
var protocolPattern = /^([a-z0-9.+-]+:)/i;
var portPattern = /:[0-9]*$/;
var simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
var delims = ["<", ">", '"', "`", " ", "\r", "\n", "	"];
var unwise = ["{", "}", "|", "\\", "^", "`"].concat(delims);
var autoEscape = ["'"].concat(unwise);
var nonHostChars = ["%", "/", "?", ";", "#"].concat(autoEscape);
var hostEndingChars = ["/", "?", "#"];
var hostnameMaxLen = 255;
var hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
var hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
var hostlessProtocol = {
  javascript: true,
  "javascript:": true
};
var slashedProtocol = {
  http: true,
  https: true,
  ftp: true,
  gopher: true,
  file: true,
  "http:": true,
  "https:": true,
  "ftp:": true,
  "gopher:": true,
  "file:": true
};
function urlParse(url, slashesDenoteHost) {
  if (url && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
  let lowerProto, hec, slashes;
  let rest = url;
  rest = rest.trim();
  if (!slashesDenoteHost && url.split("#").length === 1) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = proto;
    rest = rest.substr(proto.length);
  }
  if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
    slashes = rest.substr(0, 2) === "//";
    if (slashes && !(proto && hostlessProtocol[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol[proto] && (slashes || proto && !slashedProtocol[proto])) {
    let hostEnd = -1;
    for (let i = 0; i < hostEndingChars.length; i++) {
      hec = rest.indexOf(hostEndingChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    let auth, atSign;
    if (hostEnd === -1) {
      atSign = rest.lastIndexOf("@");
    } else {
      atSign = rest.lastIndexOf("@", hostEnd);
    }
    if (atSign !== -1) {
      auth = rest.slice(0, atSign);
      rest = rest.slice(atSign + 1);
      this.auth = auth;
    }
    hostEnd = -1;
    for (let i = 0; i < nonHostChars.length; i++) {
      hec = rest.indexOf(nonHostChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    if (hostEnd === -1) {
      hostEnd = rest.length;
    }
    if (rest[hostEnd - 1] === ":") {
      hostEnd--;
    }
    const host2 = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost(host2);
    this.hostname = this.hostname || "";
    const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
    if (!ipv6Hostname) {
      const hostparts = this.hostname.split(/\./);
      for (let i = 0, l = hostparts.length; i < l; i++) {
        const part = hostparts[i];
        if (!part) {
          continue;
        }
        if (!part.match(hostnamePartPattern)) {
          let newpart = "";
          for (let j = 0, k = part.length; j < k; j++) {
            if (part.charCodeAt(j) > 127) {
              newpart += "x";
            } else {
              newpart += part[j];
            }
          }
          if (!newpart.match(hostnamePartPattern)) {
            const validParts = hostparts.slice(0, i);
            const notHost = hostparts.slice(i + 1);
            const bit = part.match(hostnamePartStart);
            if (bit) {
              validParts.push(bit[1]);
              notHost.unshift(bit[2]);
            }
            if (notHost.length) {
              rest = notHost.join(".") + rest;
            }
            this.hostname = validParts.join(".");
            break;
          }
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = "";
    }
    if (ipv6Hostname) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
    }
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  if (qm !== -1) {
    this.search = rest.substr(qm);
    rest = rest.slice(0, qm);
  }
  if (rest) {
    this.pathname = rest;
  }
  if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = "";
  }
  return this;
};
Url.prototype.parseHost = function(host2) {
  let port = portPattern.exec(host2);
  if (port) {
    port = port[0];
    if (port !== ":") {
      this.port = port.substr(1);
    }
    host2 = host2.substr(0, host2.length - port.length);
  }
  if (host2) {
    this.hostname = host2;
  }
};
var parse_default = urlParse;

// node_modules/uc.micro/build/index.mjs
var build_exports = {};
__export(build_exports, {
  Any: () => Any,
  Cc: () => Cc,
  Cf: () => Cf,
  P: () => P,
  S: () => S,
  Z: () => Z
});
var Any = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var Cc = /[\0-\x1F\x7F-\x9F]/;
var Cf = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;
var P = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E\u1B4F\u1B5A-\u1B60\u1B7D-\u1B7F\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDD6E\uDEAD\uDED0\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9\uDFD4\uDFD5\uDFD7\uDFD8]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09\uDFE1]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDD6D-\uDD6F\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD839\uDDFF|\uD83A[\uDD5E\uDD5F]/;
var S = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C1\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2429\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E5\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBD2\uFD40-\uFD4F\uFD90\uFD91\uFDC8-\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD803[\uDD8E\uDD8F\uDED1-\uDED8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDC00-\uDCEF\uDCFA-\uDCFC\uDD00-\uDEB3\uDEBA-\uDED0\uDEE0-\uDEF0\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED8\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0-\uDCBB\uDCC0\uDCC1\uDCD0-\uDCD8\uDD00-\uDE57\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF-\uDEF8\uDF00-\uDF92\uDF94-\uDFEF\uDFFA]/;
var Z = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function codePointToString(codePoint) {
  return codePoint - 1 >>> 0 < 127 || codePoint - 160 >>> 0 < 55136 ? String.fromCharCode(codePoint) : String.fromCodePoint(replaceCodePoint(codePoint));
}

// node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table2 = new Uint8Array(127);
  let code2 = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table2[char] = code2++;
    }
  }
  return table2;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code2 = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code2 < 89) {
        previous += code2;
        single[slot++] = previous;
      } else if (code2 === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["AMP"] = 38] = "AMP";
  CharCodes2[CharCodes2["NUM"] = 35] = "NUM";
  CharCodes2[CharCodes2["SEMI"] = 59] = "SEMI";
  CharCodes2[CharCodes2["EQUALS"] = 61] = "EQUALS";
  CharCodes2[CharCodes2["ZERO"] = 48] = "ZERO";
  CharCodes2[CharCodes2["NINE"] = 57] = "NINE";
  CharCodes2[CharCodes2["LOWER_A"] = 97] = "LOWER_A";
  CharCodes2[CharCodes2["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
var CONSUMED_SHIFT = 21;
var CODE_POINT_MASK = 2097151;
var CONSUMED_OVERFLOW = 2047;
var longNumericConsumed = 0;
function unpackConsumed(packed) {
  const consumed = packed >>> CONSUMED_SHIFT;
  return consumed === CONSUMED_OVERFLOW ? longNumericConsumed : consumed;
}
function isNumber(code2) {
  return code2 - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code2) {
  return code2 === CharCodes.EQUALS || isAlpha(code2) || isNumber(code2);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}
function readTrieValue(decodeTree, nodeIndex, valueLength) {
  if (valueLength === 1) {
    return String.fromCharCode(decodeTree[nodeIndex] & BinTrieFlags.VALUE_MASK);
  }
  if (valueLength === 2) {
    return String.fromCharCode(decodeTree[nodeIndex + 1]);
  }
  return String.fromCharCode(decodeTree[nodeIndex + 1], decodeTree[nodeIndex + 2]);
}
function parseNumericEntity(input, numberStart, inputLength) {
  let offset = numberStart + 1;
  let cp = 0;
  let digitStart = offset;
  if (offset < inputLength && (input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
    offset += 1;
    digitStart = offset;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char)) {
        cp = cp * 16 + (char - CharCodes.ZERO);
      } else if (isHexadecimalCharacter(char)) {
        cp = cp * 16 + ((char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10);
      } else {
        break;
      }
      offset += 1;
    }
  } else {
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9)
        break;
      cp = cp * 10 + digit;
      offset += 1;
    }
  }
  if (offset === digitStart)
    return 0;
  if (offset < inputLength && input.charCodeAt(offset) === CharCodes.SEMI) {
    offset += 1;
  }
  if (cp > 1114111)
    cp = 1114112;
  let consumed = offset - numberStart;
  if (consumed >= CONSUMED_OVERFLOW) {
    longNumericConsumed = consumed;
    consumed = CONSUMED_OVERFLOW;
  }
  return consumed << CONSUMED_SHIFT | cp;
}
function decodeWithTrie(input, isStrict, isAttribute) {
  const decodeTree = htmlDecodeTree;
  let offset = input.indexOf("&");
  if (offset < 0)
    return input;
  const inputLength = input.length;
  let chunkStart = 0;
  let result = "";
  const root = decodeTree[0];
  const rootJumpOffset = root & BinTrieFlags.JUMP_TABLE;
  const rootBranchCount = (root & BinTrieFlags.BRANCH_LENGTH) >> 7;
  do {
    const entityStart = offset + 1;
    const firstChar = input.charCodeAt(entityStart);
    let consumed;
    let value;
    if (firstChar === CharCodes.NUM) {
      const packed = parseNumericEntity(input, entityStart, inputLength);
      consumed = unpackConsumed(packed);
      if (isStrict && consumed > 0 && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI) {
        consumed = 0;
      }
      value = consumed === 0 ? "" : codePointToString(packed & CODE_POINT_MASK);
    } else if (isAlpha(firstChar)) {
      consumed = 0;
      value = "";
      const rootSlotIndex = firstChar - rootJumpOffset;
      let nodeIndex;
      if (rootSlotIndex >>> 0 < rootBranchCount) {
        const stored = decodeTree[1 + rootSlotIndex];
        nodeIndex = stored === 0 ? -1 : rootBranchCount + stored & 65535;
      } else {
        nodeIndex = -1;
      }
      let bestNodeIndex = 0;
      let bestValueLength = 0;
      let current = nodeIndex < 0 ? 0 : decodeTree[nodeIndex];
      let index = entityStart + 1;
      trie: while (index < inputLength) {
        while (
          // Value-less, non-run node with a nonzero jump offset.
          (current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0
        ) {
          const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
          const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (branchCount === 0) {
            if (input.charCodeAt(index) !== jumpOffset)
              break trie;
            nodeIndex += 1;
          } else {
            const slot = input.charCodeAt(index) - jumpOffset;
            if (slot >>> 0 >= branchCount)
              break trie;
            const stored = decodeTree[nodeIndex + 1 + slot];
            if (stored === 0)
              break trie;
            nodeIndex = nodeIndex + branchCount + stored & 65535;
          }
          current = decodeTree[nodeIndex];
          index += 1;
          if (index >= inputLength)
            break trie;
        }
        if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
          const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (input.charCodeAt(index) !== (current & BinTrieFlags.JUMP_TABLE)) {
            break;
          }
          index += 1;
          const remaining = runLength - 1;
          let wordIndex = nodeIndex + 1;
          let charIndexInPacked = 0;
          for (; charIndexInPacked + 1 < remaining; charIndexInPacked += 2) {
            const packed = decodeTree[wordIndex];
            if (input.charCodeAt(index) !== (packed & 255))
              break trie;
            index += 1;
            if (input.charCodeAt(index) !== (packed >> 8 & 255))
              break trie;
            index += 1;
            wordIndex += 1;
          }
          if (charIndexInPacked < remaining) {
            if (input.charCodeAt(index) !== (decodeTree[wordIndex] & 255))
              break;
            index += 1;
          }
          nodeIndex += 1 + (runLength >> 1);
          current = decodeTree[nodeIndex];
          continue;
        }
        const valueLength = current >>> 14;
        const char = input.charCodeAt(index);
        if (valueLength !== 0) {
          if (char === CharCodes.SEMI) {
            consumed = index - entityStart + 1;
            value = valueLength === 1 ? String.fromCharCode(current & BinTrieFlags.VALUE_MASK) : readTrieValue(decodeTree, nodeIndex, valueLength);
            break;
          }
          if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
            consumed = index - entityStart;
            bestNodeIndex = nodeIndex;
            bestValueLength = valueLength;
          }
          if (valueLength === 1)
            break;
        }
        const next = determineBranch(decodeTree, current, nodeIndex + (valueLength || 1), char);
        if (next < 0)
          break;
        nodeIndex = next;
        current = decodeTree[nodeIndex];
        index += 1;
      }
      if (value === "") {
        const finalVL = current >>> 14;
        if (finalVL !== 0 && !isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          consumed = index - entityStart;
          bestNodeIndex = nodeIndex;
          bestValueLength = finalVL;
        }
        if (consumed > 0) {
          value = readTrieValue(decodeTree, bestNodeIndex, bestValueLength);
        }
      }
    } else {
      consumed = 0;
      value = "";
    }
    if (consumed === 0 || isAttribute && firstChar !== CharCodes.NUM && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI && entityStart + consumed < inputLength && isEntityInAttributeInvalidEnd(input.charCodeAt(entityStart + consumed))) {
      offset = entityStart;
    } else {
      if (chunkStart < offset) {
        result += input.slice(chunkStart, offset);
      }
      result += value;
      offset = chunkStart = entityStart + consumed;
    }
    if (input.charCodeAt(offset) !== CharCodes.AMP) {
      offset = input.indexOf("&", offset);
    }
  } while (offset >= 0);
  return result + input.slice(chunkStart);
}
function decodeHTMLStrict(htmlString) {
  return decodeWithTrie(htmlString, true, false);
}

// node_modules/entities/dist/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/linkify-it/build/index.mjs
var REBuilder = class {
  src_Any = Any.source;
  src_Cc = Cc.source;
  src_Z = Z.source;
  src_P = P.source;
  src_ZPCc = [
    this.src_Z,
    this.src_P,
    this.src_Cc
  ].join("|");
  src_ZCc = [this.src_Z, this.src_Cc].join("|");
  cache = {};
  opts = {
    maxLength: 1e4,
    urlAuth: false,
    schema_names: []
  };
  constructor(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
  }
  set(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
    this.cache = {};
    return this;
  }
  escapeRE(str) {
    return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
  }
  nestedPairRE(open3, close, depth = 4) {
    const openRE = this.escapeRE(open3);
    const closeRE = this.escapeRE(close);
    const atom = `(?:(?!${this.src_ZCc}|${openRE}|${closeRE}).)`;
    let pair = `${openRE}${atom}{0,1000}${closeRE}`;
    for (let level = 2; level <= depth; level++) pair = `${openRE}(?:${atom}|${pair}){0,1000}${closeRE}`;
    return pair;
  }
  get_text_separators() {
    return this.cache.text_separators ??= /[><\uff5c]/;
  }
  get_pseudo_letter() {
    return this.cache.src_pseudo_letter ??= new RegExp(`(?:(?!${this.get_text_separators().source}|${this.src_ZPCc})${this.src_Any})`);
  }
  get_ipv4_addr() {
    return this.cache.src_ip4 ??= /* @__PURE__ */ new RegExp("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])");
  }
  get_ipv6_addr() {
    const h16 = "[0-9A-Fa-f]{1,4}";
    const ls32 = `(?:(?:${h16}:${h16})|${this.get_ipv4_addr().source})`;
    return this.cache.src_ip6_addr ??= new RegExp(`(?:(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::)`);
  }
  get_ipv6_url_host() {
    return this.cache.src_ip6_host ??= new RegExp(`\\[${this.get_ipv6_addr().source}\\]`);
  }
  get_ipv6_mail_host() {
    return this.cache.src_ipv6_mail_host ??= new RegExp(`\\[IPv6:${this.get_ipv6_addr().source}\\]`);
  }
  get_auth() {
    return this.cache.src_auth ??= new RegExp(`(?:(?:(?!${this.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`);
  }
  get_port() {
    return this.cache.src_port ??= /* @__PURE__ */ new RegExp("(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?");
  }
  get_host_terminator() {
    return this.cache.src_host_terminator ??= new RegExp(`(?=$|${this.get_text_separators().source}|${this.src_ZPCc})(?!${this.opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${this.src_ZPCc}))`);
  }
  get_path_terminator() {
    return this.cache.src_path_terminator ??= new RegExp(`${this.src_ZPCc}|${this.get_text_separators().source}`);
  }
  get_path() {
    return this.cache.src_path ??= new RegExp(`(?:[/?#](?:${this.nestedPairRE("[", "]")}|${this.nestedPairRE("(", ")")}|${this.nestedPairRE("{", "}")}|\\"(?:(?!${this.src_ZCc}|["]).){1,100}\\"|\\'(?:(?!${this.src_ZCc}|[']).){1,100}\\'|\\'(?=${this.get_pseudo_letter().source}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${this.src_ZCc}|[.]|$)|` + (this.opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-{0,19})|" : "\\-{1,20}|") + `,(?!${this.src_ZCc}|$)|;(?!${this.src_ZCc}|$)|\\!{1,20}(?!${this.src_ZCc}|[!]|$)|\\?(?!${this.src_ZCc}|[?]|$)|` + this.get_path_extra().source + `[\\\\/:%@#&=_~*]|(?!${this.get_path_terminator().source}).){1,${this.opts.maxLength}}|\\/)?`);
  }
  get_mail_name() {
    return this.cache.src_mail_name ??= /* @__PURE__ */ new RegExp("[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}");
  }
  get_xn() {
    return this.cache.src_xn ??= /* @__PURE__ */ new RegExp("xn--[a-z0-9\\-]{1,59}");
  }
  get_tld() {
    if (this.cache.tld) return this.cache.tld;
    const tlds_src = [...new Set(this.opts.tlds || [])].sort().reverse().join("|");
    this.cache.tld = new RegExp(`${tlds_src || "$#none#$"}|${this.get_xn().source}`);
    return this.cache.tld;
  }
  get_domain_root() {
    return this.cache.src_domain_root ??= new RegExp("(?:" + this.get_xn().source + `|${this.get_pseudo_letter().source}{1,63})`);
  }
  get_domain() {
    return this.cache.src_domain ??= new RegExp("(?:" + this.get_xn().source + `|(?:${this.get_pseudo_letter().source})|(?:${this.get_pseudo_letter().source}(?:-|${this.get_pseudo_letter().source}){0,61}${this.get_pseudo_letter().source}))`);
  }
  get_url_host_port() {
    return this.cache.url_host_port ??= new RegExp("(?:" + this.get_ipv6_url_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,10}${this.get_domain().source}))` + this.get_port().source + this.get_host_terminator().source);
  }
  get_fuzzy_url_host_port() {
    return this.cache.fuzzy_url_host_port ??= new RegExp("(?:" + (this.opts.fuzzyIP ? this.get_ipv4_addr().source + "|" : "") + `(?:(?:(?:${this.get_domain().source})\\.){1,10}(?:${this.get_tld().source})))` + this.get_host_terminator().source);
  }
  get_mail_host() {
    return this.cache.src_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,4}${this.get_domain().source}))` + this.get_host_terminator().source);
  }
  get_fuzzy_mail_host() {
    return this.cache.src_fuzzy_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})[.]){1,4}${this.get_domain_root().source}))` + this.get_host_terminator().source);
  }
  get_path_extra() {
    return this.cache.src_path_extra ??= /* @__PURE__ */ new RegExp("");
  }
  get_fuzzy_mail_host_search() {
    return this.cache.mail_fuzzy_host_search ??= new RegExp(`@${this.get_fuzzy_mail_host().source}`, "ig");
  }
  get_fuzzy_link_search() {
    return this.cache.link_fuzzy_search ??= new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|｜]|${this.src_ZPCc}))(?:(?![$+<=>^\`|｜])${this.get_fuzzy_url_host_port().source}${this.get_path().source})`, "ig");
  }
  get_http_validator() {
    return this.cache.http_validator ??= new RegExp("\\/\\/" + (this.opts.urlAuth ? this.get_auth().source : "") + this.get_url_host_port().source + this.get_path().source, "iy");
  }
  get_relative_proto_validator() {
    return this.cache.relative_proto_validator ??= new RegExp((this.opts.urlAuth ? this.get_auth().source : "") + `(?:localhost|${this.get_ipv6_url_host().source}|(?:(?:${this.get_domain().source})[.]){1,10}${this.get_domain_root().source})` + this.get_port().source + this.get_host_terminator().source + this.get_path().source, "iy");
  }
  get_mail_name_validator() {
    return this.cache.mail_name_validator ??= new RegExp(`(?:^|${this.get_text_separators().source}|"|\\(|${this.src_ZCc})(${this.get_mail_name().source})$`);
  }
  get_mailto_validator() {
    return this.cache.mailto_validator ??= new RegExp(`${this.get_mail_name().source}@${this.get_mail_host().source}`, "iy");
  }
  get_schema_names() {
    return this.cache.schema_names ??= new RegExp((this.opts.schema_names || []).map((name) => this.escapeRE(name)).join("|"));
  }
  get_schema_search() {
    return this.cache.schema_search ??= new RegExp(`(^|(?!_)(?:[><｜]|${this.src_ZPCc}))(${this.get_schema_names().source})`, "ig");
  }
  get_schema_at_start() {
    return this.cache.schema_at_start ??= new RegExp(`^${this.get_schema_search().source}`, "i");
  }
};
var web_schema = {
  validate: (text2, pos, self) => {
    const re = self.re.get_http_validator();
    re.lastIndex = pos;
    const m = re.exec(text2);
    return m ? m[0].length : 0;
  },
  normalize: (match, self) => self.normalize(match)
};
var defaultSchemas = {
  "http:": web_schema,
  "https:": web_schema,
  "ftp:": web_schema,
  "//": {
    validate: function(text2, pos, self) {
      const re = self.re.get_relative_proto_validator();
      re.lastIndex = pos;
      const m = re.exec(text2);
      if (m) {
        if (pos >= 3 && text2[pos - 3] === ":") return 0;
        if (pos >= 3 && text2[pos - 3] === "/") return 0;
        return m[0].length;
      }
      return 0;
    },
    normalize: (match, self) => self.normalize(match)
  },
  "mailto:": {
    validate: function(text2, pos, self) {
      const re = self.re.get_mailto_validator();
      re.lastIndex = pos;
      const m = re.exec(text2);
      return m ? m[0].length : 0;
    },
    normalize: (match, self) => self.normalize(match)
  }
};
var tlds_2ch = "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф";
function unpackTlds() {
  const result = tlds_default.split("|");
  tlds_2ch.split("|").forEach((item) => {
    const sep = item.indexOf(":");
    const prefix = item.slice(0, sep);
    for (const suffix of item.slice(sep + 1)) result.push(prefix + suffix);
  });
  return result;
}
var defaultOptions = {
  fuzzyLink: false,
  fuzzyEmail: true,
  fuzzyIP: false,
  "---": false,
  tlds: unpackTlds(),
  urlAuth: false,
  maxLength: 1e4
};
var Match = class {
  /** Prefix (protocol) for matched string. Empty for fuzzy links. */
  schema;
  /** First position of matched string. */
  index;
  /** Next position after matched string. */
  lastIndex;
  /** Matched string. */
  raw;
  /** Normalized text of matched string. */
  text;
  /** Normalized URL of matched string. */
  url;
  constructor(text2, schema, index, lastIndex) {
    const raw = text2.slice(index, lastIndex);
    this.schema = schema.toLowerCase();
    this.index = index;
    this.lastIndex = lastIndex;
    this.raw = raw;
    this.text = raw;
    this.url = raw;
  }
};
var LinkifyIt = class {
  __opts__;
  __schemas__;
  re;
  /**
  * Creates new linkifier instance.
  *
  * By default understands:
  *
  * - `http(s)://...` , `ftp://...`, `mailto:...` & `//...` links
  * - "fuzzy" emails (foo@bar.com).
  *
  * See {@link LinkifyConstructorOptions} for available options.
  *
  * @param options Recognition options.
  *
  * @example
  * ```javascript
  * import { LinkifyIt } from 'linkify-it'
  *
  * const linkify = new LinkifyIt({ fuzzyLink: true })
  *
  * linkify
  *   .tlds(require('tlds'))       // Reload with full TLD list
  *   .tlds('onion', true)         // Add unofficial `.onion` domain
  *   .add('ftp:', null)           // Disable `ftp:` protocol
  *   .set({ fuzzyIP: true })      // Enable IPs in fuzzy links
  *
  * console.log(linkify.test('Site github.com!')) // true
  * console.log(linkify.match('Site github.com!'))
  * ```
  */
  constructor(options = {}) {
    const { rebuilder, ...linkifyOptions } = options;
    this.__opts__ = {
      ...defaultOptions,
      ...linkifyOptions
    };
    this.__schemas__ = { ...defaultSchemas };
    this.re = rebuilder || new REBuilder();
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
  }
  /**
  * Add new rule definition.
  *
  * `schema` is a link prefix (usually, protocol name with `:` at the end,
  * `skype:` for example). `linkify-it` makes sure that prefix is not
  * preceded with alphanumeric char and symbols. Only whitespaces and
  * punctuation allowed.
  *
  * `definition` is a rule to check tail after link prefix. To disable an
  * existing rule, pass `null`.
  *
  * @param schema Rule name (fixed pattern prefix).
  * @param definition Schema definition, or `null` to disable the rule.
  *
  * See [twitter mentions example](https://github.com/markdown-it/linkify-it/blob/master/examples/twitter.mjs).
  */
  add(schema, definition = null) {
    if (!definition) delete this.__schemas__[schema];
    else {
      const def = {
        normalize: (match, self) => self.normalize(match),
        ...definition
      };
      this.__schemas__[schema] = def;
    }
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Set recognition options for links without schema.
  *
  * @param options Recognition options.
  */
  set(options = {}) {
    this.__opts__ = {
      ...this.__opts__,
      ...options
    };
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Searches linkifiable pattern and returns `true` on success or `false` on fail.
  *
  * @param text Text to scan.
  */
  test(text2) {
    if (!text2.length) return false;
    let m, re;
    re = this.re.get_schema_search();
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) if (this.testSchemaAt(text2, m[2], re.lastIndex)) return true;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      re = this.re.get_fuzzy_link_search();
      re.lastIndex = 0;
      if (re.exec(text2) !== null) return true;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      if (text2.indexOf("@") >= 0) {
        const mailHostRe = this.re.get_fuzzy_mail_host_search();
        const mailNameRe = this.re.get_mail_name_validator();
        mailHostRe.lastIndex = 0;
        while ((m = mailHostRe.exec(text2)) !== null) {
          const name = text2.slice(Math.max(0, m.index - 65), m.index);
          if (mailNameRe.test(name)) return true;
        }
      }
    }
    return false;
  }
  /**
  * Similar to {@link LinkifyIt.test} but checks only specific protocol tail exactly
  * at given position. Returns length of found pattern (0 on fail).
  *
  * @param text Text to scan.
  * @param schema Rule (schema) name.
  * @param pos Text offset to check from.
  */
  testSchemaAt(text2, schema, pos) {
    if (!this.__schemas__[schema.toLowerCase()]) return 0;
    return this.__schemas__[schema.toLowerCase()].validate(text2.slice(0, pos + this.__opts__.maxLength), pos, this);
  }
  /**
  * Returns array of found link descriptions or `null` on fail. We strongly
  * recommend to use {@link LinkifyIt.test} first, for best speed.
  *
  * @param text Text to scan.
  */
  match(text2) {
    const result = [];
    const schemaRe = this.re.get_schema_search();
    let fuzzyLinkRe;
    let mailHostRe;
    let mailNameRe;
    let fuzzyLinkCandidate;
    let fuzzyEmailCandidate;
    let schemaPrefix;
    let schemaDone = false;
    let fuzzyLinkDone = false;
    let fuzzyEmailDone = false;
    let pos = 0;
    if (!text2.length) return null;
    schemaRe.lastIndex = 0;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      fuzzyLinkRe = this.re.get_fuzzy_link_search();
      fuzzyLinkRe.lastIndex = 0;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      mailHostRe = this.re.get_fuzzy_mail_host_search();
      mailHostRe.lastIndex = 0;
      mailNameRe = this.re.get_mail_name_validator();
    }
    for (; ; ) {
      const scanFrom = Math.max(pos - 1, 0);
      if (mailHostRe && mailNameRe && !fuzzyEmailDone && (!fuzzyEmailCandidate || fuzzyEmailCandidate.index < pos)) {
        if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = mailHostRe.exec(text2);
          if (!m) {
            fuzzyEmailDone = true;
            fuzzyEmailCandidate = void 0;
            break;
          }
          const name = mailNameRe.exec(text2.slice(Math.max(0, m.index - 65), m.index));
          if (!name) continue;
          fuzzyEmailCandidate = {
            schema: "mailto:",
            index: m.index - name[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyEmailCandidate.index >= pos) break;
          if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        }
      }
      if (fuzzyLinkRe && !fuzzyLinkDone && (!fuzzyLinkCandidate || fuzzyLinkCandidate.index < pos)) {
        if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = fuzzyLinkRe.exec(text2);
          if (!m) {
            fuzzyLinkDone = true;
            fuzzyLinkCandidate = void 0;
            break;
          }
          fuzzyLinkCandidate = {
            schema: "",
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyLinkCandidate.index >= pos) break;
          if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        }
      }
      let fuzzyCandidate = fuzzyEmailCandidate;
      if (!fuzzyCandidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < fuzzyCandidate.index || fuzzyLinkCandidate.index === fuzzyCandidate.index && fuzzyLinkCandidate.lastIndex > fuzzyCandidate.lastIndex)) fuzzyCandidate = fuzzyLinkCandidate;
      let schemaCandidate;
      if (!schemaDone) for (; ; ) {
        if (!schemaPrefix) {
          if (schemaRe.lastIndex < scanFrom) schemaRe.lastIndex = scanFrom;
          const m = schemaRe.exec(text2);
          if (!m) {
            schemaDone = true;
            break;
          }
          schemaPrefix = {
            schema: m[2],
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
        }
        if (schemaPrefix.index < pos) {
          schemaPrefix = void 0;
          continue;
        }
        if (fuzzyCandidate && schemaPrefix.index > fuzzyCandidate.index) break;
        const prefix = schemaPrefix;
        schemaPrefix = void 0;
        const len = this.testSchemaAt(text2, prefix.schema, prefix.lastIndex);
        if (len) {
          schemaCandidate = {
            schema: prefix.schema,
            index: prefix.index,
            lastIndex: prefix.lastIndex + len
          };
          break;
        }
      }
      let candidate = schemaCandidate;
      if (!candidate || fuzzyEmailCandidate && (fuzzyEmailCandidate.index < candidate.index || fuzzyEmailCandidate.index === candidate.index && fuzzyEmailCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyEmailCandidate;
      if (!candidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < candidate.index || fuzzyLinkCandidate.index === candidate.index && fuzzyLinkCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyLinkCandidate;
      if (!candidate) break;
      if (candidate === fuzzyEmailCandidate) fuzzyEmailCandidate = void 0;
      else if (candidate === fuzzyLinkCandidate) fuzzyLinkCandidate = void 0;
      const match = new Match(text2, candidate.schema, candidate.index, candidate.lastIndex);
      if (match.schema) this.__schemas__[match.schema].normalize(match, this);
      else this.normalize(match);
      result.push(match);
      pos = candidate.lastIndex;
    }
    if (result.length) return result;
    return null;
  }
  /**
  * Returns fully-formed (not fuzzy) link if it starts at the beginning
  * of the string, and null otherwise.
  *
  * @param text Text to scan.
  */
  matchAtStart(text2) {
    if (!text2.length) return null;
    const m = this.re.get_schema_at_start().exec(text2);
    if (!m) return null;
    const len = this.testSchemaAt(text2, m[2], m[0].length);
    if (!len) return null;
    const match = new Match(text2, m[2], m.index + m[1].length, m.index + m[0].length + len);
    this.__schemas__[match.schema].normalize(match, this);
    return match;
  }
  /**
  * Load (or merge) new TLDs list. Those are used for fuzzy links (without
  * prefix) to avoid false positives. By default this algorithm is used:
  *
  * - hostname with any 2-letter root zones are ok.
  * - biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф
  *   are ok.
  * - encoded (`xn--...`) root zones are ok.
  *
  * If list is replaced, then exact match for 2-chars root zones will be checked.
  *
  * @param list List of TLDs.
  * @param keepOld Merge with current list if `true` (`false` by default).
  */
  tlds(list3, keepOld = false) {
    list3 = Array.isArray(list3) ? list3 : [list3];
    if (!keepOld) this.__opts__.tlds = list3;
    else this.__opts__.tlds = this.__opts__.tlds.concat(list3);
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Default normalizer (if schema does not define its own).
  *
  * @param match Match to normalize.
  */
  normalize(match) {
    if (!match.schema) match.url = `http://${match.url}`;
    if (match.schema === "mailto:" && !/^mailto:/i.test(match.url)) match.url = `mailto:${match.url}`;
  }
};

// node_modules/markdown-it/dist/markdown-it.mjs
var import_punycode = __toESM(require_punycode(), 1);
var __defProp2 = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp2(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp2(target, Symbol.toStringTag, { value: "Module" });
  return target;
};
var utils_exports = /* @__PURE__ */ __exportAll({
  arrayReplaceAt: () => arrayReplaceAt,
  asciiTrim: () => asciiTrim,
  callable: () => callable,
  escapeHtml: () => escapeHtml,
  escapeRE: () => escapeRE,
  fromCodePoint: () => fromCodePoint,
  isMdAsciiPunct: () => isMdAsciiPunct,
  isPunctChar: () => isPunctChar,
  isPunctCharCode: () => isPunctCharCode,
  isSpace: () => isSpace,
  isValidEntityCode: () => isValidEntityCode,
  isWhiteSpace: () => isWhiteSpace,
  lib: () => lib,
  normalizeReference: () => normalizeReference,
  unescapeAll: () => unescapeAll,
  unescapeMd: () => unescapeMd
});
function callable(cls) {
  const wrapper = function(...args) {
    return Reflect.construct(cls, args, new.target && new.target !== wrapper ? new.target : cls);
  };
  Object.defineProperty(wrapper, "name", { value: cls.name });
  Object.setPrototypeOf(wrapper, cls);
  wrapper.prototype = cls.prototype;
  return wrapper;
}
function arrayReplaceAt(src, pos, newElements) {
  return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
function isValidEntityCode(c) {
  if (c >= 55296 && c <= 57343) return false;
  if (c >= 64976 && c <= 65007) return false;
  if ((c & 65535) === 65535 || (c & 65535) === 65534) return false;
  if (c >= 0 && c <= 8) return false;
  if (c === 11) return false;
  if (c >= 14 && c <= 31) return false;
  if (c >= 127 && c <= 159) return false;
  if (c > 1114111) return false;
  return true;
}
function fromCodePoint(c) {
  if (c > 65535) {
    c -= 65536;
    const surrogate1 = 55296 + (c >> 10);
    const surrogate2 = 56320 + (c & 1023);
    return String.fromCharCode(surrogate1, surrogate2);
  }
  return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var UNESCAPE_ALL_RE = new RegExp(`${UNESCAPE_MD_RE.source}|${/&([a-z#][a-z0-9]{1,31});/gi.source}`, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match, name) {
  if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
    const code2 = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (isValidEntityCode(code2)) return fromCodePoint(code2);
    return match;
  }
  const decoded = decodeHTMLStrict(match);
  if (decoded !== match) return decoded;
  return match;
}
function unescapeMd(str) {
  if (str.indexOf("\\") < 0) return str;
  return str.replace(UNESCAPE_MD_RE, "$1");
}
function unescapeAll(str) {
  if (str.indexOf("\\") < 0 && str.indexOf("&") < 0) return str;
  return str.replace(UNESCAPE_ALL_RE, function(match, escaped, entity2) {
    if (escaped) return escaped;
    return replaceEntityPattern(match, entity2);
  });
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function replaceUnsafeChar(ch) {
  return HTML_REPLACEMENTS[ch];
}
function escapeHtml(str) {
  if (HTML_ESCAPE_TEST_RE.test(str)) return str.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
  return str;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
function escapeRE(str) {
  return str.replace(REGEXP_ESCAPE_RE, "\\$&");
}
function isSpace(code2) {
  switch (code2) {
    case 9:
    case 32:
      return true;
  }
  return false;
}
function isWhiteSpace(code2) {
  if (code2 >= 8192 && code2 <= 8202) return true;
  switch (code2) {
    case 9:
    case 10:
    case 11:
    case 12:
    case 13:
    case 32:
    case 160:
    case 5760:
    case 8239:
    case 8287:
    case 12288:
      return true;
  }
  return false;
}
function isPunctChar(ch) {
  return P.test(ch) || S.test(ch);
}
function isPunctCharCode(code2) {
  return isPunctChar(fromCodePoint(code2));
}
function isMdAsciiPunct(ch) {
  switch (ch) {
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 38:
    case 39:
    case 40:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 47:
    case 58:
    case 59:
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 124:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function normalizeReference(str) {
  str = str.trim().replace(/\s+/g, " ");
  return str.toLowerCase().toUpperCase();
}
function isAsciiTrimmable(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function asciiTrim(str) {
  let start = 0;
  for (; start < str.length; start++) if (!isAsciiTrimmable(str.charCodeAt(start))) break;
  let end = str.length - 1;
  for (; end >= start; end--) if (!isAsciiTrimmable(str.charCodeAt(end))) break;
  return str.slice(start, end + 1);
}
var lib = {
  mdurl: mdurl_exports,
  ucmicro: build_exports
};
function parseLinkLabel(state, start, disableNested) {
  let level, found2, marker, prevPos;
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  level = 1;
  while (state.pos < max) {
    marker = state.src.charCodeAt(state.pos);
    if (marker === 93) {
      level--;
      if (level === 0) {
        found2 = true;
        break;
      }
    }
    prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker === 91) {
      if (prevPos === state.pos - 1) level++;
      else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  let labelEnd = -1;
  if (found2) labelEnd = state.pos;
  state.pos = oldPos;
  return labelEnd;
}
function parseLinkDestination(str, start, max) {
  let code2;
  let pos = start;
  const result = {
    ok: false,
    pos: 0,
    str: ""
  };
  if (str.charCodeAt(pos) === 60) {
    pos++;
    while (pos < max) {
      code2 = str.charCodeAt(pos);
      if (code2 === 10) return result;
      if (code2 === 60) return result;
      if (code2 === 62) {
        result.pos = pos + 1;
        result.str = unescapeAll(str.slice(start + 1, pos));
        result.ok = true;
        return result;
      }
      if (code2 === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return result;
  }
  let level = 0;
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === 32) break;
    if (code2 < 32 || code2 === 127) break;
    if (code2 === 92 && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 32) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code2 === 40) {
      level++;
      if (level > 32) return result;
    }
    if (code2 === 41) {
      if (level === 0) break;
      level--;
    }
    pos++;
  }
  if (start === pos) return result;
  if (level !== 0) return result;
  result.str = unescapeAll(str.slice(start, pos));
  result.pos = pos;
  result.ok = true;
  return result;
}
function parseLinkTitle(str, start, max, prev_state) {
  let code2;
  let pos = start;
  const state = {
    ok: false,
    can_continue: false,
    pos: 0,
    str: "",
    marker: 0
  };
  if (prev_state) {
    state.str = prev_state.str;
    state.marker = prev_state.marker;
  } else {
    if (pos >= max) return state;
    let marker = str.charCodeAt(pos);
    if (marker !== 34 && marker !== 39 && marker !== 40) return state;
    start++;
    pos++;
    if (marker === 40) marker = 41;
    state.marker = marker;
  }
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str.slice(start, pos));
      state.ok = true;
      return state;
    } else if (code2 === 40 && state.marker === 41) return state;
    else if (code2 === 92 && pos + 1 < max) pos++;
    pos++;
  }
  state.can_continue = true;
  state.str += unescapeAll(str.slice(start, pos));
  return state;
}
var helpers_exports = /* @__PURE__ */ __exportAll({
  parseLinkDestination: () => parseLinkDestination,
  parseLinkLabel: () => parseLinkLabel,
  parseLinkTitle: () => parseLinkTitle
});
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function toPrimitive(t, r) {
  if ("object" != _typeof(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function toPropertyKey(t) {
  var i = toPrimitive(t, "string");
  return "symbol" == _typeof(i) ? i : i + "";
}
function _defineProperty(e, r, t) {
  return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
    value: t,
    enumerable: true,
    configurable: true,
    writable: true
  }) : e[r] = t, e;
}
var Token = class {
  constructor(type, tag, nesting) {
    _defineProperty(
      this,
      /**
      * Source map info. Format: `[ line_begin, line_end ]`
      */
      "map",
      null
    );
    _defineProperty(
      this,
      /**
      * nesting level, the same as `state.level`
      */
      "level",
      0
    );
    _defineProperty(
      this,
      /**
      * An array of child nodes (inline and img tokens)
      */
      "children",
      null
    );
    _defineProperty(
      this,
      /**
      * In a case of self-closing tag (code, html, fence, etc.),
      * it has contents of this tag.
      */
      "content",
      ""
    );
    _defineProperty(
      this,
      /**
      * '*' or '_' for emphasis, fence string for fence, etc.
      */
      "markup",
      ""
    );
    _defineProperty(
      this,
      /**
      * Additional information:
      *
      * - Info string for "fence" tokens
      * - The value "auto" for autolink "link_open" and "link_close" tokens
      * - The string value of the item marker for ordered-list "list_item_open" tokens
      */
      "info",
      ""
    );
    _defineProperty(
      this,
      /**
      * True for block-level tokens, false for inline tokens.
      * Used in renderer to calculate line breaks
      */
      "block",
      false
    );
    _defineProperty(
      this,
      /**
      * If it's true, ignore this element when rendering. Used for tight lists
      * to hide paragraphs.
      */
      "hidden",
      false
    );
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  /**
  * Search attribute index by name.
  */
  attrIndex(name) {
    if (!this.attrs) return -1;
    const attrs = this.attrs;
    for (let i = 0, len = attrs.length; i < len; i++) if (attrs[i][0] === name) return i;
    return -1;
  }
  /**
  * Add `[ name, value ]` attribute to list. Init attrs if necessary
  */
  attrPush(attrData) {
    if (this.attrs) this.attrs.push(attrData);
    else this.attrs = [attrData];
  }
  /**
  * Set `name` attribute to `value`. Override old value if exists.
  */
  attrSet(name, value) {
    const idx = this.attrIndex(name);
    const attrData = [name, value];
    if (idx < 0) this.attrPush(attrData);
    else this.attrs[idx] = attrData;
  }
  /**
  * Get the value of attribute `name`, or null if it does not exist.
  */
  attrGet(name) {
    const idx = this.attrIndex(name);
    let value = null;
    if (idx >= 0) value = this.attrs[idx][1];
    return value;
  }
  /**
  * Join value to existing attribute via space. Or create new attribute if not
  * exists. Useful to operate with token classes.
  */
  attrJoin(name, value) {
    const idx = this.attrIndex(name);
    if (idx < 0) this.attrPush([name, value]);
    else this.attrs[idx][1] = `${this.attrs[idx][1]} ${value}`;
  }
};
var Ruler = class {
  constructor() {
    _defineProperty(
      this,
      /** @internal */
      "__rules__",
      []
    );
    _defineProperty(
      this,
      /** @internal */
      "__cache__",
      null
    );
  }
  /** @internal */
  __find__(name) {
    for (let i = 0; i < this.__rules__.length; i++) if (this.__rules__[i].name === name) return i;
    return -1;
  }
  /** @internal */
  __compile__() {
    const chains = /* @__PURE__ */ new Set();
    this.__rules__.forEach((rule) => {
      if (!rule.enabled) return;
      rule.alt.forEach((altName) => {
        if (altName) chains.add(altName);
      });
    });
    this.__cache__ = /* @__PURE__ */ Object.create(null);
    this.__cache__[""] = [];
    this.__rules__.forEach((rule) => {
      if (rule.enabled) this.__cache__[""].push(rule.fn);
    });
    chains.forEach((chain) => {
      this.__cache__[chain] = [];
      this.__rules__.forEach((rule) => {
        if (rule.enabled && rule.alt.indexOf(chain) >= 0) this.__cache__[chain].push(rule.fn);
      });
    });
  }
  /**
  * Replace rule by name with new function & options. Throws error if name not
  * found.
  *
  * @example Replace existing typographer replacement rule with new one
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.at('replacements', function replace(state) {
  *   //...
  * });
  * ```
  */
  at(name, fn, options = {}) {
    const index = this.__find__(name);
    if (index === -1) throw new Error(`Parser rule not found: ${name}`);
    this.__rules__[index].fn = fn;
    this.__rules__[index].alt = options.alt || [];
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain before one with given name. See also
  * {@link Ruler.after}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.block.ruler.before('paragraph', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  before(beforeName, ruleName, fn, options = {}) {
    const index = this.__find__(beforeName);
    if (index === -1) throw new Error(`Parser rule not found: ${beforeName}`);
    this.__rules__.splice(index, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain after one with given name. See also
  * {@link Ruler.before}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.inline.ruler.after('text', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  after(afterName, ruleName, fn, options = {}) {
    const index = this.__find__(afterName);
    if (index === -1) throw new Error(`Parser rule not found: ${afterName}`);
    this.__rules__.splice(index + 1, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Push new rule to the end of chain. See also
  * {@link Ruler.before}, {@link Ruler.after}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.push('my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  push(ruleName, fn, options = {}) {
    this.__rules__.push({
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Enable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  enable(list3, ignoreInvalid = false) {
    if (!Array.isArray(list3)) list3 = [list3];
    const result = [];
    list3.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = true;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Enable rules with given names, and disable everything else. If any rule name
  * not found - throw Error. Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enable}.
  */
  enableOnly(list3, ignoreInvalid = false) {
    if (!Array.isArray(list3)) list3 = [list3];
    this.__rules__.forEach((rule) => {
      rule.enabled = false;
    });
    this.enable(list3, ignoreInvalid);
  }
  /**
  * Disable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.enable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  disable(list3, ignoreInvalid = false) {
    if (!Array.isArray(list3)) list3 = [list3];
    const result = [];
    list3.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = false;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Return array of active functions (rules) for given chain name. It analyzes
  * rules configuration, compiles caches if not exists and returns result.
  *
  * Default chain name is `''` (empty string). It can't be skipped. That's
  * done intentionally, to keep signature monomorphic for high speed.
  */
  getRules(chainName) {
    if (!this.__cache__) this.__compile__();
    return this.__cache__[chainName] || [];
  }
};
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
  const token2 = tokens[idx];
  return `<code${slf.renderAttrs(token2)}>${escapeHtml(token2.content)}</code>`;
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
  const token2 = tokens[idx];
  return `<pre${slf.renderAttrs(token2)}><code>${escapeHtml(tokens[idx].content)}</code></pre>
`;
};
default_rules.fence = function(tokens, idx, options, env, slf) {
  const token2 = tokens[idx];
  const info2 = token2.info ? unescapeAll(token2.info).trim() : "";
  let langName = "";
  let langAttrs = "";
  if (info2) {
    const arr = info2.split(/(\s+)/g);
    langName = arr[0];
    langAttrs = arr.slice(2).join("");
  }
  let highlighted;
  if (options.highlight) highlighted = options.highlight(token2.content, langName, langAttrs) || escapeHtml(token2.content);
  else highlighted = escapeHtml(token2.content);
  if (highlighted.indexOf("<pre") === 0) return highlighted + "\n";
  if (info2) {
    const i = token2.attrIndex("class");
    const tmpAttrs = token2.attrs ? token2.attrs.slice() : [];
    if (i < 0) tmpAttrs.push(["class", `${options.langPrefix}${langName}`]);
    else {
      tmpAttrs[i] = [tmpAttrs[i][0], tmpAttrs[i][1]];
      tmpAttrs[i][1] += ` ${options.langPrefix}${langName}`;
    }
    const tmpToken = { attrs: tmpAttrs };
    return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>
`;
  }
  return `<pre><code${slf.renderAttrs(token2)}>${highlighted}</code></pre>
`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
  const token2 = tokens[idx];
  token2.attrs[token2.attrIndex("alt")][1] = slf.renderInlineAsText(token2.children, options, env);
  return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
  return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
  return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
  return escapeHtml(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
  return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
  return tokens[idx].content;
};
var Renderer = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * Contains render rules for tokens. Can be updated and extended.
      *
      * See [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts)
      * for more details and examples.
      *
      * @example Custom render rules
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * md.renderer.rules.strong_open  = function () { return '<b>'; };
      * md.renderer.rules.strong_close = function () { return '</b>'; };
      *
      * const result = md.renderInline(...);
      * ```
      *
      * @example Each rule is called as independent static function with fixed signature
      * ```javascript
      * function my_token_render(tokens, idx, options, env, renderer) {
      *   // ...
      *   return renderedHTML;
      * }
      * ```
      */
      "rules",
      Object.assign({}, default_rules)
    );
  }
  /**
  * Render token attributes to string.
  */
  renderAttrs(token2) {
    let i, l, result;
    if (!token2.attrs) return "";
    result = "";
    for (i = 0, l = token2.attrs.length; i < l; i++) result += ` ${escapeHtml(token2.attrs[i][0])}="${escapeHtml(String(token2.attrs[i][1]))}"`;
    return result;
  }
  /**
  * Default token renderer. Can be overriden by custom function
  * in {@link Renderer.rules}.
  */
  renderToken(tokens, idx, options) {
    const token2 = tokens[idx];
    let result = "";
    if (token2.hidden) return "";
    let prev = idx - 1;
    while (prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === 0) prev--;
    if (token2.block && token2.nesting !== -1 && prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === -1) result += "\n";
    result += (token2.nesting === -1 ? "</" : "<") + token2.tag;
    result += this.renderAttrs(token2);
    if (token2.nesting === 0 && options.xhtmlOut) result += " /";
    let needLf = false;
    if (token2.block) {
      needLf = true;
      if (token2.nesting === 1) {
        let next = idx + 1;
        while (next < tokens.length && tokens[next].hidden && tokens[next].nesting === 0) next++;
        if (next < tokens.length) {
          const nextToken = tokens[next];
          if (nextToken.type === "inline" || nextToken.hidden) needLf = false;
          else if (nextToken.nesting === -1 && nextToken.tag === token2.tag) needLf = false;
        }
      }
    }
    result += needLf ? ">\n" : ">";
    return result;
  }
  /**
  * The same as {@link Renderer.render}, but for single token of `inline` type.
  */
  renderInline(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
  /**
  * Special kludge for image `alt` attributes to conform CommonMark spec.
  * Don't try to use it! Spec requires to show `alt` content with stripped markup,
  * instead of simple escaping.
  */
  renderInlineAsText(tokens, options, env) {
    let result = "";
    for (let i = 0, len = tokens.length; i < len; i++) switch (tokens[i].type) {
      case "text":
      case "code_inline":
        result += tokens[i].content;
        break;
      case "image":
        result += this.renderInlineAsText(tokens[i].children, options, env);
        break;
      case "html_inline":
      case "html_block":
        result += tokens[i].content;
        break;
      case "softbreak":
      case "hardbreak":
        result += "\n";
    }
    return result;
  }
  /**
  * Takes token stream and generates HTML. Probably, you will never need to call
  * this method directly.
  */
  render(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (type === "inline") result += this.renderInline(tokens[i].children, options, env);
      else if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
};
var StateCore = class {
  constructor(src, md2, env) {
    _defineProperty(this, "tokens", []);
    _defineProperty(this, "inlineMode", false);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md2;
  }
};
var UNNORMALIZED_NEWLINE_RE = /\r\n?/g;
var NULL_RE = /\0/g;
function normalize(state) {
  let str;
  str = state.src.replace(UNNORMALIZED_NEWLINE_RE, "\n");
  str = str.replace(NULL_RE, "�");
  state.src = str;
}
function block(state) {
  let token2;
  if (state.inlineMode) {
    token2 = new state.Token("inline", "", 0);
    token2.content = state.src;
    token2.map = [0, 1];
    token2.children = [];
    state.tokens.push(token2);
  } else state.md.block.parse(state.src, state.md, state.env, state.tokens);
}
function strip_references(state) {
  const tokens = state.tokens;
  let last = 0;
  for (let curr = 0; curr < tokens.length; curr++) {
    if (tokens[curr].type === "reference_definition") continue;
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (tokens.length !== last) tokens.length = last;
}
function inline(state) {
  const tokens = state.tokens;
  for (let i = 0, l = tokens.length; i < l; i++) {
    const tok = tokens[i];
    if (tok.type === "inline") state.md.inline.parse(tok.content, state.md, state.env, tok.children);
  }
}
function isLinkOpen$1(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose$1(str) {
  return /^<\/a\s*>/i.test(str);
}
function linkify$1(state) {
  const blockTokens = state.tokens;
  if (!state.md.options.linkify) return;
  for (let j = 0, l = blockTokens.length; j < l; j++) {
    if (blockTokens[j].type !== "inline" || !state.md.linkify.test(blockTokens[j].content)) continue;
    const tokens = blockTokens[j].children;
    const replacements = [];
    let htmlLinkLevel = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const currentToken = tokens[i];
      if (currentToken.type === "link_close") {
        i--;
        while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") i--;
        continue;
      }
      if (currentToken.type === "html_inline") {
        if (isLinkOpen$1(currentToken.content) && htmlLinkLevel > 0) htmlLinkLevel--;
        if (isLinkClose$1(currentToken.content)) htmlLinkLevel++;
      }
      if (htmlLinkLevel > 0) continue;
      if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
        const text2 = currentToken.content;
        let links = state.md.linkify.match(text2);
        const nodes = [];
        let level = currentToken.level;
        let lastPos = 0;
        if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") links = links.slice(1);
        for (let ln = 0; ln < links.length; ln++) {
          const url = links[ln].url;
          const fullUrl = state.md.normalizeLink(url);
          if (!state.md.validateLink(fullUrl)) continue;
          let urlText = links[ln].text;
          if (!links[ln].schema) urlText = state.md.normalizeLinkText(`http://${urlText}`).replace(/^http:\/\//, "");
          else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) urlText = state.md.normalizeLinkText(`mailto:${urlText}`).replace(/^mailto:/, "");
          else urlText = state.md.normalizeLinkText(urlText);
          const pos = links[ln].index;
          if (pos > lastPos) {
            const token2 = new state.Token("text", "", 0);
            token2.content = text2.slice(lastPos, pos);
            token2.level = level;
            nodes.push(token2);
          }
          const token_o = new state.Token("link_open", "a", 1);
          token_o.attrs = [["href", fullUrl]];
          token_o.level = level++;
          token_o.markup = "linkify";
          token_o.info = "auto";
          nodes.push(token_o);
          const token_t = new state.Token("text", "", 0);
          token_t.content = urlText;
          token_t.level = level;
          nodes.push(token_t);
          const token_c = new state.Token("link_close", "a", -1);
          token_c.level = --level;
          token_c.markup = "linkify";
          token_c.info = "auto";
          nodes.push(token_c);
          lastPos = links[ln].lastIndex;
        }
        if (lastPos < text2.length) {
          const token2 = new state.Token("text", "", 0);
          token2.content = text2.slice(lastPos);
          token2.level = level;
          nodes.push(token2);
        }
        replacements.push({
          index: i,
          nodes
        });
      }
    }
    if (replacements.length > 0) {
      let newTokensLength = tokens.length;
      for (const replacement of replacements) newTokensLength += replacement.nodes.length - 1;
      const newTokens = new Array(newTokensLength);
      let replacementIndex = 0;
      let newTokenIndex = 0;
      replacements.reverse();
      for (let i = 0; i < tokens.length; i++) {
        const replacement = replacements[replacementIndex];
        if ((replacement === null || replacement === void 0 ? void 0 : replacement.index) === i) {
          for (const node of replacement.nodes) newTokens[newTokenIndex++] = node;
          replacementIndex++;
        } else newTokens[newTokenIndex++] = tokens[i];
      }
      blockTokens[j].children = newTokens;
    }
  }
}
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/gi;
var SCOPED_ABBR = {
  c: "©",
  r: "®",
  tm: "™"
};
function replaceFn(match, name) {
  return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens2) {
  let inside_autolink = 0;
  for (let i = inlineTokens2.length - 1; i >= 0; i--) {
    const token2 = inlineTokens2[i];
    if (token2.type === "text" && !inside_autolink) token2.content = token2.content.replace(SCOPED_ABBR_RE, replaceFn);
    if (token2.type === "link_open" && token2.info === "auto") inside_autolink--;
    if (token2.type === "link_close" && token2.info === "auto") inside_autolink++;
  }
}
function replace_rare(inlineTokens2) {
  let inside_autolink = 0;
  for (let i = inlineTokens2.length - 1; i >= 0; i--) {
    const token2 = inlineTokens2[i];
    if (token2.type === "text" && !inside_autolink) {
      if (RARE_RE.test(token2.content)) token2.content = token2.content.replace(/\+-/g, "±").replace(/\.{2,}/g, "…").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/gm, "$1—").replace(/(^|\s)--(?=\s|$)/gm, "$1–").replace(/(^|[^-\s])--(?=[^-\s]|$)/gm, "$1–");
    }
    if (token2.type === "link_open" && token2.info === "auto") inside_autolink--;
    if (token2.type === "link_close" && token2.info === "auto") inside_autolink++;
  }
}
function replace(state) {
  let blkIdx;
  if (!state.md.options.typographer) return;
  for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline") continue;
    if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) replace_scoped(state.tokens[blkIdx].children);
    if (RARE_RE.test(state.tokens[blkIdx].content)) replace_rare(state.tokens[blkIdx].children);
  }
}
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "’";
var MAX_OPENERS = 1e3;
function truncateStack(stack, heads, length) {
  while (stack.length > length) {
    const item = stack.pop();
    if (item.isSingleQuote) heads.single = item.prevSameQuoteIdx;
    else heads.double = item.prevSameQuoteIdx;
  }
}
function addReplacement(replacements, tokenIdx, pos, ch) {
  if (!replacements[tokenIdx]) replacements[tokenIdx] = [];
  replacements[tokenIdx].push({
    pos,
    ch
  });
}
function applyReplacements(str, replacements) {
  let result = "";
  let lastPos = 0;
  replacements.sort((a, b) => a.pos - b.pos);
  for (let i = 0; i < replacements.length; i++) {
    const replacement = replacements[i];
    result += str.slice(lastPos, replacement.pos) + replacement.ch;
    lastPos = replacement.pos + 1;
  }
  return result + str.slice(lastPos);
}
function process_inlines(tokens, state) {
  let j;
  const stack = [];
  const heads = {
    single: -1,
    double: -1
  };
  const replacements = {};
  for (let i = 0; i < tokens.length; i++) {
    const token2 = tokens[i];
    const thisLevel = tokens[i].level;
    for (j = stack.length - 1; j >= 0; j--) if (stack[j].level <= thisLevel) break;
    truncateStack(stack, heads, j + 1);
    if (token2.type !== "text") continue;
    const text2 = token2.content;
    let pos = 0;
    const max = text2.length;
    OUTER: while (pos < max) {
      QUOTE_RE.lastIndex = pos;
      const t = QUOTE_RE.exec(text2);
      if (!t) break;
      let canOpen = true;
      let canClose = true;
      pos = t.index + 1;
      const isSingle = t[0] === "'";
      let lastChar = 32;
      if (t.index - 1 >= 0) lastChar = text2.charCodeAt(t.index - 1);
      else for (j = i - 1; j >= 0; j--) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
        break;
      }
      let nextChar = 32;
      if (pos < max) nextChar = text2.charCodeAt(pos);
      else for (j = i + 1; j < tokens.length; j++) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        nextChar = tokens[j].content.charCodeAt(0);
        break;
      }
      const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
      const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
      const isLastWhiteSpace = isWhiteSpace(lastChar);
      const isNextWhiteSpace = isWhiteSpace(nextChar);
      if (isNextWhiteSpace) canOpen = false;
      else if (isNextPunctChar) {
        if (!(isLastWhiteSpace || isLastPunctChar)) canOpen = false;
      }
      if (isLastWhiteSpace) canClose = false;
      else if (isLastPunctChar) {
        if (!(isNextWhiteSpace || isNextPunctChar)) canClose = false;
      }
      if (nextChar === 34 && t[0] === '"') {
        if (lastChar >= 48 && lastChar <= 57) canClose = canOpen = false;
      }
      if (canOpen && canClose) {
        canOpen = isLastPunctChar;
        canClose = isNextPunctChar;
      }
      if (!canOpen && !canClose) {
        if (isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
        continue;
      }
      if (canClose) {
        j = isSingle ? heads.single : heads.double;
        if (j >= 0 && stack[j].level === thisLevel) {
          const item = stack[j];
          let openQuote;
          let closeQuote;
          if (isSingle) {
            openQuote = state.md.options.quotes[2];
            closeQuote = state.md.options.quotes[3];
          } else {
            openQuote = state.md.options.quotes[0];
            closeQuote = state.md.options.quotes[1];
          }
          addReplacement(replacements, i, t.index, closeQuote);
          addReplacement(replacements, item.tokenIdx, item.contentPos, openQuote);
          truncateStack(stack, heads, j);
          continue OUTER;
        }
      }
      if (canOpen) {
        if (stack.length >= MAX_OPENERS) return;
        stack.push({
          tokenIdx: i,
          contentPos: t.index,
          isSingleQuote: isSingle,
          level: thisLevel,
          prevSameQuoteIdx: isSingle ? heads.single : heads.double
        });
        if (isSingle) heads.single = stack.length - 1;
        else heads.double = stack.length - 1;
      } else if (canClose && isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
    }
  }
  Object.keys(replacements).forEach(function(tokenIdx) {
    const idx = Number(tokenIdx);
    tokens[idx].content = applyReplacements(tokens[idx].content, replacements[tokenIdx]);
  });
}
function smartquotes(state) {
  if (!state.md.options.typographer) return;
  for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) continue;
    process_inlines(state.tokens[blkIdx].children, state);
  }
}
function join_alt(tokens) {
  let curr, last;
  const max = tokens.length;
  for (curr = 0; curr < max; curr++) if (tokens[curr].type === "text_special") tokens[curr].type = "text";
  for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
  else {
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (curr !== last) tokens.length = last;
}
function text_join(state) {
  let curr, last;
  const blockTokens = state.tokens;
  const l = blockTokens.length;
  for (let j = 0; j < l; j++) {
    if (blockTokens[j].type !== "inline") continue;
    const tokens = blockTokens[j].children;
    const max = tokens.length;
    for (curr = 0; curr < max; curr++) {
      if (tokens[curr].type === "text_special") tokens[curr].type = "text";
      if (tokens[curr].children) join_alt(tokens[curr].children);
    }
    for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
    if (curr !== last) tokens.length = last;
  }
}
var _rules$2 = [
  ["normalize", normalize],
  ["block", block],
  ["strip_references", strip_references],
  ["inline", inline],
  ["linkify", linkify$1],
  ["replacements", replace],
  ["smartquotes", smartquotes],
  ["text_join", text_join]
];
var ParserCore = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of core rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateCore);
    for (let i = 0; i < _rules$2.length; i++) this.ruler.push(_rules$2[i][0], _rules$2[i][1]);
  }
  /**
  * Executes core chain rules.
  */
  process(state) {
    const rules = this.ruler.getRules("");
    for (let i = 0, l = rules.length; i < l; i++) rules[i](state);
  }
};
var StateBlock = class {
  constructor(src, md2, env, tokens) {
    _defineProperty(this, "bMarks", []);
    _defineProperty(this, "eMarks", []);
    _defineProperty(this, "tShift", []);
    _defineProperty(this, "sCount", []);
    _defineProperty(this, "bsCount", []);
    _defineProperty(this, "blkIndent", 0);
    _defineProperty(this, "line", 0);
    _defineProperty(this, "lineMax", 0);
    _defineProperty(this, "tight", false);
    _defineProperty(this, "listIndent", -1);
    _defineProperty(this, "parentType", "root");
    _defineProperty(this, "level", 0);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.md = md2;
    this.env = env;
    this.tokens = tokens;
    const s = this.src;
    for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
      const ch = s.charCodeAt(pos);
      if (!indent_found) {
        if (isSpace(ch)) {
          indent++;
          if (ch === 9) offset += 4 - offset % 4;
          else offset++;
          continue;
        } else indent_found = true;
      }
      if (ch === 10 || pos === len - 1) {
        if (ch !== 10) pos++;
        this.bMarks.push(start);
        this.eMarks.push(pos);
        this.tShift.push(indent);
        this.sCount.push(offset);
        this.bsCount.push(0);
        indent_found = false;
        indent = 0;
        offset = 0;
        start = pos + 1;
      }
    }
    this.bMarks.push(s.length);
    this.eMarks.push(s.length);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
  }
  push(type, tag, nesting) {
    const token2 = new Token(type, tag, nesting);
    token2.block = true;
    if (nesting < 0) this.level--;
    token2.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token2);
    return token2;
  }
  isEmpty(line) {
    return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
  }
  skipEmptyLines(from) {
    for (let max = this.lineMax; from < max; from++) if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) break;
    return from;
  }
  skipSpaces(pos) {
    for (let max = this.src.length; pos < max; pos++) if (!isSpace(this.src.charCodeAt(pos))) break;
    return pos;
  }
  skipSpacesBack(pos, min) {
    if (pos <= min) return pos;
    while (pos > min) if (!isSpace(this.src.charCodeAt(--pos))) return pos + 1;
    return pos;
  }
  skipChars(pos, code2) {
    for (let max = this.src.length; pos < max; pos++) if (this.src.charCodeAt(pos) !== code2) break;
    return pos;
  }
  skipCharsBack(pos, code2, min) {
    if (pos <= min) return pos;
    while (pos > min) if (code2 !== this.src.charCodeAt(--pos)) return pos + 1;
    return pos;
  }
  getLines(begin, end, indent, keepLastLF) {
    if (begin >= end) return "";
    const queue = new Array(end - begin);
    for (let i = 0, line = begin; line < end; line++, i++) {
      let lineIndent = 0;
      const lineStart = this.bMarks[line];
      let first = lineStart;
      let last;
      if (line + 1 < end || keepLastLF) last = this.eMarks[line] + 1;
      else last = this.eMarks[line];
      while (first < last && lineIndent < indent) {
        const ch = this.src.charCodeAt(first);
        if (isSpace(ch)) {
          if (ch === 9) lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
          else lineIndent++;
        } else if (first - lineStart < this.tShift[line]) lineIndent++;
        else break;
        first++;
      }
      if (lineIndent > indent) queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
      else queue[i] = this.src.slice(first, last);
    }
    return queue.join("");
  }
};
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
  const pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  return state.src.slice(pos, max);
}
function escapedSplit(str) {
  const result = [];
  const max = str.length;
  let pos = 0;
  let ch = str.charCodeAt(pos);
  let isEscaped = false;
  let lastPos = 0;
  let current = "";
  while (pos < max) {
    if (ch === 124) {
      if (!isEscaped) {
        result.push(current + str.substring(lastPos, pos));
        current = "";
        lastPos = pos + 1;
      } else {
        current += str.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 92;
    pos++;
    ch = str.charCodeAt(pos);
  }
  result.push(current + str.substring(lastPos));
  return result;
}
function table(state, startLine, endLine, silent) {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) return false;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) return false;
  if (pos >= state.eMarks[nextLine]) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) return false;
  if (firstCh === 45 && isSpace(secondCh)) return false;
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) return false;
    pos++;
  }
  let lineText2 = getLine(state, startLine + 1);
  let columns = lineText2.split("|");
  const aligns = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i].trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) continue;
      else return false;
    }
    if (!/^:?-+:?$/.test(t)) return false;
    if (t.charCodeAt(t.length - 1) === 58) aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
    else if (t.charCodeAt(0) === 58) aligns.push("left");
    else aligns.push("");
  }
  lineText2 = getLine(state, startLine).trim();
  if (lineText2.indexOf("|") === -1) return false;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  columns = escapedSplit(lineText2);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) return false;
  if (silent) return true;
  const oldParentType = state.parentType;
  state.parentType = "table";
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const token_to = state.push("table_open", "table", 1);
  const tableLines = [startLine, 0];
  token_to.map = tableLines;
  const token_tho = state.push("thead_open", "thead", 1);
  token_tho.map = [startLine, startLine + 1];
  const token_htro = state.push("tr_open", "tr", 1);
  token_htro.map = [startLine, startLine + 1];
  for (let i = 0; i < columns.length; i++) {
    const token_ho = state.push("th_open", "th", 1);
    if (aligns[i]) token_ho.attrs = [["style", `text-align:${aligns[i]}`]];
    const token_il = state.push("inline", "", 0);
    token_il.content = columns[i].trim();
    token_il.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);
  let tbodyLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    lineText2 = getLine(state, nextLine).trim();
    if (!lineText2) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    columns = escapedSplit(lineText2);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
    if (nextLine === startLine + 2) {
      const token_tbo = state.push("tbody_open", "tbody", 1);
      token_tbo.map = tbodyLines = [startLine + 2, 0];
    }
    const token_tro = state.push("tr_open", "tr", 1);
    token_tro.map = [nextLine, nextLine + 1];
    for (let i = 0; i < columnCount; i++) {
      const token_tdo = state.push("td_open", "td", 1);
      if (aligns[i]) token_tdo.attrs = [["style", `text-align:${aligns[i]}`]];
      const token_il = state.push("inline", "", 0);
      token_il.content = columns[i] ? columns[i].trim() : "";
      token_il.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (tbodyLines) {
    state.push("tbody_close", "tbody", -1);
    tbodyLines[1] = nextLine;
  }
  state.push("table_close", "table", -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}
function code(state, startLine, endLine) {
  if (state.sCount[startLine] - state.blkIndent < 4) return false;
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  const token2 = state.push("code_block", "code", 0);
  token2.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
  token2.map = [startLine, state.line];
  return true;
}
function fence(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (pos + 3 > max) return false;
  const marker = state.src.charCodeAt(pos);
  if (marker !== 126 && marker !== 96) return false;
  let mem = pos;
  pos = state.skipChars(pos, marker);
  let len = pos - mem;
  if (len < 3) return false;
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker === 96) {
    if (params.indexOf(String.fromCharCode(marker)) >= 0) return false;
  }
  if (silent) return true;
  let nextLine = startLine;
  let haveEndMarker = false;
  for (; ; ) {
    nextLine++;
    if (nextLine >= endLine) break;
    pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) break;
    if (state.src.charCodeAt(pos) !== marker) continue;
    if (state.sCount[nextLine] - state.blkIndent >= 4) continue;
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) continue;
    pos = state.skipSpaces(pos);
    if (pos < max) continue;
    haveEndMarker = true;
    break;
  }
  len = state.sCount[startLine];
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token2 = state.push("fence", "code", 0);
  token2.info = params;
  token2.content = state.getLines(startLine + 1, nextLine, len, true);
  token2.markup = markup;
  token2.map = [startLine, state.line];
  return true;
}
function blockquote(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 62) return false;
  if (silent) return true;
  const oldBMarks = [];
  const oldBSCount = [];
  const oldSCount = [];
  const oldTShift = [];
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  let lastLineEmpty = false;
  let nextLine;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) break;
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker;
      let adjustTab;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else adjustTab = true;
      } else spaceAfterMarker = false;
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
          else offset++;
        } else break;
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]);
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]);
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]);
        oldBSCount.push(state.bsCount[nextLine]);
        oldTShift.push(state.tShift[nextLine]);
        oldSCount.push(state.sCount[nextLine]);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    oldBMarks.push(state.bMarks[nextLine]);
    oldBSCount.push(state.bsCount[nextLine]);
    oldTShift.push(state.tShift[nextLine]);
    oldSCount.push(state.sCount[nextLine]);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const token_o = state.push("blockquote_open", "blockquote", 1);
  token_o.markup = ">";
  const lines = [startLine, 0];
  token_o.map = lines;
  state.md.block.tokenize(state, startLine, nextLine);
  const token_c = state.push("blockquote_close", "blockquote", -1);
  token_c.markup = ">";
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines[1] = state.line;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i];
    state.tShift[i + startLine] = oldTShift[i];
    state.sCount[i + startLine] = oldSCount[i];
    state.bsCount[i + startLine] = oldBSCount[i];
  }
  state.blkIndent = oldIndent;
  return true;
}
function hr(state, startLine, endLine, silent) {
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 95) return false;
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) return false;
    if (ch === marker) cnt++;
  }
  if (cnt < 3) return false;
  if (silent) return true;
  state.line = startLine + 1;
  const token2 = state.push("hr", "hr", 0);
  token2.map = [startLine, state.line];
  token2.markup = Array(cnt + 1).join(String.fromCharCode(marker));
  return true;
}
function skipBulletListMarker(state, startLine) {
  const max = state.eMarks[startLine];
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 43) return -1;
  if (pos < max) {
    if (!isSpace(state.src.charCodeAt(pos))) return -1;
  }
  return pos;
}
function skipOrderedListMarker(state, startLine) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) return -1;
  for (; ; ) {
    if (pos >= max) return -1;
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 41 || ch === 46) break;
    return -1;
  }
  if (pos < max) {
    ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) return -1;
  }
  return pos;
}
function markTightParagraphs(state, idx) {
  const level = state.level + 2;
  for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
    state.tokens[i + 2].hidden = true;
    state.tokens[i].hidden = true;
    i += 2;
  }
}
function list(state, startLine, endLine, silent) {
  let max, pos, start, token2;
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) return false;
  let isTerminatingParagraph = false;
  if (silent && state.parentType === "paragraph") {
    if (state.sCount[nextLine] >= state.blkIndent) isTerminatingParagraph = true;
  }
  let isOrdered;
  let markerValue;
  let posAfterMarker;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine] + state.tShift[nextLine];
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) isOrdered = false;
  else return false;
  if (isTerminatingParagraph) {
    if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
  }
  if (silent) return true;
  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokIdx = state.tokens.length;
  if (isOrdered) {
    token2 = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) token2.attrs = [["start", markerValue]];
  } else token2 = state.push("bullet_list_open", "ul", 1);
  const listLines = [nextLine, 0];
  token2.map = listLines;
  token2.markup = String.fromCharCode(markerCharCode);
  let prevEmptyEnd = false;
  const terminatorRules = state.md.block.ruler.getRules("list");
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (nextLine < endLine) {
    pos = posAfterMarker;
    max = state.eMarks[nextLine];
    const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine]) % 4;
      else if (ch === 32) offset++;
      else break;
      pos++;
    }
    const contentStart2 = pos;
    let indentAfterMarker;
    if (contentStart2 >= max) indentAfterMarker = 1;
    else indentAfterMarker = offset - initial;
    if (indentAfterMarker > 4) indentAfterMarker = 1;
    const indent = initial + indentAfterMarker;
    token2 = state.push("list_item_open", "li", 1);
    token2.markup = String.fromCharCode(markerCharCode);
    const itemLines = [nextLine, 0];
    token2.map = itemLines;
    if (isOrdered) token2.info = state.src.slice(start, posAfterMarker - 1);
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine];
    const oldSCount = state.sCount[nextLine];
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart2 - state.bMarks[nextLine];
    state.sCount[nextLine] = offset;
    if (contentStart2 >= max && state.isEmpty(nextLine + 1)) state.line = Math.min(state.line + 2, endLine);
    else state.md.block.tokenize(state, nextLine, endLine);
    if (!state.tight || prevEmptyEnd) tight = false;
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    token2 = state.push("list_item_close", "li", -1);
    token2.markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) break;
    if (state.sCount[nextLine] < state.blkIndent) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
      start = state.bMarks[nextLine] + state.tShift[nextLine];
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
  }
  if (isOrdered) token2 = state.push("ordered_list_close", "ol", -1);
  else token2 = state.push("bullet_list_close", "ul", -1);
  token2.markup = String.fromCharCode(markerCharCode);
  listLines[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) markTightParagraphs(state, listTokIdx);
  return true;
}
var MAX_LABEL_LENGTH = 999;
function countCodePoints(str) {
  let length = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    const high = str.charCodeAt(i);
    if (high < 55296 || high > 56319) continue;
    const low = str.charCodeAt(i + 1);
    if (low >= 56320 && low <= 57343) {
      length--;
      i++;
    }
  }
  return length;
}
function lineEnd(state, line) {
  return Math.min(state.eMarks[line] + 1, state.src.length);
}
function getNextLinePos(state, nextLine) {
  const endLine = state.lineMax;
  if (nextLine >= endLine || state.isEmpty(nextLine)) return -1;
  let isContinuation = false;
  if (state.sCount[nextLine] - state.blkIndent > 3) isContinuation = true;
  if (state.sCount[nextLine] < 0) isContinuation = true;
  if (!isContinuation) {
    const terminatorRules = state.md.block.ruler.getRules("reference");
    const oldParentType = state.parentType;
    state.parentType = "reference";
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    state.parentType = oldParentType;
    if (terminate) return -1;
  }
  return state.bMarks[nextLine] + state.tShift[nextLine];
}
function reference(state, startLine, _endLine, silent) {
  const src = state.src;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let nextLine = startLine + 1;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (src.charCodeAt(pos) !== 91) return false;
  let max = lineEnd(state, startLine);
  let rawLabel = "";
  let labelEnd = -1;
  let segmentStart = ++pos;
  while (pos < max) {
    if (rawLabel.length + pos - segmentStart > MAX_LABEL_LENGTH * 2) return false;
    let ch = src.charCodeAt(pos);
    if (ch === 91) return false;
    if (ch === 93) {
      labelEnd = pos;
      break;
    }
    if (ch === 92) ch = src.charCodeAt(++pos);
    if (ch === 10 && pos < max) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) return false;
      rawLabel += src.slice(segmentStart, max);
      pos = segmentStart = nextPos;
      max = lineEnd(state, nextLine++);
      continue;
    }
    pos++;
  }
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58) return false;
  rawLabel += src.slice(segmentStart, labelEnd);
  if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) return false;
  pos = labelEnd + 2;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const destRes = state.md.helpers.parseLinkDestination(src, pos, max);
  if (!destRes.ok) return false;
  const href = state.md.normalizeLink(destRes.str);
  if (!state.md.validateLink(href)) return false;
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndMax = max;
  const destEndLineNo = nextLine;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const titleStart = pos;
  let titleRes = state.md.helpers.parseLinkTitle(src, pos, max);
  while (titleRes.can_continue) {
    const nextPos = getNextLinePos(state, nextLine);
    if (nextPos < 0) break;
    pos = nextPos;
    max = lineEnd(state, nextLine++);
    titleRes = state.md.helpers.parseLinkTitle(src, pos, max, titleRes);
  }
  let title;
  if (titleStart !== destEndPos && titleRes.ok) {
    title = titleRes.str;
    pos = titleRes.pos;
  } else {
    title = "";
    pos = destEndPos;
    max = destEndMax;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    if (!isSpace(src.charCodeAt(pos))) break;
    pos++;
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    if (title) {
      title = "";
      pos = destEndPos;
      max = destEndMax;
      nextLine = destEndLineNo;
      while (pos < max) {
        if (!isSpace(src.charCodeAt(pos))) break;
        pos++;
      }
    }
  }
  if (pos < max && src.charCodeAt(pos) !== 10) return false;
  const label = normalizeReference(rawLabel);
  if (!label) return false;
  if (silent) return true;
  if (typeof state.env.references === "undefined") state.env.references = {};
  if (typeof state.env.references[label] === "undefined") state.env.references[label] = {
    title,
    href
  };
  const token2 = state.push("reference_definition", "", 0);
  token2.map = [startLine, nextLine];
  token2.hidden = true;
  const meta = /* @__PURE__ */ Object.create(null);
  meta.label = label;
  token2.meta = meta;
  state.line = nextLine;
  return true;
}
var html_blocks_default = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var open_tag = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
new RegExp(`^(?:${open_tag}|${close_tag}|<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->|<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)`);
var HTML_OPEN_CLOSE_TAG_RE = new RegExp(`^(?:${open_tag}|${close_tag})`);
var HTML_SEQUENCES = [
  [
    /^<(script|pre|style|textarea)(?=(\s|>|$))/i,
    /<\/(script|pre|style|textarea)>/i,
    true
  ],
  [
    /^<!--/,
    /-->/,
    true
  ],
  [
    /^<\?/,
    /\?>/,
    true
  ],
  [
    /^<![A-Za-z]/,
    />/,
    true
  ],
  [
    /^<!\[CDATA\[/,
    /\]\]>/,
    true
  ],
  [
    new RegExp(`^</?(${html_blocks_default.join("|")})(?=(\\s|/?>|$))`, "i"),
    /^$/,
    true
  ],
  [
    new RegExp(`${HTML_OPEN_CLOSE_TAG_RE.source}\\s*$`),
    /^$/,
    false
  ]
];
function html_block(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (!state.md.options.html) return false;
  if (state.src.charCodeAt(pos) !== 60) return false;
  let lineText2 = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) if (HTML_SEQUENCES[i][0].test(lineText2)) break;
  if (i === HTML_SEQUENCES.length) return false;
  if (silent) return HTML_SEQUENCES[i][2];
  let nextLine = startLine + 1;
  const endsOnBlankLine = HTML_SEQUENCES[i][1].test("");
  if (!HTML_SEQUENCES[i][1].test(lineText2)) for (; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) {
      if (endsOnBlankLine || !state.isEmpty(nextLine)) break;
    }
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    lineText2 = state.src.slice(pos, max);
    if (HTML_SEQUENCES[i][1].test(lineText2)) {
      if (lineText2.length !== 0) nextLine++;
      break;
    }
  }
  state.line = nextLine;
  const token2 = state.push("html_block", "", 0);
  token2.map = [startLine, nextLine];
  token2.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}
function heading(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 || pos >= max) return false;
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || pos < max && !isSpace(ch)) return false;
  if (silent) return true;
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) max = tmp;
  state.line = startLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = "########".slice(0, level);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = asciiTrim(state.src.slice(pos, max));
  token_i.map = [startLine, state.line];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = "########".slice(0, level);
  return true;
}
function lheading(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        marker = state.src.charCodeAt(pos);
        if (marker === 45 || marker === 61) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = String.fromCharCode(marker);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line - 1];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = String.fromCharCode(marker);
  state.parentType = oldParentType;
  return true;
}
function paragraph(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const token_o = state.push("paragraph_open", "p", 1);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line];
  token_i.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
}
var _rules$1 = [
  [
    "table",
    table,
    ["paragraph", "reference"]
  ],
  ["code", code],
  [
    "fence",
    fence,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "blockquote",
    blockquote,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "hr",
    hr,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "list",
    list,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["reference", reference],
  [
    "html_block",
    html_block,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  [
    "heading",
    heading,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["lheading", lheading],
  ["paragraph", paragraph]
];
var ParserBlock = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of block rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateBlock);
    for (let i = 0; i < _rules$1.length; i++) this.ruler.push(_rules$1[i][0], _rules$1[i][1], { alt: (_rules$1[i][2] || []).slice() });
  }
  tokenize(state, startLine, endLine) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    let line = startLine;
    let hasEmptyLines = false;
    while (line < endLine) {
      state.line = line = state.skipEmptyLines(line);
      if (line >= endLine) break;
      if (state.sCount[line] < state.blkIndent) break;
      if (state.level >= maxNesting) {
        state.line = endLine;
        break;
      }
      const prevLine = state.line;
      let ok = false;
      for (let i = 0; i < len; i++) {
        ok = rules[i](state, line, endLine, false);
        if (ok) {
          if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
          break;
        }
      }
      if (!ok) throw new Error("none of the block rules matched");
      state.tight = !hasEmptyLines;
      if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
      line = state.line;
      if (line < endLine && state.isEmpty(line)) {
        hasEmptyLines = true;
        line++;
        state.line = line;
      }
    }
  }
  /**
  * Process input string and push block tokens into `outTokens`
  */
  parse(src, md2, env, outTokens) {
    if (!src) return;
    const state = new this.State(src, md2, env, outTokens);
    this.tokenize(state, state.line, state.lineMax);
  }
};
var StateInline = class {
  constructor(src, md2, env, outTokens) {
    _defineProperty(this, "pos", 0);
    _defineProperty(this, "level", 0);
    _defineProperty(this, "pending", "");
    _defineProperty(this, "pendingLevel", 0);
    _defineProperty(this, "cache", {});
    _defineProperty(this, "backticks", {});
    _defineProperty(this, "backticksScanned", false);
    _defineProperty(this, "skipHtmlSpecial", false);
    _defineProperty(this, "linkLevel", 0);
    _defineProperty(this, "delimiters", []);
    _defineProperty(this, "_prev_delimiters", []);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md2;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = this.src.length;
  }
  pushPending() {
    const token2 = new Token("text", "", 0);
    token2.content = this.pending;
    token2.level = this.pendingLevel;
    this.tokens.push(token2);
    this.pending = "";
    return token2;
  }
  push(type, tag, nesting) {
    if (this.pending) this.pushPending();
    const token2 = new Token(type, tag, nesting);
    let token_meta = void 0;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop();
    }
    token2.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      token_meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token2);
    this.tokens_meta.push(token_meta);
    return token2;
  }
  scanDelims(start, canSplitWord) {
    const max = this.posMax;
    const marker = this.src.charCodeAt(start);
    let lastChar;
    if (start === 0) lastChar = 32;
    else if (start === 1) {
      lastChar = this.src.charCodeAt(0);
      if ((lastChar & 63488) === 55296) lastChar = 65533;
    } else {
      lastChar = this.src.charCodeAt(start - 1);
      if ((lastChar & 64512) === 56320) {
        const highSurr = this.src.charCodeAt(start - 2);
        lastChar = (highSurr & 64512) === 55296 ? 65536 + (highSurr - 55296 << 10) + (lastChar - 56320) : 65533;
      } else if ((lastChar & 64512) === 55296) lastChar = 65533;
    }
    let pos = start;
    while (pos < max && this.src.charCodeAt(pos) === marker) pos++;
    const count = pos - start;
    let nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
    if ((nextChar & 64512) === 55296) {
      const lowSurr = this.src.charCodeAt(pos + 1);
      nextChar = (lowSurr & 64512) === 56320 ? 65536 + (nextChar - 55296 << 10) + (lowSurr - 56320) : 65533;
    } else if ((nextChar & 64512) === 56320) nextChar = 65533;
    const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
    const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
    const isLastWhiteSpace = isWhiteSpace(lastChar);
    const isNextWhiteSpace = isWhiteSpace(nextChar);
    const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
    const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
    return {
      can_open: left_flanking && (canSplitWord || !right_flanking || isLastPunctChar),
      can_close: right_flanking && (canSplitWord || !left_flanking || isNextPunctChar),
      length: count
    };
  }
};
function isTerminatorChar(ch) {
  switch (ch) {
    case 10:
    case 33:
    case 35:
    case 36:
    case 37:
    case 38:
    case 42:
    case 43:
    case 45:
    case 58:
    case 60:
    case 61:
    case 62:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function text(state, silent) {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}
function isAsciiAlpha(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}
function isSchemeChar(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 43 || code2 === 45 || code2 === 46;
}
function linkify(state, silent) {
  if (!state.md.options.linkify) return false;
  if (state.linkLevel > 0) return false;
  const pos = state.pos;
  const max = state.posMax;
  if (pos + 3 > max) return false;
  if (state.src.charCodeAt(pos) !== 58) return false;
  if (state.src.charCodeAt(pos + 1) !== 47) return false;
  if (state.src.charCodeAt(pos + 2) !== 47) return false;
  const protoMin = pos - Math.min(10, state.pending.length, pos);
  let protoStart = pos;
  while (protoStart > protoMin && isSchemeChar(state.src.charCodeAt(protoStart - 1))) protoStart--;
  if (protoStart === pos || !isAsciiAlpha(state.src.charCodeAt(protoStart))) return false;
  const protoLength = pos - protoStart;
  const link2 = state.md.linkify.matchAtStart(state.src.slice(protoStart));
  if (!link2) return false;
  let url = link2.url;
  if (url.length <= protoLength) return false;
  let urlEnd = url.length;
  while (urlEnd > 0 && url.charCodeAt(urlEnd - 1) === 42) urlEnd--;
  if (urlEnd !== url.length) url = url.slice(0, urlEnd);
  const fullUrl = state.md.normalizeLink(url);
  if (!state.md.validateLink(fullUrl)) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -protoLength);
    const token_o = state.push("link_open", "a", 1);
    token_o.attrs = [["href", fullUrl]];
    token_o.markup = "linkify";
    token_o.info = "auto";
    const token_t = state.push("text", "", 0);
    token_t.content = state.md.normalizeLinkText(url);
    const token_c = state.push("link_close", "a", -1);
    token_c.markup = "linkify";
    token_c.info = "auto";
  }
  state.pos += url.length - protoLength;
  return true;
}
function newline(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 10) return false;
  const pmax = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
      if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
        let ws = pmax - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else state.push("softbreak", "br", 0);
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) pos++;
  state.pos = pos;
  return true;
}
var ESCAPED = [];
for (let i = 0; i < 256; i++) ESCAPED.push(0);
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
  ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape(state, silent) {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 92) return false;
  pos++;
  if (pos >= max) return false;
  let ch1 = state.src.charCodeAt(pos);
  if (ch1 === 10) {
    if (!silent) state.push("hardbreak", "br", 0);
    pos++;
    while (pos < max) {
      ch1 = state.src.charCodeAt(pos);
      if (!isSpace(ch1)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  if (ch1 === 32) {
    if (!silent) {
      const token2 = state.push("text_special", "", 0);
      token2.content = "\\";
      token2.markup = "\\";
      token2.info = "escape";
    }
    state.pos = pos;
    return true;
  }
  let escapedStr = state.src[pos];
  if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
    const ch2 = state.src.charCodeAt(pos + 1);
    if (ch2 >= 56320 && ch2 <= 57343) {
      escapedStr += state.src[pos + 1];
      pos++;
    }
  }
  const origStr = "\\" + escapedStr;
  if (!silent) {
    const token2 = state.push("text_special", "", 0);
    if (ch1 < 256 && ESCAPED[ch1] !== 0) token2.content = escapedStr;
    else token2.content = origStr;
    token2.markup = origStr;
    token2.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}
function buildLastRuns(src) {
  const lastRuns = {};
  let pos = 0;
  while ((pos = src.indexOf("`", pos)) !== -1) {
    const start = pos;
    while (src.charCodeAt(++pos) === 96) ;
    lastRuns[pos - start] = start;
  }
  return lastRuns;
}
function backtick(state, silent) {
  var _state$backticks$open;
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 96) return false;
  const max = state.posMax;
  let pos = start + 1;
  while (pos < max && state.src.charCodeAt(pos) === 96) pos++;
  const marker = state.src.slice(start, pos);
  const openerLength = marker.length;
  if (!state.backticksScanned) {
    state.backticks = buildLastRuns(state.src);
    state.backticksScanned = true;
  }
  if (((_state$backticks$open = state.backticks[openerLength]) !== null && _state$backticks$open !== void 0 ? _state$backticks$open : -1) >= pos) {
    let matchEnd = pos;
    let matchStart;
    while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1 && matchStart < max) {
      matchEnd = matchStart + 1;
      while (state.src.charCodeAt(matchEnd) === 96) matchEnd++;
      if (matchEnd > max) break;
      if (matchEnd - matchStart === openerLength) {
        if (!silent) {
          const token2 = state.push("code_inline", "code", 0);
          token2.markup = marker;
          let content = state.src.slice(pos, matchStart).replace(/\n/g, " ");
          if (content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content)) content = content.slice(1, -1);
          token2.content = content;
        }
        state.pos = matchEnd;
        return true;
      }
    }
  }
  if (!silent) state.pending += marker;
  state.pos = pos;
  return true;
}
function strikethrough_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker !== 126) return false;
  const scanned = state.scanDelims(state.pos, true);
  let len = scanned.length;
  const ch = String.fromCharCode(marker);
  if (len < 2) return false;
  let token2;
  if (len % 2) {
    token2 = state.push("text", "", 0);
    token2.content = ch;
    len--;
  }
  for (let i = 0; i < len; i += 2) {
    token2 = state.push("text", "", 0);
    token2.content = ch + ch;
    state.delimiters.push({
      marker,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess$1(state, delimiters) {
  let token2;
  const loneMarkers = [];
  const max = delimiters.length;
  for (let i = 0; i < max; i++) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 126) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    token2 = state.tokens[startDelim.token];
    token2.type = "s_open";
    token2.tag = "s";
    token2.nesting = 1;
    token2.markup = "~~";
    token2.content = "";
    token2 = state.tokens[endDelim.token];
    token2.type = "s_close";
    token2.tag = "s";
    token2.nesting = -1;
    token2.markup = "~~";
    token2.content = "";
    if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") loneMarkers.push(endDelim.token - 1);
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop();
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j].type === "s_close") j++;
    j--;
    if (i !== j) {
      token2 = state.tokens[j];
      state.tokens[j] = state.tokens[i];
      state.tokens[i] = token2;
    }
  }
}
function strikethrough_postProcess(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess$1(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess$1(state, delimiters);
  }
}
var strikethrough_default = {
  tokenize: strikethrough_tokenize,
  postProcess: strikethrough_postProcess
};
function emphasis_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker !== 95 && marker !== 42) return false;
  const scanned = state.scanDelims(state.pos, marker === 42);
  for (let i = 0; i < scanned.length; i++) {
    const token2 = state.push("text", "", 0);
    token2.content = String.fromCharCode(marker);
    state.delimiters.push({
      marker,
      length: scanned.length,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess(state, delimiters) {
  const max = delimiters.length;
  for (let i = max - 1; i >= 0; i--) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 95 && startDelim.marker !== 42) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && delimiters[startDelim.end + 1].token === endDelim.token + 1;
    const ch = String.fromCharCode(startDelim.marker);
    const token_o = state.tokens[startDelim.token];
    token_o.type = isStrong ? "strong_open" : "em_open";
    token_o.tag = isStrong ? "strong" : "em";
    token_o.nesting = 1;
    token_o.markup = isStrong ? ch + ch : ch;
    token_o.content = "";
    const token_c = state.tokens[endDelim.token];
    token_c.type = isStrong ? "strong_close" : "em_close";
    token_c.tag = isStrong ? "strong" : "em";
    token_c.nesting = -1;
    token_c.markup = isStrong ? ch + ch : ch;
    token_c.content = "";
    if (isStrong) {
      state.tokens[delimiters[i - 1].token].content = "";
      state.tokens[delimiters[startDelim.end + 1].token].content = "";
      i--;
    }
  }
}
function emphasis_post_process(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess(state, delimiters);
  }
}
var emphasis_default = {
  tokenize: emphasis_tokenize,
  postProcess: emphasis_post_process
};
function link(state, silent) {
  let code2, label, res, ref;
  let href = "";
  let title = "";
  let start = state.pos;
  let parseReference = true;
  if (state.src.charCodeAt(state.pos) !== 91) return false;
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) return false;
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    parseReference = false;
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
      start = pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
      res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && res.ok) {
        title = res.str;
        pos = res.pos;
        for (; pos < max; pos++) {
          code2 = state.src.charCodeAt(pos);
          if (!isSpace(code2) && code2 !== 10) break;
        }
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) parseReference = true;
    pos++;
  }
  if (parseReference) {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const token_o = state.push("link_open", "a", 1);
    const attrs = [["href", href]];
    token_o.attrs = attrs;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token_o.meta = meta;
    }
    state.linkLevel++;
    state.md.inline.tokenize(state);
    state.linkLevel--;
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
function image(state, silent) {
  let code2, content, label, pos, ref, res, title, start;
  let href = "";
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 33) return false;
  if (state.src.charCodeAt(state.pos + 1) !== 91) return false;
  const labelStart = state.pos + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) return false;
  pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
    }
    start = pos;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && res.ok) {
      title = res.str;
      pos = res.pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
    } else title = "";
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    content = state.src.slice(labelStart, labelEnd);
    const tokens = [];
    state.md.inline.parse(content, state.md, state.env, tokens);
    const token2 = state.push("image", "img", 0);
    const attrs = [["src", href], ["alt", ""]];
    token2.attrs = attrs;
    token2.children = tokens;
    token2.content = content;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token2.meta = meta;
    }
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60) return false;
  const start = state.pos;
  const max = state.posMax;
  for (; ; ) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 60) return false;
    if (ch === 62) break;
  }
  const url = state.src.slice(start + 1, pos);
  if (AUTOLINK_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(url);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  if (EMAIL_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(`mailto:${url}`);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  return false;
}
function isLinkOpen(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose(str) {
  return /^<\/a\s*>/i.test(str);
}
function isLetter(ch) {
  const lc = ch | 32;
  return lc >= 97 && lc <= 122;
}
function scanSpecial(state, pos) {
  const src = state.src;
  let start;
  let terminator;
  if (src.startsWith("<!--", pos)) {
    if (src.startsWith(">", pos + 4)) return pos + 5;
    if (src.startsWith("->", pos + 4)) return pos + 6;
    start = pos + 4;
    terminator = "-->";
  } else if (src.startsWith("<![CDATA[", pos)) {
    start = pos + 9;
    terminator = "]]>";
  } else if (src.charCodeAt(pos + 1) === 63) {
    start = pos + 2;
    terminator = "?>";
  } else if (isLetter(src.charCodeAt(pos + 2))) {
    start = pos + 3;
    terminator = ">";
  } else return -1;
  if (state.skipHtmlSpecial) return -1;
  const end = src.indexOf(terminator, start);
  if (end < 0) {
    state.skipHtmlSpecial = true;
    return -1;
  }
  return end + terminator.length;
}
function html_inline(state, silent) {
  if (!state.md.options.html) return false;
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) return false;
  let end;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 33 || ch === 63) end = scanSpecial(state, pos);
  else if (ch === 47 || isLetter(ch)) {
    const match = state.src.slice(pos).match(HTML_OPEN_CLOSE_TAG_RE);
    end = match ? pos + match[0].length : -1;
  } else return false;
  if (end < 0) return false;
  if (!silent) {
    const token2 = state.push("html_inline", "", 0);
    token2.content = state.src.slice(pos, end);
    if (isLinkOpen(token2.content)) state.linkLevel++;
    if (isLinkClose(token2.content)) state.linkLevel--;
  }
  state.pos = end;
  return true;
}
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 38) return false;
  if (pos + 1 >= max) return false;
  if (state.src.charCodeAt(pos + 1) === 35) {
    const match = state.src.slice(pos).match(DIGITAL_RE);
    if (match) {
      if (!silent) {
        const code2 = match[1][0].toLowerCase() === "x" ? parseInt(match[1].slice(1), 16) : parseInt(match[1], 10);
        const token2 = state.push("text_special", "", 0);
        token2.content = isValidEntityCode(code2) ? fromCodePoint(code2) : fromCodePoint(65533);
        token2.markup = match[0];
        token2.info = "entity";
      }
      state.pos += match[0].length;
      return true;
    }
  } else {
    const match = state.src.slice(pos).match(NAMED_RE);
    if (match) {
      const decoded = decodeHTMLStrict(match[0]);
      if (decoded !== match[0]) {
        if (!silent) {
          const token2 = state.push("text_special", "", 0);
          token2.content = decoded;
          token2.markup = match[0];
          token2.info = "entity";
        }
        state.pos += match[0].length;
        return true;
      }
    }
  }
  return false;
}
function processDelimiters(delimiters) {
  const openersBottom = {};
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) headerIdx = closerIdx;
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    if (!openersBottom.hasOwnProperty(closer.marker)) openersBottom[closer.marker] = [
      -1,
      -1,
      -1,
      -1,
      -1,
      -1
    ];
    const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        let isOddMatch = false;
        if (opener.close || closer.open) {
          if ((opener.length + closer.length) % 3 === 0) {
            if (opener.length % 3 !== 0 || closer.length % 3 !== 0) isOddMatch = true;
          }
        }
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
  }
}
function link_pairs(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  processDelimiters(state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) processDelimiters(delimiters);
  }
}
function fragments_join(state) {
  let curr, last;
  let level = 0;
  const tokens = state.tokens;
  const max = state.tokens.length;
  for (curr = last = 0; curr < max; curr++) {
    if (tokens[curr].nesting < 0) level--;
    tokens[curr].level = level;
    if (tokens[curr].nesting > 0) level++;
    if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
  }
  if (curr !== last) tokens.length = last;
}
var _rules = [
  ["text", text],
  ["linkify", linkify],
  ["newline", newline],
  ["escape", escape],
  ["backticks", backtick],
  ["strikethrough", strikethrough_default.tokenize],
  ["emphasis", emphasis_default.tokenize],
  ["link", link],
  ["image", image],
  ["autolink", autolink],
  ["html_inline", html_inline],
  ["entity", entity]
];
var _rules2 = [
  ["balance_pairs", link_pairs],
  ["strikethrough", strikethrough_default.postProcess],
  ["emphasis", emphasis_default.postProcess],
  ["fragments_join", fragments_join]
];
var ParserInline = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of inline rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Second ruler used for post-processing
      * (e.g. in emphasis-like rules).
      */
      "ruler2",
      new Ruler()
    );
    _defineProperty(this, "State", StateInline);
    for (let i = 0; i < _rules.length; i++) this.ruler.push(_rules[i][0], _rules[i][1]);
    for (let i = 0; i < _rules2.length; i++) this.ruler2.push(_rules2[i][0], _rules2[i][1]);
  }
  skipToken(state) {
    const pos = state.pos;
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    const cache3 = state.cache;
    if (typeof cache3[pos] !== "undefined") {
      state.pos = cache3[pos];
      return;
    }
    let ok = false;
    if (state.level < maxNesting) for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) throw new Error("inline rule didn't increment state.pos");
        break;
      }
    }
    else state.pos = state.posMax;
    if (!ok) state.pos++;
    cache3[pos] = state.pos;
  }
  tokenize(state) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const end = state.posMax;
    const maxNesting = state.md.options.maxNesting;
    while (state.pos < end) {
      const prevPos = state.pos;
      let ok = false;
      if (state.level < maxNesting) for (let i = 0; i < len; i++) {
        ok = rules[i](state, false);
        if (ok) {
          if (prevPos >= state.pos) throw new Error("inline rule didn't increment state.pos");
          break;
        }
      }
      if (ok) {
        if (state.pos >= end) break;
        continue;
      }
      state.pending += state.src[state.pos++];
    }
    if (state.pending) state.pushPending();
  }
  /**
  * Process input string and push inline tokens into `outTokens`
  */
  parse(str, md2, env, outTokens) {
    const state = new this.State(str, md2, env, outTokens);
    this.tokenize(state);
    const rules = this.ruler2.getRules("");
    const len = rules.length;
    for (let i = 0; i < len; i++) rules[i](state);
  }
};
var config = {
  default: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "“”‘’",
      highlight: null,
      maxNesting: 100
    },
    components: {
      core: {},
      block: {},
      inline: {}
    }
  },
  zero: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "“”‘’",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: ["paragraph"] },
      inline: {
        rules: ["text"],
        rules2: ["balance_pairs", "fragments_join"]
      }
    }
  },
  commonmark: {
    options: {
      html: true,
      xhtmlOut: true,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "“”‘’",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: [
        "blockquote",
        "code",
        "fence",
        "heading",
        "hr",
        "html_block",
        "lheading",
        "list",
        "reference",
        "paragraph"
      ] },
      inline: {
        rules: [
          "autolink",
          "backticks",
          "emphasis",
          "entity",
          "escape",
          "html_inline",
          "image",
          "link",
          "newline",
          "text"
        ],
        rules2: [
          "balance_pairs",
          "emphasis",
          "fragments_join"
        ]
      }
    }
  }
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
var RECODE_HOSTNAME_FOR = [
  "http:",
  "https:",
  "mailto:"
];
var MarkdownIt = class {
  /**
  * Link validation function. CommonMark allows too much in links. By default
  * we disable `javascript:`, `vbscript:`, `file:` schemas, and almost all `data:...` schemas
  * except some embedded image types.
  *
  * You can change this behaviour:
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * // enable everything
  * md.validateLink = function () { return true; }
  * ```
  */
  validateLink(url) {
    const str = url.trim().toLowerCase();
    return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
  }
  /**
  * Function used to encode link url to a machine-readable format,
  * which includes url-encoding, punycode, etc.
  */
  normalizeLink(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
      } catch (er) {
      }
    }
    if (parsed.auth) parsed.auth = encode_default(parsed.auth);
    if (parsed.hostname) parsed.hostname = encode_default(parsed.hostname);
    if (parsed.pathname) parsed.pathname = encode_default(parsed.pathname);
    if (parsed.search) parsed.search = encode_default(parsed.search);
    if (parsed.hash) parsed.hash = encode_default(parsed.hash);
    return format(parsed);
  }
  /**
  * Function used to decode link url to a human-readable format`
  */
  normalizeLinkText(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
      } catch (er) {
      }
    }
    return decode_default(format(parsed), decode_default.defaultChars + "%");
  }
  constructor(...args) {
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserInline}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "inline",
      new ParserInline()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserBlock}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "block",
      new ParserBlock()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserCore} chain executor. You may need it to add new
      * rules when writing plugins. For simple rules control use
      * {@link MarkdownIt.disable} and {@link MarkdownIt.enable}.
      */
      "core",
      new ParserCore()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link Renderer}. Use it to modify output look. Or to add rendering
      * rules for new token types, generated by plugins.
      *
      * See {@link Renderer} docs and
      * [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts).
      *
      * @example
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * function myToken(tokens, idx, options, env, self) {
      *   //...
      *   return result;
      * };
      *
      * md.renderer.rules['my_token'] = myToken
      * ```
      */
      "renderer",
      new Renderer()
    );
    _defineProperty(
      this,
      /**
      * [linkify-it](https://github.com/markdown-it/linkify-it) instance.
      * Used by [linkify](https://github.com/markdown-it/markdown-it/blob/master/src/rules_core/linkify.ts)
      * rule.
      */
      "linkify",
      new LinkifyIt()
    );
    _defineProperty(
      this,
      /**
      * Assorted utility functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/common/utils.ts).
      */
      "utils",
      utils_exports
    );
    _defineProperty(
      this,
      /**
      * Link components parser functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/helpers).
      */
      "helpers",
      Object.assign({}, helpers_exports)
    );
    const [presetNameOrOptions, options] = args;
    if (typeof presetNameOrOptions === "string") {
      this.configure(presetNameOrOptions);
      if (options) this.set(options);
    } else {
      this.configure("default");
      this.set(presetNameOrOptions || {});
    }
  }
  /**
  * Set parser options (in the same format as in constructor). Probably, you
  * will never need it, but you can change options after constructor call.
  *
  * __Note:__ To achieve the best possible performance, don't modify a
  * `markdown-it` instance options on the fly. If you need multiple configurations
  * it's best to create multiple instances and initialize each with separate
  * config.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .set({ html: true, breaks: true })
  *   .set({ typographer: true })
  * ```
  */
  set(options) {
    Object.assign(this.options, options);
    return this;
  }
  /**
  * Batch load of all options and compenent settings. This is internal method,
  * and you probably will not need it. But if you will - see available presets
  * and data structure [here](https://github.com/markdown-it/markdown-it/tree/master/src/presets)
  *
  * We strongly recommend to use presets instead of direct config loads. That
  * will give better compatibility with next versions.
  */
  configure(presets) {
    let p;
    if (typeof presets === "string") {
      const presetName = presets;
      p = config[presetName];
      if (!p) throw new Error(`Wrong 'markdown-it' preset "${presetName}", check name`);
    } else p = presets;
    if (!p) throw new Error("Wrong `markdown-it` preset, can't be empty");
    if (p.options) this.options = { ...p.options };
    const components = p.components;
    if (components) {
      var _components$inline;
      [
        "core",
        "block",
        "inline"
      ].forEach((name) => {
        var _components$name;
        const rules = (_components$name = components[name]) === null || _components$name === void 0 ? void 0 : _components$name.rules;
        if (rules) this[name].ruler.enableOnly(rules);
      });
      const rules2 = (_components$inline = components.inline) === null || _components$inline === void 0 ? void 0 : _components$inline.rules2;
      if (rules2) this.inline.ruler2.enableOnly(rules2);
    }
    return this;
  }
  /**
  * Enable list or rules. It will automatically find appropriate components,
  * containing rules with given names. If rule not found, and `ignoreInvalid`
  * not set - throws exception.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .enable(['sub', 'sup'])
  *   .disable('smartquotes')
  * ```
  */
  enable(list3, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list3)) list3 = [list3];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.enable(list3, true));
    });
    result = result.concat(this.inline.ruler2.enable(list3, true));
    const missed = list3.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to enable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * The same as {@link MarkdownIt.enable}, but turn specified rules off.
  */
  disable(list3, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list3)) list3 = [list3];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.disable(list3, true));
    });
    result = result.concat(this.inline.ruler2.disable(list3, true));
    const missed = list3.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to disable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * Load specified plugin with given params into current parser instance.
  * It's just a sugar to call `plugin(md, params)` with curring.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * import iterator from 'markdown-it-for-inline'
  *
  * const md = new MarkdownIt()
  *   .use(iterator, 'foo_replace', 'text', function (tokens, idx) {
  *     tokens[idx].content = tokens[idx].content.replace(/foo/g, 'bar')
  *   })
  * ```
  */
  use(plugin, ...params) {
    plugin.apply(plugin, [this, ...params]);
    return this;
  }
  /**
  * Parse input string and return list of block tokens (special token type
  * "inline" will contain list of inline tokens). You should not call this
  * method directly, until you write custom renderer (for example, to produce
  * AST).
  *
  * `env` is used to pass data between "distributed" rules and return additional
  * metadata like reference info, needed for the renderer. It also can be used to
  * inject data in specific cases. Usually, you will be ok to pass `{}`,
  * and then pass updated object to renderer.
  */
  parse(src, env) {
    if (typeof src !== "string") throw new Error("Input data should be a String");
    const state = new this.core.State(src, this, env);
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Render markdown string into html. It does all magic for you :).
  *
  * `env` can be used to inject additional metadata (`{}` by default).
  * But you will not need it with high probability. See also comment
  * in {@link MarkdownIt.parse}.
  */
  render(src, env = {}) {
    return this.renderer.render(this.parse(src, env), this.options, env);
  }
  /**
  * The same as {@link MarkdownIt.parse} but skip all block rules. It returns
  * the block tokens list with the single `inline` element, containing parsed
  * inline tokens in `children` property. Also updates `env` object.
  */
  parseInline(src, env) {
    const state = new this.core.State(src, this, env);
    state.inlineMode = true;
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Similar to {@link MarkdownIt.render} but for single paragraph content.
  * Result will NOT be wrapped into `<p>` tags.
  */
  renderInline(src, env = {}) {
    return this.renderer.render(this.parseInline(src, env), this.options, env);
  }
};
_defineProperty(MarkdownIt, "Token", Token);
_defineProperty(MarkdownIt, "Ruler", Ruler);
_defineProperty(MarkdownIt, "Renderer", Renderer);
_defineProperty(MarkdownIt, "ParserCore", ParserCore);
_defineProperty(MarkdownIt, "StateCore", StateCore);
_defineProperty(MarkdownIt, "ParserBlock", ParserBlock);
_defineProperty(MarkdownIt, "StateBlock", StateBlock);
_defineProperty(MarkdownIt, "ParserInline", ParserInline);
_defineProperty(MarkdownIt, "StateInline", StateInline);
var MarkdownItCallable = callable(MarkdownIt);

// src/parse/markdown.ts
var md = new MarkdownItCallable("commonmark", { html: true }).enable(["table", "strikethrough"]);
function plainToken(parser) {
  const Base = parser.block.State;
  const proto = new Base("", parser, {}, []).Token.prototype;
  function FastToken(type, tag, nesting) {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = "";
    this.markup = "";
    this.info = "";
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  FastToken.prototype = proto;
  return FastToken;
}
function useFastTokens(parser) {
  const block2 = parser.block;
  const Base = block2.State;
  const Make = plainToken(parser);
  block2.State = class FastState extends Base {
    constructor(src, md2, env, tokens) {
      super(src, md2, env, tokens);
      this.Token = Make;
    }
    push(type, tag, nesting) {
      const token2 = new Make(type, tag, nesting);
      token2.block = true;
      if (nesting < 0) this.level--;
      token2.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token2);
      return token2;
    }
  };
}
useFastTokens(md);
var mdText = new MarkdownItCallable("commonmark", { html: true }).enable(["strikethrough"]);
mdText.normalizeLink = (url) => url;
useFastInline(mdText);
function useFastInline(parser) {
  const inline2 = parser.inline;
  const Base = inline2.State;
  const Make = plainToken(parser);
  function FastInlineState(src, md2, env, outTokens) {
    this.pos = 0;
    this.level = 0;
    this.pending = "";
    this.pendingLevel = 0;
    this.cache = {};
    this.backticks = {};
    this.backticksScanned = false;
    this.skipHtmlSpecial = false;
    this.linkLevel = 0;
    this.delimiters = [];
    this._prev_delimiters = [];
    this.Token = Make;
    this.src = src;
    this.env = env;
    this.md = md2;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = src.length;
  }
  const proto = Object.create(Base.prototype);
  proto.pushPending = function() {
    const token2 = new Make("text", "", 0);
    token2.content = this.pending;
    token2.level = this.pendingLevel;
    this.tokens.push(token2);
    this.pending = "";
    return token2;
  };
  proto.push = function(type, tag, nesting) {
    if (this.pending) this.pushPending();
    const token2 = new Make(type, tag, nesting);
    let meta;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop();
    }
    token2.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token2);
    this.tokens_meta.push(meta);
    return token2;
  };
  FastInlineState.prototype = proto;
  inline2.State = FastInlineState;
}
var CHUNK = 128 * 1024;
function parseBlocks(text2, chunkSize = CHUNK) {
  const out = [];
  let start = 0;
  let startLine = 0;
  while (start < text2.length) {
    let end = nextBoundary(text2, start + chunkSize);
    for (; ; ) {
      const chunk = start === 0 && end === text2.length ? text2 : text2.slice(start, end);
      const tokens = [];
      md.block.parse(chunk, md, {}, tokens);
      const lines = countLines(chunk);
      if (end < text2.length && runsToEnd(tokens, lines)) {
        end = nextBoundary(text2, end + 1);
        continue;
      }
      convertTokens(tokens, startLine, out);
      startLine += lines;
      start = end;
      break;
    }
  }
  return out;
}
function nextBoundary(text2, from) {
  if (from >= text2.length) return text2.length;
  let i = text2.indexOf("\n#", from - 1);
  while (i !== -1) {
    let j = i + 1;
    let level = 0;
    while (text2.charCodeAt(j) === 35 && level < 7) {
      j++;
      level++;
    }
    const c = text2.charCodeAt(j);
    if (level <= 6 && (c === 32 || c === 9 || c === 10 || Number.isNaN(c))) return i + 1;
    i = text2.indexOf("\n#", i + 1);
  }
  return text2.length;
}
function countLines(chunk) {
  let n = 0;
  for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) n++;
  return chunk.endsWith("\n") || chunk.length === 0 ? n : n + 1;
}
function runsToEnd(tokens, lines) {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.level !== 0 || !t.map) continue;
    const open3 = t.type === "fence" || t.type === "html_block" || t.type === "code_block";
    return open3 && t.map[1] >= lines;
  }
  return false;
}
function convertTokens(tokens, lineOffset, out) {
  const items = [];
  const lists = [];
  let listDepth = 0;
  let quoteDepth = 0;
  const n = tokens.length;
  const at = (t) => [t.map[0] + lineOffset, t.map[1] + lineOffset];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    switch (t.type) {
      case "heading_open": {
        const inline2 = tokens[i + 1];
        const [line, endLine] = at(t);
        out.push({ type: "heading", level: Number(t.tag.slice(1)), line, endLine, raw: inline2?.content ?? "" });
        i += 2;
        break;
      }
      case "paragraph_open": {
        const inline2 = tokens[i + 1];
        const raw = inline2?.content ?? "";
        const item = items[items.length - 1];
        const first = item !== void 0 && item.raw === "" && tokens[i - 1]?.type === "list_item_open";
        if (first) item.raw = raw;
        const [line, endLine] = at(t);
        out.push({ type: "paragraph", line, endLine, raw, item, quoted: quoteDepth > 0 });
        i += 2;
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open":
        listDepth++;
        lists.push(at(t)[0]);
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        listDepth--;
        lists.pop();
        break;
      case "list_item_open": {
        const parent = items[items.length - 1];
        const [line, endLine] = at(t);
        const node = {
          type: "item",
          line,
          endLine,
          depth: listDepth - 1,
          ordered: t.markup === "." || t.markup === ")",
          list: lists[lists.length - 1] ?? line,
          parent,
          raw: "",
          quoted: quoteDepth > 0
        };
        items.push(node);
        out.push(node);
        break;
      }
      case "list_item_close":
        items.pop();
        break;
      case "blockquote_open":
        quoteDepth++;
        break;
      case "blockquote_close":
        quoteDepth--;
        break;
      case "table_open": {
        const [line, endLine] = at(t);
        let header;
        const rows = [];
        let cur;
        let inHead = false;
        for (i = i + 1; i < n; i++) {
          const u = tokens[i];
          if (u.type === "table_close") break;
          if (u.type === "thead_open") inHead = true;
          else if (u.type === "thead_close") inHead = false;
          else if (u.type === "tr_open") cur = { line: u.map ? u.map[0] + lineOffset : -1, cells: [] };
          else if (u.type === "tr_close" && cur) {
            if (inHead) header = cur;
            else rows.push(cur);
            cur = void 0;
          } else if (u.type === "inline" && cur) cur.cells.push(u.content);
        }
        let next = (header?.line ?? line) + 2;
        for (const r of rows) {
          if (r.line < 0) r.line = next;
          next = r.line + 1;
        }
        out.push({ type: "table", line, endLine, header: header ?? { line, cells: [] }, rows, quoted: quoteDepth > 0 });
        break;
      }
      case "fence":
      case "code_block": {
        const [line, endLine] = at(t);
        out.push({ type: "code", line, endLine });
        break;
      }
      case "html_block": {
        const [line, endLine] = at(t);
        out.push({ type: "html", line, endLine });
        break;
      }
      case "hr": {
        const [line, endLine] = at(t);
        out.push({ type: "hr", line, endLine });
        break;
      }
      default:
        break;
    }
  }
}
var SIMPLE_STRONG = /^((?:[^*_`[\]<&\\~!]*\s)?)\*\*([\p{L}\p{N}](?:[^*_`[\]<&\\~!]*[\p{L}\p{N}])?)\*\*([^*_`[\]<&\\~!]*)$/u;
var parsedTexts = /* @__PURE__ */ new Map();
var PARSED_MAX = 2e4;
function forgetInlineTexts() {
  parsedTexts.clear();
}
function inlineText(raw) {
  if (!/[*_`[\]<&\\~!]/.test(raw)) return raw.trim();
  const simple = SIMPLE_STRONG.exec(raw);
  if (simple) return `${simple[1]}${simple[2]}${simple[3]}`.trim();
  let text2 = parsedTexts.get(raw);
  if (text2 === void 0) {
    text2 = parsedText(raw);
    if (parsedTexts.size >= PARSED_MAX) parsedTexts.clear();
    parsedTexts.set(raw, text2);
  }
  return text2;
}
function parsedText(raw) {
  let out = "";
  for (const c of inlineTokens(raw)) {
    if (c.type === "text" || c.type === "text_special" || c.type === "code_inline") out += c.content;
    else if (c.type === "softbreak" || c.type === "hardbreak") out += " ";
    else if (c.type === "image") out += c.content;
  }
  return out.trim();
}
var stockText;
function inlineTokens(raw, stock = false) {
  if (stock) {
    stockText ??= new MarkdownItCallable("commonmark", { html: true }).enable(["strikethrough"]);
    stockText.normalizeLink = mdText.normalizeLink;
    return stockText.parseInline(raw, {})[0]?.children ?? [];
  }
  const src = /[\r\0]/.test(raw) ? raw.replace(/\r\n?|\n/g, "\n").replace(/\0/g, "�") : raw;
  const tokens = [];
  mdText.inline.parse(src, mdText, {}, tokens);
  return tokens;
}
function inlineLinks(raw) {
  if (!raw.includes("](") && !raw.includes("]:") && !raw.includes("<")) return [];
  const out = [];
  for (const t of md.parseInline(raw, {})) {
    let cur;
    for (const c of t.children ?? []) {
      if (c.type === "link_open") cur = { href: String(c.attrGet("href") ?? ""), text: "" };
      else if (c.type === "link_close" && cur) {
        out.push(cur);
        cur = void 0;
      } else if (cur && (c.type === "text" || c.type === "code_inline")) cur.text += c.content;
    }
  }
  return out;
}

// src/parse/document.ts
function prepareDocument(source) {
  const bomLength = source.charCodeAt(0) === 65279 ? 1 : 0;
  let text2 = bomLength ? source.slice(1) : source;
  const crlf = text2.includes("\r\n");
  if (crlf) text2 = text2.replace(/\r\n/g, "\n");
  let bodyStart = 0;
  if (text2.startsWith("---\n") || text2.startsWith("---\r")) {
    const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text2.slice(3));
    if (close) {
      const endOffset = 3 + close.index + close[0].length;
      const blanked = text2.slice(0, endOffset).replace(/[^\n]/g, "");
      bodyStart = blanked.length;
      text2 = blanked + text2.slice(endOffset);
    }
  }
  const lfCount = crlf ? (source.match(/\n/g) ?? []).length : 0;
  const crlfCount = crlf ? (source.match(/\r\n/g) ?? []).length : 0;
  return {
    source,
    lines: new LineIndex(source),
    bomLength,
    blocks: parseBlocks(text2),
    eol: crlf && crlfCount * 2 >= lfCount ? "\r\n" : "\n",
    bodyStart
  };
}
function contentStart(doc, line) {
  return doc.lines.lineStart(line) + (line === 0 ? doc.bomLength : 0);
}
function lineText(doc, line) {
  return doc.source.slice(contentStart(doc, line), doc.lines.lineEnd(line));
}
function lineSpan(doc, line) {
  return { start: contentStart(doc, line), end: doc.lines.lineEnd(line) };
}
function linesSpan(doc, line, endLine) {
  return { start: contentStart(doc, line), end: Math.max(contentStart(doc, line), doc.lines.lineStart(endLine)) };
}
function findInLine(doc, line, needle, last = false) {
  if (!needle) return void 0;
  const text2 = lineText(doc, line);
  const at = last ? text2.lastIndexOf(needle) : text2.indexOf(needle);
  if (at === -1) return void 0;
  const start = contentStart(doc, line) + at;
  return { start, end: start + needle.length };
}

// src/parse/table.ts
function locateRow(doc, line, cells) {
  const text2 = lineText(doc, line);
  const base = contentStart(doc, line);
  const bounds = cellSlots(text2);
  const out = [];
  const count = Math.max(cells.length, 0);
  for (let c = 0; c < count; c++) {
    const b = bounds[c];
    const raw = cells[c] ?? "";
    if (!b) {
      const end = base + text2.length;
      out.push({ raw, text: inlineText(raw), span: { start: end, end } });
      continue;
    }
    let [s, e] = b;
    while (s < e && /\s/.test(text2[s])) s++;
    while (e > s && /\s/.test(text2[e - 1])) e--;
    out.push({ raw, text: inlineText(raw), span: { start: base + s, end: base + e } });
  }
  return { line, span: lineSpan(doc, line), cells: out };
}
function cellSlots(text2) {
  const bounds = [];
  const lead = /^(?:\s*>)*\s*/.exec(text2);
  let i = lead ? lead[0].length : 0;
  if (text2[i] === "|") i++;
  let cellStart = i;
  for (; i < text2.length; i++) {
    const ch = text2[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "|") {
      bounds.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  if (text2.slice(cellStart).trim() !== "") bounds.push([cellStart, text2.length]);
  return bounds;
}

// src/text/display-width.ts
var ZERO = /\p{M}|[\u200B-\u200F]|[\uFE00-\uFE0F]/u;
var EMOJI = /\p{Emoji_Presentation}/u;
function wide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 42191 && cp !== 12351 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 131072 && cp <= 262141;
}
function displayWidth(text2) {
  let w = 0;
  const chars = [...text2];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ZERO.test(ch)) continue;
    if (ch === "‍") {
      i++;
      continue;
    }
    const cp = ch.codePointAt(0);
    if (EMOJI.test(ch) || wide(cp) || chars[i + 1] === "️") w += 2;
    else w += 1;
  }
  return w;
}

// src/edit/table-cell.ts
function escapeCell(text2) {
  return text2.replace(/\r?\n/g, " ").replace(/(?<!\\)\|/g, "\\|");
}
function replaceCell(source, row, col, text2, opts = {}) {
  const lineText2 = source.slice(row.span.start, row.span.end);
  const slots = cellSlots(lineText2);
  const slot = slots[col];
  const value = escapeCell(text2);
  if (!slot) return void 0;
  const [s, e] = slot;
  const old = lineText2.slice(s, e);
  const content = old.trim();
  if (content === value) return void 0;
  const leading = content === "" ? " " : /^\s*/.exec(old)?.[0] ?? "";
  const trailing = content === "" ? " " : /\s*$/.exec(old)?.[0] ?? "";
  const width = displayWidth(old);
  const padded = opts.keepWidth === true && content !== "" || content !== "" && (leading.length > 1 || trailing.length > 1);
  let next = (leading || " ") + value + (trailing ? " " : "");
  const room = width - displayWidth(value);
  if (padded && displayWidth(next) < width) {
    next = leading.length > 1 && trailing.length <= 1 ? " ".repeat(room - 1) + value + " " : leading + value + " ".repeat(room - leading.length);
  }
  return { start: row.span.start + s, end: row.span.start + e, text: next };
}
function columnAligned(source, table2, col) {
  const width = (row) => {
    const line = source.slice(row.span.start, row.span.end);
    const slot = cellSlots(line)[col];
    return slot ? displayWidth(line.slice(slot[0], slot[1])) : -1;
  };
  const w = width(table2.delimiter);
  return w > 0 && width(table2.header) === w && table2.rows.every((r) => width(r) === w);
}

// src/edit/operations/sync-overview.ts
var squash = (s) => s.replace(/\s+/g, " ").trim();
var titleKey = (s) => squash(s.normalize("NFC")).toUpperCase().toLowerCase();
function sectionStatus(m) {
  return m.statuses.find((s) => s.source !== "table" && s.value !== "unknown");
}
function rowStatus(m) {
  return m.statuses.find((s) => s.source === "table");
}
function statusWords(roadmap) {
  const words = { ...STATUS_WORDS };
  const seen = /* @__PURE__ */ new Set();
  for (const m of roadmap.milestones) {
    const s = rowStatus(m);
    if (!s || s.value === "unknown" || seen.has(s.value) || !s.raw.trim()) continue;
    seen.add(s.value);
    const cell2 = roadmap.overview && m.spans.row ? m.spans.row.cells[roadmap.overview.columns.status ?? -1] : void 0;
    words[s.value] = cell2?.raw.trim() || s.raw.trim();
  }
  return words;
}
function newRowStatus(m) {
  const s = sectionStatus(m)?.value ?? m.status.value;
  if (s !== "unknown") return s;
  return m.inferredStatus !== "unknown" ? m.inferredStatus : "planned";
}
function aligned(roadmap, table2) {
  const widths = (row) => cellSlots(roadmap.source.slice(row.span.start, row.span.end)).map(([s, e]) => e - s);
  const head = widths(table2.header);
  const same = (r) => {
    const w = widths(r);
    return head.every((x, i) => w[i] === x);
  };
  if (!same(table2.delimiter) || table2.rows.length === 0) return false;
  return table2.rows.filter(same).length * 2 >= table2.rows.length;
}
function newRow(roadmap, table2, m, words, pad) {
  const cols = table2.columns;
  const count = table2.header.cells.length;
  const values = [];
  for (let c = 0; c < count; c++) {
    let v = "";
    if (c === cols.id) v = m.id;
    else if (c === cols.title) v = m.headingTitle?.text ?? m.title;
    else if (c === cols.focus) v = m.focus ?? "";
    else if (c === cols.status) v = words[newRowStatus(m)];
    else if (c === cols.dependsOn) v = m.dependsRaw?.text ?? m.dependsOn.map((d) => d.id).join(", ");
    values.push(escapeCell(v));
  }
  const line = roadmap.source.slice(table2.header.span.start, table2.header.span.end);
  const lead = /^(?:\s*>)*\s*/.exec(line)?.[0] ?? "";
  const body = line.slice(lead.length).trimEnd();
  const slots = cellSlots(line);
  const cells = values.map((v, c) => {
    const slot = slots[c];
    const width = pad && slot ? slot[1] - slot[0] : 0;
    const text2 = ` ${v} `;
    return text2.length < width ? text2 + " ".repeat(width - text2.length) : text2;
  });
  const open3 = body.startsWith("|");
  const close = body.endsWith("|") && !body.endsWith("\\|");
  let inner = cells.join("|");
  if (!open3) inner = inner.replace(/^ /, "");
  if (!close) inner = inner.replace(/ +$/, "");
  return `${lead}${open3 ? "|" : ""}${inner}${close ? "|" : ""}`;
}
function overviewDrift(roadmap) {
  const table2 = roadmap.overview;
  if (!table2) return [];
  const out = [];
  const cols = table2.columns;
  const hasSections = roadmap.milestones.some((m) => m.spans.section);
  const lastRow = table2.rows[table2.rows.length - 1] ?? table2.delimiter;
  let words;
  let pad;
  const rowIds = new Set(roadmap.milestones.filter((m) => m.spans.row).map((m) => idKey(m.id)));
  const firstSection = /* @__PURE__ */ new Map();
  for (const m of roadmap.milestones) {
    if (!m.spans.heading) continue;
    const key = idKey(m.id);
    const seen = firstSection.get(key);
    if (!seen || m.spans.heading.start < (seen.spans.heading?.start ?? Infinity)) firstSection.set(key, m);
  }
  for (const m of roadmap.milestones) {
    const row = m.spans.row;
    const heading2 = m.spans.heading;
    if (!row) {
      if (!heading2) continue;
      const key = idKey(m.id);
      if (rowIds.has(key) || firstSection.get(key) !== m) continue;
      words ??= statusWords(roadmap);
      pad ??= aligned(roadmap, table2);
      const text2 = newRow(roadmap, table2, m, words, pad);
      out.push({ kind: "missing-row", milestone: m, span: heading2, section: m.id, edits: [{ start: lastRow.span.end, end: lastRow.span.end, text: roadmap.eol + text2 }] });
      continue;
    }
    if (!m.spans.section) {
      if (hasSections) out.push({ kind: "missing-section", milestone: m, span: row.span, table: m.id, edits: [] });
      continue;
    }
    if (cols.title !== void 0 && m.rowTitle && m.headingTitle && m.headingTitle.text.trim() !== "") {
      const want = m.headingTitle.text;
      if (titleKey(m.rowTitle.text) !== titleKey(want)) {
        const edit = replaceCell(roadmap.source, row, cols.title, want);
        out.push({ kind: "title", milestone: m, span: m.rowTitle.span, table: m.rowTitle.text, section: want, related: m.headingTitle.span, edits: edit ? [edit] : [] });
      }
    }
    const fromSection = sectionStatus(m);
    if (cols.status !== void 0 && fromSection) {
      const fromRow = rowStatus(m);
      if (!fromRow || fromRow.value !== fromSection.value) {
        const value = fromSection.value === "unknown" ? "planned" : fromSection.value;
        words ??= statusWords(roadmap);
        const edit = replaceCell(roadmap.source, row, cols.status, words[value]);
        const cell2 = row.cells[cols.status];
        out.push({
          kind: "status",
          milestone: m,
          span: fromRow?.span ?? cell2?.span ?? row.span,
          table: fromRow?.raw ?? "",
          section: fromSection.raw,
          ...fromSection.span ? { related: fromSection.span } : {},
          edits: edit ? [edit] : []
        });
      }
    }
  }
  return out;
}
function syncOverview(roadmap) {
  return overviewDrift(roadmap).flatMap((d) => d.edits);
}

// src/rules/overview-sync.ts
init_errors();
var overview_sync_default = defineRule({
  id: "overview-sync",
  description: "The overview table lists every milestone section, with the same title and status",
  severity: "error",
  fixable: true,
  scope: "template",
  messages: {
    missingRow: "Unexpected milestone section {id} with no overview table row, expected a row for it",
    missingSection: "Unexpected overview table row {id} with no milestone section, expected a `## {id}: Title` section",
    title: "Unexpected title `{table}` for {id} in the overview table, expected `{section}` as in its section",
    status: "Unexpected status `{table}` for {id} in the overview table, expected `{section}` as its section states"
  },
  options: {},
  check(ctx) {
    for (const d of overviewDrift(ctx.roadmap)) {
      const id = d.milestone.id;
      const related = d.related ? [{ message: "the section says so here", span: d.related }] : [];
      const fix = d.edits.length > 0 ? d.edits : void 0;
      const data = { id, table: d.table ?? "", section: d.section ?? "" };
      switch (d.kind) {
        case "missing-row":
          ctx.report("missingRow", d.span, { data, ...fix ? { fix } : {} });
          break;
        case "missing-section":
          ctx.report("missingSection", d.span, { data });
          break;
        case "title":
          ctx.report("title", d.span, { data, related, ...fix ? { fix } : {} });
          break;
        case "status":
          ctx.report("status", d.span, { data: { ...data, table: data.table || "(empty)" }, related, ...fix ? { fix } : {} });
          break;
        default:
          assertNever(d.kind);
      }
    }
  }
});

// src/rules/helpers.ts
function milestoneAnchor(roadmap, m) {
  if (m.spans.heading) return m.spans.heading;
  if (m.spans.row) return m.spans.row.span;
  return { start: roadmap.lines.lineStart(m.line), end: roadmap.lines.lineEnd(m.line) };
}
function statusAnchor(roadmap, m) {
  return m.status.span ?? milestoneAnchor(roadmap, m);
}
function statusText(s) {
  return s === "in_progress" ? "in progress" : s;
}

// src/rules/status-criteria.ts
var status_criteria_default = defineRule({
  id: "status-criteria",
  description: "A milestone's stated status agrees with its acceptance criteria checkboxes",
  severity: "warning",
  messageSeverity: { doneWithOpen: "error" },
  fixable: false,
  scope: "roadmap",
  messages: {
    doneWithOpen: "Unexpected unchecked criterion in {id}, which is marked done ({open} of {total} open): expected every criterion ticked, or a status other than done",
    allTickedNotDone: "Unexpected status `{status}` on {id} with all {total} criteria ticked, expected done (or an open criterion)",
    plannedWithTicked: "Unexpected ticked criterion in {id}, which is marked planned ({ticked} of {total} ticked): expected in progress, or the box unticked"
  },
  options: {},
  check(ctx) {
    for (const m of ctx.roadmap.milestones) {
      const total = m.criteria.length;
      if (total === 0) continue;
      const open3 = m.criteria.filter((c) => !c.checked);
      const status2 = m.status.value;
      const marked = m.status.span ? [{ message: `marked ${statusText(status2)} here`, span: m.status.span }] : [];
      if (status2 === "done") {
        const first = open3[0];
        if (first) ctx.report("doneWithOpen", first.span, { data: { id: m.id, open: open3.length, total }, related: marked });
      } else if (open3.length === 0 && (status2 === "planned" || status2 === "in_progress" || status2 === "blocked")) {
        ctx.report("allTickedNotDone", statusAnchor(ctx.roadmap, m), { data: { id: m.id, status: m.status.raw || statusText(status2), total } });
      } else if (status2 === "planned") {
        const first = m.criteria.find((c) => c.checked);
        if (first) ctx.report("plannedWithTicked", first.span, { data: { id: m.id, ticked: total - open3.length, total }, related: marked });
      }
    }
  }
});

// src/rules/unknown-status.ts
var unknown_status_default = defineRule({
  id: "unknown-status",
  description: "Every stated milestone status is one a reader and roadmark can recognise",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    unknown: "Unexpected status `{raw}` on {id}, expected one of {allowed} (or an equivalent word or emoji)"
  },
  options: {},
  check(ctx) {
    const allowed = Object.values(STATUS_WORDS).join(", ");
    for (const m of ctx.roadmap.milestones) {
      for (const s of m.statuses) {
        if (s.value === "unknown" && s.raw.trim() !== "" && s.span) ctx.report("unknown", s.span, { data: { raw: s.raw, id: m.id, allowed } });
      }
    }
  }
});

// src/model/milestones.ts
function findMilestone(r, id) {
  const key = idKey(id);
  return r.milestones.find((m) => m.id === id) ?? r.milestones.find((m) => idKey(m.id) === key);
}
function milestonesById(roadmap) {
  const map = /* @__PURE__ */ new Map();
  for (const m of roadmap.milestones) {
    const key = idKey(m.id);
    if (!map.has(key)) map.set(key, m);
  }
  return map;
}
function effectiveStatus(m) {
  return plannedStatus(m.status.value, m.inferredStatus);
}

// src/rules/unknown-dependency.ts
var unknown_dependency_default = defineRule({
  id: "unknown-dependency",
  description: "Every dependency names a milestone that exists in the roadmap",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    unknown: "Unexpected dependency `{dep}` of {id}: no milestone has that id, expected one of {known}"
  },
  options: {},
  check(ctx) {
    const byId = milestonesById(ctx.roadmap);
    const known = [...byId.values()].map((m) => m.id).slice(0, 12).join(", ") || "(none)";
    for (const m of ctx.roadmap.milestones) {
      for (const d of m.dependsOn) {
        if (!byId.has(idKey(d.id))) ctx.report("unknown", d.span, { data: { dep: d.raw || d.id, id: m.id, known } });
      }
    }
  }
});

// src/report/graph.ts
function stronglyConnected(nodes, successors) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const out = [];
  let next = 0;
  const open3 = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    return { v, next: successors(v), i: 0 };
  };
  for (const root of nodes) {
    if (index.has(root)) continue;
    const frames = [open3(root)];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const { v } = frame;
      if (frame.i < frame.next.length) {
        const to = frame.next[frame.i++];
        if (!index.has(to)) frames.push(open3(to));
        else if (onStack.has(to)) low.set(v, Math.min(low.get(v), index.get(to)));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v), low.get(v)));
      if (low.get(v) === index.get(v)) {
        const comp = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        out.push(comp);
      }
    }
  }
  return out;
}
function cyclicComponents(nodes, successors) {
  return stronglyConnected(nodes, successors).filter((c) => c.length > 1 || successors(c[0]).includes(c[0]));
}

// src/rules/dependency-cycle.ts
function cycleFrom(start, members, edges) {
  const prev = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    for (const e of edges.get(v) ?? []) {
      if (!members.has(e.to)) continue;
      if (e.to === start) {
        const path19 = [e];
        let cur = v;
        while (cur !== start) {
          const p = prev.get(cur);
          path19.unshift(p.edge);
          cur = p.from;
        }
        return path19;
      }
      if (!prev.has(e.to)) {
        prev.set(e.to, { from: v, edge: e });
        queue.push(e.to);
      }
    }
  }
  return [];
}
var dependency_cycle_default = defineRule({
  id: "dependency-cycle",
  description: "Milestone dependencies form no cycle",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    cycle: "Unexpected dependency cycle {cycle}: expected dependencies that lead back to a first milestone, none of them can start"
  },
  options: {},
  check(ctx) {
    const byId = milestonesById(ctx.roadmap);
    const nodes = ctx.roadmap.milestones;
    const edges = /* @__PURE__ */ new Map();
    for (const m of nodes) {
      const list3 = [];
      for (const d of m.dependsOn) {
        const to = byId.get(idKey(d.id));
        if (to) list3.push({ to, dep: d });
      }
      edges.set(m, list3);
    }
    const order = new Map(nodes.map((m, i) => [m, i]));
    const successors = new Map(nodes.map((m) => [m, (edges.get(m) ?? []).map((e) => e.to)]));
    for (const comp of cyclicComponents(nodes, (m) => successors.get(m) ?? [])) {
      const members = new Set(comp);
      const start = [...comp].sort((a, b) => order.get(a) - order.get(b))[0];
      const path19 = cycleFrom(start, members, edges);
      const first = path19[0];
      if (!first) continue;
      const cycle = [start.id, ...path19.map((e) => e.to.id)].join(" → ");
      const related = path19.slice(1).map((e) => ({ message: `depends on ${e.to.id} here`, span: e.dep.span }));
      ctx.report("cycle", first.dep.span, { data: { cycle }, related });
    }
  }
});

// src/rules/dependency-order.ts
var dependency_order_default = defineRule({
  id: "dependency-order",
  description: "A milestone depends only on milestones that come before it",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    later: "Unexpected dependency of {id} on the later milestone {dep}, expected dependencies on earlier milestones only (reorder them)"
  },
  options: {},
  check(ctx) {
    const position = /* @__PURE__ */ new Map();
    ctx.roadmap.milestones.forEach((m, i) => {
      const key = idKey(m.id);
      if (!position.has(key)) position.set(key, i);
    });
    ctx.roadmap.milestones.forEach((m, i) => {
      for (const d of m.dependsOn) {
        const at = position.get(idKey(d.id));
        if (at !== void 0 && at > i) ctx.report("later", d.span, { data: { id: m.id, dep: d.raw || d.id } });
      }
    });
  }
});

// src/rules/dependency-not-done.ts
var dependency_not_done_default = defineRule({
  id: "dependency-not-done",
  description: "A milestone in progress or done has all its dependencies done",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    notDone: "Unexpected {status} milestone {id} while its dependency {dep} is {depStatus}, expected {dep} done first"
  },
  options: {},
  check(ctx) {
    const byId = milestonesById(ctx.roadmap);
    for (const m of ctx.roadmap.milestones) {
      const status2 = m.status.value;
      if (status2 !== "in_progress" && status2 !== "done") continue;
      for (const d of m.dependsOn) {
        const dep = byId.get(idKey(d.id));
        if (!dep || dep === m) continue;
        const depStatus = effectiveStatus(dep);
        if (depStatus === "done") continue;
        ctx.report("notDone", d.span, {
          data: { status: statusText(status2), id: m.id, dep: dep.id, depStatus: depStatus === "unknown" ? "without a status" : statusText(depStatus) },
          related: [{ message: `${dep.id} is here`, span: dep.status.span ?? dep.spans.heading ?? dep.spans.row?.span ?? d.span }]
        });
      }
    }
  }
});

// src/rules/single-in-progress.ts
var single_in_progress_default = defineRule({
  id: "single-in-progress",
  description: "At most one milestone is in progress at a time",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    another: "Unexpected second milestone in progress ({id}, while {first} is), expected one milestone at a time"
  },
  options: {},
  check(ctx) {
    const active = ctx.roadmap.milestones.filter((m) => m.status.value === "in_progress");
    const first = active[0];
    if (!first) return;
    for (const m of active.slice(1)) {
      ctx.report("another", statusAnchor(ctx.roadmap, m), {
        data: { id: m.id, first: first.id },
        related: [{ message: `${first.id} is in progress here`, span: statusAnchor(ctx.roadmap, first) }]
      });
    }
  }
});

// src/rules/duplicate-id.ts
var duplicate_id_default = defineRule({
  id: "duplicate-id",
  description: "Every milestone id is used once",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    duplicate: "Unexpected duplicate milestone id {id}, expected each id once (first defined on line {line})"
  },
  options: {},
  check(ctx) {
    const seen = /* @__PURE__ */ new Map();
    for (const m of ctx.roadmap.milestones) {
      const key = idKey(m.id);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, m);
        continue;
      }
      const firstSpan = milestoneAnchor(ctx.roadmap, first);
      ctx.report("duplicate", milestoneAnchor(ctx.roadmap, m), {
        data: { id: m.id, line: ctx.roadmap.lines.position(firstSpan.start).line },
        related: [{ message: "first defined here", span: firstSpan }]
      });
    }
  }
});

// src/rules/missing-section.ts
var LABEL = { goal: "Goal", criteria: "Acceptance Criteria", deliverables: "Key Deliverables", dependencies: "Dependencies" };
function has(m, part) {
  switch (part) {
    case "goal":
      return m.goal !== void 0 || m.spans.goal !== void 0;
    case "criteria":
      return m.spans.criteria !== void 0 || m.criteria.length > 0;
    case "deliverables":
      return m.spans.deliverables !== void 0 || m.deliverables.length > 0;
    case "dependencies":
      return m.spans.dependencies !== void 0 || m.dependsRaw !== void 0 || m.dependsOn.length > 0;
  }
}
var missing_section_default = defineRule({
  id: "missing-section",
  description: "Every milestone section has a goal, acceptance criteria, deliverables and dependencies",
  severity: "warning",
  fixable: false,
  scope: "template",
  messages: {
    missing: "Unexpected milestone section {id} without {parts}, expected {labels} as in the template"
  },
  options: RULE_OPTIONS["missing-section"],
  check(ctx) {
    const required = SECTION_PARTS.filter((p) => ctx.options.required.includes(p));
    for (const m of ctx.roadmap.milestones) {
      if (!m.spans.section || !m.spans.heading) continue;
      const missing = required.filter((p) => !has(m, p));
      if (missing.length === 0) continue;
      const labels = missing.map((p) => `**${LABEL[p]}:**`).join(", ");
      ctx.report("missing", m.spans.heading, { data: { id: m.id, parts: missing.map((p) => LABEL[p].toLowerCase()).join(", "), labels } });
    }
  }
});

// src/rules/empty-criteria.ts
var empty_criteria_default = defineRule({
  id: "empty-criteria",
  description: "An acceptance criteria field lists at least one `- [ ]` checkbox",
  severity: "warning",
  fixable: false,
  scope: "template",
  messages: {
    empty: "Unexpected acceptance criteria of {id} without a checkbox, expected at least one `- [ ] criterion`"
  },
  options: {},
  check(ctx) {
    const { lines, source } = ctx.roadmap;
    for (const m of ctx.roadmap.milestones) {
      const field = m.spans.criteria;
      if (!field || m.criteria.length > 0) continue;
      const line = lines.lineOf(field.start);
      const end = Math.min(lines.lineEnd(line), source.length);
      ctx.report("empty", { start: field.start, end: Math.max(field.start, end) }, { data: { id: m.id } });
    }
  }
});

// src/rules/broken-link.ts
var SCHEME = /^[a-z][a-z0-9+.-]*:/i;
var RAW_TARGET = /\]\([ \t]*(?:<([^>]*)>|([^()\s]+))?/g;
function maybeBroken(roadmap, exists2) {
  const { source, lines } = roadmap;
  if (!source.includes("](")) return false;
  for (let l = 0; l < lines.count; l++) {
    const text2 = lines.lineText(l);
    if (!text2.includes("](")) continue;
    for (const m of text2.matchAll(RAW_TARGET)) {
      const raw = m[1] ?? m[2];
      if (raw === void 0 || raw.includes("\\")) return true;
      const target = relativeTarget(raw);
      if (target !== void 0 && !exists2(target)) return true;
    }
  }
  return false;
}
function relativeTarget(href) {
  if (!href || SCHEME.test(href) || href.startsWith("#") || href.startsWith("/") || href.startsWith("\\")) return void 0;
  const bare = href.replace(/[?#].*$/s, "");
  if (!bare) return void 0;
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}
var broken_link_default = defineRule({
  id: "broken-link",
  description: "Relative links point at files that exist",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    missing: "Unexpected link to `{target}`, which does not exist, expected a path relative to the roadmap"
  },
  options: {},
  check(ctx) {
    const exists2 = ctx.fileExists;
    if (!exists2 || !maybeBroken(ctx.roadmap, exists2)) return;
    const { source, lines } = ctx.roadmap;
    const locate = (from, to, href, target) => {
      for (let l = from; l < Math.max(to, from + 1); l++) {
        const start = lines.lineStart(l);
        const text2 = source.slice(start, lines.lineEnd(l));
        for (const needle of [href, target]) {
          const at = text2.indexOf(needle);
          if (at !== -1) return { start: start + at, end: start + at + needle.length };
        }
      }
      return { start: lines.lineStart(from), end: lines.lineEnd(from) };
    };
    const check = (raw, line, endLine) => {
      if (!raw.includes("](") && !raw.includes("<")) return;
      for (const link2 of inlineLinks(raw)) {
        const target = relativeTarget(link2.href);
        if (target === void 0 || exists2(target)) continue;
        ctx.report("missing", locate(line, endLine, link2.href, target), { data: { target } });
      }
    };
    for (const b of ctx.blocks) {
      if (b.type === "heading" || b.type === "paragraph") check(b.raw, b.line, b.endLine);
      else if (b.type === "table") {
        for (const c of b.header.cells) check(c, b.header.line, b.header.line + 1);
        for (const r of b.rows) for (const c of r.cells) check(c, r.line, r.line + 1);
      }
    }
  }
});

// src/rules/id-sequence.ts
var NUMBERED = /^M(\d+)$/;
var id_sequence_default = defineRule({
  id: "id-sequence",
  description: "Milestone ids count up by one, in order, with no gaps",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    gap: "Unexpected id {id} after {prev}, expected {expected} (a gap in the sequence)",
    order: "Unexpected id {id} after {prev}, expected ids in increasing order"
  },
  options: {},
  check(ctx) {
    let prev;
    for (const m of ctx.roadmap.milestones) {
      const match = NUMBERED.exec(normaliseId(m.id));
      if (!match) continue;
      const n = Number(match[1]);
      if (prev && n !== prev.n) {
        const data = { id: m.id, prev: prev.id, expected: `M${prev.n + 1}` };
        if (n < prev.n) ctx.report("order", milestoneAnchor(ctx.roadmap, m), { data });
        else if (n > prev.n + 1) ctx.report("gap", milestoneAnchor(ctx.roadmap, m), { data });
      }
      if (!prev || n !== prev.n) prev = { id: m.id, n };
    }
  }
});

// src/rules/stale.ts
var stale_default = defineRule({
  id: "stale",
  description: "The roadmap changes as the project moves (from git history)",
  severity: "warning",
  fixable: false,
  scope: "roadmap",
  messages: {
    stale: "Unexpected stale roadmap: unchanged for {days} days (since {since}) while {commits} commits landed elsewhere, expected an update at least every {maxDays} days or {maxCommits} commits"
  },
  options: RULE_OPTIONS.stale,
  check(ctx) {
    const h = ctx.history;
    if (!h) return;
    if (h.daysSinceChange < ctx.options.days || h.commitsElsewhere < ctx.options.commits) return;
    const span = { start: 0, end: ctx.roadmap.lines.lineEnd(0) };
    ctx.report("stale", span, {
      data: { days: h.daysSinceChange, since: h.lastChange.slice(0, 10), commits: h.commitsElsewhere, maxDays: ctx.options.days, maxCommits: ctx.options.commits }
    });
  }
});

// src/rules/verify-syntax.ts
var WHY = {
  empty: "no command",
  timeout: "a timeout roadmark cannot read",
  trailing: "text after the command"
};
var verify_syntax_default = defineRule({
  id: "verify-syntax",
  description: "Every `Verify:` clause ends its criterion with a command in a code span",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    invalid: "Unexpected `Verify:` clause with {why} in {id}, expected ``Verify: `command` `` at the end of the criterion, optionally followed by `(timeout 30s)`"
  },
  options: {},
  check(ctx) {
    for (const m of ctx.roadmap.milestones) {
      for (const c of m.criteria) {
        if (c.verifyError) ctx.report("invalid", c.verifyError.span, { data: { why: WHY[c.verifyError.kind], id: m.id } });
      }
    }
  }
});

// src/rules/verify-failing.ts
init_record();
var SAID = { failed: "failed", timed_out: "timed out" };
var verify_failing_default = defineRule({
  id: "verify-failing",
  description: "A ticked criterion's command did not fail or time out on its latest run",
  severity: "error",
  fixable: false,
  scope: "roadmap",
  messages: {
    failing: "Unexpected ticked criterion of {id} whose command {said} on its latest run (exit {exit}, {when}), expected its command to pass: fix it and run `roadmark verify {id}`, or untick it"
  },
  options: {},
  check(ctx) {
    const record = ctx.verify;
    if (!record) return;
    for (const m of ctx.roadmap.milestones) {
      for (const c of m.criteria) {
        if (!c.checked || !c.verify) continue;
        const last = currentResult(record, m, c);
        if (!last || last.status === "passed") continue;
        const when = last.commit ? `at ${last.commit.slice(0, 7)}` : last.at.slice(0, 10);
        ctx.report("failing", c.verify.span, { data: { id: m.id, said: SAID[last.status], exit: last.exitCode ?? "none", when } });
      }
    }
  }
});

// src/rules/verify-missing.ts
var verify_missing_default = defineRule({
  id: "verify-missing",
  description: "A ticked criterion of a milestone in progress or done names a `Verify:` command",
  severity: "warning",
  offByDefault: true,
  fixable: false,
  scope: "roadmap",
  messages: {
    missing: "Unexpected ticked criterion of {id} without a command, expected ``Verify: `command` `` at its end to prove it"
  },
  options: {},
  check(ctx) {
    for (const m of ctx.roadmap.milestones) {
      if (m.status.value !== "in_progress" && m.status.value !== "done") continue;
      for (const c of m.criteria) {
        if (c.checked && !c.verify && !c.verifyError) ctx.report("missing", c.span, { data: { id: m.id } });
      }
    }
  }
});

// src/rules/rule-ids.ts
var RULE_IDS = [
  "no-milestones",
  "placeholder",
  "overview-sync",
  "status-criteria",
  "unknown-status",
  "unknown-dependency",
  "dependency-cycle",
  "dependency-order",
  "dependency-not-done",
  "single-in-progress",
  "duplicate-id",
  "missing-section",
  "empty-criteria",
  "broken-link",
  "id-sequence",
  "stale",
  "verify-syntax",
  "verify-failing",
  "verify-missing"
];
function isRuleId(x) {
  return RULE_IDS.includes(x);
}

// src/rules/index.ts
var RULES = [
  no_milestones_default,
  placeholder_default,
  overview_sync_default,
  status_criteria_default,
  unknown_status_default,
  unknown_dependency_default,
  dependency_cycle_default,
  dependency_order_default,
  dependency_not_done_default,
  single_in_progress_default,
  duplicate_id_default,
  missing_section_default,
  empty_criteria_default,
  broken_link_default,
  id_sequence_default,
  stale_default,
  verify_syntax_default,
  verify_failing_default,
  verify_missing_default
];

// src/rules/rule-help.generated.ts
var RULE_DOCS_BASE = "https://github.com/roadmark/roadmark/blob/main/docs/rules/";
var REPOSITORY_URL = "https://github.com/roadmark/roadmark";
var RULE_WHY = {
  "broken-link": "Roadmaps link to design notes, guides and specs. A relative link to a file that is not there (moved,\nrenamed, never written) sends readers nowhere. Links are resolved against the roadmap's folder;\nURLs, `#anchors` and absolute paths are not checked, nor is anything inside code.",
  "dependency-cycle": "If M1 needs M2 and M2 needs M1, neither can ever start. The finding names the whole cycle\n(`M1 → M2 → M1`) and points at each dependency in it; a milestone that depends on itself is a cycle too.",
  "dependency-not-done": `"Complete and merge before starting next": a milestone in progress or done while one of its
dependencies is not done breaks the template's rule. The related location points at the dependency's status.`,
  "dependency-order": "The template reads top to bottom: start with M0, finish one before the next. A milestone that\ndepends on one listed after it makes the order of the document wrong; move the dependency up.",
  "duplicate-id": "Two milestones with one id make every command and dependency ambiguous (`roadmark done M1` —\nwhich one?). The second and later uses are reported, pointing back at the first.",
  "empty-criteria": "Acceptance criteria are what `status` counts and what `done` checks. A criteria field with plain\nbullets or nothing under it cannot be ticked; write them as `- [ ]` task items.",
  "id-sequence": "Template ids count up from M0 by one. A gap (`M0`, `M1`, `M3`) usually means a milestone was deleted\nor renumbered by hand and references may point at the wrong one; ids out of order are hard to read.\nOnly plain `M<n>` ids are checked (`M2a`, `M1.1` are sub-steps).",
  "missing-section": "The template gives every milestone a goal, acceptance criteria, key deliverables and dependencies.\nA section without one of them leaves the reader guessing what done means or what it waits for.",
  "no-milestones": "A file that is not a roadmap at all (meeting notes, a changelog, an empty file) has nothing to check.\nInstead of a flood of findings, roadmark reports a single note, so a wrong path or glob is easy to see.\nNo other rule runs on such a document.",
  "overview-sync": "The overview table is what readers see first. Issue trackers of Markdown roadmap tools are full of\nsummary tables that disagree with the sections below them. This rule checks that every milestone section\nhas a row, every row has a section, and that title and status agree (the section is the truth).\nTitles are compared as plain text, trimmed, with whitespace collapsed and case folded: `HA & Failover\n(simulated multi-region)` in the table agrees with `HA & Failover (Simulated Multi-Region)` in the\nheading. Statuses are compared by their normalised value (`✅ Complete` agrees with `Done`).\nA second section with an id that already has a row is left to [`duplicate-id`](duplicate-id.md): no row\nis added for it, so fixes settle.\n\n**Fix:** cells are rewritten in place (`replaceCell`, the author's column width is kept when the new\ntext fits), statuses are written in the table's own spelling (`✅ Complete` if a row already uses it,\nelse `Planned`, `In Progress`, `Done`, `Blocked`, `Cancelled`), and missing rows are added after the\nlast row. A row without a section is reported but not removed. `roadmark sync` applies the same edits.",
  "placeholder": "The template ships with placeholders: `<!-- TODO … -->` comments, `[Title]`, `[Focus area]`,\n`[Criterion 1]`, `[Deliverable 1]`, `[Brief description of milestone goal]` and their kin (`[Your …]`).\nA roadmap that still holds them is not filled in. Text in code blocks, code spans and other HTML\ncomments, and link texts such as `[Title](url)`, are not placeholders.\n\nThe editing commands use the same detection: `roadmark tick` refuses a criterion that is still a\nplaceholder, `roadmark start` refuses a milestone whose goal or criteria are (unless `--force`),\nand `roadmark next` says to fill the milestone in rather than pointing at `[Criterion 1]`.",
  "single-in-progress": '"One milestone at a time": a second milestone in progress splits attention. Every in-progress\nmilestone after the first is reported, with the first as the related location.',
  "stale": '"Keep it current": a roadmap that has not changed for weeks while the code has moved on is\nprobably out of date. `roadmark lint` asks git (once per file) how many days ago the roadmap last\nchanged and how many commits touched other files since; the rule fires when both pass their\nthresholds. Outside a git repository the rule is silent. (In the examples below, a\n`<!-- fixture: … -->` comment stands in for git.)',
  "status-criteria": "A milestone marked done with an open criterion is not done (error). All criteria ticked while the\nstatus still says planned or in progress means the status is stale (warning), and ticked criteria\non a planned milestone mean it has started (warning). The finding points at the box (or, for an\nall-ticked milestone, at the status) so the fix is one edit away.",
  "unknown-dependency": "A dependency on a milestone that does not exist is a typo or a leftover from a renumbering; the\nordering rules cannot check it. Ids are compared normalised (`m1` = `M1` = `Milestone 1`).",
  "unknown-status": "A status roadmark cannot read is a status nobody can rely on: `status`, `next` and the other rules\ntreat the milestone as having none. Every stated status (table cell, heading suffix, `Status:` line)\nmust be a word or emoji of the status vocabulary (English and ten other languages), or one the\ndocument's own emoji legend defines.",
  "verify-failing": "A tick is someone's word; a command that proves the criterion is evidence. When the latest\n`roadmark verify` run of a ticked criterion's current command failed or timed out, the tick and the\nevidence disagree. Results are read from the clone's record (`.git/roadmark/verify.json`, written\nby `roadmark verify`); a result for an older text of the command does not count, and outside git\n(no record) the rule is silent. (In the examples below, a `<!-- fixture: … -->` comment stands in\nfor the record.)",
  "verify-missing": "Off by default. A project that wants every tick backed by evidence switches it on: then a\nticked criterion of a milestone in progress or done without ``Verify: `command` `` is reported.\nPlanned milestones are left alone (nothing there should be ticked yet), and a criterion whose\n`Verify:` clause is malformed is `verify-syntax`'s finding, not this one's.",
  "verify-syntax": "A criterion proves itself with ``Verify: `command` `` at the end of its first line, optionally\nfollowed by `(timeout 30s)` (units `ms`, `s`, `m`, `h`; a bare number is seconds). `roadmark verify`\nruns the command. A clause it cannot run — `Verify:` with no code span, an empty code span, a\ntimeout it cannot read, or text after the command — is reported here as an error instead of being\nsilently skipped or run as something else. `Verify:` followed by prose (`Verify: the keys feel\nright`) is ordinary text, not a clause."
};

// src/lint/formats/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function spanText(file, span) {
  const lines = file.lines;
  const first = lines.lineOf(span.start);
  const last = lines.lineOf(Math.max(span.start, span.end));
  const parts = [];
  for (let l = first; l <= last; l++) {
    const start = lines.lineStart(l);
    const text2 = lines.lineText(l);
    parts.push(text2.slice(Math.max(0, span.start - start), Math.max(0, span.end - start)));
  }
  const squash2 = (t) => t.replace(/\s+/g, " ").trim();
  return squash2(parts.join(" ")) || squash2(lines.lineText(first));
}
function fingerprints(file, fileKey) {
  const seen = /* @__PURE__ */ new Map();
  return file.diagnostics.map((d) => {
    const hash = createHash2("sha256").update(`${d.ruleId}\0${fileKey}\0${spanText(file, d.span)}`).digest("hex").slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

// src/lint/formats/linted-file.ts
function displayPosition(file, offset) {
  const p = file.lines.position(offset);
  return file.bom && p.line === 1 && p.column > 1 ? { line: 1, column: p.column - 1 } : p;
}
function region(file, d) {
  return { start: displayPosition(file, d.span.start), end: displayPosition(file, d.span.end) };
}
function countFindings(files) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === "error") {
        errors++;
        if (d.fix) fixableErrors++;
      } else if (d.severity === "warning") {
        warnings++;
        if (d.fix) fixableWarnings++;
      } else infos++;
    }
  }
  return { errors, warnings, infos, fixableErrors, fixableWarnings };
}

// src/lint/formats/sarif.ts
function ruleHelpUri(id) {
  return `${RULE_DOCS_BASE}${id}.md`;
}
function ruleHelpMarkdown(id) {
  return (RULE_WHY[id] ?? "").replace(/\]\(([a-z0-9-]+\.md)(#[^)]*)?\)/g, (_m, file, hash) => `](${RULE_DOCS_BASE}${file}${hash ?? ""})`);
}
function ruleHelpText(id) {
  return (RULE_WHY[id] ?? "").split(/\n{2,}/).map((p) => p.replace(/\s*\n\s*/g, " ").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")).join("\n\n");
}
var LEVEL = { error: "error", warning: "warning", info: "note" };
function sarifRegion(file, span) {
  const s = displayPosition(file, span.start);
  const e = displayPosition(file, span.end);
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}
var SRCROOT = "%SRCROOT%";
function artifactLocation(file, cwd) {
  const full = path.resolve(cwd, file);
  const rel = path.relative(cwd, full);
  if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) {
    return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(full).href };
}
function directoryUri(dir) {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function toSarif(files, version, opts = {}) {
  const cwd = opts.cwd ?? process.cwd();
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const result = (f, at, d, fingerprint) => {
    const location = { physicalLocation: { artifactLocation: at, region: sarifRegion(f, d.span) } };
    return {
      ruleId: d.ruleId,
      ...ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {},
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [location],
      ...d.related && d.related.length > 0 ? {
        relatedLocations: d.related.map((r, i) => ({
          id: i + 1,
          message: { text: r.message },
          physicalLocation: { artifactLocation: at, region: sarifRegion(f, r.span) }
        }))
      } : {},
      partialFingerprints: { "roadmark/v1": fingerprint },
      ...d.fix && d.fix.length > 0 ? { properties: { fixable: true } } : {}
    };
  };
  const located = files.map((f) => ({ f, at: artifactLocation(f.file, cwd) }));
  const results = located.flatMap(({ f, at }) => {
    const prints = fingerprints(f, at.uriBaseId ? `${at.uriBaseId}/${at.uri}` : at.uri);
    return f.diagnostics.map((d, i) => result(f, at, d, prints[i]));
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "roadmark",
            version,
            informationUri: REPOSITORY_URL,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""),
              shortDescription: { text: r.description },
              fullDescription: { text: ruleHelpText(r.id) || `${r.description}.` },
              helpUri: ruleHelpUri(r.id),
              help: {
                text: `${r.description}.

${ruleHelpText(r.id)}

Documentation: ${ruleHelpUri(r.id)}`,
                markdown: `**${r.description}.**

${ruleHelpMarkdown(r.id)}

[Documentation of ${r.id}](${ruleHelpUri(r.id)})`
              },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { fixable: r.fixable, scope: r.scope }
            }))
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        columnKind: "utf16CodeUnits",
        artifacts: located.map(({ at }) => ({ location: at })),
        results
      }
    ]
  };
}
function formatSarif(files, version, opts = {}) {
  return JSON.stringify(toSarif(files, version, opts), null, 2) + "\n";
}

// src/action/run.ts
init_errors();

// src/ops/lint.ts
import { existsSync as existsSync5 } from "node:fs";
import path12 from "node:path";

// src/history/staleness.ts
init_git();

// src/history/timeline.ts
init_parse_log();
function isoTime(seconds) {
  return new Date(seconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/history/staleness.ts
async function readStaleness(cwd, file, opts = {}) {
  const repo = await findRepo(fileDir(cwd, file));
  if (!repo || repo.shallow) return void 0;
  try {
    const rel = toRepoPath(repo, cwd, file);
    const last = await lastChange(repo.top, rel);
    if (!last) return void 0;
    const now = (opts.now ?? /* @__PURE__ */ new Date()).getTime() / 1e3;
    return {
      daysSinceChange: Math.max(0, Math.floor((now - last.time) / 86400)),
      commitsElsewhere: await commitsSince(repo.top, last.commit),
      lastChange: isoTime(last.time)
    };
  } catch (e) {
    if (e instanceof GitError || e instanceof Error && e.name === "UsageError") return void 0;
    throw e;
  }
}

// src/ops/lint.ts
init_git_root();

// src/io/load-roadmap.ts
import path5 from "node:path";

// src/model/reading.ts
init_errors();
var STEER_CARRIERS = ["heading", "table", "list", "paragraph"];
function candidateName(c) {
  return c.carrier === "heading" ? `headings at level ${c.level ?? "?"}${c.nth !== void 0 ? `, nth ${c.nth}` : ""}` : `${c.carrier} ${c.nth ?? "?"}`;
}
function steerOf(c, candidates) {
  if (c.carrier === "heading") {
    const level = c.level ?? 0;
    const first = candidates.find((x) => x.carrier === "heading" && x.level === level);
    return first === void 0 || first === c ? { carrier: "heading", level } : { carrier: "heading", level, nth: c.nth };
  }
  return { carrier: c.carrier, nth: c.nth };
}
var SteeringError = class extends UsageError {
  name = "SteeringError";
  /** Why the choice failed (the error's `code` stays BAD_INPUT, as for every usage error). */
  reason;
  /** The candidates the document offers (empty for a malformed choice). */
  candidates;
  constructor(reason, message, candidates, hint) {
    super(message, hint);
    this.reason = reason;
    this.candidates = candidates;
  }
};
function positiveInt(x) {
  return typeof x === "number" && Number.isInteger(x) && x >= 1;
}
function validateSteer(value) {
  if (typeof value !== "object" || value === null) throw new SteeringError("bad-choice", 'milestones: expected an object such as { "carrier": "heading", "level": 2 }', []);
  const v = value;
  const carrier = v.carrier;
  if (typeof carrier !== "string" || !STEER_CARRIERS.includes(carrier))
    throw new SteeringError("unknown-carrier", `unknown milestone carrier ${JSON.stringify(carrier)}: expected ${STEER_CARRIERS.join(", ")}`, []);
  if (carrier === "heading") {
    const level = v.level;
    if (!positiveInt(level) || level > 6) throw new SteeringError("bad-choice", 'milestones: a heading choice needs "level" from 1 to 6', []);
    if (v.nth === void 0) return { carrier, level };
    if (!positiveInt(v.nth)) throw new SteeringError("bad-choice", `milestones: a heading choice's "nth" counts from 1, the candidates at that level in document order`, []);
    return { carrier, level, nth: v.nth };
  }
  const nth = v.nth;
  if (!positiveInt(nth)) throw new SteeringError("bad-choice", `milestones: a ${carrier} choice needs "nth", counting from 1 in document order`, []);
  return { carrier, nth };
}

// src/parse/fields/dependencies.ts
var NONE2 = /^\s*(?:none|nothing|n\/a|na|no dependencies|no deps|—|–|-|keine|nenhuma|ninguna|aucune|无|なし|없음)(?![\p{L}\p{N}])/iu;
var ID = /(?<![\p{L}\p{N}])(?:(M)(\d+[a-z]?(?:\.\d+)*)|(milestone|phase|stage|step|sprint)\s+(\d+(?:\.\d+)*[A-Za-z]?)|(P)(\d+)|(v\d+(?:\.\d+)+(?:-[\w.]+)?))(?![\p{L}\p{N}])/giu;
function parseDependencies(text2) {
  if (NONE2.test(text2) && !/\b(?:M\d|phase\s+\d)/i.test(text2.replace(NONE2, ""))) return [];
  const out = [];
  for (const m of text2.matchAll(ID)) {
    const raw = m[0];
    let id;
    if (m[1]) id = `M${m[2]}`;
    else if (m[3]) id = m[3].toLowerCase() === "milestone" ? `M${m[4]}` : normaliseId(raw);
    else if (m[5]) id = `P${m[6]}`;
    else id = raw;
    const start = m.index ?? 0;
    if (!out.some((d) => d.id === id)) out.push({ id: normaliseId(id), raw, start, end: start + raw.length });
  }
  return out;
}

// src/parse/fields/labels.ts
var STATUS_KEYS = [
  "status",
  "state",
  "progress status",
  "current status",
  // Not `Stand:` (German "as of", before a date), nor `Läge`/`Stare`, which are also other words.
  "estado",
  "situação",
  "statut",
  "état",
  "stato",
  "stan",
  "stav",
  "tila",
  "állapot",
  "durum",
  "trạng thái",
  "состояние",
  "статус",
  "стан",
  "κατάσταση",
  "الحالة",
  "סטטוס",
  "מצב",
  "स्थिति",
  "สถานะ",
  "وضعیت",
  "状态",
  "狀態",
  "状態",
  "ステータス",
  "상태",
  "진행 상태"
];
var LABELS = [
  [/^(?:goals?|objectives?|purpose|aim|outcome)$/i, "goal"],
  [/^(?:acceptance criteria|exit criteria|done when|definition of done|success criteria|criteria|acceptance|tasks|plans|checklist|deliverables checklist)$/i, "criteria"],
  [/^(?:key deliverables|deliverables|outputs|artifacts|artefacts)$/i, "deliverables"],
  [/^(?:dependencies|depends on|depends|requires|prerequisites|blocked by|deps)$/i, "dependencies"],
  [/^(?:learnings|lessons learned|lessons|learned|notes and learnings)$/i, "learnings"],
  [new RegExp(`^(?:${STATUS_KEYS.join("|")})$`, "iu"), "status"],
  [/^(?:focus|focus area)$/i, "focus"]
];
function fieldKind(label) {
  const key = label.replace(/[:：*_`]/g, "").replace(/\s+/g, " ").trim();
  for (const [re, kind] of LABELS) if (re.test(key)) return kind;
  return void 0;
}
var BOLD_LABEL = /^\s*(?:[-*+]\s+)?(\*\*|__)([^*_\n]{1,40}?)\s*[:：]?\s*\1\s*[:：]?\s*/u;
var PLAIN_LABEL = /^\s*[*_]?([\p{L}][\p{L}\p{M} ]{1,30}?)\s*(?:[:：]|\s[—–-](?=\s))\s*/u;
function readLineLabel(line, plain = true) {
  const bold = BOLD_LABEL.exec(line);
  if (bold) {
    const kind = fieldKind(bold[2] ?? "");
    if (kind) return { kind, valueStart: bold[0].length };
    return void 0;
  }
  if (!plain) return void 0;
  const m = PLAIN_LABEL.exec(line);
  if (m) {
    const kind = fieldKind(m[1] ?? "");
    if (kind) return { kind, valueStart: m[0].length };
  }
  return void 0;
}

// src/parse/fields/status-vocabulary.ts
var STATUS_PHRASES = {
  done: [
    "done",
    "complete",
    "completed",
    "finished",
    "shipped",
    "delivered",
    "released",
    "published",
    "live",
    "closed",
    "achieved",
    "implemented",
    "verified",
    "deployed",
    "ok",
    "fully complete",
    "merged",
    "available now",
    "concluído",
    "concluída",
    "concluido",
    "concluida",
    "completo",
    "completa",
    "entregue",
    "publicado",
    "completado",
    "terminado",
    "hecho",
    "entregado",
    "concluídos",
    "concluídas",
    "completos",
    "completas",
    "entregues",
    "publicados",
    "publicadas",
    "implementado",
    "implementados",
    "implementadas",
    "completada",
    "completados",
    "completadas",
    "terminada",
    "terminados",
    "terminadas",
    "entregada",
    "entregados",
    "implementada",
    "terminé",
    "fait",
    "livré",
    "publié",
    "terminée",
    "réalisé",
    "réalisée",
    "réalisés",
    "réalisées",
    "achevé",
    "achevée",
    "achevés",
    "achevées",
    "terminés",
    "terminées",
    "livrés",
    "livrées",
    "livrée",
    "publiés",
    "publiées",
    "implémenté",
    "implémentés",
    "implémentées",
    "abgeschlossen",
    "erledigt",
    "fertig",
    "geliefert",
    "umgesetzt",
    "completato",
    "fatto",
    "completata",
    "completati",
    "completate",
    "concluso",
    "conclusi",
    "terminato",
    "terminati",
    "rilasciato",
    "rilasciati",
    "implementato",
    "implementati",
    "klaar",
    "afgerond",
    "voltooid",
    "gereed",
    "opgeleverd",
    "klar",
    "färdig",
    "klart",
    "färdigt",
    "avklarad",
    "avklarat",
    "levererad",
    "levererat",
    "готово",
    "завершено",
    "выполнено",
    "сделано",
    "завершён",
    "завершен",
    "выполнен",
    "реализовано",
    "опубликовано",
    "опубликован",
    "опубликована",
    "опубликованная",
    "опубликованные",
    "выпущено",
    "выпущен",
    "zakończone",
    "gotowe",
    "zrobione",
    "ukończone",
    "wdrożone",
    "zakończony",
    "已完成",
    "完成",
    "已发布",
    "已上线",
    "已实现",
    "已發布",
    "已上線",
    "已實現",
    "已交付",
    "就绪",
    "已就绪",
    "就緒",
    "已就緒",
    "已做",
    "完了",
    "済み",
    "完了済み",
    "実装済み",
    "リリース済み",
    "利用可能",
    "완료",
    "출시 완료",
    "배포 완료",
    "구현 완료",
    "개발 완료",
    "출시됨",
    "출시",
    "hoàn thành",
    "đã xong",
    "đã hoàn thành",
    "xong",
    "виконано",
    "зроблено",
    "tamamlandı",
    "tamamlanan",
    "bitti",
    "yayınlandı",
    "selesai",
    "rampung",
    "dirilis",
    "telah dirilis",
    "sudah dirilis",
    "hotovo",
    "dokončeno",
    "valmis",
    "ολοκληρώθηκε",
    "ολοκληρωμένο",
    "kész",
    "befejezve",
    "elkészült",
    "finalizat",
    "finalizată",
    "færdig",
    "udført",
    "ferdig",
    "fullført",
    "مكتمل",
    "منجز",
    "المكتملة",
    "مكتملة",
    "المنجزة",
    "הושלם",
    "בוצע",
    "पूर्ण",
    "पूरा हुआ",
    "เสร็จสิ้น",
    "เสร็จแล้ว",
    "انجام شد",
    "تکمیل شده",
    // Round 12: common equivalents LABELING.md S2 asks for, written from the languages, not from
    // documents; kept out where the word also commonly means something else in a heading: `lista`
    // (a list), `parada` (a stop), `eingestellt` (configured), `hechos` (facts), `verschoben`
    // (moved), `landed` (landed cost), `delayed` (delayed jobs; late is not blocked), `en marcha`
    // (puesta en marcha), `por definir` (TBD), 達成 (a goal to reach), 未定 and 不做 (a date to be
    // fixed; a not-doing section); CJK and Hangul phrases match inside compounds, so none that opens
    // one (实现中文, 测试中心, 推进中文, 作業中断, テスト中心, 테스트 중복, 작업 중단), nor a feature's name (暂停/恢复, 一時停止機能, 废弃 API,
    // 不再支持 Python 2: planned work), nor a settled compatibility state (未対応, 部分支持, 一部対応).
    "finalized",
    "finalised",
    "rolled out",
    "accomplished",
    "listo",
    "listos",
    "finalizado",
    "finalizada",
    "finalizados",
    "finalizadas",
    "hecha",
    "feito",
    "feita",
    "feitos",
    "feitas",
    "lançado",
    "lançada",
    "implantado",
    "implantada",
    "fini",
    "finie",
    "finis",
    "finies",
    "déployé",
    "déployée",
    "validé",
    "validée",
    "clôturé",
    "fertiggestellt",
    "implementiert",
    "veröffentlicht",
    "ausgeliefert",
    "erreicht",
    "finito",
    "finita",
    "rilasciata",
    "implementata",
    "pubblicato",
    "gedaan",
    "geïmplementeerd",
    "uitgebracht",
    "gepubliceerd",
    "готов",
    "готова",
    "готовы",
    "завершена",
    "завершены",
    "выполнена",
    "выполнены",
    "сделан",
    "сделана",
    "реализован",
    "реализована",
    "реализованы",
    "внедрено",
    "已支持",
    "已合并",
    "已部署",
    "已落地",
    "已結束",
    "已结束",
    "已合併",
    "已支援",
    "実装完了",
    "公開済み",
    "완료됨",
    "배포됨",
    "구현됨"
  ],
  in_progress: [
    "in progress",
    "in-progress",
    "inprogress",
    "in_progress",
    "active",
    "current",
    "now",
    "ongoing",
    "continuous",
    "wip",
    "started",
    "partial",
    "partially done",
    "partially complete",
    "mostly done",
    "mostly complete",
    "almost done",
    "nearly done",
    "nearly complete",
    "largely done",
    "underway",
    "under way",
    "current focus",
    "this milestone",
    "this step",
    "this phase",
    "this stage",
    "this iteration",
    "this sprint",
    "current quarter",
    "gap closure",
    "in development",
    "in dev",
    "doing",
    "in review",
    "in flight",
    "in the works",
    "work in progress",
    "em progresso",
    "em andamento",
    "em desenvolvimento",
    "en progreso",
    "en curso",
    "en desarrollo",
    "en cours",
    "in arbeit",
    "in bearbeitung",
    "aktiv",
    "in corso",
    "in sviluppo",
    "in lavorazione",
    "bezig",
    "in uitvoering",
    "in ontwikkeling",
    "pågår",
    "under utveckling",
    "pågående",
    "påbörjad",
    "påbörjat",
    "в работе",
    "сейчас",
    "текущий",
    "в процессе",
    "в тестировании",
    "на тестировании",
    "в разработке",
    "w toku",
    "w trakcie",
    "w realizacji",
    "进行中",
    "当前阶段",
    "當前階段",
    "当前",
    "開発中",
    "开发中",
    "正在进行",
    "部分完成",
    "已部分完成",
    "大部分完成",
    "大部分已完成",
    "部分就绪",
    "部分就緒",
    "當前",
    "開發中",
    "目前進行",
    "實作中",
    "正在進行",
    "進行中",
    "対応中",
    "実装中",
    "現在の重点",
    "現在フェーズ",
    "現在のフェーズ",
    "一部完了",
    "部分的に完了",
    "継続中",
    "一部利用可能",
    "진행 중",
    "진행중",
    "현재",
    "개발 중",
    "개발중",
    "đang thực hiện",
    "đang làm",
    "đang tiến hành",
    "đang phát triển",
    "в роботі",
    "у роботі",
    "у процесі",
    "триває",
    "devam ediyor",
    "sürüyor",
    "geliştiriliyor",
    "yapılıyor",
    "sedang berjalan",
    "dalam pengerjaan",
    "probíhá",
    "rozpracováno",
    "käynnissä",
    "työn alla",
    "σε εξέλιξη",
    "folyamatban",
    "în curs",
    "în lucru",
    "i gang",
    "قيد التنفيذ",
    "قيد التطوير",
    "בתהליך",
    "בעבודה",
    "प्रगति में",
    "जारी",
    "กำลังดำเนินการ",
    "در حال انجام",
    "در دست اقدام",
    "in testing",
    "under development",
    "under review",
    "being worked on",
    "in design",
    "in qa",
    "in implementation",
    "under construction",
    "under active development",
    "in active development",
    "partially implemented",
    "half done",
    "en pruebas",
    "en revisión",
    "en proceso",
    "en construcción",
    "en implementación",
    "em teste",
    "em testes",
    "em revisão",
    "em construção",
    "em implementação",
    "em execução",
    "em curso",
    "en test",
    "en tests",
    "en revue",
    "en construction",
    "en développement",
    "en réalisation",
    "in entwicklung",
    "in umsetzung",
    "in prüfung",
    "im test",
    "teilweise umgesetzt",
    "in revisione",
    "in costruzione",
    "in test",
    "in behandeling",
    "gedeeltelijk",
    "разрабатывается",
    "в реализации",
    "частично",
    "реализуется",
    "тестируется",
    "迭代中",
    "正在开发",
    "正在開發",
    "部分实现",
    "部分實現",
    "検証中",
    "レビュー中"
  ],
  planned: [
    "planned",
    "planning",
    "not started",
    "not_started",
    "not yet started",
    "todo",
    "to do",
    "to-do",
    "pending",
    "next",
    "upcoming",
    "later",
    "future",
    "proposed",
    "idea",
    "ideas",
    "backlog",
    "research",
    "investigation",
    "scheduled",
    "post-launch",
    "short term",
    "short-term",
    "medium term",
    "medium-term",
    "mid-term",
    "long term",
    "long-term",
    "not yet",
    "on deck",
    "coming up",
    "next up",
    "up next",
    "under consideration",
    "planejado",
    "planejada",
    "planejados",
    "planejadas",
    "planeado",
    "planeados",
    "proposto",
    "propostos",
    "ideia",
    "ideias",
    "futuro",
    "futur",
    "próximo",
    "próxima",
    "próximas versões",
    "próximas",
    "próximos passos",
    "planificado",
    "planificada",
    "planificados",
    "planificadas",
    "pendiente",
    "pendientes",
    "previsto",
    "previstos",
    "previstas",
    "en investigación",
    "próximos pasos",
    "prévu",
    "prévue",
    "prévus",
    "prévues",
    "planifié",
    "planifiée",
    "planifiés",
    "planifiées",
    "idée",
    "idées",
    "à venir",
    "prochaines étapes",
    "à faire",
    "geplant",
    "offen",
    "idee",
    "ideen",
    "zukünftig",
    "nächste schritte",
    "pianificato",
    "pianificata",
    "pianificati",
    "pianificate",
    "da fare",
    "previsti",
    "previste",
    "gepland",
    "te doen",
    "planerad",
    "planerat",
    "planerade",
    "kommande",
    "запланировано",
    "не начато",
    "планируется",
    "в плане",
    "в планах",
    "дальняя перспектива",
    "в перспективе",
    "planowane",
    "planowany",
    "do zrobienia",
    "do rozpoczęcia",
    "计划",
    "待办",
    "未开始",
    "未完成",
    "尚未完成",
    "未做",
    "未实现",
    "尚未实现",
    "未就绪",
    "尚未就绪",
    "待就绪",
    "未就緒",
    "尚未就緒",
    "未實現",
    "尚未實現",
    "短期",
    "中期",
    "长期",
    "近期",
    "规划中",
    "计划中",
    "待定",
    "已规划",
    "下一版",
    "下一版本",
    "下个版本",
    "后续",
    "計劃",
    "計畫",
    "待辦",
    "未開始",
    "長期",
    "規劃中",
    "計劃中",
    "計畫中",
    "已規劃",
    "下個版本",
    "即將到來",
    "即将到来",
    "未来",
    "未來",
    "後續",
    "予定",
    "未着手",
    "計画中",
    "検討中",
    "近い将来",
    "将来",
    "利用可能予定",
    "近日利用可能",
    "未完了",
    "完了予定",
    "예정",
    "계획",
    "미착수",
    "예정됨",
    "향후",
    "추후",
    "출시 예정",
    "출시예정",
    "미래",
    "장기",
    "중기",
    "단기",
    "chưa bắt đầu",
    "dự kiến",
    "sắp tới",
    "заплановано",
    "не розпочато",
    "планується",
    "planlandı",
    "planlanan",
    "planlanıyor",
    "başlanmadı",
    "yapılacak",
    "direncanakan",
    "belum dimulai",
    "plánováno",
    "naplánováno",
    "suunniteltu",
    "σχεδιασμένο",
    "προγραμματισμένο",
    "tervezett",
    "planificat",
    "planlagt",
    "مخطط",
    "مخططة",
    "المخططة",
    "المخطط لها",
    "لم يبدأ",
    "מתוכנן",
    "טרם החל",
    "नियोजित",
    "योजनाबद्ध",
    "วางแผน",
    "ยังไม่เริ่ม",
    "برنامه‌ریزی شده",
    "شروع نشده",
    // Not "TBD": a placeholder for a date, an owner or a plan (`| Plans | TBD |`), not a status.
    "nicht implementiert",
    "noch nicht implementiert",
    "nicht umgesetzt",
    "noch nicht umgesetzt",
    "non implementato",
    "non ancora implementato",
    "не готов",
    "не готова",
    "не реализован",
    "не реализована",
    "не сделан",
    "не сделано",
    "to be done",
    "icebox",
    "someday",
    "not yet implemented",
    "not implemented",
    "unstarted",
    "queued",
    "in planning",
    "por hacer",
    "sin empezar",
    "no iniciado",
    "no iniciada",
    "en planificación",
    "a fazer",
    "por fazer",
    "pendente",
    "pendentes",
    "não iniciado",
    "não iniciada",
    "em planejamento",
    "à l'étude",
    "en réflexion",
    "non commencé",
    "pas commencé",
    "en planification",
    "à planifier",
    "in planung",
    "ausstehend",
    "nicht begonnen",
    "noch offen",
    "vorgesehen",
    "angedacht",
    "künftig",
    "in programma",
    "da iniziare",
    "non iniziato",
    "in pianificazione",
    "nog niet gestart",
    "toekomstig",
    "не начат",
    "не начата",
    "не начаты",
    "не реализовано",
    "待开发",
    "待開發",
    "待实现",
    "待實現",
    "待实施",
    "待實施",
    "待开始",
    "待開始",
    "待处理",
    "待處理",
    "待规划",
    "待規劃",
    "筹备中",
    "籌備中",
    "构思中",
    "構思中",
    "未実装",
    "着手前",
    "계획됨",
    "미구현",
    "검토 예정"
  ],
  blocked: [
    "blocked",
    "on hold",
    "parked",
    "on-hold",
    "on_hold",
    "paused",
    "deferred",
    "postponed",
    "waiting",
    "adiado",
    "aplazado",
    "en pausa",
    "reporté",
    "en attente",
    "zurückgestellt",
    "pausiert",
    "延後",
    "暫緩",
    "擱置",
    "отложено",
    "wstrzymane",
    "in attesa",
    "sospeso",
    "uppskjuten",
    "pausad",
    "延后",
    "暂缓",
    "搁置",
    "保留",
    "보류",
    "tạm dừng",
    "відкладено",
    "призупинено",
    "beklemede",
    "ertelendi",
    "ditunda",
    "odloženo",
    "pozastaveno",
    "keskeytetty",
    "σε αναμονή",
    "felfüggesztve",
    "amânat",
    "udsat",
    "utsatt",
    "معلق",
    "מושהה",
    "स्थगित",
    // Not "frozen" (a frozen protocol or API is settled), nor 阻塞/受阻 (they title blocker lists).
    "stalled",
    "suspended",
    "bloqueado",
    "bloqueada",
    "en espera",
    "suspendido",
    "suspendida",
    "pausado",
    "pausada",
    "detenido",
    "em espera",
    "suspenso",
    "suspensa",
    "parado",
    "bloqué",
    "bloquée",
    "en pause",
    "suspendu",
    "suspendue",
    "blockiert",
    "ausgesetzt",
    "gestoppt",
    "angehalten",
    "bloccato",
    "bloccata",
    "in pausa",
    "rimandato",
    "geblokkeerd",
    "uitgesteld",
    "gepauzeerd",
    "заблокировано",
    "приостановлено",
    "на паузе",
    "已暂停",
    "已暫停",
    "延期",
    "推迟",
    "推遲",
    "停止中",
    "연기됨"
  ],
  cancelled: [
    "cancelled",
    "canceled",
    "dropped",
    "abandoned",
    "won't do",
    "wont do",
    "won’t do",
    "removed",
    "rejected",
    "superseded",
    "permanently deferred",
    "obsolete",
    "cancelado",
    "cancelada",
    "annulé",
    "abgebrochen",
    "verworfen",
    "отменено",
    "取消",
    "放弃",
    "放棄",
    "中止",
    "継続中止",
    "취소",
    "annullato",
    "geannuleerd",
    "avbruten",
    "anulowane",
    "đã hủy",
    "скасовано",
    "iptal edildi",
    "dibatalkan",
    "zrušeno",
    "peruttu",
    "ακυρώθηκε",
    "törölve",
    "anulat",
    "annulleret",
    "avlyst",
    "ملغى",
    "בוטל",
    "रद्द",
    "ยกเลิก",
    "لغو شد",
    // Not "not planned" and its kin: a `## Not planned` section is a not-doing list (L5), not a bucket.
    "won't fix",
    "wontfix",
    "discontinued",
    "descoped",
    "descartado",
    "descartada",
    "abandonado",
    "abandonada",
    "cancelados",
    "abandonné",
    "abandonnée",
    "annulée",
    "gestrichen",
    "abgesagt",
    "storniert",
    "annullata",
    "abbandonato",
    "scartato",
    "cancellato",
    "geschrapt",
    "vervallen",
    "afgelast",
    "отменён",
    "отменен",
    "отменена",
    "已废弃",
    "已廢棄",
    "已放弃",
    "已放棄",
    "取り下げ",
    "見送り",
    "중단됨"
  ]
};
var STATUS_EMOJI = {
  done: ["✅", "✔", "✓", "☑", "🎉"],
  in_progress: ["🔄", "🚧", "🔨", "🛠", "◐", "⚙", "🏗"],
  planned: ["📋", "⏳", "⌛", "🔜", "🔲", "⬜", "☐", "⏭", "💡", "🗓", "📅"],
  blocked: ["⏸", "⛔", "🛑"],
  cancelled: ["❌", "🚫", "✖", "✗"]
};
var LEGEND_ONLY_EMOJI = ["🟢", "🟡", "🔴", "🟠", "🔵", "⚪", "⚫", "🟣", "🔮", "🎯", "🏁", "📌", "🔧", "⭐"];
var STATUS_RANK = {
  unknown: 0,
  planned: 1,
  cancelled: 2,
  blocked: 3,
  in_progress: 4,
  done: 5
};

// src/parse/fields/sequence-vocabulary.ts
var SEQUENCE_CONCEPTS = ["phase", "milestone", "release", "sprint", "week", "month", "quarter", "other"];
var UNIT_WORDS = {
  phase: {
    en: ["phase", "stage", "step"],
    pt: ["fase", "etapa", "passo"],
    es: ["fase", "etapa", "paso"],
    fr: ["phase", "étape", "etape", "palier"],
    de: ["phase", "stufe", "schritt", "etappe"],
    it: ["fase", "tappa", "passo"],
    nl: ["fase", "stap"],
    sv: ["fas", "fasen", "steg", "steget", "etapp", "etappen"],
    ru: ["этап", "фаза", "шаг", "стадия"],
    pl: ["faza", "etap", "krok"],
    vi: ["giai đoạn", "bước"],
    uk: ["етап", "фаза", "крок"],
    tr: ["aşama", "faz", "adım"],
    id: ["tahap", "tahapan", "fase", "langkah"],
    cs: ["fáze", "etapa", "krok"],
    fi: ["vaihe"],
    el: ["φάση", "στάδιο", "βήμα"],
    hu: ["fázis", "szakasz", "lépés"],
    ro: ["faza", "fază", "etapa", "etapă", "pasul"],
    da: ["fase", "fasen", "trin"],
    no: ["fase", "fasen", "steg", "trinn"],
    ar: ["المرحلة", "مرحلة", "الخطوة"],
    he: ["שלב"],
    hi: ["चरण", "फेज़", "फेज"],
    th: ["ระยะที่", "ระยะ", "ขั้นตอนที่", "เฟส"],
    fa: ["فاز", "مرحله", "گام"]
  },
  milestone: {
    en: ["milestone"],
    pt: ["marco"],
    es: ["hito"],
    fr: ["jalon"],
    de: ["meilenstein"],
    it: ["traguardo"],
    nl: ["mijlpaal"],
    sv: ["milstolpe", "milstolpen"],
    ru: ["веха"],
    pl: ["kamień milowy"],
    vi: ["cột mốc"],
    uk: ["віха"],
    tr: ["kilometre taşı"],
    id: ["tonggak"],
    cs: ["milník"],
    fi: ["virstanpylväs"],
    el: ["ορόσημο"],
    hu: ["mérföldkő"],
    ro: ["reper"],
    da: ["milepæl"],
    no: ["milepæl"],
    ar: ["معلم"],
    he: ["אבן דרך"],
    hi: ["माइलस्टोन"],
    th: ["ไมล์สโตน", "หมุดหมาย"],
    fa: ["مایلستون", "نقطه عطف"]
  },
  release: {
    en: ["release", "version"],
    pt: ["versão", "versao", "entrega", "lançamento"],
    es: ["versión", "entrega", "lanzamiento"],
    fr: ["version", "livraison", "lot"],
    de: ["version", "release"],
    it: ["versione", "rilascio"],
    nl: ["versie", "release"],
    sv: ["version", "release"],
    ru: ["релиз", "версия"],
    pl: ["wersja", "wydanie"],
    vi: ["phiên bản"],
    uk: ["реліз", "версія"],
    tr: ["sürüm"],
    id: ["rilis", "versi"],
    cs: ["verze", "vydání"],
    fi: ["versio", "julkaisu"],
    el: ["έκδοση"],
    hu: ["verzió", "kiadás"],
    ro: ["versiunea", "versiune", "lansarea"],
    da: ["version", "udgivelse"],
    no: ["versjon", "utgivelse"],
    ar: ["الإصدار", "إصدار", "النسخة"],
    he: ["גרסה", "גרסת"],
    hi: ["संस्करण", "रिलीज़"],
    th: ["เวอร์ชัน", "รุ่น"],
    fa: ["نسخه", "انتشار"]
  },
  sprint: {
    en: ["sprint", "iteration", "cycle", "increment", "wave", "round"],
    es: ["sprint", "iteración", "ciclo"],
    pt: ["sprint", "iteração", "ciclo"],
    fr: ["sprint", "itération", "cycle", "vague"],
    de: ["sprint", "iteration", "zyklus", "welle"],
    it: ["sprint", "iterazione", "ciclo"],
    nl: ["sprint", "iteratie"],
    sv: ["sprint", "iteration"],
    ru: ["спринт", "итерация"],
    pl: ["sprint", "iteracja"],
    vi: ["sprint", "vòng lặp", "đợt"],
    uk: ["спринт", "ітерація"],
    tr: ["sprint", "iterasyon", "döngü"],
    id: ["sprint", "iterasi"],
    cs: ["sprint", "iterace"],
    fi: ["sprintti", "iteraatio"],
    el: ["σπριντ", "επανάληψη"],
    hu: ["sprint", "iteráció"],
    ro: ["sprint", "iterația", "iterație"],
    da: ["sprint", "iteration"],
    no: ["sprint", "iterasjon"],
    ar: ["سبرينت", "التكرار"],
    he: ["ספרינט", "איטרציה"],
    hi: ["स्प्रिंट"],
    th: ["สปรินต์"],
    fa: ["اسپرینت"]
  },
  week: {
    en: ["week", "day"],
    pt: ["semana", "dia"],
    es: ["semana", "día"],
    fr: ["semaine", "jour"],
    de: ["woche", "tag"],
    it: ["settimana", "giorno"],
    nl: ["week", "dag"],
    sv: ["vecka", "dag"],
    ru: ["неделя", "день"],
    pl: ["tydzień", "dzień"],
    vi: ["tuần", "ngày"],
    uk: ["тиждень", "день"],
    tr: ["hafta", "gün"],
    id: ["minggu", "hari"],
    cs: ["týden", "den"],
    fi: ["viikko", "päivä"],
    el: ["εβδομάδα", "ημέρα"],
    hu: ["hét", "nap"],
    ro: ["săptămâna", "săptămână", "ziua"],
    da: ["uge", "dag"],
    no: ["uke", "dag"],
    ar: ["الأسبوع", "أسبوع", "اليوم"],
    he: ["שבוע", "יום"],
    hi: ["सप्ताह", "हफ़्ता", "दिन"],
    th: ["สัปดาห์ที่", "สัปดาห์", "วันที่"],
    fa: ["هفته", "روز"]
  },
  month: {
    en: ["month"],
    pt: ["mês", "mes"],
    es: ["mes"],
    fr: ["mois"],
    de: ["monat"],
    it: ["mese"],
    nl: ["maand"],
    sv: ["månad"],
    ru: ["месяц"],
    pl: ["miesiąc"],
    vi: ["tháng"],
    uk: ["місяць"],
    tr: ["ay"],
    id: ["bulan"],
    cs: ["měsíc"],
    fi: ["kuukausi"],
    el: ["μήνας"],
    hu: ["hónap"],
    ro: ["luna"],
    da: ["måned"],
    no: ["måned"],
    ar: ["الشهر", "شهر"],
    he: ["חודש"],
    hi: ["महीना"],
    th: ["เดือนที่", "เดือน"],
    fa: ["ماه"]
  },
  quarter: {
    en: ["quarter"],
    pt: ["trimestre"],
    es: ["trimestre"],
    fr: ["trimestre"],
    de: ["quartal"],
    it: ["trimestre"],
    nl: ["kwartaal"],
    sv: ["kvartal"],
    ru: ["квартал"],
    pl: ["kwartał"],
    vi: ["quý"],
    uk: ["квартал"],
    tr: ["çeyrek"],
    id: ["kuartal"],
    cs: ["čtvrtletí"],
    fi: ["neljännes", "kvartaali"],
    el: ["τρίμηνο"],
    hu: ["negyedév"],
    ro: ["trimestrul"],
    da: ["kvartal"],
    no: ["kvartal"],
    ar: ["الربع"],
    he: ["רבעון"],
    hi: ["तिमाही"],
    th: ["ไตรมาส"],
    fa: ["سه‌ماهه"]
  },
  other: {
    en: ["part", "act", "slice", "epic", "tier", "item", "level", "track", "priority"],
    pt: ["prioridade"],
    es: ["prioridad"],
    fr: ["priorité"],
    de: ["priorität"],
    ru: ["часть", "приоритет"]
  }
};
var MONTH_NAMES = {
  en: ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  de: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  pl: ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
  uk: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
  tr: ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
  id: ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
  cs: ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"],
  fi: ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
  el: ["ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος", "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος"],
  hu: ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
  ro: ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  no: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
  // Vietnamese months are numbered (`Tháng 3`): the month word of UNIT_WORDS; CJK months are
  // CJK_MONTH; Arabic, Hebrew, Hindi, Thai and Persian roadmaps name months in other calendars or by number.
};
var CJK_FORMS = {
  zh: { before: ["阶段", "階段", "里程碑", "迭代", "冲刺", "版本"], counters: ["阶段", "階段", "期"], ordinal: ["阶段", "階段", "期", "周", "步", "个里程碑", "里程碑", "版", "轮", "部分", "季度", "个月", "月"] },
  ja: { before: ["フェーズ", "段階", "ステップ", "マイルストーン", "スプリント", "トラック"], counters: ["段階", "期"], ordinal: ["フェーズ", "段階", "週", "四半期", "期"] },
  ko: { before: ["단계", "마일스톤", "페이즈", "스프린트", "트랙"], counters: ["단계", "차", "주차"], ordinal: ["단계", "주"] }
};
var CJK_QUARTER = ["분기", "四半期", "季度", "季"];
var CJK_YEAR = ["년", "年"];
var CJK_MONTH = ["월", "月"];
var PRIORITY_WORDS = {
  en: ["priority"],
  pt: ["prioridade"],
  es: ["prioridad"],
  fr: ["priorité"],
  de: ["priorität"],
  it: ["priorità"],
  nl: ["prioriteit"],
  sv: ["prioritet"],
  ru: ["приоритет"],
  pl: ["priorytet"],
  zh: ["优先", "優先"],
  ja: ["優先"],
  ko: ["우선"],
  vi: ["ưu tiên"],
  uk: ["пріоритет"],
  tr: ["öncelik"],
  id: ["prioritas"],
  cs: ["priorita"],
  fi: ["prioriteetti"],
  el: ["προτεραιότητα"],
  hu: ["prioritás"],
  ro: ["prioritate"],
  da: ["prioritet"],
  no: ["prioritet"],
  ar: ["أولوية"],
  he: ["עדיפות"],
  hi: ["प्राथमिकता"],
  th: ["ความสำคัญ"],
  fa: ["اولویت"]
};
var PRIORITY_TIERS = {
  en: ["critical priority", "highest priority", "high priority", "high-priority", "medium priority", "medium-priority", "normal priority", "low priority", "low-priority", "lower priority", "lowest priority", "priority: high", "priority: medium", "priority: low"],
  pt: ["prioridade crítica", "prioridade alta", "alta prioridade", "prioridade média", "média prioridade", "prioridade baixa", "baixa prioridade"],
  es: ["prioridad crítica", "prioridad alta", "alta prioridad", "prioridad media", "media prioridad", "prioridad baja", "baja prioridad"],
  fr: ["priorité critique", "priorité haute", "haute priorité", "priorité élevée", "priorité moyenne", "priorité basse", "basse priorité", "priorité faible"],
  de: ["kritische priorität", "hohe priorität", "priorität hoch", "mittlere priorität", "priorität mittel", "niedrige priorität", "priorität niedrig"],
  it: ["priorità critica", "priorità alta", "alta priorità", "priorità media", "media priorità", "priorità bassa", "bassa priorità"],
  nl: ["kritieke prioriteit", "hoge prioriteit", "gemiddelde prioriteit", "normale prioriteit", "lage prioriteit"],
  sv: ["kritisk prioritet", "hög prioritet", "medelhög prioritet", "medel prioritet", "låg prioritet"],
  ru: ["критический приоритет", "высокий приоритет", "средний приоритет", "низкий приоритет", "приоритет: высокий", "приоритет: средний", "приоритет: низкий"],
  pl: ["krytyczny priorytet", "wysoki priorytet", "średni priorytet", "niski priorytet"],
  zh: ["最高优先级", "高优先级", "中优先级", "低优先级", "最高優先級", "高優先級", "中優先級", "低優先級", "优先级：高", "优先级：中", "优先级：低", "优先级高", "优先级中", "优先级低"],
  ja: ["最優先", "優先度高", "優先度中", "優先度低", "高優先度", "中優先度", "低優先度", "優先度：高", "優先度：中", "優先度：低"],
  ko: ["최우선", "높은 우선순위", "중간 우선순위", "낮은 우선순위", "우선순위 높음", "우선순위 중간", "우선순위 낮음"],
  vi: ["ưu tiên cao", "ưu tiên trung bình", "ưu tiên thấp"],
  uk: ["критичний пріоритет", "високий пріоритет", "середній пріоритет", "низький пріоритет"],
  tr: ["kritik öncelik", "yüksek öncelik", "orta öncelik", "düşük öncelik"],
  id: ["prioritas kritis", "prioritas tinggi", "prioritas sedang", "prioritas rendah"],
  cs: ["kritická priorita", "vysoká priorita", "střední priorita", "nízká priorita"],
  fi: ["kriittinen prioriteetti", "korkea prioriteetti", "keskitason prioriteetti", "matala prioriteetti"],
  el: ["υψηλή προτεραιότητα", "μεσαία προτεραιότητα", "χαμηλή προτεραιότητα"],
  hu: ["kritikus prioritás", "magas prioritás", "közepes prioritás", "alacsony prioritás"],
  ro: ["prioritate critică", "prioritate ridicată", "prioritate înaltă", "prioritate medie", "prioritate scăzută"],
  da: ["kritisk prioritet", "høj prioritet", "mellem prioritet", "lav prioritet"],
  no: ["kritisk prioritet", "høy prioritet", "middels prioritet", "lav prioritet"],
  ar: ["أولوية حرجة", "أولوية عالية", "أولوية متوسطة", "أولوية منخفضة"],
  he: ["עדיפות קריטית", "עדיפות גבוהה", "עדיפות בינונית", "עדיפות נמוכה"],
  hi: ["उच्च प्राथमिकता", "मध्यम प्राथमिकता", "निम्न प्राथमिकता", "कम प्राथमिकता"],
  th: ["ความสำคัญสูง", "ความสำคัญปานกลาง", "ความสำคัญต่ำ"],
  fa: ["اولویت بحرانی", "اولویت بالا", "اولویت متوسط", "اولویت پایین"]
};
var HORIZON_WORDS = {
  now: {
    en: ["now", "right now", "today", "current", "currently", "this week", "this month", "this quarter", "this release", "current focus", "immediate", "immediately"],
    pt: ["agora", "atual", "imediato"],
    es: ["ahora", "actual", "inmediato"],
    fr: ["maintenant", "actuel", "en ce moment", "immédiat", "immédiatement"],
    de: ["jetzt", "aktuell", "sofort"],
    it: ["ora", "adesso", "attuale"],
    nl: ["nu", "huidig"],
    sv: ["nu", "aktuellt"],
    ru: ["сейчас", "текущее"],
    pl: ["teraz", "obecnie"],
    zh: ["当前", "當前", "目前", "現在", "现在", "本季度", "本季"],
    ja: ["現在", "今", "現在の重点"],
    ko: ["현재", "지금"],
    vi: ["hiện tại"],
    uk: ["зараз", "поточне"],
    tr: ["şimdi", "şu an"],
    id: ["sekarang", "saat ini"],
    cs: ["nyní", "teď", "aktuálně"],
    fi: ["nyt", "nykyinen"],
    el: ["τώρα", "τρέχον"],
    hu: ["jelenleg"],
    ro: ["acum", "în prezent"],
    da: ["nu", "aktuelt"],
    no: ["nå", "nåværende"],
    ar: ["الآن", "حاليا", "حالياً"],
    he: ["עכשיו", "כעת"],
    hi: ["अभी", "वर्तमान"],
    th: ["ตอนนี้", "ปัจจุบัน"],
    fa: ["اکنون", "هم‌اکنون", "فعلی"]
  },
  next: {
    en: ["next", "soon", "near term", "near-term", "short term", "short-term", "upcoming", "coming soon", "up next", "next up", "coming next", "near future", "being considered"],
    pt: ["próximo", "próximos", "próxima", "próximas", "em breve", "curto prazo", "seguinte", "a seguir", "em seguida"],
    es: ["próximo", "próximos", "próxima", "próximas", "próximamente", "corto plazo", "siguiente", "siguientes", "a continuación", "pronto"],
    fr: ["prochainement", "prochain", "prochaine", "prochaines", "bientôt", "court terme", "la suite", "ensuite"],
    de: ["als nächstes", "nächste", "nächsten", "demnächst", "kurzfristig", "kurzfristige", "bald"],
    it: ["prossimo", "prossima", "prossimi", "prossime", "breve termine", "a breve", "successivo", "successivi"],
    nl: ["binnenkort", "volgende", "korte termijn", "hierna"],
    sv: ["nästa", "kommande", "snart", "kort sikt"],
    ru: ["далее", "скоро", "краткосрочно", "краткосрочные", "краткосрочная перспектива", "следующий", "следующие", "дальше"],
    pl: ["wkrótce", "następnie", "krótkoterminowo", "krótkoterminowe", "następny", "następne", "dalej"],
    zh: ["短期", "近期", "下一步", "即将到来", "即將到來", "接下来", "接下來", "即将", "即將"],
    ja: ["近い将来", "次", "短期", "今後", "次に", "次のステップ"],
    ko: ["다음", "단기", "곧"],
    vi: ["tiếp theo", "ngắn hạn", "sắp tới"],
    uk: ["далі", "незабаром", "найближчим часом", "короткострокові", "наступне", "наступні"],
    tr: ["sonraki", "yakında", "kısa vadeli", "kısa vade"],
    id: ["berikutnya", "selanjutnya", "jangka pendek", "segera"],
    cs: ["další", "brzy", "krátkodobě", "krátkodobé"],
    fi: ["seuraavaksi", "seuraava", "lyhyellä aikavälillä"],
    el: ["επόμενο", "επόμενα", "σύντομα", "βραχυπρόθεσμα"],
    hu: ["következő", "hamarosan", "rövid távon", "rövid táv"],
    ro: ["următorul", "următoarea", "următoarele", "în curând", "termen scurt"],
    da: ["næste", "snart", "kort sigt"],
    no: ["neste", "snart", "kort sikt"],
    ar: ["التالي", "قريبا", "قريباً", "المدى القصير"],
    he: ["הבא", "בקרוב", "טווח קצר"],
    hi: ["अगला", "जल्द", "अल्पकालिक"],
    th: ["ถัดไป", "ระยะสั้น"],
    fa: ["بعدی", "به‌زودی", "کوتاه‌مدت"]
  },
  later: {
    en: ["later", "future", "someday", "mid term", "mid-term", "medium term", "medium-term", "long term", "long-term", "eventually", "beyond", "long run", "further out", "farther out", "longer term", "longer-term", "far future", "distant future"],
    pt: ["depois", "futuro", "médio prazo", "longo prazo", "mais tarde", "mais adiante", "futuramente"],
    es: ["después", "futuro", "medio plazo", "mediano plazo", "largo plazo", "más adelante", "más tarde", "a futuro"],
    fr: ["plus tard", "futur", "moyen terme", "long terme", "ultérieurement", "plus loin"],
    de: ["später", "zukunft", "mittelfristig", "mittelfristige", "langfristig", "langfristige", "zukünftig", "irgendwann"],
    it: ["più avanti", "futuro", "medio termine", "lungo termine", "in futuro", "dopo"],
    nl: ["later", "toekomst", "middellange termijn", "lange termijn"],
    sv: ["senare", "framtid", "medellång sikt", "lång sikt"],
    ru: ["позже", "будущее", "среднесрочно", "среднесрочные", "долгосрочно", "долгосрочные", "долгосрочная перспектива", "в будущем", "потом"],
    pl: ["później", "przyszłość", "średnioterminowo", "średnioterminowe", "długoterminowo", "długoterminowe", "w przyszłości"],
    zh: ["中期", "长期", "長期", "远期", "遠期", "未来", "未來", "以后", "以後", "之后", "之後", "将来", "將來", "后续", "後續", "远景", "遠景"],
    ja: ["将来", "中期", "長期", "中長期", "その後", "いずれ", "今後の展望"],
    ko: ["중기", "장기", "향후", "이후", "나중에", "미래"],
    vi: ["trung hạn", "dài hạn", "tương lai", "sau này", "sau đó"],
    uk: ["пізніше", "майбутнє", "середньострокові", "довгострокові", "потім", "у майбутньому"],
    tr: ["gelecek", "orta vadeli", "orta vade", "uzun vadeli", "uzun vade", "daha sonra", "ileride"],
    id: ["nanti", "masa depan", "jangka menengah", "jangka panjang", "kemudian", "di masa depan"],
    cs: ["později", "budoucnost", "střednědobě", "střednědobé", "dlouhodobě", "dlouhodobé", "v budoucnu"],
    fi: ["myöhemmin", "tulevaisuus", "pitkällä aikavälillä"],
    el: ["αργότερα", "μέλλον", "μεσοπρόθεσμα", "μακροπρόθεσμα"],
    hu: ["később", "jövő", "középtávon", "hosszú távon", "hosszú táv", "a jövőben"],
    ro: ["mai târziu", "viitor", "termen mediu", "termen lung"],
    da: ["senere", "fremtid", "lang sigt"],
    no: ["senere", "fremtid", "lang sikt"],
    ar: ["لاحقا", "لاحقاً", "المستقبل", "المدى المتوسط", "المدى الطويل"],
    he: ["בהמשך", "עתיד", "טווח בינוני", "טווח ארוך"],
    hi: ["बाद में", "भविष्य", "मध्यकालिक", "दीर्घकालिक"],
    th: ["ภายหลัง", "อนาคต", "ระยะกลาง", "ระยะยาว"],
    fa: ["بعداً", "آینده", "میان‌مدت", "بلندمدت"]
  }
};
var POSTPOSED_LATER = {
  pt: ["seguintes", "futuras", "futuros", "posteriores"],
  es: ["siguientes", "futuras", "futuros", "posteriores"],
  fr: ["suivantes", "suivants", "futures", "futurs", "à venir"],
  it: ["successive", "successivi", "future", "futuri"]
};
var ORDINAL_WORDS = {
  en: [["first"], ["second"], ["third"], ["fourth"], ["fifth"], ["sixth"], ["seventh"], ["eighth"], ["ninth"], ["tenth"]],
  pt: [["primeiro", "primeira"], ["segundo", "segunda"], ["terceiro", "terceira"], ["quarto", "quarta"], ["quinto", "quinta"], ["sexto", "sexta"], ["sétimo", "sétima"], ["oitavo", "oitava"], ["nono", "nona"], ["décimo", "décima"]],
  es: [["primero", "primera", "primer"], ["segundo", "segunda"], ["tercero", "tercera", "tercer"], ["cuarto", "cuarta"], ["quinto", "quinta"], ["sexto", "sexta"], ["séptimo", "séptima"], ["octavo", "octava"], ["noveno", "novena"], ["décimo", "décima"]],
  fr: [["premier", "première", "premiere"], ["deuxième", "deuxieme", "seconde", "second"], ["troisième", "troisieme"], ["quatrième", "quatrieme"], ["cinquième", "cinquieme"], ["sixième", "sixieme"], ["septième", "septieme"], ["huitième", "huitieme"], ["neuvième", "neuvieme"], ["dixième", "dixieme"]],
  de: [["erste", "erster", "erstes"], ["zweite", "zweiter", "zweites"], ["dritte", "dritter", "drittes"], ["vierte", "vierter"], ["fünfte", "fünfter"], ["sechste", "sechster"], ["siebte", "siebter"], ["achte", "achter"], ["neunte", "neunter"], ["zehnte", "zehnter"]],
  it: [["primo", "prima"], ["secondo", "seconda"], ["terzo", "terza"], ["quarto", "quarta"], ["quinto", "quinta"], ["sesto", "sesta"], ["settimo", "settima"], ["ottavo", "ottava"], ["nono", "nona"], ["decimo", "decima"]],
  nl: [["eerste"], ["tweede"], ["derde"], ["vierde"], ["vijfde"], ["zesde"], ["zevende"], ["achtste"], ["negende"], ["tiende"]],
  sv: [["första"], ["andra"], ["tredje"], ["fjärde"], ["femte"], ["sjätte"], ["sjunde"], ["åttonde"], ["nionde"], ["tionde"]],
  ru: [["первый", "первая", "первое"], ["второй", "вторая", "второе"], ["третий", "третья", "третье"], ["четвёртый", "четвертый", "четвёртая", "четвертая"], ["пятый", "пятая"], ["шестой", "шестая"], ["седьмой", "седьмая"], ["восьмой", "восьмая"], ["девятый", "девятая"], ["десятый", "десятая"]],
  pl: [["pierwszy", "pierwsza", "pierwsze"], ["drugi", "druga", "drugie"], ["trzeci", "trzecia", "trzecie"], ["czwarty", "czwarta"], ["piąty", "piąta"], ["szósty", "szósta"], ["siódmy", "siódma"], ["ósmy", "ósma"], ["dziewiąty", "dziewiąta"], ["dziesiąty", "dziesiąta"]],
  zh: [["第一"], ["第二"], ["第三"], ["第四"], ["第五"], ["第六"], ["第七"], ["第八"], ["第九"], ["第十"]],
  ja: [["第一"], ["第二"], ["第三"], ["第四"], ["第五"], ["第六"], ["第七"], ["第八"], ["第九"], ["第十"]],
  ko: [["첫 번째", "첫번째", "첫째"], ["두 번째", "두번째", "둘째"], ["세 번째", "세번째", "셋째"], ["네 번째", "네번째", "넷째"], ["다섯 번째", "다섯번째", "다섯째"], ["여섯 번째", "여섯번째"], ["일곱 번째", "일곱번째"], ["여덟 번째", "여덟번째"], ["아홉 번째", "아홉번째"], ["열 번째", "열번째"]],
  vi: [["thứ nhất"], ["thứ hai"], ["thứ ba"], ["thứ tư"], ["thứ năm"], ["thứ sáu"], ["thứ bảy"], ["thứ tám"], ["thứ chín"], ["thứ mười"]],
  uk: [["перший", "перша", "перше"], ["другий", "друга", "друге"], ["третій", "третя", "третє"], ["четвертий", "четверта"], ["п'ятий", "п’ятий", "п'ята", "п’ята"], ["шостий", "шоста"], ["сьомий", "сьома"], ["восьмий", "восьма"], ["дев'ятий", "дев’ятий", "дев'ята", "дев’ята"], ["десятий", "десята"]],
  tr: [["birinci", "ilk"], ["ikinci"], ["üçüncü"], ["dördüncü"], ["beşinci"], ["altıncı"], ["yedinci"], ["sekizinci"], ["dokuzuncu"], ["onuncu"]],
  id: [["pertama"], ["kedua"], ["ketiga"], ["keempat"], ["kelima"], ["keenam"], ["ketujuh"], ["kedelapan"], ["kesembilan"], ["kesepuluh"]],
  cs: [["první"], ["druhá", "druhý", "druhé"], ["třetí"], ["čtvrtá", "čtvrtý"], ["pátá", "pátý"], ["šestá", "šestý"], ["sedmá", "sedmý"], ["osmá", "osmý"], ["devátá", "devátý"], ["desátá", "desátý"]],
  fi: [["ensimmäinen"], ["toinen"], ["kolmas"], ["neljäs"], ["viides"], ["kuudes"], ["seitsemäs"], ["kahdeksas"], ["yhdeksäs"], ["kymmenes"]],
  el: [["πρώτη", "πρώτο", "πρώτος"], ["δεύτερη", "δεύτερο", "δεύτερος"], ["τρίτη", "τρίτο", "τρίτος"], ["τέταρτη", "τέταρτο"], ["πέμπτη", "πέμπτο"], ["έκτη", "έκτο"], ["έβδομη", "έβδομο"], ["όγδοη", "όγδοο"], ["ένατη", "ένατο"], ["δέκατη", "δέκατο"]],
  hu: [["első"], ["második"], ["harmadik"], ["negyedik"], ["ötödik"], ["hatodik"], ["hetedik"], ["nyolcadik"], ["kilencedik"], ["tizedik"]],
  ro: [["prima", "primul", "întâi", "întâia"], ["a doua", "al doilea"], ["a treia", "al treilea"], ["a patra", "al patrulea"], ["a cincea", "al cincilea"], ["a șasea", "al șaselea"], ["a șaptea", "al șaptelea"], ["a opta", "al optulea"], ["a noua", "al nouălea"], ["a zecea", "al zecelea"]],
  da: [["første"], ["anden", "andet"], ["tredje"], ["fjerde"], ["femte"], ["sjette"], ["syvende"], ["ottende"], ["niende"], ["tiende"]],
  no: [["første"], ["andre"], ["tredje"], ["fjerde"], ["femte"], ["sjette"], ["sjuende", "syvende"], ["åttende"], ["niende"], ["tiende"]],
  ar: [["الأولى", "الأول", "الاولى", "الاول"], ["الثانية", "الثاني"], ["الثالثة", "الثالث"], ["الرابعة", "الرابع"], ["الخامسة", "الخامس"], ["السادسة", "السادس"], ["السابعة", "السابع"], ["الثامنة", "الثامن"], ["التاسعة", "التاسع"], ["العاشرة", "العاشر"]],
  he: [["ראשון", "ראשונה"], ["שני", "שנייה", "שניה"], ["שלישי", "שלישית"], ["רביעי", "רביעית"], ["חמישי", "חמישית"], ["שישי", "שישית"], ["שביעי", "שביעית"], ["שמיני", "שמינית"], ["תשיעי", "תשיעית"], ["עשירי", "עשירית"]],
  hi: [["पहला", "पहली"], ["दूसरा", "दूसरी"], ["तीसरा", "तीसरी"], ["चौथा", "चौथी"], ["पांचवां", "पाँचवाँ", "पांचवीं"], ["छठा", "छठी"], ["सातवां", "सातवाँ"], ["आठवां", "आठवाँ"], ["नौवां", "नौवाँ"], ["दसवां", "दसवाँ"]],
  th: [["ที่หนึ่ง"], ["ที่สอง"], ["ที่สาม"], ["ที่สี่"], ["ที่ห้า"], ["ที่หก"], ["ที่เจ็ด"], ["ที่แปด"], ["ที่เก้า"], ["ที่สิบ"]],
  fa: [["اول", "نخست"], ["دوم"], ["سوم"], ["چهارم"], ["پنجم"], ["ششم"], ["هفتم"], ["هشتم"], ["نهم"], ["دهم"]]
};
var CARDINAL_WORDS = {
  en: [["one"], ["two"], ["three"], ["four"], ["five"], ["six"], ["seven"], ["eight"], ["nine"], ["ten"]],
  pt: [["uma"], ["dois", "duas"], ["três"], ["quatro"], ["cinco"], ["seis"], ["sete"], ["oito"], ["nove"], ["dez"]],
  es: [["uno", "una"], ["dos"], ["tres"], ["cuatro"], ["cinco"], ["seis"], ["siete"], ["ocho"], ["nueve"], ["diez"]],
  fr: [["une"], ["deux"], ["trois"], ["quatre"], ["cinq"], [], [], ["huit"], ["neuf"], ["dix"]],
  de: [["eins"], ["zwei"], ["drei"], ["vier"], ["fünf"], ["sechs"], ["sieben"], ["acht"], ["neun"], ["zehn"]],
  it: [["uno"], [], ["tre"], ["quattro"], ["cinque"], ["sei"], ["sette"], ["otto"], ["nove"], ["dieci"]],
  nl: [["een", "één"], ["twee"], ["drie"], ["vier"], ["vijf"], ["zes"], ["zeven"], ["acht"], ["negen"], ["tien"]],
  sv: [["ett"], ["två"], ["tre"], ["fyra"], ["fem"], ["sex"], ["sju"], ["åtta"], ["nio"], ["tio"]],
  ru: [["один", "одна"], ["два", "две"], ["три"], ["четыре"], ["пять"], ["шесть"], ["семь"], ["восемь"], ["девять"], ["десять"]],
  pl: [["jeden", "jedna"], ["dwa", "dwie"], ["trzy"], ["cztery"], ["pięć"], ["sześć"], ["siedem"], ["osiem"], ["dziewięć"], ["dziesięć"]],
  zh: [[], [], [], [], [], [], [], [], [], []],
  ja: [[], [], [], [], [], [], [], [], [], []],
  ko: [["하나"], ["둘"], ["셋"], ["넷"], ["다섯"], ["여섯"], ["일곱"], ["여덟"], ["아홉"], ["열"]],
  vi: [["một"], ["hai"], [], ["bốn"], ["năm"], ["sáu"], ["bảy"], ["tám"], ["chín"], ["mười"]],
  uk: [["один", "одна"], ["два", "дві"], ["три"], ["чотири"], ["п'ять", "п’ять"], ["шість"], ["сім"], ["вісім"], ["дев'ять", "дев’ять"], ["десять"]],
  tr: [["bir"], ["iki"], [], ["dört"], ["beş"], ["altı"], ["yedi"], ["sekiz"], ["dokuz"], []],
  id: [["satu"], ["dua"], ["tiga"], ["empat"], ["lima"], ["enam"], ["tujuh"], ["delapan"], ["sembilan"], ["sepuluh"]],
  cs: [["jedna"], ["dva", "dvě"], ["tři"], ["čtyři"], ["pět"], ["šest"], ["sedm"], ["osm"], ["devět"], ["deset"]],
  fi: [["yksi"], ["kaksi"], ["kolme"], ["neljä"], ["viisi"], ["kuusi"], ["seitsemän"], ["kahdeksan"], ["yhdeksän"], ["kymmenen"]],
  el: [["ένα", "μία", "ένας"], ["δύο"], ["τρία"], ["τέσσερα"], ["πέντε"], ["έξι"], ["επτά", "εφτά"], ["οκτώ", "οχτώ"], ["εννέα", "εννιά"], ["δέκα"]],
  hu: [["egy"], ["kettő", "két"], ["három"], ["négy"], [], ["hat"], ["hét"], ["nyolc"], ["kilenc"], ["tíz"]],
  ro: [["unu"], ["doi", "două"], ["trei"], ["patru"], ["cinci"], ["șase"], ["șapte"], [], ["nouă"], ["zece"]],
  da: [["een", "én"], ["två"], ["tre"], [], ["fem"], ["seks"], ["syv"], ["otte"], [], []],
  no: [["én"], [], ["tre"], [], ["fem"], ["seks"], ["sju", "syv"], ["åtte"], [], []],
  ar: [["واحد"], ["اثنان"], ["ثلاثة"], ["أربعة"], ["خمسة"], ["ستة"], ["سبعة"], ["ثمانية"], ["تسعة"], ["عشرة"]],
  he: [["אחת", "אחד"], ["שתיים", "שניים"], ["שלוש"], ["ארבע"], ["חמש"], ["שש"], ["שבע"], ["שמונה"], ["תשע"], ["עשר"]],
  hi: [["एक"], ["दो"], ["तीन"], ["चार"], ["पांच", "पाँच"], ["छह"], ["सात"], ["आठ"], ["नौ"], ["दस"]],
  th: [["หนึ่ง"], ["สอง"], ["สาม"], ["สี่"], ["ห้า"], ["หก"], ["เจ็ด"], ["แปด"], ["เก้า"], ["สิบ"]],
  fa: [["یک"], ["دو"], ["سه"], ["چهار"], ["پنج"], ["شش"], ["هفت"], ["هشت"], ["نه"], ["ده"]]
};
function wordsOf(table2) {
  return [...new Set(Object.values(table2).flatMap((w) => w ?? []))];
}

// src/text/regex.ts
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
function alternation(words) {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

// src/parse/fields/status.ts
var HORIZON_WORD = new RegExp(`^(?:${[...wordsOf(HORIZON_WORDS.next), ...wordsOf(HORIZON_WORDS.later)].map(escapeRegExp).join("|")})$`, "iu");
var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
var WORDCHAR = /[\p{L}\p{N}_]/u;
var spellings = (p) => p.includes("ı") ? [p, p.replace(/ı/gu, "i")] : [p];
var ENTRIES = Object.entries(STATUS_PHRASES).flatMap(([value, phrases]) => phrases.flatMap(spellings).map((p) => ({ phrase: p.toLowerCase(), value, bounded: !UNSPACED.test(p) }))).sort((a, b) => b.phrase.length - a.phrase.length);
var EMOJI2 = Object.entries(STATUS_EMOJI).flatMap(([value, list3]) => list3.map((emoji) => ({ emoji, value })));
var BOUNDED_BY_FIRST = /* @__PURE__ */ new Map();
var FREE_BY_FIRST = /* @__PURE__ */ new Map();
ENTRIES.forEach((e, i) => {
  const c = e.phrase[0];
  const by = e.bounded ? BOUNDED_BY_FIRST : FREE_BY_FIRST;
  by.set(c, [...by.get(c) ?? [], i]);
});
var ANY_PHRASE = new RegExp(ENTRIES.map((e) => escapeRegExp(e.phrase)).join("|"));
var ANY_MARKER = /[\p{Extended_Pictographic}\u2610-\u2612\u2713-\u2718\u25D0\u2699]/u;
function isWordChar(ch) {
  return ch !== void 0 && WORDCHAR.test(ch);
}
var NONE_FOUND = Object.freeze([]);
var found = /* @__PURE__ */ new WeakMap();
var foundNoLegend = /* @__PURE__ */ new Map();
function forgetStatusTexts() {
  foundNoLegend.clear();
}
var NO_LEGEND = /* @__PURE__ */ new Map();
var CACHE_MAX_TEXT = 200;
var CACHE_MAX_ENTRIES = 5e4;
function findStatuses(text2, legend) {
  if (text2.length > CACHE_MAX_TEXT) return scanStatuses(text2, legend);
  const lg = legend && legend.size > 0 ? legend : NO_LEGEND;
  let cache3 = lg === NO_LEGEND ? foundNoLegend : found.get(lg);
  if (!cache3) {
    cache3 = /* @__PURE__ */ new Map();
    found.set(lg, cache3);
  }
  let out = cache3.get(text2);
  if (out === void 0) {
    out = scanStatuses(text2, lg === NO_LEGEND ? void 0 : lg);
    if (cache3.size >= CACHE_MAX_ENTRIES) cache3.clear();
    cache3.set(text2, out);
  }
  return out;
}
var markers = /* @__PURE__ */ new WeakMap();
function markersOf(legend) {
  if (!legend || legend.size === 0) return EMOJI2;
  let list3 = markers.get(legend);
  if (!list3) {
    list3 = [...[...legend].map(([emoji, value]) => ({ emoji, value })), ...EMOJI2];
    markers.set(legend, list3);
  }
  return list3;
}
var AFTER_POSTPOSITION = /^\s?(?:후|이후|後|后|以後|以后|之后|之後|以降)(?![端台半续續속])/u;
function scanStatuses(text2, legend) {
  const lower = text2.toLowerCase();
  if (!ANY_MARKER.test(text2) && !ANY_PHRASE.test(lower)) return NONE_FOUND;
  if (lower.length !== text2.length) return NONE_FOUND;
  const taken = [];
  const out = [];
  const claim = (start, end) => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    for (let i = start; i < end; i++) taken[i] = true;
    return true;
  };
  const found2 = [];
  const tryAt = (orders, at) => {
    for (const order of orders) {
      const e = ENTRIES[order];
      if (!lower.startsWith(e.phrase, at)) continue;
      const end = at + e.phrase.length;
      if (e.bounded && isWordChar(lower[end])) continue;
      if (!e.bounded && AFTER_POSTPOSITION.test(lower.slice(end, end + 4))) continue;
      found2.push({ order, at });
    }
  };
  for (let at = 0; at < lower.length; at++) {
    const ch = lower[at];
    const free = FREE_BY_FIRST.get(ch);
    if (free !== void 0) tryAt(free, at);
    const bounded = BOUNDED_BY_FIRST.get(ch);
    if (bounded !== void 0 && !isWordChar(lower[at - 1])) tryAt(bounded, at);
  }
  found2.sort((a, b) => a.order - b.order || a.at - b.at);
  for (const { order, at } of found2) {
    const e = ENTRIES[order];
    const end = at + e.phrase.length;
    if (claim(at, end)) out.push({ value: e.value, start: at, end, kind: "word" });
  }
  for (const e of markersOf(legend)) {
    let from = 0;
    for (; ; ) {
      const at = text2.indexOf(e.emoji, from);
      if (at === -1) break;
      from = at + 1;
      let end = at + e.emoji.length;
      if (text2.charCodeAt(end) === 65039) end++;
      if (claim(at, end)) out.push({ value: e.value, start: at, end, kind: "emoji" });
    }
  }
  return Object.freeze(out.sort((a, b) => a.start - b.start));
}
var COUNTED = /(?:(\d+)\s*\/\s*(\d+)|(\d+(?:[.,]\d+)?)\s*%)(?:\s+\p{L}[\p{L}-]*){0,2}\s*$/u;
function partialCount(before) {
  const m = COUNTED.exec(before);
  if (!m) return false;
  return m[3] !== void 0 ? Number(m[3].replace(",", ".")) < 100 : Number(m[1]) < Number(m[2]);
}
function outsideParens(text2, matches) {
  const out = [];
  let depth = 0;
  let i = 0;
  for (const m of matches) {
    for (; i < m.start; i++) {
      const c = text2.charCodeAt(i);
      if (c === 40 || c === 65288) depth++;
      else if ((c === 41 || c === 65289) && depth > 0) depth--;
    }
    if (depth === 0) out.push(m);
  }
  return out;
}
function readStatusText(text2, legend) {
  let all = findStatuses(text2, legend);
  if (all.length === 0) return void 0;
  if (/\d\s*[/%]/u.test(text2)) {
    all = all.filter((m) => m.kind !== "word" || m.value !== "done" || !partialCount(text2.slice(Math.max(0, m.start - 40), m.start)));
    if (all.length === 0) return void 0;
  }
  const outside = outsideParens(text2, all);
  if (outside.length > 0) all = outside;
  const words = all.filter((m) => m.kind === "word");
  const pool = words.length > 0 ? words : all;
  let best = pool[0];
  for (const m of pool) if (STATUS_RANK[m.value] > STATUS_RANK[best.value]) best = m;
  return { value: best.value, start: all[0].start, end: all[all.length - 1].end, kind: best.kind };
}
function isStatusOnly(text2, legend) {
  const s = readStatusText(text2, legend);
  if (!s || /[\p{L}\p{N}]/u.test(text2.slice(0, s.start))) return false;
  let rest = "";
  let at = 0;
  for (const m of findStatuses(text2, legend)) {
    rest += text2.slice(at, m.start) + " ";
    at = m.end;
  }
  rest = (rest + text2.slice(at)).replace(/[\p{P}\p{S}\d\s]+/gu, " ").trim();
  return rest.split(/\s+/u).filter(Boolean).length <= 1 && rest.length <= 16;
}
function onlyStatusWords(seg, legend) {
  const letters = (t) => t.replace(/[\p{P}\p{S}\s\d]+/gu, "").length;
  return letters(seg) > 0 && letters(seg) === findStatuses(seg, legend).reduce((n, m) => n + letters(seg.slice(m.start, m.end)), 0);
}
var TAIL_WORDS = /(?:(\p{Extended_Pictographic}\uFE0F?)\s*|\s)([\p{L}][\p{L} '’-]{1,24}?)[\s.!]*$/u;
var BRACKET_TAIL = /[)）]()([\p{L}][\p{L}'’-]{0,24})[\s.!]*$/u;
var RELEASED_NOTE = /^\s*(?:current|latest)(?:\s+stable)?\s+release\s*$/iu;
var VERSION_BEFORE = /(?:^|[\s(])(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*|version\s+\S+)[\w.-]*\s*$/iu;
var MODIFIERS = /* @__PURE__ */ new Set(["active", "live", "open", "ongoing", "continuous", "current", "closed"]);
var UNIT_NOUN = /^\s+(?:phase|milestone|stage|step|sprint|iteration|release|version|focus|work|development)(?![\p{L}])/iu;
var BRACKETED2 = /[([（【]([^()[\]（）【】]{1,60})[)\]）】]/gu;
var LEADING_EMOJI = /^\s*(\p{Extended_Pictographic}\uFE0F?|[✓✔☐☑◐✗✖])/u;
var AFTER_LABEL_EMOJI = /^\s*(?:[^\s\p{Extended_Pictographic}]+\s+){1,2}?(\p{Extended_Pictographic}\uFE0F?|[✓✔☐☑◐✗✖])(?=\s)/u;
var TRAILING_EMOJI = /(\p{Extended_Pictographic}\uFE0F?|[✓✔☐☑◐✗✖])\s*(?:[([（][^()[\]（）]{0,60}[)\]）]\s*)?$/u;
var ONE_NOUN = /^(?:\s+[\p{L}][\p{L}'’-]*|\p{Script=Han}{1,4})(?:\s*[(（][^()（）]*[)）])?\s*$/u;
var DASH_SUFFIX = /\s[—–-]{1,2}\s+([^—–]+?)\s*$/u;
var PREFIX = /^\s*([^:：—–]{1,25}?)\s*(?:[:：]|(?<=\s)[—–-])\s+\S/u;
function onlyTrivia(rest) {
  return /^[\s\p{P}\p{S}\d]*(?:[(（【[].*[)）】\]])?[\s\p{P}\d]*$/u.test(rest) || /^\s*(?:on|in|since|at|em|en|am)\s+[\p{L}\d .,/-]{0,20}$/iu.test(rest);
}
function readHeadingStatus(text2, legend) {
  if (!ANY_MARKER.test(text2) && !ANY_PHRASE.test(text2.toLowerCase()) && !/release/iu.test(text2)) return void 0;
  const found2 = [];
  for (const m of text2.matchAll(BRACKETED2)) {
    const inner = m[1] ?? "";
    const out = RELEASED_NOTE.exec(inner);
    if (out && VERSION_BEFORE.test(text2.slice(0, m.index ?? 0))) {
      const start = (m.index ?? 0) + 1 + out.index + (out[0].length - out[0].trimStart().length);
      found2.push({ value: "done", start, end: start + out[0].trim().length, kind: "word" });
      continue;
    }
    const s = readStatusText(inner, legend);
    if (!s) continue;
    const before = inner.slice(0, s.start);
    if (/[\p{L}\p{N}]/u.test(before) && s.kind === "word") continue;
    const word = inner.slice(s.start, s.end).toLowerCase();
    if (s.kind === "word" && MODIFIERS.has(word) && /^\s+\p{L}/u.test(inner.slice(s.end)) && (word === "closed" || !UNIT_NOUN.test(inner.slice(s.end)))) continue;
    const base = (m.index ?? 0) + 1;
    if (!onlyTrivia(inner.slice(s.end)) && !/^[\s\p{P}]*[\p{L}\d\s.,/#–—-]{0,24}$/u.test(inner.slice(s.end))) {
      const opening = findStatuses(inner, legend)[0];
      if (opening?.kind === "emoji" && !/\S/u.test(inner.slice(0, opening.start))) found2.push({ ...opening, start: base + opening.start, end: base + opening.end });
      continue;
    }
    found2.push({ ...s, start: base + s.start, end: base + s.end });
  }
  const dash = DASH_SUFFIX.exec(text2);
  if (dash) {
    const seg = dash[1] ?? "";
    const s = readStatusText(seg, legend);
    const segStart = (dash.index ?? 0) + dash[0].indexOf(seg);
    const tail = seg.slice(s?.end ?? 0);
    if (s && !/[\p{L}\p{N}]/u.test(seg.slice(0, s.start).replace(/\p{Extended_Pictographic}/gu, "")) && (onlyTrivia(tail) || s.value === "planned" && s.kind === "word" && HORIZON_WORD.test(seg.slice(s.start, s.end)) && ONE_NOUN.test(tail)))
      found2.push({ ...s, start: segStart + s.start, end: segStart + s.end });
  }
  const second = AFTER_LABEL_EMOJI.exec(text2);
  if (second) {
    const s = findStatuses(second[1] ?? "", legend)[0];
    const at = (second.index ?? 0) + second[0].length - (second[1] ?? "").length;
    if (s) found2.push({ ...s, start: at + s.start, end: at + s.end });
  }
  const lead = LEADING_EMOJI.exec(text2);
  if (lead) {
    const s = findStatuses(lead[1] ?? "", legend)[0];
    const at = text2.indexOf(lead[1] ?? "");
    if (s) found2.push({ ...s, start: at + s.start, end: at + s.end });
  }
  const trail = TRAILING_EMOJI.exec(text2);
  if (trail) {
    const s = findStatuses(trail[1] ?? "", legend)[0];
    const at = trail.index ?? 0;
    if (s) found2.push({ ...s, start: at + s.start, end: at + s.end });
  }
  const prefix = PREFIX.exec(text2);
  if (prefix) {
    const p = prefix[1] ?? "";
    const s = readStatusText(p, legend);
    if (s && s.kind === "word" && s.start === p.search(/\S/u) && onlyTrivia(p.slice(s.end))) found2.push(s);
  }
  if (found2.every((f) => f.kind === "emoji")) {
    for (const re of [TAIL_WORDS, BRACKET_TAIL]) {
      const tail = re.exec(text2);
      const seg = tail?.[2] ?? "";
      const s = tail ? readStatusText(seg, legend) : void 0;
      if (tail && s && s.kind === "word" && onlyStatusWords(seg, legend) && (tail[1] || seg === seg.toUpperCase())) {
        const at = (tail.index ?? 0) + tail[0].lastIndexOf(seg);
        found2.push({ ...s, start: at + s.start, end: at + s.end });
        break;
      }
    }
  }
  const colon = /[:：]\s*([^:：(（—–]+?)\s*(?:[(（—–]|\s-\s|$)/u.exec(text2);
  if (colon && found2.length === 0) {
    const seg = colon[1] ?? "";
    const s = readStatusText(seg, legend);
    if (s && s.kind === "word" && onlyStatusWords(seg, legend)) {
      const at = (colon.index ?? 0) + colon[0].indexOf(seg);
      found2.push({ ...s, start: at + s.start, end: at + s.end });
    }
  }
  if (found2.length === 0) return void 0;
  const words = found2.filter((m) => m.kind === "word");
  const pool = words.length > 0 ? words : found2;
  let best = pool[0];
  for (const m of pool) if (STATUS_RANK[m.value] > STATUS_RANK[best.value]) best = m;
  return best;
}
var NEAR_PHRASES = ENTRIES.filter((e) => e.bounded && e.phrase.length >= 6).map((e) => e.phrase);
function slipOf(t, p) {
  if (t.length === p.length) {
    let i2 = 0;
    while (i2 < t.length && t[i2] === p[i2]) i2++;
    return i2 > 0 && i2 + 1 < t.length && t[i2] === p[i2 + 1] && t[i2 + 1] === p[i2] && t[i2] !== t[i2 + 1] && t.slice(i2 + 2) === p.slice(i2 + 2);
  }
  const [long, short, doubled] = t.length === p.length + 1 ? [t, p, true] : p.length === t.length + 1 ? [p, t, false] : ["", "", false];
  if (!long) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return false;
  const repeats = long[i] === long[i - 1] || long[i] === long[i + 1];
  return repeats && /\p{L}/u.test(long[i] ?? "") && (doubled || i > 0);
}
function misspeltStatus(text2) {
  const t = text2.trim().toLowerCase();
  if (t.length < 5 || t.length > 24 || !/^[\p{L}][\p{L} _-]*$/u.test(t) || readStatusText(t)) return void 0;
  return NEAR_PHRASES.find((p) => slipOf(t, p));
}

// src/parse/infer.ts
function inferStatus(criteria) {
  return statusFromBoxes(criteria.filter((c) => c.checked).length, criteria.length);
}
function pickStatus(statuses) {
  return statuses.find((s) => s.value !== "unknown") ?? statuses.find((s) => s.raw !== "") ?? { value: "unknown", raw: "" };
}

// src/parse/verify-clause.ts
var UNITS = {
  ms: 1,
  s: 1e3,
  sec: 1e3,
  secs: 1e3,
  second: 1e3,
  seconds: 1e3,
  m: 6e4,
  min: 6e4,
  mins: 6e4,
  minute: 6e4,
  minutes: 6e4,
  h: 36e5,
  hour: 36e5,
  hours: 36e5
};
function parseDuration(text2) {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text2.trim());
  if (!m) return void 0;
  const unit = m[2] ? UNITS[m[2].toLowerCase()] : 1e3;
  if (unit === void 0) return void 0;
  const ms = Math.round(Number(m[1]) * unit);
  return ms > 0 && Number.isFinite(ms) ? ms : void 0;
}
function markers2(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "`") {
      let n = 0;
      while (s[i + n] === "`") n++;
      const close = closingRun(s, i + n, n);
      i = close === -1 ? i + n : close + n;
      continue;
    }
    if ((c === "V" || c === "v") && (i === 0 || /\s/.test(s[i - 1])) && s.slice(i, i + 7).toLowerCase() === "verify:") out.push(i);
    i++;
  }
  return out;
}
function closingRun(s, from, n) {
  let i = from;
  while (i < s.length) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    let k = 0;
    while (s[i + k] === "`") k++;
    if (k === n) return i;
    i += k;
  }
  return -1;
}
function findVerifyClause(s) {
  const all = markers2(s);
  for (let k = all.length - 1; k >= 0; k--) {
    const at = all[k];
    let i = at + 7;
    while (i < s.length && /[ \t]/.test(s[i])) i++;
    if (i < s.length && s[i] !== "`") continue;
    let end = s.length;
    while (end > at && /\s/.test(s[end - 1])) end--;
    let textEnd = at;
    while (textEnd > 0 && /\s/.test(s[textEnd - 1])) textEnd--;
    const base = { textEnd, start: at, end };
    if (i >= s.length) return { ...base, result: { ok: false, kind: "empty" } };
    let n = 0;
    while (s[i + n] === "`") n++;
    const close = closingRun(s, i + n, n);
    if (close === -1) return { ...base, result: { ok: false, kind: "empty" } };
    let content = s.slice(i + n, close);
    if (content.length >= 2 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "") content = content.slice(1, -1);
    const command = content.trim();
    const rest = s.slice(close + n, end);
    if (!command) return { ...base, result: { ok: false, kind: "empty" } };
    if (rest.trim() === "") return { ...base, result: { ok: true, command } };
    const t = /^\s*\(\s*timeout\s+([^)]*)\)\s*$/i.exec(rest);
    if (!t) return { ...base, result: { ok: false, kind: "trailing" } };
    const timeoutMs = parseDuration(t[1]);
    if (timeoutMs === void 0) return { ...base, result: { ok: false, kind: "timeout" } };
    return { ...base, result: { ok: true, command, timeoutMs } };
  }
  return void 0;
}

// src/parse/section.ts
var FIRST_SENTENCE = /^.*?[.!?](?=\s+\p{Lu})/u;
var TASK = /^\[([ xX])\](?=\s|$)/;
var VERIFY_WORD = /verify:/i;
var ITEM_LINE = /^((?:\s*>)*\s*(?:[-*+]|\d{1,9}[.)])\s+)\[([ xX])\]\s?/;
function readTask(doc, item, depth) {
  const m = TASK.exec(item.raw);
  if (!m) return void 0;
  const text2 = lineText(doc, item.line);
  const base = contentStart(doc, item.line);
  const lm = ITEM_LINE.exec(text2);
  let boxAt;
  let textAt;
  if (lm) {
    boxAt = lm[1].length + 1;
    textAt = lm[0].length;
  } else {
    const at2 = text2.indexOf("[");
    boxAt = at2 === -1 ? 0 : at2 + 1;
    textAt = Math.min(text2.length, boxAt + 2);
  }
  const nl = item.raw.indexOf("\n");
  const body = item.raw.slice(m[0].length, nl === -1 ? item.raw.length : nl);
  const checked = m[1] !== " ";
  const span = { start: base + Math.max(0, text2.search(/\S/)), end: base + text2.length };
  const box = { start: base + boxAt, end: base + boxAt + 1 };
  const inBody = body.length >= 7 && VERIFY_WORD.test(body) ? findVerifyClause(body) : void 0;
  const inLine = inBody ? findVerifyClause(text2.slice(textAt)) : void 0;
  if (!inBody || !inLine) return { checked, span, box, depth, text: inlineText(body), textSpan: { start: base + textAt, end: base + text2.length }, verify: null };
  const common = { checked, span, box, depth };
  const at = base + textAt;
  const clause = { start: at + inLine.start, end: at + inLine.end };
  const r = inLine.result;
  return {
    ...common,
    text: inlineText(body.slice(0, inBody.textEnd)),
    textSpan: { start: at, end: at + inLine.textEnd },
    verify: r.ok ? { command: r.command, ...r.timeoutMs !== void 0 ? { timeoutMs: r.timeoutMs } : {}, span: clause } : null,
    ...r.ok ? {} : { verifyError: { kind: r.kind, span: clause } }
  };
}
function readTaskBox(doc, item) {
  const m = TASK.exec(item.raw);
  if (!m) return void 0;
  const text2 = lineText(doc, item.line);
  const base = contentStart(doc, item.line);
  const lm = ITEM_LINE.exec(text2);
  const at = lm ? lm[1].length + 1 : text2.indexOf("[") + 1;
  return { checked: m[1] !== " ", box: { start: base + at, end: base + at + 1 } };
}
function lineField(doc, line, from, text2) {
  const t = lineText(doc, line);
  const base = contentStart(doc, line);
  let s = from;
  let e = t.length;
  while (s < e && /\s/.test(t[s])) s++;
  while (e > s && /\s/.test(t[e - 1])) e--;
  return { text: text2 ?? inlineText(t.slice(s, e)), span: { start: base + s, end: base + e } };
}
function readSection(doc, blocks, legend, from = 0, to = blocks.length) {
  const out = { criteria: [], deliverables: [], dependsOn: [], learnings: [], fieldSpans: {} };
  let field;
  let fieldStart = -1;
  let lastLine = -1;
  const close = (endLine) => {
    if (field && fieldStart >= 0) out.fieldSpans[field] = linesSpan(doc, fieldStart, Math.max(endLine, fieldStart + 1));
  };
  const open3 = (kind, line) => {
    close(Math.min(lastLine + 1, line));
    field = kind;
    fieldStart = line;
  };
  const setValue = (kind, value, line) => {
    switch (kind) {
      case "goal":
        out.goal ??= value;
        break;
      case "focus":
        out.focus ??= value;
        break;
      case "dependencies": {
        out.dependsRaw ??= value;
        for (const d of parseDependencies(value.text)) addDependency(doc, out, line, d.raw, d.id);
        break;
      }
      case "status": {
        if (out.status) break;
        const first = FIRST_SENTENCE.exec(value.text)?.[0];
        const s = (first ? readStatusText(first, legend) : void 0) ?? readStatusText(value.text, legend);
        out.status = s ? { value: s.value, raw: value.text, span: value.span, source: "section" } : { value: "unknown", raw: value.text, span: value.span, source: "section" };
        break;
      }
      case "learnings":
        if (value.text) out.learnings.push(value);
        break;
      case "deliverables":
        if (value.text) out.deliverables.push(value);
        break;
      case "criteria":
        break;
    }
  };
  let rootDepth = -1;
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    switch (b.type) {
      case "heading": {
        const kind = fieldKind(inlineText(b.raw));
        open3(kind, b.line);
        break;
      }
      case "paragraph": {
        if (b.item) break;
        for (let l = b.line; l < b.endLine; l++) {
          const t = lineText(doc, l);
          const lead = /^(?:\s*>)*\s*(?:([*_])(?![*_]))?/u.exec(t);
          const label = readLineLabel(t.slice(lead[0].length));
          if (label) {
            open3(label.kind, l);
            let value = lineField(doc, l, lead[0].length + label.valueStart);
            if (lead[1] && value.text.endsWith(lead[1])) value = { text: value.text.slice(0, -1).trim(), span: { start: value.span.start, end: value.span.end - 1 } };
            if (value.text) setValue(label.kind, value, l);
          } else if (field && l > b.line && (field === "goal" || field === "dependencies")) {
          } else if (field === "goal" && !out.goal) {
            setValue("goal", lineField(doc, l, 0), l);
          } else if ((field === "status" || field === "dependencies" || field === "focus") && l === b.line) {
            setValue(field, lineField(doc, l, 0), l);
          }
        }
        break;
      }
      case "item": {
        if (rootDepth < 0 || b.depth < rootDepth) rootDepth = b.depth;
        const depth = b.depth - rootDepth;
        const task = readTask(doc, b, depth);
        if (task) {
          out.criteria.push(task);
        } else if (depth === 0) {
          const first = lineText(doc, b.line);
          const marker = /^(?:\s*>)*\s*(?:[-*+]|\d{1,9}[.)])\s*/.exec(first);
          const label = readLineLabel(first.slice(marker ? marker[0].length : 0));
          if (!field && !(label && (label.kind === "status" || label.kind === "dependencies"))) {
          } else if (label && label.kind !== field) {
            const value = lineField(doc, b.line, (marker ? marker[0].length : 0) + label.valueStart);
            if (value.text) setValue(label.kind, value, b.line);
          } else if (field === "deliverables" || field === "learnings" || field === "dependencies") {
            const value = lineField(doc, b.line, marker ? marker[0].length : 0, inlineText(b.raw.split("\n", 1)[0] ?? ""));
            if (field === "dependencies") {
              out.dependsRaw ??= value;
              for (const d of parseDependencies(value.text)) addDependency(doc, out, b.line, d.raw, d.id);
            } else setValue(field, value, b.line);
          } else if (field === "goal" && !out.goal) setValue("goal", lineField(doc, b.line, marker ? marker[0].length : 0), b.line);
        }
        break;
      }
      default:
        break;
    }
    lastLine = Math.max(lastLine, b.endLine - 1);
  }
  close(lastLine + 1);
  return out;
}
function addDependency(doc, out, line, raw, id) {
  if (out.dependsOn.some((d) => d.id === id)) return;
  const t = lineText(doc, line);
  const at = t.indexOf(raw);
  const base = contentStart(doc, line);
  const start = at === -1 ? base : base + at;
  out.dependsOn.push({ id, raw, span: { start, end: start + (at === -1 ? 0 : raw.length) } });
}

// src/parse/freeform/columns.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function headerNames(table2) {
  let names = cache2.get(table2);
  if (!names) {
    names = table2.header.cells.map((c) => inlineText(c).replace(/[*:]/g, "").trim());
    cache2.set(table2, names);
  }
  return names;
}

// src/parse/freeform/decoration.ts
var EMOJI_AT = /^\s*(\p{Extended_Pictographic})|(\p{Extended_Pictographic})\uFE0F?\s*$/u;
function decorationOf(texts, legend) {
  let plain = 0;
  const seen = /* @__PURE__ */ new Set();
  const plainSeen = /* @__PURE__ */ new Set();
  let lead;
  for (const text2 of texts) {
    const m = EMOJI_AT.exec(text2);
    if (!m) return false;
    if (lead !== void 0 && lead !== (m[1] !== void 0)) return false;
    lead = m[1] !== void 0;
    const e = m[1] ?? m[2] ?? "";
    seen.add(e);
    if (findStatuses(e, legend).length === 0) {
      plain++;
      plainSeen.add(e);
    }
  }
  if (plainSeen.size === 1 && plain >= 2 && plain < texts.length) return false;
  return plain * 2 >= texts.length || plain >= 2 && seen.size === texts.length ? lead ? "lead" : "trail" : false;
}
function headingStatus(text2, legend, decorative2) {
  const s = readHeadingStatus(text2, legend);
  if (!s) return void 0;
  if (s.kind === "emoji" && decorative2 && (decorative2 === "lead" ? !/\S/u.test(text2.slice(0, s.start)) : !/\S/u.test(text2.slice(s.end).replace(/\uFE0F/gu, "")))) return void 0;
  return s;
}

// src/parse/fields/section-vocabulary.ts
var tables;
function sectionTables() {
  tables ??= { excluded: excludedSections(), hard: hardExcludedSections() };
  return tables;
}
function excludedSections() {
  return {
    contents: {
      en: ["table of contents", "contents", "toc"],
      pt: ["índice", "sumário"],
      es: ["índice", "tabla de contenidos"],
      fr: ["sommaire", "table des matières"],
      de: ["inhaltsverzeichnis"],
      it: ["indice"],
      nl: ["inhoudsopgave"],
      sv: ["innehållsförteckning"],
      ru: ["оглавление"],
      pl: ["spis treści"],
      zh: ["目录", "目錄"],
      ja: ["目次"],
      ko: ["목차"],
      vi: ["mục lục"],
      uk: ["зміст"],
      tr: ["içindekiler"],
      id: ["daftar isi"],
      cs: [],
      // `Obsah` is content as often as contents
      fi: ["sisällysluettelo"],
      el: [],
      // `Περιεχόμενα` likewise
      hu: ["tartalomjegyzék"],
      ro: ["cuprins"],
      da: ["indholdsfortegnelse"],
      no: ["innholdsfortegnelse"],
      ar: ["جدول المحتويات"],
      he: ["תוכן עניינים"],
      hi: ["विषय सूची", "अनुक्रमणिका"],
      th: ["สารบัญ"],
      fa: ["فهرست مطالب"]
    },
    overview: {
      en: ["overview", "introduction", "intro", "summary", "executive summary", "about", "background", "context", "conclusion"],
      pt: ["visão geral", "introdução", "resumo", "sobre", "contexto", "conclusão"],
      es: ["visión general", "resumen", "introducción", "acerca de", "contexto", "antecedentes", "conclusión"],
      fr: ["aperçu", "vue d'ensemble", "vue d’ensemble", "introduction", "résumé", "à propos", "contexte", "conclusion"],
      de: ["übersicht", "überblick", "einleitung", "einführung", "zusammenfassung", "hintergrund", "kontext", "fazit"],
      it: ["panoramica", "introduzione", "sommario", "riepilogo", "contesto", "conclusione"],
      nl: ["overzicht", "inleiding", "introductie", "samenvatting", "achtergrond", "context", "conclusie"],
      sv: ["översikt", "introduktion", "inledning", "sammanfattning", "bakgrund", "sammanhang", "slutsats"],
      ru: ["обзор", "введение", "резюме", "о проекте", "контекст", "предыстория", "заключение", "общее описание"],
      pl: ["przegląd", "wprowadzenie", "wstęp", "podsumowanie", "o projekcie", "kontekst", "tło", "zakończenie"],
      zh: ["概述", "概览", "概覽", "简介", "簡介", "介绍", "介紹", "总结", "總結", "概要", "背景", "关于", "關於", "前言", "引言", "结论", "結論"],
      ja: ["概要", "はじめに", "序論", "まとめ", "背景", "結論"],
      ko: ["개요", "소개", "요약", "배경", "결론"],
      vi: ["tổng quan", "giới thiệu", "tóm tắt", "bối cảnh", "kết luận"],
      uk: ["огляд", "вступ", "резюме", "про проєкт", "контекст", "передумови", "висновок", "висновки"],
      tr: ["genel bakış", "özet", "hakkında", "arka plan", "bağlam", "sonuç"],
      id: ["ikhtisar", "gambaran umum", "pendahuluan", "pengantar", "ringkasan", "tentang", "latar belakang", "konteks", "kesimpulan"],
      cs: ["přehled", "úvod", "shrnutí", "o projektu", "kontext", "pozadí", "závěr"],
      fi: ["yleiskatsaus", "johdanto", "yhteenveto", "tausta", "konteksti", "johtopäätökset"],
      el: ["επισκόπηση", "εισαγωγή", "περίληψη", "σύνοψη", "πλαίσιο", "υπόβαθρο", "συμπέρασμα"],
      hu: ["áttekintés", "bevezetés", "összefoglaló", "összefoglalás", "háttér", "kontextus", "a projektről"],
      ro: ["prezentare generală", "introducere", "rezumat", "despre", "context", "concluzie", "concluzii"],
      da: ["oversigt", "introduktion", "indledning", "resumé", "sammenfatning", "baggrund", "kontekst", "konklusion"],
      no: ["oversikt", "introduksjon", "innledning", "sammendrag", "bakgrunn", "kontekst", "konklusjon"],
      ar: ["نظرة عامة", "مقدمة", "ملخص", "حول", "السياق", "الخلفية", "خاتمة"],
      he: ["סקירה כללית", "מבוא", "תקציר", "סיכום", "אודות", "רקע", "הקשר"],
      hi: ["अवलोकन", "परिचय", "सारांश", "पृष्ठभूमि", "निष्कर्ष"],
      th: ["ภาพรวม", "บทนำ", "สรุป", "เกี่ยวกับ", "ความเป็นมา", "บริบท"],
      fa: ["نمای کلی", "مقدمه", "خلاصه", "درباره", "پیشینه", "زمینه", "نتیجه‌گیری"]
    },
    vision: {
      en: ["vision", "mission", "purpose"],
      pt: ["visão", "missão", "propósito"],
      es: ["visión", "misión", "propósito"],
      fr: ["vision", "mission"],
      de: ["vision", "mission", "zweck"],
      it: ["visione", "missione", "scopo"],
      nl: ["visie", "missie"],
      sv: ["vision", "uppdrag", "syfte"],
      ru: ["видение", "миссия"],
      pl: ["wizja", "misja"],
      zh: ["愿景", "願景", "使命"],
      ja: ["ビジョン", "ミッション"],
      ko: ["비전", "미션"],
      vi: ["tầm nhìn", "sứ mệnh"],
      uk: ["бачення", "місія"],
      tr: ["vizyon", "misyon"],
      id: ["visi", "misi"],
      cs: ["vize"],
      fi: ["visio", "missio"],
      el: ["όραμα", "αποστολή"],
      hu: ["jövőkép", "küldetés"],
      ro: ["viziune", "misiune"],
      da: ["vision", "mission"],
      no: ["visjon", "misjon"],
      ar: ["الرؤية", "الرسالة"],
      he: ["חזון"],
      hi: ["दृष्टि", "दृष्टिकोण", "मिशन"],
      th: ["วิสัยทัศน์", "พันธกิจ"],
      fa: ["چشم‌انداز", "ماموریت", "مأموریت"]
    },
    goals: {
      en: ["goal", "goals", "objective", "objectives", "principle", "principles", "design principles", "success criteria", "requirements", "assumptions", "constraints", "dependencies"],
      pt: ["objetivos", "metas", "princípios", "requisitos", "premissas", "restrições", "dependências", "critérios de sucesso"],
      es: ["objetivos", "metas", "principios", "requisitos", "supuestos", "restricciones", "dependencias", "criterios de éxito"],
      fr: ["objectifs", "principes", "exigences", "hypothèses", "contraintes", "dépendances", "critères de succès"],
      de: ["ziele", "prinzipien", "grundsätze", "anforderungen", "annahmen", "abhängigkeiten", "erfolgskriterien"],
      it: ["obiettivi", "principi", "requisiti", "presupposti", "vincoli", "dipendenze", "criteri di successo"],
      nl: ["doelen", "doelstellingen", "principes", "vereisten", "aannames", "afhankelijkheden", "succescriteria"],
      sv: ["principer", "krav", "antaganden", "beroenden", "framgångskriterier"],
      ru: ["цели", "принципы", "требования", "допущения", "зависимости", "критерии успеха"],
      pl: ["cele", "zasady", "wymagania", "założenia", "zależności", "kryteria sukcesu"],
      zh: ["目标", "目標", "原则", "原則", "需求", "功能需求", "假设", "假設", "约束", "約束", "依赖", "依賴", "成功标准", "成功標準"],
      ja: ["目標", "ゴール", "原則", "要件", "前提", "制約", "依存関係", "成功基準"],
      ko: ["목표", "원칙", "요구사항", "요구 사항", "가정", "제약", "제약 사항", "의존성", "성공 기준"],
      vi: ["mục tiêu", "nguyên tắc", "yêu cầu", "giả định", "ràng buộc", "phụ thuộc", "tiêu chí thành công"],
      uk: ["цілі", "принципи", "вимоги", "припущення", "залежності", "критерії успіху"],
      tr: ["hedefler", "ilkeler", "prensipler", "gereksinimler", "varsayımlar", "kısıtlar", "bağımlılıklar", "başarı kriterleri"],
      id: ["sasaran", "prinsip", "persyaratan", "kebutuhan", "asumsi", "dependensi", "kriteria keberhasilan"],
      cs: ["cíle", "principy", "zásady", "požadavky", "předpoklady", "závislosti", "kritéria úspěchu"],
      fi: ["tavoitteet", "periaatteet", "vaatimukset", "oletukset", "rajoitteet", "riippuvuudet"],
      el: ["στόχοι", "αρχές", "απαιτήσεις", "παραδοχές", "εξαρτήσεις", "κριτήρια επιτυχίας"],
      hu: ["célok", "alapelvek", "elvek", "követelmények", "feltételezések", "függőségek", "sikerkritériumok"],
      ro: ["obiective", "principii", "cerințe", "cerinte", "ipoteze", "constrângeri", "dependențe", "criterii de succes"],
      da: ["principper", "krav", "antagelser", "afhængigheder", "succeskriterier"],
      no: ["prinsipper", "krav", "antagelser", "forutsetninger", "avhengigheter", "suksesskriterier"],
      ar: ["الأهداف", "المبادئ", "المتطلبات", "الافتراضات", "التبعيات", "معايير النجاح"],
      he: ["מטרות", "עקרונות", "דרישות", "הנחות", "אילוצים", "תלויות", "מדדי הצלחה"],
      hi: ["लक्ष्य", "सिद्धांत", "आवश्यकताएँ", "आवश्यकताएं", "निर्भरताएँ", "सफलता मानदंड"],
      th: ["เป้าหมาย", "หลักการ", "ข้อกำหนด", "สมมติฐาน", "การพึ่งพา", "เกณฑ์ความสำเร็จ"],
      fa: ["اهداف", "اصول", "الزامات", "نیازمندی‌ها", "فرضیات", "وابستگی‌ها", "معیارهای موفقیت"]
    },
    state: {
      en: ["current phase", "current state", "current version", "progress", "progress summary", "status", "timeline", "timeline summary"],
      pt: ["estado atual", "situação atual", "progresso", "status"],
      es: ["estado actual", "situación actual", "progreso"],
      fr: ["état actuel", "situation actuelle", "avancement", "statut"],
      de: ["aktueller stand", "aktueller status", "aktueller zustand", "fortschritt", "status"],
      it: ["stato attuale", "situazione attuale", "avanzamento", "progressi", "stato"],
      nl: ["huidige stand", "huidige status", "voortgang", "status"],
      sv: ["nuläge", "nuvarande status", "framsteg", "status"],
      ru: ["текущее состояние", "текущий статус", "прогресс", "статус"],
      pl: ["stan obecny", "aktualny stan", "obecny stan", "postęp", "status"],
      zh: ["现状", "現狀", "当前状态", "當前狀態", "目前状态", "目前狀態", "进度", "進度", "状态", "狀態"],
      ja: ["現状", "現在の状態", "進捗", "ステータス", "状態"],
      ko: ["현재 상태", "현재 구현 상태", "구현 상태", "구현 현황", "현황", "진행 상황", "진행상황"],
      vi: ["hiện trạng", "trạng thái hiện tại", "tiến độ", "trạng thái"],
      uk: ["поточний стан", "поточний статус", "прогрес", "статус"],
      tr: ["mevcut durum", "güncel durum", "ilerleme", "durum"],
      id: ["status saat ini", "kondisi saat ini", "kemajuan", "progres", "status"],
      cs: ["současný stav", "aktuální stav", "pokrok", "stav"],
      fi: ["nykytila", "tilanne", "edistyminen", "tila"],
      el: ["τρέχουσα κατάσταση", "πρόοδος", "κατάσταση"],
      hu: ["jelenlegi állapot", "aktuális állapot", "haladás", "állapot"],
      ro: ["starea actuală", "stadiul actual", "progres", "stare"],
      da: ["nuværende status", "status", "fremskridt"],
      no: ["nåværende status", "status", "fremdrift"],
      ar: ["الحالة الحالية", "الوضع الحالي", "التقدم", "الحالة"],
      he: ["מצב נוכחי", "התקדמות", "סטטוס"],
      hi: ["वर्तमान स्थिति", "प्रगति", "स्थिति"],
      th: ["สถานะปัจจุบัน", "ความคืบหน้า", "สถานะ"],
      fa: ["وضعیت فعلی", "وضعیت کنونی", "پیشرفت", "وضعیت"]
    },
    reference: {
      en: ["resources", "links", "notes", "architecture", "tech stack", "technology", "team", "support", "questions"],
      pt: ["links", "notas", "arquitetura", "equipe", "perguntas"],
      es: ["recursos", "enlaces", "notas", "arquitectura", "equipo", "preguntas"],
      fr: ["ressources", "liens", "notes", "architecture", "équipe", "questions"],
      de: ["ressourcen", "links", "notizen", "hinweise", "architektur", "team", "fragen"],
      it: ["risorse", "architettura", "team", "domande"],
      nl: ["bronnen", "links", "notities", "architectuur", "team", "vragen"],
      sv: ["resurser", "länkar", "anteckningar", "arkitektur", "team", "frågor"],
      ru: ["ресурсы", "ссылки", "заметки", "примечания", "архитектура", "вопросы"],
      pl: ["zasoby", "linki", "notatki", "uwagi", "architektura", "zespół", "pytania"],
      zh: ["资源", "資源", "链接", "連結", "备注", "備註", "注意事项", "架构", "架構", "技术栈", "技術棧", "团队", "團隊"],
      ja: ["リソース", "リンク", "メモ", "備考", "注意事項", "アーキテクチャ", "技術スタック", "チーム", "質問"],
      ko: ["리소스", "링크", "참고 사항", "메모", "아키텍처", "기술 스택", "팀", "질문"],
      vi: ["tài nguyên", "ghi chú", "kiến trúc", "câu hỏi"],
      uk: ["ресурси", "посилання", "нотатки", "примітки", "архітектура", "питання"],
      tr: ["kaynaklar", "bağlantılar", "notlar", "mimari", "ekip", "sorular"],
      id: ["sumber daya", "tautan", "catatan", "arsitektur", "tim", "pertanyaan"],
      cs: ["zdroje", "odkazy", "poznámky", "architektura", "tým", "otázky"],
      fi: ["resurssit", "linkit", "muistiinpanot", "arkkitehtuuri", "tiimi", "kysymykset"],
      el: ["πόροι", "σύνδεσμοι", "σημειώσεις", "αρχιτεκτονική", "ομάδα", "ερωτήσεις"],
      hu: ["források", "linkek", "megjegyzések", "architektúra", "csapat", "kérdések"],
      ro: ["resurse", "linkuri", "arhitectură", "echipă", "întrebări"],
      da: ["ressourcer", "links", "noter", "arkitektur", "team", "spørgsmål"],
      no: ["ressurser", "lenker", "notater", "arkitektur", "team", "spørsmål"],
      ar: ["الموارد", "روابط", "الروابط", "ملاحظات", "الفريق", "أسئلة"],
      he: ["משאבים", "קישורים", "הערות", "ארכיטקטורה", "צוות", "שאלות"],
      hi: ["संसाधन", "लिंक", "नोट्स", "टिप्पणियाँ", "आर्किटेक्चर", "टीम", "प्रश्न"],
      th: ["แหล่งข้อมูล", "ลิงก์", "หมายเหตุ", "สถาปัตยกรรม", "ทีม", "คำถาม"],
      fa: ["منابع", "پیوندها", "لینک‌ها", "یادداشت‌ها", "معماری", "تیم", "پرسش‌ها", "سوالات"]
    }
  };
}
function hardExcludedSections() {
  return {
    scope: {
      en: ["non-goals", "non goals", "out of scope", "not doing", "won't do", "won’t do", "wont do", "will not do"],
      pt: ["fora do escopo", "fora de escopo", "não objetivos", "não-objetivos"],
      es: ["fuera de alcance", "fuera del alcance", "no objetivos"],
      fr: ["hors périmètre", "hors du périmètre", "hors champ", "non-objectifs"],
      de: ["nicht-ziele", "nicht ziele", "außerhalb des umfangs", "nicht im umfang"],
      it: ["fuori ambito", "fuori dall'ambito", "fuori dall’ambito", "non obiettivi"],
      nl: ["buiten scope", "buiten bereik", "niet-doelen"],
      sv: ["utanför omfånget", "utanför scope", "icke-mål"],
      ru: ["вне рамок", "вне области", "не цели"],
      pl: ["poza zakresem", "nie-cele"],
      zh: ["非目标", "非目標", "不做", "范围之外", "範圍之外", "不在范围内", "不在範圍內"],
      ja: ["非目標", "スコープ外", "対象外", "やらないこと"],
      ko: ["비목표", "범위 외", "범위 밖", "하지 않을 것"],
      vi: ["ngoài phạm vi", "không làm"],
      uk: ["поза межами", "не цілі"],
      tr: ["kapsam dışı", "hedef olmayanlar"],
      id: ["di luar cakupan", "bukan tujuan"],
      cs: ["mimo rozsah"],
      fi: ["rajauksen ulkopuolella"],
      el: ["εκτός πεδίου", "εκτός εύρους"],
      hu: ["hatókörön kívül"],
      ro: ["în afara domeniului", "non-obiective"],
      da: ["uden for scope", "ikke-mål"],
      no: ["utenfor omfang", "ikke-mål"],
      ar: ["خارج النطاق"],
      he: ["מחוץ לתחום"],
      hi: ["दायरे से बाहर"],
      th: ["นอกขอบเขต"],
      fa: ["خارج از محدوده"]
    },
    risks: {
      en: ["risk", "risks", "risk mitigation", "risks and mitigations", "known issues", "known limitations", "limitations", "current limitations", "current limits", "caveats", "blockers", "current blockers"],
      pt: ["riscos", "risco", "limitações conhecidas", "limitações", "problemas conhecidos", "bloqueios", "bloqueadores"],
      es: ["riesgos", "riesgo", "limitaciones conocidas", "limitaciones", "problemas conocidos", "bloqueos", "bloqueadores"],
      fr: ["risques", "risque", "limitations connues", "limitations", "problèmes connus", "blocages", "bloqueurs"],
      de: ["risiken", "risiko", "bekannte probleme", "bekannte einschränkungen"],
      it: ["rischi", "rischio", "problemi noti", "limitazioni note", "limitazioni", "blocchi"],
      nl: ["risico's", "risico’s", "risico", "bekende problemen", "bekende beperkingen", "beperkingen", "blokkades"],
      sv: ["risker", "risk", "kända problem", "kända begränsningar", "begränsningar", "blockerare"],
      ru: ["риски", "риск", "известные проблемы", "известные ограничения", "блокеры"],
      pl: ["ryzyka", "ryzyko", "znane problemy", "znane ograniczenia", "blokery"],
      zh: ["风险", "風險", "已知问题", "已知問題", "已知限制", "局限", "阻塞", "当前阻塞", "當前阻塞"],
      ja: ["リスク", "既知の問題", "既知の制限", "制限事項", "ブロッカー", "現在のブロッカー"],
      ko: ["위험", "리스크", "알려진 문제", "알려진 이슈", "알려진 제한", "제한 사항", "제한사항", "블로커"],
      vi: ["rủi ro", "vấn đề đã biết"],
      uk: ["ризики", "ризик", "відомі проблеми", "відомі обмеження", "блокери"],
      tr: ["riskler", "risk", "bilinen sorunlar", "bilinen sınırlamalar", "sınırlamalar", "engeller"],
      id: ["risiko", "masalah yang diketahui", "penghambat"],
      cs: ["rizika", "riziko", "známé problémy", "známá omezení", "blokery"],
      fi: ["riskit", "riski", "tunnetut ongelmat", "tunnetut rajoitukset", "rajoitukset", "esteet"],
      el: ["κίνδυνοι", "κίνδυνος", "γνωστά προβλήματα", "γνωστοί περιορισμοί"],
      hu: ["kockázatok", "kockázat", "ismert problémák", "ismert hibák"],
      ro: ["riscuri", "risc", "probleme cunoscute", "limitări cunoscute"],
      da: ["risici", "risiko", "kendte problemer", "kendte begrænsninger", "begrænsninger"],
      no: ["risikoer", "risiko", "kjente problemer", "kjente begrensninger", "begrensninger"],
      ar: ["المخاطر", "مخاطر", "المشكلات المعروفة", "المشاكل المعروفة", "القيود المعروفة"],
      he: ["סיכונים", "סיכון", "בעיות ידועות", "מגבלות ידועות", "מגבלות"],
      hi: ["जोखिम", "ज्ञात समस्याएँ", "ज्ञात समस्याएं", "सीमाएँ", "सीमाएं"],
      th: ["ความเสี่ยง", "ปัญหาที่ทราบ", "ข้อจำกัด"],
      fa: ["ریسک‌ها", "خطرات", "ریسک", "مشکلات شناخته‌شده"]
    },
    metrics: {
      en: ["metrics", "success metrics", "kpi", "kpis"],
      pt: ["métricas", "indicadores"],
      es: ["métricas", "indicadores"],
      fr: ["métriques", "indicateurs"],
      de: ["metriken", "kennzahlen"],
      it: ["metriche", "indicatori"],
      nl: ["metrieken", "statistieken"],
      sv: ["mätetal", "nyckeltal"],
      ru: ["метрики", "показатели"],
      pl: ["metryki", "wskaźniki"],
      zh: ["指标", "指標", "度量"],
      ja: ["指標", "メトリクス"],
      ko: ["지표", "메트릭"],
      vi: ["chỉ số", "số liệu"],
      uk: ["метрики", "показники"],
      tr: ["metrikler", "ölçütler"],
      id: ["metrik", "indikator"],
      cs: ["metriky", "ukazatele"],
      fi: ["mittarit"],
      el: ["μετρικές", "δείκτες"],
      hu: ["metrikák", "mérőszámok"],
      ro: ["metrici", "indicatori"],
      da: ["målinger", "nøgletal"],
      no: ["målinger", "nøkkeltall"],
      ar: ["المقاييس", "مؤشرات الأداء"],
      he: ["מדדים"],
      hi: ["मेट्रिक्स"],
      th: ["ตัวชี้วัด"],
      fa: ["شاخص‌ها"]
    },
    history: {
      en: ["changelog", "change log", "history", "version history", "release history", "release notes", "revision history", "document history"],
      pt: ["histórico", "histórico de versões", "registro de alterações", "notas de versão", "notas de lançamento"],
      es: ["historial", "historial de versiones", "registro de cambios", "notas de la versión", "notas de versión"],
      fr: ["historique", "historique des versions", "journal des modifications", "notes de version"],
      de: ["versionshistorie", "versionsverlauf", "versionsgeschichte", "änderungsprotokoll", "historie"],
      it: ["cronologia", "cronologia delle versioni", "registro delle modifiche", "note di rilascio", "storico"],
      nl: ["wijzigingslogboek", "versiegeschiedenis", "geschiedenis"],
      sv: ["ändringslogg", "versionshistorik", "historik"],
      ru: ["история изменений", "история версий", "журнал изменений", "история"],
      pl: ["historia zmian", "dziennik zmian", "historia wersji", "informacje o wydaniu"],
      zh: ["更新日志", "變更日誌", "更新日誌", "变更日志", "更新记录", "更新記錄", "变更记录", "變更記錄", "修改记录", "修改記錄", "最近修改", "最近更新", "修改总结", "修改總結", "最近修改总结", "最近修改總結", "更新总结", "更新總結", "开发日志", "開發日誌", "版本历史", "版本歷史", "历史", "歷史", "发布说明", "發布說明"],
      ja: ["変更履歴", "更新履歴", "履歴", "リリースノート", "バージョン履歴"],
      ko: ["변경 이력", "변경이력", "변경 로그", "버전 기록", "이력", "릴리스 노트"],
      vi: ["nhật ký thay đổi", "lịch sử thay đổi", "lịch sử phiên bản", "lịch sử"],
      uk: ["історія змін", "журнал змін", "історія версій", "історія"],
      tr: ["değişiklik günlüğü", "sürüm geçmişi", "geçmiş", "sürüm notları"],
      id: ["catatan perubahan", "riwayat perubahan", "riwayat versi", "riwayat", "sejarah"],
      cs: ["historie změn", "seznam změn", "historie verzí", "historie"],
      fi: ["muutosloki", "versiohistoria"],
      el: ["αρχείο αλλαγών", "ιστορικό αλλαγών", "ιστορικό εκδόσεων", "ιστορικό"],
      hu: ["változásnapló", "verziótörténet", "előzmények"],
      ro: ["jurnal de modificări", "istoric modificări", "istoricul versiunilor", "istoric"],
      da: ["ændringslog", "versionshistorik", "historik"],
      no: ["endringslogg", "versjonshistorikk", "historikk"],
      ar: ["سجل التغييرات", "سجل الإصدارات"],
      he: ["יומן שינויים", "היסטוריית גרסאות", "היסטוריה"],
      hi: ["परिवर्तन लॉग", "बदलाव लॉग", "संस्करण इतिहास", "इतिहास"],
      th: ["บันทึกการเปลี่ยนแปลง", "ประวัติเวอร์ชัน", "ประวัติ"],
      fa: ["تاریخچه تغییرات", "تاریخچه نسخه‌ها", "تاریخچه"]
    },
    contributing: {
      en: ["contributing", "contribution", "how to contribute", "feedback", "contact", "acknowledgements", "acknowledgments"],
      pt: ["contribuindo", "como contribuir", "contribuição", "contato", "agradecimentos"],
      es: ["contribuir", "cómo contribuir", "contribuciones", "contacto", "agradecimientos"],
      fr: ["contribuer", "comment contribuer", "contact", "remerciements", "retours"],
      de: ["mitwirken", "beitragen", "mitmachen", "kontakt", "danksagungen"],
      it: ["contribuire", "come contribuire", "contributi", "contatti", "ringraziamenti"],
      nl: ["bijdragen", "contact", "dankwoord"],
      sv: ["bidra", "hur du bidrar", "kontakt", "återkoppling"],
      ru: ["участие", "как помочь", "контакты", "благодарности", "обратная связь"],
      pl: ["współtworzenie", "jak pomóc", "kontakt", "podziękowania"],
      zh: ["贡献", "貢獻", "如何贡献", "如何貢獻", "参与贡献", "參與貢獻", "联系", "聯繫", "致谢", "致謝", "反馈", "反饋"],
      ja: ["貢献", "コントリビュート", "貢献方法", "連絡先", "謝辞", "フィードバック"],
      ko: ["기여", "기여하기", "기여 방법", "연락처", "감사의 말", "피드백"],
      vi: ["đóng góp", "cách đóng góp", "liên hệ", "lời cảm ơn", "phản hồi"],
      uk: ["участь", "як долучитися", "контакти", "подяки", "зворотний зв'язок", "зворотний зв’язок"],
      tr: ["katkıda bulunma", "katkı", "iletişim", "teşekkürler", "geri bildirim"],
      id: ["kontribusi", "cara berkontribusi", "kontak", "ucapan terima kasih", "umpan balik"],
      cs: ["přispívání", "jak přispět", "kontakt", "poděkování", "zpětná vazba"],
      fi: ["osallistuminen", "yhteystiedot", "kiitokset", "palaute"],
      el: ["συνεισφορά", "επικοινωνία", "ευχαριστίες"],
      hu: ["közreműködés", "hozzájárulás", "kapcsolat", "köszönetnyilvánítás", "visszajelzés"],
      ro: ["contribuție", "contribuții", "cum să contribui", "contact", "mulțumiri"],
      da: ["bidrag", "kontakt"],
      no: ["bidra", "hvordan bidra", "kontakt", "tilbakemelding"],
      ar: ["المساهمة", "كيفية المساهمة", "التواصل", "شكر وتقدير"],
      he: ["תרומה", "איך לתרום", "יצירת קשר", "תודות", "משוב"],
      hi: ["योगदान", "कैसे योगदान करें", "संपर्क", "आभार"],
      th: ["การมีส่วนร่วม", "ติดต่อ", "กิตติกรรมประกาศ"],
      fa: ["مشارکت", "نحوه مشارکت", "تماس", "قدردانی", "بازخورد"]
    },
    reference: {
      en: ["license", "faq", "glossary", "appendix", "references", "legend", "status key", "open questions", "how we prioritize", "how to use", "maintenance", "roadmap maintenance"],
      pt: ["licença", "perguntas frequentes", "glossário", "apêndice", "referências", "legenda", "perguntas em aberto", "questões em aberto", "manutenção"],
      es: ["licencia", "preguntas frecuentes", "glosario", "apéndice", "referencias", "leyenda", "preguntas abiertas", "mantenimiento"],
      fr: ["licence", "questions fréquentes", "glossaire", "annexe", "références", "légende", "questions ouvertes"],
      de: ["lizenz", "häufige fragen", "glossar", "anhang", "referenzen", "legende", "offene fragen", "wartung"],
      it: ["licenza", "domande frequenti", "glossario", "appendice", "riferimenti", "legenda", "domande aperte", "manutenzione"],
      nl: ["licentie", "veelgestelde vragen", "woordenlijst", "bijlage", "referenties", "legenda", "open vragen", "onderhoud"],
      sv: ["licens", "vanliga frågor", "ordlista", "bilaga", "referenser", "öppna frågor", "underhåll"],
      ru: ["лицензия", "чаво", "глоссарий", "легенда", "открытые вопросы"],
      pl: ["licencja", "słownik", "słowniczek", "załącznik", "legenda", "otwarte pytania", "utrzymanie"],
      zh: ["许可证", "許可證", "常见问题", "常見問題", "术语表", "術語表", "附录", "附錄", "参考资料", "參考資料", "参考文献", "參考文獻", "图例", "圖例", "开放问题", "開放問題", "待定问题", "维护", "維護"],
      ja: ["ライセンス", "よくある質問", "用語集", "付録", "参考資料", "参考文献", "凡例", "未解決の質問", "メンテナンス"],
      ko: ["라이선스", "자주 묻는 질문", "용어집", "부록", "참고 자료", "범례", "미해결 질문", "유지보수"],
      vi: ["giấy phép", "câu hỏi thường gặp", "thuật ngữ", "phụ lục", "tham khảo", "chú giải", "câu hỏi mở", "bảo trì"],
      uk: ["ліцензія", "глосарій", "легенда", "відкриті питання"],
      tr: ["lisans", "sss", "sık sorulan sorular", "sözlük", "referanslar", "açık sorular", "bakım"],
      id: ["lisensi", "tanya jawab", "glosarium", "lampiran", "referensi", "legenda", "pertanyaan terbuka", "pemeliharaan"],
      cs: ["licence", "časté dotazy", "slovník", "příloha", "legenda", "otevřené otázky", "údržba"],
      fi: ["lisenssi", "usein kysytyt kysymykset", "sanasto", "liite", "lähteet", "selite", "avoimet kysymykset", "ylläpito"],
      el: ["άδεια χρήσης", "συχνές ερωτήσεις", "γλωσσάριο", "παράρτημα", "αναφορές", "υπόμνημα", "ανοιχτά ερωτήματα", "συντήρηση"],
      hu: ["licenc", "gyik", "szószedet", "függelék", "jelmagyarázat", "nyitott kérdések", "karbantartás"],
      ro: ["licență", "întrebări frecvente", "glosar", "anexă", "referințe", "legendă", "întrebări deschise", "mentenanță", "întreținere"],
      da: ["licens", "ofte stillede spørgsmål", "ordliste", "bilag", "referencer", "åbne spørgsmål", "vedligeholdelse"],
      no: ["lisens", "ofte stilte spørsmål", "ordliste", "vedlegg", "referanser", "åpne spørsmål", "vedlikehold"],
      ar: ["الترخيص", "الأسئلة الشائعة", "المسرد", "المراجع", "أسئلة مفتوحة", "الصيانة"],
      he: ["רישיון", "שאלות נפוצות", "מילון מונחים", "נספח", "מקורות", "מקרא", "שאלות פתוחות", "תחזוקה"],
      hi: ["लाइसेंस", "अक्सर पूछे जाने वाले प्रश्न", "शब्दावली", "परिशिष्ट", "खुले प्रश्न", "रखरखाव"],
      th: ["สัญญาอนุญาต", "คำถามที่พบบ่อย", "อภิธานศัพท์", "ภาคผนวก", "อ้างอิง", "การบำรุงรักษา"],
      fa: ["مجوز", "پرسش‌های متداول", "واژه‌نامه", "پیوست", "مراجع", "پرسش‌های باز", "نگهداری"]
    }
  };
}
function sectionPhrases(tables2) {
  return [...new Set(Object.values(tables2).flatMap((t) => Object.values(t).flatMap((w) => (w ?? []).map((p) => p.toLowerCase()))))];
}

// src/parse/freeform/unit-label.ts
var KEYWORDS = [...new Set(SEQUENCE_CONCEPTS.flatMap((c) => wordsOf(UNIT_WORDS[c])))];
var NUMBER_WORDS = (() => {
  const out = Object.assign(/* @__PURE__ */ Object.create(null), { zero: "0", eleven: "11", twelve: "12" });
  for (const table2 of [CARDINAL_WORDS, ORDINAL_WORDS])
    for (const numbers of Object.values(table2)) numbers.forEach((forms, i) => forms.forEach((w) => out[w.toLowerCase()] ??= String(i + 1)));
  return out;
})();
var ENGLISH_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
var NUM = String.raw`(?:v?\d+(?:\.\d+)*[A-Za-z]?\+?|(?<=\s)(?:${ENGLISH_NUMBERS.join("|")})|[IVX]{1,5}|[A-Z](?![\p{L}]))`;
var ORDINALS = [...new Set(Object.values(ORDINAL_WORDS).flatMap((numbers) => numbers.flat().map((w) => w.toLowerCase())))];
var ORDINAL_SET = new Set(ORDINALS);
var KEYWORD_SET = new Set(KEYWORDS.map((k) => k.toLowerCase()));
var THAI_KEYWORDS = KEYWORDS.filter((k) => /\p{Script=Thai}/u.test(k)).sort((a, b) => b.length - a.length);
var WORD = /[^\s:：.,;)\]—–-]+/gu;
function numberedByWord(t) {
  if (/^\p{Script=Thai}/u.test(t)) {
    const k = THAI_KEYWORDS.find((w) => t.startsWith(w));
    const rest = k === void 0 ? "" : t.slice(k.length);
    for (let n = Math.min(rest.length, 12); k !== void 0 && n > 0; n--) if (NUMBER_WORDS[rest.slice(0, n)] !== void 0) return { word: k, num: rest.slice(0, n), end: k.length + n };
    return void 0;
  }
  const words = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m !== null && words.length < 5; m = WORD.exec(t)) {
    if (words.length > 0 && !/^\s+$/u.test(t.slice(words[words.length - 1].end, m.index))) break;
    words.push({ text: m[0].toLowerCase(), end: m.index + m[0].length });
  }
  const join = (from, n) => from + n <= words.length ? words.slice(from, from + n).map((w) => w.text).join(" ") : void 0;
  const prose = (at) => /^\s+\p{Ll}/u.test(t.slice(at));
  for (let kn = 1; kn <= 2; kn++) {
    const kw = join(0, kn);
    if (kw === void 0 || !KEYWORD_SET.has(kw)) continue;
    for (let nn = 1; nn <= 2; nn++) {
      const num = join(kn, nn);
      if (num !== void 0 && NUMBER_WORDS[num] !== void 0 && !prose(words[kn + nn - 1].end)) return { word: t.slice(0, words[kn - 1].end), num, end: words[kn + nn - 1].end };
    }
  }
  for (let nn = 1; nn <= 2; nn++) {
    const num = join(0, nn);
    if (num === void 0 || !ORDINAL_SET.has(num)) continue;
    for (let kn = 1; kn <= 2; kn++) {
      const kw = join(nn, kn);
      if (kw !== void 0 && KEYWORD_SET.has(kw) && !prose(words[nn + kn - 1].end)) return { word: t.slice(words[nn - 1].end, words[nn + kn - 1].end).trim(), num, end: words[nn + kn - 1].end };
    }
  }
  return void 0;
}
var KEYWORD_RE = new RegExp(String.raw`^(${alternation(KEYWORDS)})\s*(?:#|№|n[°º]\s*)?\s*(${NUM})(?![\p{L}\p{N}])`, "iu");
var NAMED_UNIT = new RegExp(
  String.raw`^(${alternation([...new Set(["phase", "milestone", "release", "sprint"].flatMap((c) => wordsOf(UNIT_WORDS[c])))])})\s*[:：—–]\s*(?=\p{Lu}|\p{Lo}|\d)`,
  "iu"
);
var CJK_NUM = String.raw`(?:\d+(?:\.\d+)*|[0-9一二三四五六七八九十百]+)`;
var cjk = (k) => alternation([...new Set(Object.values(CJK_FORMS).flatMap((f) => f[k]))]);
var CJK_RE = new RegExp(String.raw`^(?:第\s*(${CJK_NUM})\s*(${cjk("ordinal")})|(${cjk("before")})\s*(${CJK_NUM}|(?:[IVX]{1,4}|[A-Z])(?![A-Za-z0-9.\-])))`, "u");
var CJK_NUM_FIRST = new RegExp(String.raw`^(\d+|[一二三四五六七八九十]{1,3})\s*(${cjk("counters")})`, "u");
var HAN_DIGITS = "一二三四五六七八九";
function hanNumber(n) {
  if (/^\d+$/u.test(n)) return n;
  const digit = (c) => c === void 0 ? 0 : HAN_DIGITS.indexOf(c) + 1;
  const ten = n.indexOf("十");
  if (ten < 0) return n.length === 1 ? String(digit(n)) : n;
  return String((ten === 0 ? 1 : digit(n[ten - 1])) * 10 + digit(n[ten + 1]));
}
var Q = "[1-4一二三四]";
var CJK_QUARTER_RE = new RegExp(
  String.raw`^(?:((?:19|20)\d{2})\s*(?:(?:${CJK_YEAR.join("|")})\s*)?)?(?:第\s*)?(?:(${Q}(?:\s*[-~–]\s*${Q})?)\s*(?:${CJK_QUARTER.join("|")})|(Q[1-4]))`,
  "u"
);
var CJK_MONTH_RE = new RegExp(
  String.raw`^(?:((?:19|20)\d{2})\s*(?:${CJK_YEAR.join("|")})\s*)?(1[0-2]|0?[1-9])\s*(${CJK_MONTH.join("|")})(?!\s*\d)`,
  "u"
);
var MONTHS = alternation(wordsOf(MONTH_NAMES));
var MONTH = new RegExp(String.raw`^(${MONTHS})\.?\s+((?:19|20)\d{2})(?![\p{L}\p{N}])`, "iu");
var BARE_MONTH = new RegExp(String.raw`^(${MONTHS})\.?(?=\s*(?:$|[:：—–(\[|]|\s-\s))`, "iu");
var ISO_MONTH = /^((?:19|20)\d{2}[-/.](?:0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\d|3[01]))?)(?![\d.])/u;
var NAME_END = String.raw`(?=\s*(?:$|[:：—–(\[|✓✔☐☑]|\p{Extended_Pictographic}|\s-\s))`;
var YEAR = new RegExp(String.raw`^((?:19|20)\d{2})\+?(?!\s[-–]\s(?:19|20)\d{2}\s*[-/]?\s*(?:Q[1-4]|H[12]))${NAME_END}`, "u");
var RELEASE_STAGE = new RegExp(
  String.raw`^((?:alpha|beta|rc|ga|release candidate|general availability|preview|prototype|poc|proof of concept|pilot|launch)(?:\s*\d+(?:\.\d+)*)?)${NAME_END}`,
  "iu"
);
var MCODE = /^((?:[A-Z]{1,4}-)?M\d+(?:\.\d+)*[a-z]?)(?![\p{L}\p{N}])/u;
var PTIER = /^(P\d(?:\.\d+)*)(?![\p{L}\p{N}])/u;
var CODE = /^(?!FY\d{2}\s*-\s*(?:Q[1-4]|H[12]))([A-Z]{1,3})(\d+(?:\.\d+)*[a-z]?)(?=\s*(?:[:：—–-]|$))/u;
var VERSION = /^(v\d+(?:\.(?:\d+|x))*(?:-[\w.]+)?|\d+\.\d+\.\d+(?:-[\w.]+)?|\d+(?:\.\d+)*\.x|V\d+(?:\.\d+)*|MVP|0\.\d{1,3}(?![.,]\d))(?![\p{L}\p{N}])/u;
var QUARTER = /^(?:(Q[1-4])(?:\s*(?:[-/']\s*)?(?:20)?\d{2})?|(FY\s?(?:19|20)?\d{2}|(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?)\s*(?:[-/]\s*)?(Q[1-4]|H[12])|(H[12])\s+(?:19|20)\d{2})(?![\p{L}\p{N}])/u;
var NUMBERED2 = /^(\d{1,3}(?:\.\d{1,3})*|\d{4,8})(?![\d.]\d)(?:[.):]?\s+|\s*[–—]\s*|\s+-\s*|-\s+)(?=\S)/u;
var DAY_MONTH = String.raw`(?:3[01]|[12]\d|0?[1-9])[./](?:1[0-2]|0?[1-9])(?:[./](?:\d{4}|\d{2}))?`;
var DATE_RANGE = new RegExp(String.raw`^(${DAY_MONTH})\s*[-–—]\s*(${DAY_MONTH})(?![\d.])`, "u");
var BARE_VERSION = /^(\d+(?:\.\d+)+)$/u;
var LATIN_WORD = /^[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]*$/u;
var horizon = (words) => {
  const latin = words.filter((w) => LATIN_WORD.test(w));
  const other = words.filter((w) => !LATIN_WORD.test(w));
  const parts = [...latin.length ? [`(?:${alternation(latin)})(?![\\p{L}-])`] : [], ...other.length ? [`(?:${alternation(other)})`] : []];
  return new RegExp(`^(?:${parts.join("|")})`, "iu");
};
var QUALIFIED = /^(?:early|mid|late|end of|start of|beginning of)(?:\s+|-)(?=\S)/iu;
var RELATIVE = /^(?:after|post)(?:\s+|-)(?=\S)/iu;
var POSTPOSED = new RegExp(`^\\p{L}{3,20}[sie]\\s+(?:${alternation(wordsOf(POSTPOSED_LATER))})(?![\\p{L}-])`, "iu");
var horizonFirst;
var HORIZON_FIRST_WORD = /^[\p{L}\p{M}'’\u200c\u200d]+/u;
function mayBeHorizon(t) {
  const w = HORIZON_FIRST_WORD.exec(t);
  if (w === null || !LATIN_WORD.test(w[0])) return true;
  horizonFirst ??= new Set([...wordsOf(HORIZON_WORDS.now), ...wordsOf(HORIZON_WORDS.next), ...wordsOf(HORIZON_WORDS.later)].filter((p) => LATIN_WORD.test(p)).map((p) => (p.split(/[\s'’-]/u)[0] ?? "").toLowerCase()));
  if (horizonFirst.has(w[0].toLowerCase()) || horizonFirst.has((w[0].split(/['’]/u)[0] ?? "").toLowerCase())) return true;
  NEXT_WORD.lastIndex = w[0].length;
  const next = NEXT_WORD.exec(t);
  return next !== null && POSTPOSED_FIRST.has(next[1].toLowerCase());
}
var HORIZON = [
  [horizon(wordsOf(HORIZON_WORDS.now)), "in_progress"],
  [horizon(wordsOf(HORIZON_WORDS.next)), "planned"],
  [horizon(wordsOf(HORIZON_WORDS.later)), "planned"],
  [POSTPOSED, "planned"]
];
var COMBINING = /[\u0300-\u036f]/u;
var sectionSets;
function sections() {
  if (sectionSets === void 0) {
    const tables2 = sectionTables();
    const excluded = phraseSet(sectionPhrases(tables2.excluded));
    const hard = phraseSet(sectionPhrases(tables2.hard));
    sectionSets = { excluded, hard, max: Math.max(excluded.max, hard.max) };
  }
  return sectionSets;
}
function foldPhrase(t) {
  const lower = (COMBINING.test(t) ? t.normalize("NFC") : t).toLowerCase();
  return lower.includes("ı") || lower.includes("̇") ? lower.replace(/i\u0307/gu, "i").replace(/\u0131/gu, "i") : lower;
}
function phraseSet(phrases) {
  const folded = [...new Set(phrases.map(foldPhrase).flatMap((p) => p.includes("‌") ? [p, p.replace(/\u200C/gu, " ")] : [p]))];
  const lengths = /* @__PURE__ */ new Map();
  for (const p of folded) {
    const list3 = lengths.get(p.charAt(0)) ?? [];
    if (!list3.includes(p.length)) list3.push(p.length);
    lengths.set(p.charAt(0), list3);
  }
  for (const list3 of lengths.values()) list3.sort((a, b) => a - b);
  return { phrases: new Set(folded), lengths, max: Math.max(0, ...folded.map((p) => p.length)) };
}
var LETTER_OR_MARK = /[\p{L}\p{M}\u200C]/u;
function wordGoesOn(head, i) {
  const c = head.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90;
  return LETTER_OR_MARK.test(head.charAt(i));
}
function phraseHead(t, max) {
  return foldPhrase(t.slice(0, max + 2));
}
function opensWithLength(set, head) {
  const lengths = set.lengths.get(head.charAt(0));
  if (lengths === void 0) return 0;
  let found2 = 0;
  for (const n of lengths) {
    if (n > head.length) break;
    if (!wordGoesOn(head, n) && set.phrases.has(head.slice(0, n))) found2 = n;
  }
  return found2;
}
var tierSet;
var AFTER_TIER = /^(?:\s*$|\s*[:：(（|—–]|\s+-\s|\s+(?:tasks?|items?|issues?|features?|bugs?|fixes|work|improvements?|goals?|backlog|tareas|tarefas|tâches|aufgaben|задачи|задачі)(?:\s*$|\s*[:：(（|—–]|\s+-\s))/iu;
var PRIORITY_WORD = new RegExp(alternation(wordsOf(PRIORITY_WORDS)), "iu");
function maybeTier(t) {
  return PRIORITY_WORD.test(t) ? priorityTier(t) : void 0;
}
function priorityTier(t) {
  tierSet ??= phraseSet(wordsOf(PRIORITY_TIERS));
  const n = opensWithLength(tierSet, phraseHead(t, tierSet.max));
  if (n > 0) {
    const rest = t.slice(n);
    return AFTER_TIER.test(rest) ? { kind: "horizon", family: "horizon", whole: rest.replace(/[\s:：.)\]—–-]+/gu, "") === "" } : void 0;
  }
  const open3 = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  if (open3 <= 0 || open3 > 60 || !(t.endsWith(")") || t.endsWith("）")) || /^\d/u.test(t)) return void 0;
  const inner = foldPhrase(t.slice(open3 + 1, -1).trim());
  return tierSet.phrases.has(inner) ? { kind: "horizon", family: "horizon", whole: false } : void 0;
}
var DECORATION = /^(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\u20E3☐☑✓✔✗✖◐●○■□▶►→*_#>\s-]|\[[ xX]\])+/u;
function stripDecoration(text2) {
  const c = text2.charCodeAt(0);
  if (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122) return text2.trim();
  return text2.replace(DECORATION, "").trim();
}
function unbold(t) {
  if (!t.startsWith("**") && !t.endsWith("**")) return t;
  return t.replace(/^\*\*|\*\*$/gu, "").trim();
}
function sectionKind(text2) {
  const t = stripDecoration(text2).replace(/^(?:\d+(?:\.\d+)*(?:[.)]?\s+|[、．]\s*|\.(?=[^\d\s]))|[一二三四五六七八九十]{1,3}[、．.]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*)/u, "");
  const sets = sections();
  const head = phraseHead(t, sets.max);
  if (opensWithLength(sets.hard, head) > 0) return "hard";
  const n = opensWithLength(sets.excluded, head);
  const named = n > 0 ? NAMED_CURRENT.exec(t) : null;
  if (named && !readStatusText(t.slice(named[0].length))) return void 0;
  return n > 0 || /^key\s*:?\s*$/iu.test(t) ? "excluded" : void 0;
}
var NAMED_CURRENT = /^current (?:phase|stage|milestone|sprint|release)\s*[:：—–-]\s*(?=[\p{L}\p{N}])/iu;
var BRACKETED_RELEASE = /^([^(（]{1,60}?)\s*[(（]\s*(v?\d+(?:\.\d+)+)\s*[)）]/u;
var RELEASE_NOUN_END = new RegExp(`(?:${alternation([...wordsOf(UNIT_WORDS.release), "版本", "版", "バージョン", "リリース", "버전", "릴리스"])})(?:s|es)?$`, "iu");
var RELEASED_HEAD = /^(?:latest|previous|last)\s+(?:stable\s+)?(?:release|version)$/iu;
function releaseHorizon(h) {
  const m = BRACKETED_RELEASE.exec(stripDecoration(h.text));
  if (!m) return void 0;
  const head = m[1].trim();
  if (!RELEASE_NOUN_END.test(head)) return void 0;
  const stated2 = h.label?.kind === "horizon" || h.label?.kind === "bucket" ? h.label.status : RELEASED_HEAD.test(head) ? "done" : void 0;
  if (stated2 === void 0) return void 0;
  return { kind: "strong", id: m[2], family: "version", status: stated2 === "in_progress" ? "done" : stated2, whole: false };
}
function isExcludedSection(text2) {
  return sectionKind(text2) !== void 0;
}
function keywordId(word, num) {
  const w = word.toLowerCase();
  const n = NUMBER_WORDS[num.toLowerCase()] ?? num.replace(/^v(?=\d)/i, "");
  if (w === "milestone" || w === "meilenstein") return normaliseId(`M${n}`);
  const cap = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return normaliseId(`${cap} ${n}`);
}
function shortHead(rest, legend) {
  const head = rest.split(/\s[-–—/]\s|[—–:：|(\[,，、（【]/u, 1)[0] ?? "";
  const words = head.replace(/[\p{P}\p{S}\d]+/gu, " ").split(/\s+/u).filter((w) => w && !readStatusText(w, legend));
  return words.length <= 1 || words.length === 2 && words.every((w) => /^[\p{Ll}\p{Script=Hangul}]/u.test(w));
}
function bucketStatus(t, legend) {
  const s = readStatusText(t, legend);
  if (!s) return void 0;
  if (s.start > 0 && s.kind === "word" && ONLY_NOTE.test(t.slice(s.end))) {
    const noun = t.slice(0, s.start);
    const word = t.slice(s.start, s.end).toLowerCase();
    if (NOUN_BEFORE.test(noun) && !NEGATION.test(noun.trim()) && !AFTER_NOUN_NOT.has(word) && (!ENGLISH_STATUS.has(word) || /[sS]\s+$/u.test(noun))) return s.value;
  }
  if (s.start > 0 && !/^\p{L}+ly\s+$/iu.test(t.slice(0, s.start)) || !shortHead(t.slice(s.end), legend)) return void 0;
  return s.value;
}
var NOUN_BEFORE = /^(?![\p{L}]+ing\s)\p{L}[\p{L}\p{M}\u200c]{2,}\s+$/u;
var ENGLISH_STATUS = /* @__PURE__ */ new Set([
  "done",
  "complete",
  "completed",
  "finished",
  "shipped",
  "delivered",
  "released",
  "published",
  "closed",
  "achieved",
  "implemented",
  "verified",
  "deployed",
  "merged",
  "planned",
  "planning",
  "pending",
  "proposed",
  "scheduled",
  "upcoming",
  "started",
  "blocked",
  "cancelled",
  "canceled",
  "dropped",
  "deferred",
  "paused",
  "postponed",
  "abandoned",
  "in progress",
  "in development",
  "in review",
  "on hold",
  "not started",
  "todo",
  "to do",
  "wip",
  "underway",
  "ongoing",
  // Round 12's English status words (review): `Design finalized`, `Account suspended` name a milestone, not a bucket.
  "finalized",
  "finalised",
  "rolled out",
  "accomplished",
  "stalled",
  "suspended",
  "queued",
  "discontinued",
  "descoped",
  "unstarted",
  "in testing",
  "in test",
  "in design",
  "in qa",
  "under development",
  "under review",
  "in implementation",
  "under construction",
  "half done",
  "icebox",
  "someday",
  "to be done"
]);
var NEGATION = /^(?:not|no|non|pas|nicht|kein|keine|niet|geen|inte|ej|ikke|nie|не|ні|nem|não|nao)$/iu;
var ONLY_NOTE = /^(?:\s*[(（[][^()（）[\]]*[)）\]])?[\s\p{P}]*$/u;
var AFTER_NOUN_NOT = /* @__PURE__ */ new Set(["now", "live", "current", "active", "next", "later", "ok", "doing", "started"]);
var statusFirstWords;
function opensStatus(word) {
  statusFirstWords ??= new Set(Object.values(STATUS_PHRASES).flatMap((list3) => list3.map((p) => (p.split(/[\s_-]/u)[0] ?? "").toLowerCase())));
  return statusFirstWords.has(word.toLowerCase());
}
var BRACKETED_LABEL = /^\[([^\][]{1,30})\](?!\()\s*/u;
var SERIES = /^([\p{Lu}][\p{Ll}]{2,15})\s+#?(\d{1,4})(?![\d.]\d)(?=$|\s*[:：.)—–-]|\s+\p{Lu})/u;
var NOT_SERIES = /^(?:option|example|figure|fig|table|question|answer|scenario|rule|principle|section|page|note|bug|error|risk|issue|case|chapter|appendix|article|paragraph|line|room|floor|level|size|top|class|grade|year|rank|player|team|group|tier|item|part|act|track|slice|epic|priority)$/iu;
var MONTH_WORD = new RegExp(`^(?:${MONTHS})$`, "iu");
var FIRST_WORDS = /* @__PURE__ */ new Set([
  ...KEYWORDS.map((k) => k.split(/[\s-]/u)[0]),
  ...Object.values(STATUS_PHRASES).flatMap((list3) => list3.map((p) => p.split(/[\s-]/u)[0])),
  ...Object.values(HORIZON_WORDS).flatMap((t) => wordsOf(t).map((w) => w.split(/[\s-]/u)[0].toLowerCase())),
  ...wordsOf(MONTH_NAMES).map((m) => m.toLowerCase()),
  ...ORDINALS.map((w) => w.split(/[\s-]/u)[0].toLowerCase()),
  "mvp",
  "alpha",
  "beta",
  "rc",
  "ga",
  "release",
  "general",
  "preview",
  "prototype",
  "poc",
  "proof",
  "pilot",
  "launch"
]);
var FIRST_WORD = /^[\p{L}\p{M}'’]+/u;
var MAY_LABEL = /^(?:\d|(?:[A-Z]{1,4}-)?M\d|[A-Z]{1,3}\d|[PQHVv]\d|[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{P}\p{S}\s])/u;
var POSTPOSED_FIRST = new Set(wordsOf(POSTPOSED_LATER).map((w) => w.split(/\s/u)[0].toLowerCase()));
var NEXT_WORD = /\s+([\p{L}]+)/uy;
var ASCII_MAY_LABEL = /^(?:[\x00-\x08\x0e-\x1f\x7f]|\d|(?:[A-Z]{1,4}-)?M\d|[A-Z]{1,3}\d|[PQHVv]\d)/;
function mayBeLabel(t) {
  if (t.charCodeAt(0) < 128 ? ASCII_MAY_LABEL.test(t) : MAY_LABEL.test(t)) return true;
  const w = FIRST_WORD.exec(t);
  if (w === null) return false;
  const first = w[0];
  if (FIRST_WORDS.has(first.toLowerCase()) || /ly$/iu.test(first)) return true;
  if (maybeTier(t) !== void 0) return true;
  NEXT_WORD.lastIndex = first.length;
  const next = NEXT_WORD.exec(t);
  if (next === null) return false;
  if (POSTPOSED_FIRST.has(next[1].toLowerCase()) && POSTPOSED.test(t)) return true;
  return opensStatus(next[1]) && !NEGATION.test(first) && bucketStatus(t) !== void 0;
}
function classifyUnit(text2, legend) {
  return classify(text2, legend, 0, true);
}
function classifyUnitUnled(text2, legend) {
  return classify(text2, legend, 0, false);
}
var MAX_NESTING = 3;
var OTHER_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0E50-\u0E59]/u;
var OTHER_DIGITS = new RegExp(OTHER_DIGIT.source, "gu");
var DIGIT_ZEROS = [1632, 1776, 2406, 3664];
function asciiDigit(d) {
  const c = d.charCodeAt(0);
  const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9) ?? c;
  return String(c - zero);
}
var FULL_WIDTH = /[\uFF0E\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
var FULL_WIDTHS = new RegExp(FULL_WIDTH.source, "gu");
function halfWidth(c) {
  return String.fromCharCode(c.charCodeAt(0) - 65248);
}
function classify(text2, legend, depth, lead = true) {
  if (depth > MAX_NESTING) return void 0;
  const keycaps = text2.includes("⃣") ? text2.replace(/(\d)\uFE0F?\u20E3\s*/gu, "$1. ") : text2;
  const keyed = OTHER_DIGIT.test(keycaps) ? keycaps.replace(OTHER_DIGITS, asciiDigit) : keycaps;
  const t = unbold(stripDecoration(FULL_WIDTH.test(keyed) ? keyed.replace(FULL_WIDTHS, halfWidth) : keyed));
  const bracket = t.startsWith("[") ? BRACKETED_LABEL.exec(t) : null;
  if (bracket) {
    const inner = classify(bracket[1], legend, depth + 1);
    return inner?.kind === "strong" ? { ...inner, whole: t.length === bracket[0].trimEnd().length } : seriesLabel(t.slice(bracket[0].length), legend);
  }
  if (!t || !mayBeLabel(t)) return prefixedLabel(t, legend, depth) ?? seriesLabel(t, legend);
  const whole = (m2) => t.slice(m2.length).replace(/[\s:：.)\]—–-]+/gu, "") === "";
  let m = KEYWORD_RE.exec(t);
  if (m && !(/^[a-z]+$/iu.test(m[2]) && m[2] !== m[2].toUpperCase() && NUMBER_WORDS[m[2].toLowerCase()] === void 0) && !/^\s+\p{Ll}/u.test(t.slice(m[0].length)))
    return { kind: "strong", id: keywordId(m[1], m[2]), family: m[1].toLowerCase(), whole: whole(m[0]) };
  const byWord = numberedByWord(t);
  if (byWord) return { kind: "strong", id: keywordId(byWord.word, byWord.num), family: byWord.word.toLowerCase(), whole: whole(t.slice(0, byWord.end)) };
  m = NAMED_UNIT.exec(t);
  if (m) {
    const name = (t.slice(m[0].length).split(/\s*[([（]|\s+[-—–]\s|\s*\p{Extended_Pictographic}/u, 1)[0] ?? "").trim();
    if (name) return { kind: "strong", id: `${m[1].charAt(0).toUpperCase()}${m[1].slice(1).toLowerCase()}: ${name}`, family: m[1].toLowerCase(), whole: false };
  }
  m = CJK_QUARTER_RE.exec(t);
  if (m && (m[2] !== void 0 || m[1] !== void 0)) {
    const q = (m[2] ?? m[3] ?? "").replace(/[一二三四]/gu, hanNumber).replace(/\s*[-~–]\s*/u, "-").replace(/^Q/u, "");
    return { kind: "strong", id: `${m[1] ? `${m[1]} ` : ""}Q${q}`, family: "quarter", whole: whole(m[0]) };
  }
  m = CJK_MONTH_RE.exec(t);
  if (m) return { kind: "strong", id: m[1] ? `${m[1]}-${m[2].padStart(2, "0")}` : `${Number(m[2])}${m[3]}`, family: "month", whole: whole(m[0]) };
  m = CJK_RE.exec(t);
  if (m) {
    const word = m[2] ?? m[3] ?? "";
    const num = m[1] ?? m[4] ?? "";
    return { kind: "strong", id: /^(?:\d+(?:\.\d+)*|[A-Z]|[IVX]{1,4})$/.test(num) ? `${word} ${num}` : m[0], family: word, whole: whole(m[0]) };
  }
  m = CJK_NUM_FIRST.exec(t);
  if (m) return { kind: "strong", id: `${m[2]} ${hanNumber(m[1])}`, family: m[2], whole: whole(m[0]) };
  m = MCODE.exec(t);
  if (m) return { kind: "strong", id: normaliseId(m[1]), family: "m", whole: whole(m[0]) };
  m = PTIER.exec(t);
  if (m) return { kind: "strong", id: m[1], family: "p", whole: whole(m[0]) };
  m = DATE_RANGE.exec(t);
  if (m) return { kind: "strong", id: `${m[1]}-${m[2]}`, family: "date", whole: whole(m[0]) };
  m = VERSION.exec(t);
  if (m) return { kind: "strong", id: m[1], family: "version", whole: whole(m[0]) };
  m = CODE.exec(t);
  if (m) return { kind: "strong", id: `${m[1]}${m[2]}`, family: `code:${m[1]}`, whole: whole(m[0]) };
  m = BARE_VERSION.exec(t);
  if (m) return { kind: "strong", id: m[1], family: "version", whole: true };
  m = MONTH.exec(t);
  if (m) return { kind: "strong", id: `${m[1].charAt(0).toUpperCase()}${m[1].slice(1).toLowerCase()} ${m[2]}`, family: "month", whole: whole(m[0]) };
  m = YEAR.exec(t);
  if (m) return { kind: "strong", id: m[1], family: "year", whole: whole(m[0]) };
  m = RELEASE_STAGE.exec(t);
  if (m) return { kind: "strong", id: m[1], family: "stage", whole: whole(m[0]) };
  m = BARE_MONTH.exec(t);
  if (m) return { kind: "strong", id: `${m[1].charAt(0).toUpperCase()}${m[1].slice(1).toLowerCase()}`, family: "month", whole: whole(m[0]) };
  m = ISO_MONTH.exec(t);
  if (m) return { kind: "strong", id: m[1], family: "month", whole: whole(m[0]) };
  m = QUARTER.exec(t);
  if (m) return { kind: "strong", id: m[0], family: "quarter", whole: whole(m[0]) };
  const prefixed = prefixedLabel(t, legend, depth) ?? (lead ? statusLed(t, legend, depth) : void 0);
  if (prefixed) return prefixed;
  if (mayBeHorizon(t)) {
    let found2;
    for (const [re, status2] of HORIZON) {
      const h = re.exec(t);
      if (h && (!found2 || h[0].length > found2.h[0].length) && shortHead(t.slice(h[0].length), legend)) found2 = { h, status: status2 };
    }
    if (found2) return { kind: "horizon", family: "horizon", status: found2.status, whole: whole(found2.h[0]) };
  }
  const tier = maybeTier(t);
  if (tier) return tier;
  const b = bucketStatus(t, legend);
  if (b) return { kind: "bucket", family: "bucket", status: b, whole: false };
  m = NUMBERED2.exec(t);
  if (m) {
    const inner = classify(t.slice(m[0].length), legend, depth + 1);
    if (inner?.kind === "strong" && !(inner.family === "stage" && RELEASE_STAGE.test(t.slice(m[0].length)))) return { ...inner, whole: false };
    return { kind: "numbered", id: m[1], family: "numbered", whole: false, ...inner?.kind === "horizon" && inner.status ? { status: inner.status } : {} };
  }
  return seriesLabel(t, legend);
}
function prefixedLabel(t, legend, depth) {
  let m = QUALIFIED.exec(t);
  if (m) {
    const inner2 = classify(t.slice(m[0].length), legend, depth + 1);
    if (inner2?.kind === "strong") return { ...inner2, whole: false };
  }
  m = RELATIVE.exec(t);
  const inner = m ? classify(t.slice(m[0].length), legend, depth + 1) : void 0;
  return inner?.kind === "strong" && inner.whole ? { kind: "horizon", family: "horizon", whole: false } : void 0;
}
var LED_SEPARATOR = /^\s*(?:[:：—–|·]|\s-\s)\s*/u;
var CJK_UNIT_NOUNS = [...CJK_FORMS.zh.before, ...CJK_FORMS.ja.before, ...CJK_FORMS.ko.before, "バージョン", "버전"];
var LED_NOUN = new RegExp(String.raw`^\s*(?:${alternation([...KEYWORDS, ...CJK_UNIT_NOUNS])})(?:s|es)?(?![\p{L}])`, "iu");
var unitNounIn;
function namesUnitKind(text2) {
  unitNounIn ??= new RegExp(String.raw`(?<![\p{L}])(?:${alternation(KEYWORDS.filter((k) => LATIN_WORD.test(k)))})(?:s|es)?(?![\p{L}])|${alternation(CJK_UNIT_NOUNS)}`, "iu");
  return unitNounIn.test(text2);
}
function statusLed(t, legend, depth) {
  const s = findStatuses(t, legend)[0];
  if (!s || s.start > 0) return void 0;
  let rest = t.slice(s.end);
  rest = rest.slice(LED_NOUN.exec(rest)?.[0].length ?? 0);
  const sep = LED_SEPARATOR.exec(rest);
  if (!sep) return void 0;
  const inner = classify(rest.slice(sep[0].length), legend, depth + 1);
  return inner?.kind === "strong" ? { ...inner, whole: false, led: true } : void 0;
}
function seriesLabel(t, legend) {
  const c = t.charAt(0);
  if (t.length < 5 || c === c.toLowerCase()) return void 0;
  const own = SERIES.exec(t);
  if (!own || NOT_SERIES.test(own[1]) || MONTH_WORD.test(own[1]) || readStatusText(own[1], legend)) return void 0;
  return { kind: "numbered", id: `${own[1]} ${own[2]}`, family: `w:${own[1].toLowerCase()}`, whole: false };
}
var HEAD_END = /(?<!\s)\s*[:：—–|]|(?<!\s)\s+-\s/u;
function horizonHead(text2, legend) {
  const t = unbold(stripDecoration(text2));
  const cut = HEAD_END.exec(t);
  const whole = cut ? t.slice(0, cut.index) : t;
  if (whole.length > 120) return void 0;
  const head = whole.replace(/\s*[(（][^)）]*[)）]\s*$/u, "").trim();
  if (!head || head.length > 40) return void 0;
  const label = classifyUnit(head, legend);
  return label?.kind === "horizon" && label.whole ? label : void 0;
}
function idNumber(id) {
  const m = /(\d+(?:\.\d+)*[a-z]?)\s*$/iu.exec(id);
  return m ? m[1].toLowerCase().replace(/\d+/gu, (d) => String(Number(d))) : void 0;
}
var LABEL_HEAD = /^[\s:：.)\]—–|-]+/u;
function labelRest(text2) {
  const t = unbold(stripDecoration(text2));
  const m = KEYWORD_RE.exec(t) ?? MCODE.exec(t) ?? PTIER.exec(t) ?? VERSION.exec(t) ?? CODE.exec(t) ?? NUMBERED2.exec(t);
  const rest = m ? t.slice(m[0].length) : t;
  return rest.replace(LABEL_HEAD, "").normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/gu, " ").trim();
}
function afterLabel(text2) {
  const t = text2.trim();
  const m = KEYWORD_RE.exec(t) ?? MCODE.exec(t) ?? PTIER.exec(t) ?? CODE.exec(t);
  if (!m) return "";
  const sep = /^\s*[:：—–·-]+\s+|^\s*[:：]\s*|^\s*——\s*/u.exec(t.slice(m[0].length));
  return sep ? t.slice(m[0].length + sep[0].length).trim() : "";
}
var TRAILING_VERSION = /\s(v?\d+(?:\.\d+)+)$/u;
function trailingVersion(id) {
  return TRAILING_VERSION.exec(id)?.[1];
}
var VERSION_ID = /^v?\d+(?:\.\d+)+$/iu;
function versionForms(v) {
  const bare = v.replace(/^v/iu, "");
  let short = bare.replace(/(?:\.0)+$/u, "");
  if (!short.includes(".")) short = `${short}.0`;
  const forms = /* @__PURE__ */ new Set([bare, short, `${short}.0`, `${short}.0.0`, `${bare}.x`]);
  return [...forms].flatMap((f) => [f, `v${f}`]);
}
function sameRelease(a, id) {
  const b = VERSION_ID.test(id) ? id : trailingVersion(id) ?? "";
  if (!VERSION_ID.test(a) || !VERSION_ID.test(b)) return false;
  const forms = new Set(versionForms(b).map((f) => f.toLowerCase()));
  return versionForms(a).some((f) => forms.has(f.toLowerCase()));
}

// src/parse/freeform/outline.ts
function isBucket(h) {
  return !h.excluded && !h.title && (h.label?.kind === "bucket" || h.label?.kind === "horizon");
}
function buildOutline(doc, legend) {
  const headings = [];
  const owner = new Array(doc.blocks.length);
  const stack = [];
  let titled = false;
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === "heading") {
      while (stack.length > 0 && headings[stack[stack.length - 1]].node.level >= b.level) {
        const closed = headings[stack.pop()];
        closed.end = i;
        closed.endLine = b.line;
      }
      const text2 = inlineText(b.raw);
      const label = classifyUnit(text2, legend);
      const parent = stack.length > 0 ? headings[stack[stack.length - 1]] : void 0;
      const kind = sectionKind(text2);
      headings.push({
        idx: i,
        node: b,
        text: text2,
        parent: stack.length > 0 ? stack[stack.length - 1] : -1,
        end: blocks.length,
        endLine: doc.lines.count,
        label,
        excluded: kind !== void 0,
        hard: (parent?.hard ?? false) || kind === "hard",
        title: b.level === 1 && !titled
      });
      if (b.level === 1) titled = true;
      stack.push(headings.length - 1);
    }
    owner[i] = stack.length > 0 ? stack[stack.length - 1] : -1;
  }
  withNamedLabels(headings, legend);
  withoutLoneLeads(headings, legend);
  return { headings, owner };
}
function withoutLoneLeads(headings, legend) {
  const led = /* @__PURE__ */ new Map();
  const plain = /* @__PURE__ */ new Set();
  headings.forEach((h, k) => {
    if (h.label?.kind !== "strong") return;
    const at = `${h.parent}:${h.node.level}`;
    if (!h.label.led) plain.add(at);
    else {
      const list3 = led.get(at);
      if (list3) list3.push(k);
      else led.set(at, [k]);
    }
  });
  for (const [at, list3] of led) {
    if (plain.has(at)) continue;
    for (const k of list3) {
      const h = headings[k];
      const label = classifyUnitUnled(h.text, legend);
      headings[k] = label ? { ...h, label } : { ...h, label: void 0 };
    }
  }
}
var FIRST_TOKEN = /^\S+\s+/u;
function withNamedLabels(headings, legend) {
  const groups = /* @__PURE__ */ new Map();
  const siblings = /* @__PURE__ */ new Map();
  headings.forEach((h, k) => {
    const at = `${h.parent}:${h.node.level}`;
    siblings.set(at, (siblings.get(at) ?? 0) + 1);
    if (h.label?.kind === "strong" || h.title || h.excluded) return;
    const first = FIRST_TOKEN.exec(h.text);
    if (!first) return;
    const key = `${h.parent}:${h.node.level}:${first[0].trimEnd()}`;
    const list3 = groups.get(key);
    if (list3) list3.push(k);
    else groups.set(key, [k]);
  });
  for (const list3 of groups.values()) {
    if (list3.length < 2) continue;
    let prefix = headings[list3[0]].text;
    for (const k of list3) {
      const t = headings[k].text;
      let n = 0;
      while (n < prefix.length && n < t.length && prefix[n] === t[n]) n++;
      prefix = prefix.slice(0, n);
    }
    const cut = prefix.search(/\s\S*$/u);
    prefix = cut > 0 ? prefix.slice(0, cut + 1) : prefix.endsWith(" ") ? prefix : "";
    if (!prefix.trim() || prefix.length > 40 || readStatusText(prefix, legend)) continue;
    const labels = list3.map((k) => classifyUnit(headings[k].text.slice(prefix.length), legend));
    const strong = labels.filter((l) => l?.kind === "strong").length;
    const h0 = headings[list3[0]];
    if (strong < 2 || strong * 2 <= (siblings.get(`${h0.parent}:${h0.node.level}`) ?? 0)) continue;
    list3.forEach((k, i) => {
      const l = labels[i];
      if (l?.kind === "strong") headings[k] = { ...headings[k], label: { ...l, whole: false } };
    });
  }
}
function inHardExcluded(outline, idx) {
  const o = outline.owner[idx] ?? -1;
  return o >= 0 && outline.headings[o].hard;
}
function scopeOf(outline, h) {
  let p = h;
  while (p >= 0 && isBucket(outline.headings[p])) p = outline.headings[p].parent;
  return p;
}
function bucketAbove(outline, h) {
  let p = h;
  while (p >= 0) {
    const head = outline.headings[p];
    if (isBucket(head) && head.label?.status) return head;
    p = head.parent;
  }
  return void 0;
}
var siblingCache = /* @__PURE__ */ new WeakMap();
function siblingsAt(outline, parent, level) {
  let map = siblingCache.get(outline);
  if (!map) {
    const lists = /* @__PURE__ */ new Map();
    outline.headings.forEach((h, k) => {
      const key = `${h.parent}:${h.node.level}`;
      const list3 = lists.get(key);
      if (list3) list3.push(k);
      else lists.set(key, [k]);
    });
    map = /* @__PURE__ */ new Map();
    for (const [key, list3] of lists) {
      const pos = /* @__PURE__ */ new Map();
      let buckets = 0;
      list3.forEach((k, i) => {
        pos.set(k, i);
        if (isBucket(outline.headings[k])) buckets++;
      });
      map.set(key, { list: list3, pos, buckets });
    }
    siblingCache.set(outline, map);
  }
  return map.get(`${parent}:${level}`) ?? { list: [], pos: /* @__PURE__ */ new Map(), buckets: 0 };
}

// src/parse/freeform/lead-in.ts
var LEAD_IN_MAX_WORDS = 6;
var adjectives;
function isAdjective(word) {
  adjectives ??= new Set(
    [
      ...["current", "now", "next", "later", "future", "active", "live", "ok", "idea", "ideas", "research", "continuous", "ongoing", "open"],
      ...["ideia", "ideias", "idée", "idées", "idee", "ideen", "идеи", "pomysły", "futuro", "futur", "next up", "up next"],
      ...wordsOf(HORIZON_WORDS.now),
      ...wordsOf(HORIZON_WORDS.next),
      ...wordsOf(HORIZON_WORDS.later)
    ].map((w) => w.toLowerCase())
  );
  return adjectives.has(word.toLowerCase());
}
function leadInStatusText(text2, legend) {
  if (!/[:：]$/u.test(text2) || text2.split(/\s+/u).length > LEAD_IN_MAX_WORDS) return void 0;
  const s = readStatusText(text2, legend);
  if (!s || s.kind !== "word" || s.start !== 0 || s.value === "unknown") return void 0;
  return isAdjective(text2.slice(s.start, s.end)) ? void 0 : s;
}
function leadInOf(b, legend) {
  return b.endLine - b.line === 1 ? leadInStatusText(inlineText(b.raw), legend) : void 0;
}

// src/parse/freeform/extend.ts
function hasTasks(doc, outline, k) {
  const h = outline.headings[k];
  for (let i = h.idx + 1; i < h.end && i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.type === "item" && /^\[[ xX]\]\s/u.test(b.raw)) return true;
  }
  return false;
}
function withLeadingStep(doc, outline, g) {
  if (!doc || g.carrier !== "heading" || g.units.length < 2) return g;
  const firstK = g.units[0].heading;
  const first = outline.headings[firstK];
  let k = firstK - 1;
  while (k >= 0 && outline.headings[k].parent !== first.parent && k > first.parent) k--;
  if (k < 0 || k <= first.parent) return g;
  const h = outline.headings[k];
  if (h.parent !== first.parent || h.node.level !== first.node.level || h.label || h.excluded || h.hard || h.title || POOL.test(h.text)) return g;
  if (!hasTasks(doc, outline, firstK) || !hasTasks(doc, outline, k)) return g;
  return { ...g, units: [{ carrier: "heading", idx: h.idx, heading: k }, ...g.units] };
}
function withOffLevelFirst(outline, g) {
  if (g.carrier !== "heading" || g.units.length < 2) return g;
  const u = g.units[0];
  const first = outline.headings[u.heading];
  const n = /^\d+$/u.test(idNumber(u.label?.id ?? "") ?? "") ? Number(idNumber(u.label.id)) : Number.NaN;
  if (!(n >= 1) || u.label?.family === void 0) return g;
  for (let k = u.heading - 1, seen = 0; k >= 0 && seen < 64; k--, seen++) {
    const h = outline.headings[k];
    if (h.idx < first.idx && h.end !== first.idx && k !== first.parent) continue;
    if (h.label?.kind !== "strong" || h.label.family !== u.label.family) continue;
    if (h.node.level === first.node.level || h.hard || h.excluded || idNumber(h.label.id ?? "") !== String(n - 1)) return g;
    return { ...g, units: [{ carrier: "heading", idx: h.idx, heading: k, label: h.label }, ...g.units] };
  }
  return g;
}
function tableShape(doc, outline, k) {
  const h = outline.headings[k];
  for (let i = h.idx + 1; i < h.end && i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.type === "heading") return void 0;
    if (b.type === "table") return headerNames(b).join("|").toLowerCase();
  }
  return void 0;
}
function withLikeTables(doc, outline, g) {
  if (g.carrier !== "heading" || g.units.length < 2) return g;
  const parent = outline.headings[g.units[0].heading].parent;
  const level = outline.headings[g.units[0].heading].node.level;
  if (!g.units.every((u) => outline.headings[u.heading].parent === parent)) return g;
  const shapes = /* @__PURE__ */ new Set();
  for (const u of g.units) {
    const shape = tableShape(doc, outline, u.heading);
    if (shape === void 0) return g;
    shapes.add(shape);
  }
  if (shapes.size !== 1) return g;
  const members = new Set(g.units.map((u) => u.heading));
  const extra = [];
  for (const k of childrenOf(outline, parent)) {
    const h = outline.headings[k];
    if (members.has(k) || h.node.level !== level || h.label || h.excluded || h.hard || h.title || POOL.test(h.text)) continue;
    if (shapes.has(tableShape(doc, outline, k) ?? "")) extra.push({ carrier: "heading", idx: h.idx, heading: k });
  }
  return extra.length === 0 ? g : { ...g, units: [...g.units, ...extra].sort((a, b) => a.idx - b.idx) };
}
var childLists = /* @__PURE__ */ new WeakMap();
function childrenOf(outline, k) {
  let map = childLists.get(outline);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    outline.headings.forEach((h, j) => {
      const list3 = map.get(h.parent);
      if (list3) list3.push(j);
      else map.set(h.parent, [j]);
    });
    childLists.set(outline, map);
  }
  return map.get(k) ?? [];
}
var unlabelledCache = /* @__PURE__ */ new WeakMap();
var MAX_UNLABELLED = 64;
function unlabelledSiblings(outline, parent, level) {
  let map = unlabelledCache.get(outline);
  if (!map) unlabelledCache.set(outline, map = /* @__PURE__ */ new Map());
  const key = `${parent}:${level}`;
  let list3 = map.get(key);
  if (!list3) {
    const found2 = siblingsAt(outline, parent, level).list.filter((k) => {
      const h = outline.headings[k];
      return !h.label && !h.excluded && !h.hard && !h.title && !POOL.test(h.text);
    });
    list3 = found2.length > MAX_UNLABELLED ? [] : found2;
    map.set(key, list3);
  }
  return list3;
}
function withLikeSiblings(outline, g) {
  if (g.carrier !== "heading" || g.units.length < 2) return g;
  const parent = outline.headings[g.units[0].heading].parent;
  const level = outline.headings[g.units[0].heading].node.level;
  if (!g.units.every((u) => outline.headings[u.heading].parent === parent)) return g;
  const families = /* @__PURE__ */ new Set();
  const members = /* @__PURE__ */ new Set();
  for (const u of g.units) {
    members.add(u.heading);
    for (const c of childrenOf(outline, u.heading)) {
      const l = outline.headings[c].label;
      if (l && (l.kind === "strong" || l.kind === "numbered") && l.family !== "numbered") families.add(l.family);
    }
  }
  if (families.size === 0) return g;
  const extra = [];
  for (const k of unlabelledSiblings(outline, parent, level)) {
    if (members.has(k)) continue;
    if (childrenOf(outline, k).some((c) => families.has(outline.headings[c].label?.family ?? ""))) extra.push({ carrier: "heading", idx: outline.headings[k].idx, heading: k });
  }
  return extra.length === 0 ? g : { ...g, units: [...g.units, ...extra].sort((a, b) => a.idx - b.idx) };
}
var featureCache = /* @__PURE__ */ new WeakMap();
function withBuckets(outline, g, doc) {
  if (g.carrier !== "heading") return g;
  const holders = /* @__PURE__ */ new Set();
  for (const u of g.units) {
    const p = outline.headings[u.heading].parent;
    if (p < 0 || !isBucket(outline.headings[p])) return g;
    holders.add(p);
  }
  const one = outline.headings[[...holders][0]];
  if (![...holders].every((p) => outline.headings[p].parent === one.parent && outline.headings[p].node.level === one.node.level)) return g;
  const { list: siblings, pos } = siblingsAt(outline, one.parent, one.node.level);
  let memo = doc ? featureCache.get(outline) : /* @__PURE__ */ new Map();
  if (!memo) featureCache.set(outline, memo = /* @__PURE__ */ new Map());
  const feature = (k) => {
    let f = memo.get(k);
    if (f === void 0) memo.set(k, f = isFeatureBucket(k));
    return f;
  };
  const isFeatureBucket = (k) => {
    const h = outline.headings[k];
    if (!isBucket(h) || h.hard || POOL.test(h.text) || h.label?.status === "cancelled") return false;
    for (let j = k + 1; j < outline.headings.length && outline.headings[j].idx < h.end; j++) if (outline.headings[j].parent === k && outline.headings[j].label?.kind === "strong") return false;
    return doc ? holdsContent(doc, h, true) : true;
  };
  const extra = [];
  const take = (k) => {
    extra.push({ carrier: "heading", idx: outline.headings[k].idx, heading: k, label: outline.headings[k].label });
  };
  const at = new Set(holders);
  for (const i of [...holders].map((k) => pos.get(k)).sort((a, b) => a - b)) {
    for (let j = i - 1; j >= 0 && !at.has(siblings[j]) && feature(siblings[j]); j--) {
      at.add(siblings[j]);
      take(siblings[j]);
    }
    for (let j = i + 1; j < siblings.length && !at.has(siblings[j]) && feature(siblings[j]); j++) {
      at.add(siblings[j]);
      take(siblings[j]);
    }
  }
  return extra.length === 0 ? g : { ...g, units: [...g.units, ...extra].sort((a, b) => a.idx - b.idx) };
}
var POOL = /(?<![\p{L}])(?:ideas?|features?|wish(?:es|list)?|backlog|parking|requests?|suggestions?|visions?|directions?|research|explorations?|considerations?|thoughts|ideias|idées|ideen|idee|идеи|pomysły|fikirler|visión|visão|visione|visie|vize|vizyon|wizja|видение|бачення)(?![\p{L}])|想法|点子|构想|愿景|願景|アイデア|アイディア|ビジョン|아이디어|비전/iu;
function withHorizons(outline, g, doc) {
  if (g.carrier !== "heading" || g.units.length < 2) return g;
  const first = outline.headings[g.units[0].heading];
  const parent = first.parent;
  const level = first.node.level;
  if (!g.units.every((u) => outline.headings[u.heading].parent === parent)) return g;
  const joins = (k) => {
    const h = outline.headings[k];
    return h.label?.kind === "horizon" && h.label.status !== "in_progress" && !h.excluded && !h.hard && !POOL.test(h.text);
  };
  const before = [];
  if (g.units.every((u) => u.label?.family === "version")) {
    for (let k = g.units[0].heading - 1; k >= 0; k--) {
      const h = outline.headings[k];
      if (h.parent !== parent) {
        if (h.node.level <= level) break;
        continue;
      }
      const release = h.node.level === level && !h.hard ? releaseHorizon(h) : void 0;
      if (!release || g.units.some((u) => sameRelease(release.id, u.label?.id ?? "")) || doc && !holdsContent(doc, h)) break;
      before.unshift({ carrier: "heading", idx: h.idx, heading: k, label: release });
    }
  }
  const after = [];
  for (let k = g.units[g.units.length - 1].heading + 1; k < outline.headings.length; k++) {
    const h = outline.headings[k];
    if (h.parent !== parent) {
      if (h.node.level <= level) break;
      continue;
    }
    if (h.node.level !== level || !joins(k)) break;
    after.push({ carrier: "heading", idx: h.idx, heading: k, label: h.label });
  }
  return after.length === 0 && before.length === 0 ? g : { ...g, units: [...before, ...g.units, ...after] };
}
function boldLead(raw) {
  if (!raw.startsWith("**") && !raw.startsWith("__")) return void 0;
  const end = raw.indexOf(raw.slice(0, 2), 2);
  return end > 2 && end <= 120 ? raw.slice(2, end) : void 0;
}
function holdsContent(doc, h, named = false) {
  for (let i = h.idx + 1; i < h.end && i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.type === "item" || b.type === "table" || b.type === "heading" || named && b.type === "paragraph" && boldLead(b.raw) !== void 0) return true;
  }
  return false;
}

// src/parse/freeform/candidates.ts
function unitNouns() {
  return alternation(new Set(["phase", "milestone", "release", "sprint"].flatMap((c) => wordsOf(UNIT_WORDS[c]))));
}
var ID_HEADER = /^(?:#|no\.?|nr\.?|n[°º]|id|key|milestones?|phases?|stages?|steps?|sprints?|releases?|versions?|versión|versão|version|fase|etapa|item|tier|priority|priorité|prioridad|里程碑|阶段|版本|quarter|horizon|when)$/iu;
function idColumn(table2) {
  const at = headerNames(table2).findIndex((h) => ID_HEADER.test(h));
  return at >= 0 ? at : 0;
}
function listKey(outline, item, i) {
  return `${item.parent?.line ?? -1}:${outline.owner[i] ?? -1}:${item.depth}`;
}
var rowLabels = /* @__PURE__ */ new WeakMap();
function rowLabel(table2, row, legend) {
  let cache3 = rowLabels.get(table2);
  if (!cache3) {
    cache3 = [];
    rowLabels.set(table2, cache3);
  }
  let label = cache3[row];
  if (label === void 0) {
    label = readRowLabel(table2, row, legend) ?? null;
    cache3[row] = label;
  }
  return label ?? void 0;
}
var MANY_UNITS = /^[\d.]+\s*(?:[,&]|\+\s*\d|and\s)/u;
var NUMBER_HEADER = /^(?:#|№|n[or]|n[º°])\.?$/iu;
var BORROWED_FAMILIES = /* @__PURE__ */ new Set(["phase", "stage", "step", "sprint", "iteration"]);
var borrowedHeaders = /* @__PURE__ */ new WeakMap();
function numberHeader(table2, row, col, legend) {
  const own = headerNames(table2)[col] ?? "";
  let next = borrowedHeaders.get(table2);
  if (next === void 0) {
    const beside = headerNames(table2)[col + 1] ?? "";
    const family = NUMBER_HEADER.test(own) && /^\p{L}+$/u.test(beside) ? classifyUnit(`${beside} 1`, legend)?.family : void 0;
    next = family !== void 0 && BORROWED_FAMILIES.has(family) ? beside : null;
    borrowedHeaders.set(table2, next);
  }
  if (next === null || classifyUnit(inlineText(table2.rows[row]?.cells[col + 1] ?? ""), legend)?.kind === "strong") return own;
  return next;
}
function readRowLabel(table2, row, legend) {
  const col = idColumn(table2);
  const cell2 = inlineText(table2.rows[row]?.cells[col] ?? "");
  if (!cell2) return void 0;
  const header = numberHeader(table2, row, col, legend);
  if (/^\d/u.test(cell2) && /^\p{L}+$/u.test(header) && !MANY_UNITS.test(cell2)) {
    const composed = classifyUnit(`${header} ${cell2}`, legend);
    if (composed?.kind === "strong") return { ...composed, whole: /^\d+(?:\.\d+)*\.?$/u.test(cell2) };
  }
  const label = classifyUnit(cell2, legend);
  if (label && (label.kind === "strong" || label.kind === "numbered")) return label;
  if (label?.kind === "horizon") {
    const h = horizonHead(cell2, legend);
    if (h) return { ...h, whole: false };
  }
  if (/^\d{1,4}$/u.test(cell2) && headerNames(table2).some((h) => STATUS_COLUMN.test(h)))
    return { kind: "numbered", id: cell2, family: "numbered", whole: true };
  return void 0;
}
var MEANING_HEADER = /^(?:meaning|meanings|significado|signification|bedeutung|significato|betekenis|betydelse|betydning|znaczenie|значение|значення|含义|含義|意味|意義|의미|ý nghĩa|anlamı?|arti|význam|merkitys|σημασία|jelentés|semnificație|المعنى|משמעות|अर्थ|ความหมาย|معنی)$/iu;
function legendTable(table2, legend) {
  const names = headerNames(table2);
  if (!names.some((h) => MEANING_HEADER.test(h))) return false;
  return names.length === 2 || !table2.rows.some((_, r) => rowLabel(table2, r, legend)?.kind === "strong");
}
var STATUS_COLUMN = /^(?:status|state|estado|statut|stato|stand|статус|состояние|状态|状態|상태)$/iu;
var titles = /* @__PURE__ */ new WeakMap();
function itemTitle(item) {
  let t = titles.get(item);
  if (t === void 0) {
    const first = item.raw.split("\n", 1)[0] ?? "";
    t = inlineText(first.replace(/^\[[ xX]\]\s*/u, ""));
    titles.set(item, t);
  }
  return t;
}
function quickTitle(raw) {
  const first = (raw.split("\n", 1)[0] ?? "").slice(0, 120);
  return first.replace(/^\[[ xX]\]\s*/u, "").replace(/\]\([^)]*\)/gu, "").replace(/[*_`~[\]\\]/gu, "");
}
var itemLabels = /* @__PURE__ */ new WeakMap();
function itemLabel(item, legend) {
  let label = itemLabels.get(item);
  if (label === void 0) {
    const quick = quickTitle(item.raw);
    const first = classifyUnit(quick, legend) ?? (item.raw.startsWith("[") && !/^\[[ xX]\]/u.test(item.raw) ? classifyUnit(itemTitle(item), legend) : void 0);
    if (!first) label = null;
    else {
      const title = itemTitle(item);
      label = (title === quick.trim() ? first : classifyUnit(title, legend)) ?? null;
    }
    itemLabels.set(item, label);
  }
  return label ?? void 0;
}
function add(map, key, make, unit) {
  let g = map.get(key);
  if (!g) {
    g = make();
    map.set(key, g);
  }
  g.units.push(unit);
}
function splitRuns(g) {
  const runs = [];
  let cur = [];
  let seen = /* @__PURE__ */ new Set();
  for (const u of g.units) {
    const id = u.label?.id;
    if (id !== void 0 && seen.has(id)) {
      runs.push({ ...g, units: cur });
      cur = [];
      seen = /* @__PURE__ */ new Set();
    }
    if (id !== void 0) seen.add(id);
    cur.push(u);
  }
  runs.push({ ...g, units: cur });
  if (runs.some((r) => r.units.length < 2)) return g.units.length >= 2 ? [g] : [];
  return runs;
}
var STATUS_LINE = new RegExp(`^(?:${STATUS_KEYS.join("|")})\\s*[:：]`, "iu");
var TODO_LEAD = /^(?:todo|to do|to-do)\b/iu;
function statusLine(doc, idx, end, legend) {
  const b = doc.blocks[idx + 1];
  if (b?.type !== "paragraph" || b.item) return false;
  const first = inlineText(b.raw.split("\n", 1)[0] ?? "");
  if (STATUS_LINE.test(first)) return readStatusText(first.slice(first.search(/[:：]/u) + 1), legend) !== void 0;
  const lead = leadInOf(b, legend);
  if (!lead || TODO_LEAD.test(first)) return false;
  for (let i = idx + 2; i < end; i++) {
    const c = doc.blocks[i];
    const other = c.type === "paragraph" && !c.item ? leadInOf(c, legend)?.value : void 0;
    if (other !== void 0 && other !== lead.value) return false;
  }
  return true;
}
var TIME_WINDOW = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${[...new Set(["week", "month", "sprint"].flatMap((c) => wordsOf(UNIT_WORDS[c])))].sort((a, b) => b.length - a.length).join("|")}|days?|wks?)s?\s*\d+(?:\s*[-–—~]\s*\d+)?|(?<!\d)\d+(?:\s*[-–—~]\s*\d+)?\s*(?:weeks?|months?|days?|wks?|semanas?|meses|semaines|mois|wochen|monate)|Q[1-4](?:\s*[-–—/]\s*Q?[1-4])?(?:\s*'?(?:19|20)?\d{2})?|H[12]\s*(?:19|20)\d{2}|(?<!\d)(?:19|20)\d{2}[-/.](?:0[1-9]|1[0-2]))(?![\p{L}])|第\s*\d+\s*[周週]|(?<!\d)\d+\s*(?:주차|週目)`,
  "iu"
);
var MONTH_SET = new Set(wordsOf(MONTH_NAMES).map((m) => m.toLowerCase()));
var DIGIT = /[0-9]/u;
var MONTH_YEAR = /(?<![\p{L}])([\p{L}]{3,12})\.?\s+(?:19|20)\d{2}(?![\p{L}\p{N}])/gu;
function timed(text2) {
  if (!DIGIT.test(text2)) return false;
  if (TIME_WINDOW.test(text2)) return true;
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(text2); m !== null; m = MONTH_YEAR.exec(text2)) if (MONTH_SET.has(m[1].toLowerCase())) return true;
  return false;
}
function trackedHeadings(doc, outline, legend) {
  const runs = /* @__PURE__ */ new Map();
  outline.headings.forEach((h, k) => {
    if (h.label || h.hard || h.excluded || h.title) return;
    const parent = h.parent >= 0 ? outline.headings[h.parent] : void 0;
    if (parent && isBucket(parent)) return;
    const key = `${h.parent}:${h.node.level}`;
    const run2 = runs.get(key);
    if (run2) run2.push(k);
    else runs.set(key, [k]);
  });
  const out = [];
  for (const run2 of runs.values()) {
    if (run2.length < 2) continue;
    const deco = decorationOf(run2.map((k) => outline.headings[k].text), legend);
    let stated2 = 0;
    let timedCount = 0;
    for (const k of run2) {
      const h = outline.headings[k];
      if (headingStatus(h.text, legend, deco) || doc && statusLine(doc, h.idx, h.end, legend)) stated2++;
      if (timed(h.text)) timedCount++;
    }
    if ((stated2 < 2 || stated2 * 2 <= run2.length) && (timedCount < 2 || timedCount * 2 <= run2.length)) continue;
    const first = outline.headings[run2[0]];
    out.push({ carrier: "heading", rank: 1.5, level: first.node.level, units: run2.map((k) => ({ carrier: "heading", idx: outline.headings[k].idx, heading: k })) });
  }
  return out;
}
function bucketLevel(outline, h) {
  let level = h.node.level;
  let p = h.parent;
  while (p >= 0 && isBucket(outline.headings[p]) && !POOL.test(outline.headings[p].text)) {
    level = outline.headings[p].node.level;
    p = outline.headings[p].parent;
  }
  return level;
}
function headingGroups(outline, legend, doc) {
  const map = /* @__PURE__ */ new Map();
  const spoiled = /* @__PURE__ */ new Set();
  const versioned = /* @__PURE__ */ new Set();
  outline.headings.forEach((h) => {
    if (h.label?.kind === "strong" && h.label.family === "version" && !h.hard && !h.excluded) versioned.add(`${scopeOf(outline, h.parent)}:${h.node.level}`);
  });
  outline.headings.forEach((h, k) => {
    let label = h.label;
    if (!label) return;
    const parent = h.parent >= 0 ? outline.headings[h.parent] : void 0;
    if (label.kind === "numbered" && label.id && parent?.label?.kind === "numbered" && parent.label.id && label.id.startsWith(`${parent.label.id}.`)) return;
    if (label.kind === "numbered" && label.id && /^\d+\.\d+$/u.test(label.id) && versioned.has(`${scopeOf(outline, h.parent)}:${h.node.level}`))
      label = { ...label, kind: "strong", family: "version" };
    const cls = label.kind === "strong" ? "s" : label.kind === "numbered" ? "n" : "b";
    const rank = cls === "s" ? 3 : cls === "b" ? 2 : parent && isBucket(parent) ? 2.5 : 1;
    const nested = cls === "b" && parent !== void 0 && isBucket(parent) && siblingsAt(outline, parent.parent, parent.node.level).buckets >= 3;
    const key = nested ? `${h.parent}:${h.node.level}:${cls}:${rank}` : `${scopeOf(outline, h.parent)}:${bucketLevel(outline, h)}:${cls}:${rank}`;
    if (h.hard || h.excluded && label.kind !== "strong") {
      if (cls === "n") spoiled.add(key);
      return;
    }
    add(map, key, () => ({ carrier: "heading", units: [], rank, level: h.node.level }), { carrier: "heading", idx: h.idx, label, heading: k });
  });
  const inBuckets = [];
  outline.headings.forEach((h, k) => {
    if (h.parent < 0 || h.hard || h.excluded || h.label?.kind === "strong") return;
    const c = outline.headings[h.parent];
    if (c.hard) return;
    const key = `c:${scopeOf(outline, c.parent)}:${c.node.level}:${h.node.level}`;
    const unit = { carrier: "heading", idx: h.idx, heading: k, ...h.label ? { label: h.label } : {} };
    if (CONTAINER.test(c.text) && !isBucket(c)) add(map, key, () => ({ carrier: "heading", units: [], rank: 2.2, level: h.node.level }), unit);
    else if (isBucket(c)) inBuckets.push([key, unit]);
  });
  const joined = /* @__PURE__ */ new Set();
  for (const [key, unit] of inBuckets) {
    const g = map.get(key);
    if (!g) continue;
    g.units.push(unit);
    joined.add(key);
  }
  for (const key of joined) map.get(key).units.sort((a, b) => a.idx - b.idx);
  for (const key of spoiled) map.delete(key);
  const groups = [...map.values()].flatMap(splitRuns);
  return [
    ...groups.map(
      (g) => g.rank === 3 ? withOffLevelFirst(outline, withLeadingStep(doc, outline, withLikeSiblings(outline, withBuckets(outline, withHorizons(outline, g, doc), doc)))) : g.rank === 2 && doc ? withLikeTables(doc, outline, g) : (
        // Plain numbered steps (`## 0.1 Desktop Prerelease`, `## 2. Build`) continue into the horizons after them, as labelled ones do.
        g.rank === 1 ? withHorizons(outline, g, doc) : g
      )
    ),
    ...trackedHeadings(doc, outline, legend)
  ];
}
var UNIT_HEADER = new RegExp(String.raw`^(?:(?:${unitNouns()})(?:s|es)?|deliverables?|fasi|этапы|里程碑|阶段|版本)$`, "iu");
function unitTable(table2) {
  const names = headerNames(table2);
  const col = idColumn(table2);
  if (!UNIT_HEADER.test(names[col] ?? "") || !(col === 0 || names.some((h) => STATUS_COLUMN.test(h)))) return false;
  return !table2.rows.some((r) => MANY_UNITS.test(inlineText(r.cells[col] ?? "")));
}
var UNIT_MARK = /\b(?:19|20)\d{2}\b|\bv?\d+\.\d+|^\[[ xX]\]\s|^(?:\*\*|__)/u;
var CONTAINER = /(?<![\p{L}])(?:milestones|phases|stages|releases|sprints|iterations|meilensteine|fases|etapas|jalons|étapes|этапы|вехи|релизы)(?![\p{L}])|里程碑|阶段|マイルストーン|フェーズ|마일스톤/iu;
function namesUnits(text2) {
  return UNIT_SECTION.test(text2);
}
var UNIT_SECTION = /(?<![\p{L}])(?:milestones?|phases?|stages?|sprints?|iterations?|meilensteine?|fases?|etapas?|jalons?|étapes?|этапы?|вехи)(?![\p{L}])|里程碑|阶段|マイルストーン|フェーズ|마일스톤/iu;
var containers = /* @__PURE__ */ new WeakMap();
function container(outline, k) {
  let memo = containers.get(outline);
  if (!memo) {
    memo = /* @__PURE__ */ new Map();
    containers.set(outline, memo);
  }
  let yes = memo.get(k);
  if (yes === void 0) {
    const h = outline.headings[k];
    yes = !h.hard && !h.excluded && CONTAINER.test(h.text) && !POOL.test(h.text);
    memo.set(k, yes);
  }
  return yes;
}
function trackItem(tracked, key, idx, label, unit) {
  let t = tracked.get(key);
  if (!t) {
    t = { items: 0, unlabelled: 0, units: [] };
    tracked.set(key, t);
  }
  t.items++;
  if (!unit || label && label.kind !== "strong") return;
  if (!label) t.unlabelled++;
  t.units.push(label ? { carrier: "list", idx, label } : { carrier: "list", idx });
}
function otherGroups(doc, outline, skip, legend) {
  const map = /* @__PURE__ */ new Map();
  const series = /* @__PURE__ */ new Map();
  const named = /* @__PURE__ */ new Map();
  const unnamed = /* @__PURE__ */ new Set();
  const tracked = /* @__PURE__ */ new Map();
  const joinable = /* @__PURE__ */ new Map();
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (skip(i) || inHardExcluded(outline, i)) continue;
    const owner = outline.owner[i] ?? -1;
    if (b.type === "table" && !b.quoted) {
      if (legendTable(b, legend)) continue;
      const units = [];
      let strong = 0;
      let horizons = 0;
      b.rows.forEach((_, r) => {
        const label = rowLabel(b, r, legend);
        if (!label) return;
        if (label.kind === "strong") strong++;
        else if (label.kind === "horizon") horizons++;
        units.push({ carrier: "table", idx: i, row: r, label });
      });
      const rank = strong * 2 >= units.length ? 3 : horizons >= 2 && horizons * 2 >= units.length ? 2 : 1;
      const h = owner >= 0 ? outline.headings[owner] : void 0;
      const sig = h && units.length > 0 ? `${headerNames(b).join("|")}:${h.parent}:${h.node.level}:${rank}` : void 0;
      const prev = sig ? joinable.get(sig) : void 0;
      const joined = prev !== void 0 && prev.owner !== owner;
      if (joined) {
        for (const u of units) prev.group.units.push(u);
        prev.owner = owner;
      } else if (units.length >= 2 || sig) {
        const g = { carrier: "table", units, rank, level: 9 };
        if (units.length >= 2) map.set(`t:${i}`, g);
        if (sig) joinable.set(sig, { group: g, owner, key: `t:${i}` });
      }
      if (joined || units.length >= 2) continue;
      if (b.rows.length >= 2 && (owner >= 0 && CONTAINER.test(outline.headings[owner].text) && headerNames(b).some((h2) => ID_HEADER.test(h2)) || unitTable(b))) {
        const col = idColumn(b);
        const named2 = b.rows.flatMap((row, r) => {
          const id = inlineText(row.cells[col] ?? "");
          const whole = !UNIT_HEADER.test(headerNames(b)[col] ?? "");
          return id ? [{ carrier: "table", idx: i, row: r, label: { kind: "strong", id, family: "row", whole } }] : [];
        });
        if (named2.length >= 2) map.set(`t:${i}`, { carrier: "table", units: named2, rank: 2.2, level: 9 });
      }
    } else if (b.type === "item" && !b.quoted && b.raw) {
      const label = itemLabel(b, legend);
      const key = `l:${listKey(outline, b, i)}`;
      if (b.depth === 0) trackItem(tracked, key, i, label, (b.raw.startsWith("**") || b.raw.startsWith("__")) && (readHeadingStatus(itemTitle(b), legend) !== void 0 || timed(quickTitle(b.raw))));
      if (b.depth === 0 && owner >= 0 && container(outline, owner)) {
        add(named, key, () => ({ carrier: "list", units: [], rank: 2.2, level: 9 }), label ? { carrier: "list", idx: i, label } : { carrier: "list", idx: i });
        if (label?.kind !== "strong") unnamed.add(key);
      }
      if (label?.kind === "horizon") {
        const h = horizonHead(itemTitle(b), legend);
        if (h) add(map, `${key}:h`, () => ({ carrier: "list", units: [], rank: 2, level: 9 }), { carrier: "list", idx: i, label: h });
        continue;
      }
      if (label?.kind === "numbered" && b.depth === 0 && label.family.startsWith("w:")) {
        const inBucket = owner >= 0 && isBucket(outline.headings[owner]);
        add(series, `w:${scopeOf(outline, owner)}:${label.family}:${inBucket}`, () => ({ carrier: "list", units: [], rank: inBucket ? 2.5 : 1, level: 9 }), { carrier: "list", idx: i, label });
        continue;
      }
      if (label?.kind !== "strong") continue;
      const bucket = b.depth === 0 && owner >= 0 && isBucket(outline.headings[owner]) && !POOL.test(outline.headings[owner].text);
      add(map, bucket ? `lb:${scopeOf(outline, owner)}:${label.family}` : key, () => ({ carrier: "list", units: [], rank: 3, level: 9 }), { carrier: "list", idx: i, label });
    } else if (b.type === "paragraph" && !b.item && !b.quoted && (b.endLine - b.line <= 3 && b.raw.length <= 200 || boldLead(b.raw) !== void 0)) {
      const oneLine2 = b.endLine - b.line === 1 && b.raw.length <= 100;
      const lead = oneLine2 ? void 0 : boldLead(b.raw);
      const text2 = inlineText(oneLine2 ? b.raw : lead ?? b.raw.split("\n", 1)[0] ?? "");
      let label = classifyUnit(text2, legend);
      if (label?.kind === "horizon" && (oneLine2 || lead !== void 0)) label = horizonHead(text2, legend);
      else if (!label || label.kind !== "strong" && label.kind !== "numbered" || !oneLine2 && !(label.kind === "strong" && (label.whole || lead !== void 0))) continue;
      if (!label) continue;
      const head = owner >= 0 ? outline.headings[owner] : void 0;
      const rank = label.kind === "strong" ? 3 : label.kind === "horizon" ? 2 : head && isBucket(head) ? 2.5 : 1;
      const key = `p:${scopeOf(outline, owner)}:${rank}`;
      add(map, key, () => ({ carrier: "paragraph", units: [], rank, level: 9 }), { carrier: "paragraph", idx: i, label });
    }
  }
  for (const j of joinable.values()) if (j.group.units.length >= 2 && !map.has(j.key)) map.set(j.key, j.group);
  for (const t of tracked.values())
    if (t.unlabelled > 0 && t.units.length >= 2 && t.units.length * 2 > t.items) map.set(`tracked:${t.units[0].idx}`, { carrier: "list", units: t.units, rank: 1.5, level: 9 });
  for (const key of unnamed) {
    const g = named.get(key);
    const names = (u) => {
      const item = blocks[u.idx];
      return u.label !== void 0 || UNIT_MARK.test(item.raw.split("\n", 1)[0] ?? "") || readHeadingStatus(itemTitle(item), legend) !== void 0;
    };
    if (g.units.some(names)) map.set(`${key}:c`, g);
  }
  return [...[...map.values()].filter(countsUp).flatMap(splitRuns), ...[...series.values()].filter((g) => g.units.length >= 2)];
}
function countsUp(g) {
  if (g.carrier !== "paragraph" || g.rank !== 1) return true;
  let last = Number.NEGATIVE_INFINITY;
  for (const u of g.units) {
    const n = Number.parseFloat(u.label?.id ?? "");
    if (!Number.isFinite(n) || n <= last) return false;
    last = n;
  }
  return true;
}

// src/parse/freeform/build.ts
var STATUS_HEADER = /^(?:status|state|estado|statut|stato|stand|статус|состояние|状态|状態|상태|progress|progreso|progresso|done\??|complete\??)$/iu;
var NAME_HEADER = /^(?:name|title|feature|features|description|goal|goals|focus|scope|outcome|theme|deliverables?|what|summary|objective|nombre|título|titre|nome|beschreibung|名称|标题|内容|目标|描述|название|описание)$/iu;
var EXACT_NAME_HEADER = /^(?:name|title|nombre|título|titre|nome|titel|名称|标题|название)$/iu;
var NOT_NAME_HEADER = /^(?:owners?|leads?|assignees?|who|team|dates?|eta|target|due|deadline|when|week|weeks|priority|effort|estimate|size|links?|issues?|pr|prs|progress|%|percent|completed|started|plans complete|milestone|release)$/iu;
var DEPENDS_HEADER = /^(?:depends on|dependencies|deps|requires|prerequisites|blocked by)$/iu;
function statusField(doc, line, text2, source, legend) {
  const s = readStatusText(text2, legend);
  if (!s) return void 0;
  const raw = text2.slice(s.start, s.end);
  const span = findInLine(doc, line, raw, true);
  return span ? { value: s.value, raw, span, source } : { value: s.value, raw, source };
}
function labelStatus(doc, line, text2, source, legend, decorative2) {
  const s = headingStatus(text2, legend, decorative2);
  if (!s) return void 0;
  const raw = text2.slice(s.start, s.end);
  const span = findInLine(doc, line, raw, true);
  return span ? { value: s.value, raw, span, source } : { value: s.value, raw, source };
}
var enclosing = /* @__PURE__ */ new WeakMap();
function enclosingStatus(doc, outline, k, legend, decorative2) {
  let read = enclosing.get(outline);
  if (!read) enclosing.set(outline, read = /* @__PURE__ */ new Map());
  const key = `${k}:${decorative2}`;
  if (read.has(key)) return read.get(key);
  const p = outline.headings[k];
  const s = !p.title && p.label?.kind === "strong" ? labelStatus(doc, p.node.line, p.text, "bucket", legend, decorative2) : void 0;
  read.set(key, s);
  return s;
}
function rowStatus2(doc, table2, row, legend) {
  const col = headerNames(table2).findIndex((h) => STATUS_HEADER.test(h));
  const fromCell = (c) => {
    const cell3 = row.cells[c];
    if (!cell3 || !cell3.text) return void 0;
    const s = readStatusText(cell3.text, legend);
    return s ? { value: s.value, raw: cell3.text, span: cell3.span, source: "table" } : void 0;
  };
  const direct = col >= 0 ? fromCell(col) : void 0;
  if (direct) return direct;
  const idc = idColumn(table2);
  for (let c = 0; c < row.cells.length; c++) {
    if (c === idc || c === col) continue;
    if (isStatusOnly(row.cells[c]?.text ?? "", legend)) return fromCell(c);
  }
  const cell2 = col >= 0 ? row.cells[col] : void 0;
  return cell2 && cell2.text ? { value: "unknown", raw: cell2.text, span: cell2.span, source: "table" } : void 0;
}
function rowDependencies(table2, row) {
  const col = headerNames(table2).findIndex((h) => DEPENDS_HEADER.test(h));
  const cell2 = col >= 0 ? row.cells[col] : void 0;
  if (!cell2) return [];
  return parseDependencies(cell2.text).map((d) => ({ id: d.id, raw: d.raw, span: cell2.span }));
}
function proseLine(field) {
  return field.value === "unknown" && field.raw.trim().split(/\s+/u).length >= 3;
}
function headingDraft(doc, outline, ref, legend, decorative2, limit) {
  const h = outline.headings[ref.heading];
  const end = limit !== void 0 && limit < h.end ? limit : h.end;
  const endLine = end < h.end ? doc.blocks[end].line : h.endLine;
  const content = readSection(doc, doc.blocks, legend, h.idx + 1, end);
  const statuses = {};
  const label = ref.label;
  const heading2 = label && (label.kind === "bucket" || label.kind === "horizon") ? labelStatus(doc, h.node.line, h.text, "heading", legend, decorative2) ?? statusField(doc, h.node.line, h.text, "heading", legend) ?? (label.status ? { value: label.status, raw: h.text, source: "heading" } : void 0) : labelStatus(doc, h.node.line, h.text, "heading", legend, decorative2) ?? (label?.status ? { value: label.status, raw: h.text, source: "heading" } : void 0);
  if (heading2) statuses.heading = heading2;
  let own = end;
  for (let i = h.idx + 1; i < end; i++) {
    const b = doc.blocks[i];
    if (b.type === "heading") {
      if (fieldKind(inlineText(b.raw)) !== "status") {
        own = i;
        break;
      }
    }
  }
  const ownEndLine = own < end ? doc.blocks[own].line : endLine;
  const bucket = h.parent >= 0 ? bucketAbove(outline, h.parent) : void 0;
  const lineOfStatus = content.status?.span ? doc.lines.lineOf(content.status.span.start) : -1;
  const section = (content.status && lineOfStatus < ownEndLine && !proseLine(content.status) ? content.status : void 0) ?? keyValueStatus(doc, h.idx + 1, own, legend) ?? leadInStatus(doc, h.idx + 1, own, legend) ?? proseStatus(doc, h.idx + 1, own, legend, label?.id) ?? labelledListStatus(doc, h.idx + 1, own, legend) ?? statusHeading(doc, own < end ? own : -1, legend) ?? (bucket ? void 0 : subBucketStatus(doc, outline, ref.heading, legend));
  if (section) statuses.section = section;
  if (bucket) {
    const s = horizonField(doc, bucket, legend);
    if (s) statuses.bucket = s;
  } else if (h.parent >= 0) {
    const s = enclosingStatus(doc, outline, h.parent, legend, decorative2);
    if (s && s.value !== "in_progress" && s.value !== "unknown") statuses.bucket = s;
  }
  const titleSpan = findInLine(doc, h.node.line, h.text) ?? lineSpan(doc, h.node.line);
  return {
    ref,
    id: label?.id,
    title: h.text,
    line: h.node.line,
    level: h.node.level,
    statuses,
    content,
    criteria: content.criteria,
    dependsOn: content.dependsOn,
    headingTitle: { text: h.text, span: titleSpan },
    spans: {
      heading: lineSpan(doc, h.node.line),
      section: linesSpan(doc, h.node.line, endLine),
      ...content.fieldSpans
    }
  };
}
function leadInStatus(doc, from, to, legend) {
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i];
    if (b.type !== "paragraph" || b.item) continue;
    const s = leadInOf(b, legend);
    if (!s) return void 0;
    const text2 = inlineText(b.raw);
    const raw = text2.slice(s.start, s.end);
    const span = findInLine(doc, b.line, raw);
    return { value: s.value, raw, ...span ? { span } : {}, source: "section" };
  }
  return void 0;
}
var STATUS_FIRST_WORDS = new Set(Object.values(STATUS_PHRASES).flatMap((list3) => list3.map((p) => (p.split(/[\s_-]/u)[0] ?? "").toLowerCase())));
var CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
var MARKER_START = /^[\p{Extended_Pictographic}✓✔☐☑◐✗✖]/u;
var SUBJECT = /^(?:this|the)(?:\s+[\p{L}\d.-]+){1,3}?\s+(?:is|was|has been|have been|are|were)\s+(?:now\s+|fully\s+|already\s+|currently\s+)?/iu;
var VERSION_SUBJECT = /^v?\d+(?:\.\d+)+\s+(?:(?:is|was|has been)\s+)?/iu;
function subjectOf(text2, id) {
  const s = SUBJECT.exec(text2);
  if (s) return s;
  const v = id !== void 0 ? VERSION_SUBJECT.exec(text2) : null;
  return v && sameRelease(v[0].trim().split(/\s/u)[0], id) ? v : null;
}
var STATUS_END = /^(?:$|[.!;,:(\[—–]|\s+[-—–]|\s+(?:as of|since|on|in|at|for|with)(?![\p{L}]))/iu;
function mayOpenWithStatus(text2) {
  const subject = SUBJECT.exec(text2.trimStart()) ?? VERSION_SUBJECT.exec(text2.trimStart());
  const rest = subject ? text2.trimStart().slice(subject[0].length) : text2.trimStart();
  const w = /^[\p{L}'’]+/u.exec(rest)?.[0];
  return w ? STATUS_FIRST_WORDS.has(w.toLowerCase()) || CJK.test(w) : MARKER_START.test(rest);
}
function proseStatus(doc, from, to, legend, id) {
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i];
    if (b.type === "html" || b.type === "paragraph" && b.item) continue;
    if (b.type !== "paragraph") return void 0;
    const first = b.raw.split("\n", 1)[0] ?? "";
    if (first.length > 300 || !mayOpenWithStatus(quickTitle(first))) return void 0;
    const text2 = inlineText(first);
    const subject = subjectOf(text2, id);
    const at = subject ? subject[0].length : 0;
    const rest = text2.slice(at);
    const s = readStatusText(rest, legend);
    if (!s || s.value === "unknown") return void 0;
    const raw = rest.slice(s.start, s.end);
    if (at === 0 && s.kind === "word" && isAdjective(raw)) return void 0;
    const only = at === 0 && isStatusOnly(rest, legend);
    if (!only && (s.start !== 0 || s.kind !== "word" || !STATUS_END.test(rest.slice(s.end)))) return void 0;
    const span = findInLine(doc, b.line, raw);
    return { value: s.value, raw, ...span ? { span } : {}, source: "section" };
  }
  return void 0;
}
function statusHeading(doc, at, legend) {
  const b = doc.blocks[at];
  if (b?.type !== "heading" || b.raw.length > 80) return void 0;
  const text2 = inlineText(b.raw);
  const colon = /[:：]/u.exec(text2);
  if (!colon || fieldKind(text2.slice(0, colon.index).trim()) !== "status") return void 0;
  const value = text2.slice(colon.index + 1);
  const s = readStatusText(value, legend);
  if (!s || s.value === "unknown") return void 0;
  const raw = value.slice(s.start, s.end);
  const span = findInLine(doc, b.line, raw);
  return { value: s.value, raw, ...span ? { span } : {}, source: "section" };
}
function subBucketStatus(doc, outline, k, legend) {
  const h = outline.headings[k];
  let found2;
  let first = true;
  for (let j = k + 1; j < outline.headings.length && outline.headings[j].idx < h.end; j++) {
    const c = outline.headings[j];
    if (c.parent !== k) continue;
    const bucket = isBucket(c) && c.label?.status ? c : void 0;
    if (first && bucket?.label?.kind !== "bucket") return void 0;
    first = false;
    if (!bucket) return void 0;
    const s = horizonField(doc, bucket, legend);
    if (!s || found2 && found2.value !== s.value) return void 0;
    found2 ??= s;
  }
  return found2 ? { ...found2, source: "section" } : void 0;
}
function labelledListStatus(doc, from, to, legend) {
  for (let i = from; i + 1 < to; i++) {
    const b = doc.blocks[i];
    if (b.type !== "paragraph" || b.item || b.endLine - b.line !== 1 || b.raw.length > 30) continue;
    const label = inlineText(b.raw).trim();
    if (!/[:：]$/u.test(label) || fieldKind(label) !== "status") continue;
    const next = doc.blocks[i + 1];
    if (next.type !== "item") return void 0;
    const text2 = itemTitle(next);
    if (!isStatusOnly(text2, legend)) return void 0;
    const s = readStatusText(text2, legend);
    if (!s || s.value === "unknown") return void 0;
    const raw = text2.slice(s.start, s.end);
    const span = findInLine(doc, next.line, raw);
    return { value: s.value, raw, ...span ? { span } : {}, source: "section" };
  }
  return void 0;
}
function keyValueStatus(doc, from, to, legend) {
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i];
    if (b.type !== "table") continue;
    for (const row of [b.header, ...b.rows]) {
      if (row.cells.length < 2 || fieldKind(inlineText(row.cells[0] ?? "")) !== "status") continue;
      const located = locateRow(doc, row.line, row.cells);
      const cell2 = located.cells[1];
      const s = cell2 ? readStatusText(cell2.text, legend) : void 0;
      if (cell2 && s) return { value: s.value, raw: cell2.text, span: cell2.span, source: "section" };
    }
  }
  return void 0;
}
function bucketStatus2(doc, outline, idx, legend) {
  const owner = outline.owner[idx] ?? -1;
  const bucket = owner >= 0 ? bucketAbove(outline, owner) : void 0;
  return bucket ? horizonField(doc, bucket, legend) : void 0;
}
function horizonField(doc, bucket, legend) {
  const colon = bucket.text.search(/[:：]/u);
  const rest = colon > 0 ? bucket.text.slice(colon + 1).trim() : "";
  const said = colon > 0 ? readStatusText(rest, legend) : void 0;
  const keyed = colon > 0 && namesUnitKind(bucket.text.slice(0, colon)) && !(said && (said.start === 0 || said.end === rest.length));
  const key = keyed ? statusField(doc, bucket.node.line, bucket.text.slice(0, colon), "bucket", legend) : void 0;
  return key ?? statusField(doc, bucket.node.line, bucket.text, "bucket", legend) ?? (bucket.label?.status ? { value: bucket.label.status, raw: bucket.text, source: "bucket" } : void 0);
}
function horizonStatus(ref, raw, source) {
  return ref.label?.kind === "horizon" && ref.label.status ? { value: ref.label.status, raw, source } : void 0;
}
function tableDraft(doc, outline, ref, legend) {
  const table2 = doc.blocks[ref.idx];
  const src = table2.rows[ref.row];
  const row = locateRow(doc, src.line, src.cells);
  const col = idColumn(table2);
  let titleCell = row.cells[col];
  const plainStatus = !ref.label && (!titleCell?.text || isStatusOnly(titleCell.text, legend));
  if (ref.label?.whole && ref.label.family !== "version" || plainStatus) {
    const names = headerNames(table2);
    const bareNumber = ref.label !== void 0 && (ref.label.family === "numbered" || /^\d+$/u.test(ref.label.id ?? "") || /^\d+\.?$/u.test(row.cells[col]?.text ?? ""));
    let named = bareNumber ? names.findIndex((h, i) => i !== col && EXACT_NAME_HEADER.test(h)) : -1;
    if (named < 0 && bareNumber) named = names.findIndex((h, i) => i > col && UNIT_HEADER.test(h) && !/^v?\d+(?:\.\d+)*\S*$/u.test(row.cells[i]?.text ?? ""));
    if (named < 0) named = names.findIndex((h, i) => i !== col && NAME_HEADER.test(h));
    const next = (named >= 0 && row.cells[named]?.text ? row.cells[named] : void 0) ?? row.cells.find(
      (c, i) => i > col && c.text && !isStatusOnly(c.text, legend) && !/^[\d\s%./-]+$/u.test(c.text) && !NOT_NAME_HEADER.test(names[i] ?? "")
    );
    if (next) titleCell = next;
  }
  const statuses = {};
  const st = rowStatus2(doc, table2, row, legend) ?? horizonStatus(ref, row.cells[col]?.text ?? "", "table");
  if (st) statuses.table = st;
  const bucket = bucketStatus2(doc, outline, ref.idx, legend);
  if (bucket) statuses.bucket = bucket;
  let title = titleCell?.text || row.cells[col]?.text || "";
  if (titleCell === row.cells[col] && ref.label?.kind === "strong" && ref.label.id && !ref.label.whole && ref.label.family !== "version") {
    const rest = afterLabel(title);
    if (rest) title = rest;
  }
  return {
    ref,
    id: ref.label?.id,
    title,
    line: src.line,
    statuses,
    criteria: [],
    dependsOn: rowDependencies(table2, row),
    ...titleCell ? { rowTitle: { text: titleCell.text, span: titleCell.span } } : {},
    spans: { row }
  };
}
function listDraft(doc, outline, ref, legend) {
  const item = doc.blocks[ref.idx];
  const title = itemTitle(item);
  const criteria = [];
  let rootDepth = -1;
  for (let j = ref.idx + 1; j < doc.blocks.length; j++) {
    const b = doc.blocks[j];
    if (b.line >= item.endLine) break;
    if (b.type !== "item") continue;
    if (rootDepth < 0) rootDepth = b.depth;
    const task = readTask(doc, b, Math.max(0, b.depth - rootDepth));
    if (task) criteria.push(task);
  }
  const statuses = {};
  const st = itemStatus(doc, item, title, legend) ?? horizonStatus(ref, title, "list");
  if (st) statuses.list = st;
  const bucket = bucketStatus2(doc, outline, ref.idx, legend);
  if (bucket) statuses.bucket = bucket;
  return {
    ref,
    id: ref.label?.id,
    title,
    line: item.line,
    statuses,
    criteria,
    dependsOn: [],
    spans: { heading: lineSpan(doc, item.line), section: linesSpan(doc, item.line, item.endLine) }
  };
}
function itemStatus(doc, item, title, legend) {
  const words = labelStatus(doc, item.line, title, "list", legend, false);
  if (words) return words;
  const task = readTaskBox(doc, item);
  if (!task) return void 0;
  return { value: task.checked ? "done" : "planned", raw: task.checked ? "[x]" : "[ ]", span: task.box, source: "list" };
}
function paragraphDraft(doc, outline, ref, legend) {
  const p = doc.blocks[ref.idx];
  const raw = p.type === "paragraph" ? p.raw : "";
  const title = inlineText(raw);
  const statuses = {};
  const lead = p.type === "paragraph" && (p.endLine - p.line > 3 || raw.length > 200) ? boldLead(raw) : void 0;
  const st = labelStatus(doc, p.line, lead !== void 0 ? inlineText(lead) : title, "heading", legend, false) ?? horizonStatus(ref, title, "heading");
  if (st) statuses.heading = st;
  const next = doc.blocks[ref.idx + 1];
  if (next?.type === "paragraph" && !next.item) {
    const section = readSection(doc, doc.blocks, legend, ref.idx + 1, ref.idx + 2).status;
    if (section && section.value !== "unknown" && !proseLine(section)) statuses.section = section;
  }
  const bucket = bucketStatus2(doc, outline, ref.idx, legend);
  if (bucket) statuses.bucket = bucket;
  return { ref, id: ref.label?.id, title, line: p.line, statuses, criteria: [], dependsOn: [], spans: { heading: lineSpan(doc, p.line) } };
}
var ORDER = ["table", "heading", "section", "list", "bucket", "elsewhere"];
function finishDraft(d, position) {
  const statuses = ORDER.map((s) => d.statuses[s]).filter((s) => s !== void 0);
  const c = d.content;
  const m = { id: d.id ?? String(position), title: d.title };
  if (c?.focus) m.focus = c.focus.text;
  m.status = pickStatus(statuses);
  m.statuses = statuses;
  m.inferredStatus = inferStatus(d.criteria);
  if (c?.goal) m.goal = c.goal;
  m.criteria = d.criteria;
  m.deliverables = c?.deliverables ?? [];
  m.dependsOn = d.dependsOn;
  if (c?.dependsRaw) m.dependsRaw = c.dependsRaw;
  m.learnings = c?.learnings ?? [];
  if (d.rowTitle) m.rowTitle = d.rowTitle;
  if (d.headingTitle) m.headingTitle = d.headingTitle;
  m.spans = d.spans;
  m.line = d.line;
  if (d.level !== void 0) m.level = d.level;
  return m;
}

// src/parse/freeform/details.ts
var SUMMARY = /<summary[^>]*>(.*?)<\/summary>/iu;
function applyDetailsBuckets(doc, drafts, legend) {
  const regions = [];
  const open3 = [];
  for (const b of doc.blocks) {
    if (b.type !== "html") continue;
    for (let l = b.line; l < b.endLine; l++) {
      const text2 = lineText(doc, l);
      const m = SUMMARY.exec(text2);
      if (m) {
        const r = { start: l, end: doc.lines.count, line: l, raw: inlineText((m[1] ?? "").replace(/<[^>]*>/gu, "")) };
        regions.push(r);
        open3.push(r);
      }
      if (/<\/details>/iu.test(text2)) {
        const r = open3.pop();
        if (r) r.end = l;
      }
    }
  }
  if (regions.length === 0) return;
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a].line - drafts[b].line);
  const stack = [];
  let next = 0;
  for (const i of order) {
    const d = drafts[i];
    while (next < regions.length && regions[next].start < d.line) stack.push(regions[next++]);
    while (stack.length > 0 && stack[stack.length - 1].end <= d.line) stack.pop();
    const best = stack[stack.length - 1];
    if (d.statuses.bucket || !best) continue;
    const s = readStatusText(best.raw, legend);
    if (!s) continue;
    const raw = best.raw.slice(s.start, s.end);
    const span = findInLine(doc, best.line, raw);
    d.statuses.bucket = { value: s.value, raw, ...span ? { span } : {}, source: "bucket" };
  }
}

// src/parse/freeform/elsewhere.ts
var CURRENT = /^\s*(?:[-*+]\s+|#{1,6}\s+)?(?:\*\*|__)?\s*(?:current|active|now in|we are in)\s+(?:phase|milestone|stage|sprint|release|version|iteration|step|focus)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.{1,120})$/iu;
function readElsewhere(doc, index, legend) {
  for (const b of doc.blocks) {
    if (b.type !== "paragraph" && b.type !== "heading") continue;
    for (let l = b.line; l < b.endLine && l < b.line + 3; l++) {
      const text2 = lineText(doc, l);
      if (text2.length > 200 && text2.trim().length > 200) continue;
      const m = CURRENT.exec(text2.trim());
      if (!m) continue;
      const label = classifyUnit(inlineText(m[1] ?? ""), legend);
      if (label?.kind !== "strong" || !label.id) continue;
      const d = index.get(idKey(label.id))?.[0];
      if (!d || d.statuses.elsewhere) continue;
      const raw = text2.trim();
      const span = findInLine(doc, l, raw);
      d.statuses.elsewhere = { value: "in_progress", raw, ...span ? { span } : {}, source: "elsewhere" };
    }
  }
}
var ITEM_HEAD = /^[\s\p{Extended_Pictographic}\uFE0F✓✔☐☑◐✗✖[\]xX-]*([^:：—–(]{1,60})/u;
function readStatusLists(doc, index, legend) {
  const found2 = /* @__PURE__ */ new Map();
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== "paragraph" || b.item || b.endLine - b.line !== 1) continue;
    const label = inlineText(b.raw);
    if (!/[:：]$/u.test(label)) continue;
    const head = label.slice(0, -1);
    if (!isStatusOnly(head, legend)) continue;
    const s = readStatusText(head, legend);
    if (!s || s.value === "unknown") continue;
    let depth = -1;
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j];
      if (n.type === "paragraph" && n.item) continue;
      if (n.type !== "item") break;
      if (depth === -1) depth = n.depth;
      if (n.depth !== depth) continue;
      const draft = unitNamed(n, index, legend);
      if (!draft || draft.statuses.elsewhere) continue;
      const raw = lineText(doc, n.line).trim();
      const span = findInLine(doc, n.line, raw);
      const list3 = found2.get(draft) ?? [];
      list3.push({ value: s.value, raw, ...span ? { span } : {}, source: "elsewhere" });
      found2.set(draft, list3);
    }
  }
  for (const [draft, list3] of found2) {
    const best = list3.find((f) => f.value === "in_progress") ?? list3.reduce((a, f) => STATUS_RANK[f.value] > STATUS_RANK[a.value] ? f : a);
    draft.statuses.elsewhere = best;
  }
}
function unitNamed(item, index, legend) {
  const first = inlineText(item.raw.split("\n", 1)[0] ?? "");
  const m = ITEM_HEAD.exec(first);
  if (!m) return void 0;
  const words = (m[1] ?? "").trim().split(/\s+/u);
  for (const n of [2, 1]) {
    const label = classifyUnit(words.slice(0, n).join(" "), legend);
    if (label?.kind === "strong" && label.id) return index.get(idKey(label.id))?.[0];
  }
  return void 0;
}
var DOC_STATUS_KEY = /^(?:(?:project|roadmap|plan|current|overall)\s+)?(?:status|state)\s*[:：]\s*/iu;
var DOC_STATUS_END = /^(?:$|[.!;,:([—–]|\s+[-—–]|\s+\d|\s+(?:as of|since|on|in|at|for|until|with|by|due|pending)(?![\p{L}]))/iu;
var DOC_STATUS_END_BARE = /^(?:$|[.!;,:([—–]|\s+[-—–]|\s+\d)/u;
var PLAN_WIDE = /* @__PURE__ */ new Set(["done", "blocked", "cancelled"]);
function readDocumentStatus(doc, drafts, legend) {
  const blocks = doc.blocks;
  let i = 0;
  while (i < blocks.length && (blocks[i].type === "html" || blocks[i].type === "hr")) i++;
  const title = blocks[i];
  if (title?.type !== "heading" || title.level !== 1) return;
  i++;
  while (i < blocks.length && (blocks[i].type === "html" || blocks[i].type === "hr")) i++;
  const b = blocks[i];
  if (b?.type !== "paragraph" || b.item) return;
  const line = b.raw.split("\n", 1)[0] ?? "";
  if (line.length > 200) return;
  const bare = stripDecoration(inlineText(line));
  const text2 = bare.replace(DOC_STATUS_KEY, "");
  const s = readStatusText(text2, legend);
  const end = text2.length === bare.length ? DOC_STATUS_END_BARE : DOC_STATUS_END;
  if (s?.start !== 0 || !PLAN_WIDE.has(s.value) || !end.test(text2.slice(s.end))) return;
  let at = 0;
  for (const m of findStatuses(text2.slice(0, s.end), legend)) {
    if (/[\p{L}\p{N}]/u.test(text2.slice(at, m.start))) return;
    at = m.end;
  }
  const raw = lineText(doc, b.line).trim();
  const span = findInLine(doc, b.line, raw);
  for (const d of drafts) if (Object.keys(d.statuses).length === 0) d.statuses.elsewhere = { value: s.value, raw, ...span ? { span } : {}, source: "elsewhere" };
}
function* introParagraphs(doc, drafts) {
  const firstLine2 = drafts.reduce((l, d) => Math.min(l, d.line), Number.POSITIVE_INFINITY);
  for (const b of doc.blocks) {
    if (b.line >= firstLine2) return;
    if (b.type === "paragraph" && !b.item) yield b;
  }
}
var THROUGH = /^\s*(?:\*\*|__)?([\p{L} ]{2,24}?)(?:\*\*|__)?\s+(?:through|thru|up to|until|hasta(?:\s+(?:la|el))?|até(?:\s+(?:a|o))?|jusqu['’](?:à|au)(?:\s+la)?|bis(?:\s+zur?)?|fino\s+(?:a|al|alla))\s+(.{1,60})$/iu;
function readDoneThrough(doc, drafts, index, legend) {
  for (const b of introParagraphs(doc, drafts)) {
    const first = (inlineText((b.raw.split("\n", 1)[0] ?? "").slice(0, 400)).split(/[.;:(]\s/u, 1)[0] ?? "").trim();
    if (first.length > 120) continue;
    const m = THROUGH.exec(first);
    if (!m) continue;
    const s = readStatusText(m[1], legend);
    if (s?.value !== "done" || !isStatusOnly(m[1], legend)) continue;
    const label = classifyUnit(m[2].replace(/[.\s]+$/u, ""), legend);
    if (label?.kind !== "strong" || !label.id) continue;
    const last = index.get(idKey(label.id))?.[0];
    const at = last ? drafts.indexOf(last) : -1;
    if (at < 0) continue;
    const raw = first.trim();
    const span = findInLine(doc, b.line, raw);
    for (let i = 0; i <= at; i++) {
      const d = drafts[i];
      if (Object.keys(d.statuses).length === 0) d.statuses.elsewhere = { value: "done", raw, ...span ? { span } : {}, source: "elsewhere" };
    }
    return;
  }
}
var BELOW = new RegExp(
  String.raw`(?:^|[.;!]\s+)(?:the|all(?:\s+the)?|every|each)\s+(?:phases?|milestones?|steps?|stages?|releases?|versions?|sprints?|iterations?|items)\s+(?:below|listed below|that follow|in this (?:document|file|roadmap))\s+(?:are|is|have|has|remain|remains)\s+(?:all\s+)?(not\s+(?:yet\s+)?(?:implemented|built|started|done|begun)|(?:been\s+)?[\p{L} -]{2,30}?)(?=[.;,:!]|\s+(?:and|but|so|yet)\s|$)`,
  "iu"
);
var NOT_YET = /^not\s+(?:yet\s+)?(?:implemented|built|started|done|begun)$/iu;
var BESIDE_STATUS = /^(?:all|already|now|fully|completely|yet|since|recently)$/iu;
function readBelowStatement(doc, drafts, legend) {
  for (const b of introParagraphs(doc, drafts)) {
    if (b.raw.length > 2e3) continue;
    const text2 = inlineText(b.raw.split("\n").map((l) => l.trim()).join(" "));
    const m = BELOW.exec(text2);
    if (!m) continue;
    const said = m[1].replace(/^been\s+/iu, "");
    const notYet = NOT_YET.test(said);
    const value = notYet ? "planned" : readStatusText(said, legend)?.value;
    if (value === void 0 || value === "unknown" || value === "in_progress" || !(notYet || onlyStatusBeside(said, legend))) continue;
    const raw = m[0].replace(/^[.;!]\s+/u, "").trim();
    for (const d of drafts) if (Object.keys(d.statuses).length === 0) d.statuses.elsewhere = { value, raw, source: "elsewhere" };
    return;
  }
}
function onlyStatusBeside(said, legend) {
  const found2 = findStatuses(said, legend);
  if (found2.length === 0) return false;
  let rest = said;
  for (const m of [...found2].reverse()) rest = rest.slice(0, m.start) + " " + rest.slice(m.end);
  return rest.split(/[\s\p{P}]+/u).filter(Boolean).every((w) => BESIDE_STATUS.test(w));
}

// src/parse/freeform/gsd.ts
var CHECKLIST = /^\[[ xX]\]\s+\*\*Phase\s+\d/iu;
var FIELD = /^\*\*(?:Goal|Depends on|Success Criteria|Requirements|Plans)\*\*/iu;
function detectGsd(doc, outline) {
  const units = [];
  outline.headings.forEach((h, k) => {
    if (h.label?.kind === "strong" && h.label.family === "phase") units.push({ carrier: "heading", idx: h.idx, label: h.label, heading: k });
  });
  if (units.length === 0) return void 0;
  let marker = false;
  const inPhase = (i) => {
    const o = outline.owner[i] ?? -1;
    const label = o >= 0 ? outline.headings[o].label : void 0;
    return label?.kind === "strong" && label.family === "phase";
  };
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.type === "item" && CHECKLIST.test(b.raw)) marker = true;
    else if (b.type === "paragraph" && !b.item && FIELD.test(b.raw) && inPhase(i)) marker = true;
    else if (b.type === "table") {
      const head = b.header.cells.map((c) => inlineText(c).toLowerCase());
      if (head[0] === "phase" && head.some((c) => c === "status" || c.startsWith("plans"))) marker = true;
    }
    if (marker) break;
  }
  if (!marker) return void 0;
  const level = units.reduce((l, u) => Math.min(l, outline.headings[u.heading].node.level), 6);
  let best;
  for (const run2 of splitRuns({ carrier: "heading", units, rank: 3, level })) if (!best || run2.units.length > best.units.length) best = run2;
  return best ?? { carrier: "heading", units, rank: 3, level };
}

// src/parse/anchors.ts
function anchorBefore(sorted, line) {
  let lo = 0;
  let hi = sorted.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid].line < line) {
      at = sorted[mid].i;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

// src/parse/freeform/merge.ts
function indexDrafts(drafts) {
  const map = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    if (d.id === void 0) continue;
    const key = idKey(d.id);
    const list3 = map.get(key);
    if (list3) list3.push(d);
    else map.set(key, [d]);
  }
  return map;
}
function findDraft(index, label, used) {
  if (!label.id) return void 0;
  const free = (list3) => list3?.find((d) => !used.has(d));
  const found2 = free(index.get(idKey(label.id)));
  if (found2) return found2;
  const v = trailingVersion(label.id) ?? (VERSION_ID.test(label.id) ? label.id : void 0);
  if (!v) return void 0;
  for (const form of versionForms(v)) {
    const d = free(index.get(idKey(form)));
    if (d) return d;
  }
  return void 0;
}
var VERSION_TOKEN = /(?<![\d.])v?(\d+(?:\.\d+)+)(?![\d.])/giu;
var versionCache = /* @__PURE__ */ new WeakMap();
function headingWithVersion(outline, id, taken) {
  const bare = id.replace(/^v/iu, "");
  if (!/^\d+\.\d+/u.test(bare)) return void 0;
  let map = versionCache.get(outline);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    outline.headings.forEach((h, k) => {
      if (h.excluded) return;
      for (const m of h.text.matchAll(VERSION_TOKEN)) {
        const list3 = map.get(m[1]) ?? [];
        list3.push(k);
        map.set(m[1], list3);
      }
    });
    versionCache.set(outline, map);
  }
  return map.get(bare)?.find((k) => !taken.has(k));
}
function insertByLine(ordered, rest) {
  if (rest.length === 0) return [...ordered];
  const anchors = ordered.map((o, i) => ({ line: o.line, i, table: o.ref.carrier === "table" })).filter((a) => !a.table);
  anchors.sort((a, b) => a.line - b.line);
  const after = /* @__PURE__ */ new Map();
  for (const d of rest) {
    const at = anchorBefore(anchors, d.line);
    const list3 = after.get(at) ?? [];
    list3.push(d);
    after.set(at, list3);
  }
  const out = [...after.get(-1) ?? []];
  ordered.forEach((o, i) => {
    out.push(o);
    for (const d of after.get(i) ?? []) out.push(d);
  });
  return out;
}
function mergeTable(doc, outline, drafts, index, tableIdx, legend) {
  const table2 = doc.blocks[tableIdx];
  const used = /* @__PURE__ */ new Set();
  const rows = [];
  let matched = 0;
  table2.rows.forEach((_, r) => {
    const label = rowLabel(table2, r, legend);
    if (!label) return;
    const d = findDraft(index, label, used);
    if (d) {
      used.add(d);
      matched++;
    }
    rows.push(d ? { draft: d, label, r } : { label, r });
  });
  if (new Set(rows.map((x) => x.label.id)).size < rows.length) return void 0;
  if (matched < 2 && !(matched === 1 && (drafts.length === 1 || rows.length === 1))) return void 0;
  if (matched * 2 < rows.length && matched * 2 < drafts.length) return void 0;
  const located = rows.map(({ r }) => locateRow(doc, table2.rows[r].line, table2.rows[r].cells));
  const statuses = located.map((row) => rowStatus2(doc, table2, row, legend));
  if (!statuses.some((st) => st !== void 0 && st.value !== "unknown")) return void 0;
  const takenHeadings = new Set(drafts.flatMap((d) => d.ref.heading !== void 0 ? [d.ref.heading] : []));
  const numberedFamilies = new Set(rows.filter((x) => x.draft && x.label.kind === "numbered").map((x) => x.label.family));
  const ordered = [];
  rows.forEach(({ draft, label, r }, at) => {
    const row = located[at];
    let d = draft;
    if (!d && label.kind === "strong" && label.id) {
      const k = headingWithVersion(outline, label.id, takenHeadings);
      if (k !== void 0) {
        takenHeadings.add(k);
        const ref = { carrier: "heading", idx: outline.headings[k].idx, heading: k, label };
        d = headingDraft(doc, outline, ref, legend, false);
      }
    }
    if (!d && label.kind !== "strong" && !(label.kind === "numbered" && numberedFamilies.has(label.family))) return;
    if (!d) {
      ordered.push(tableDraft(doc, outline, { carrier: "table", idx: tableIdx, row: r, label }, legend));
      return;
    }
    const st = statuses[at];
    if (st && !d.statuses.table) d.statuses.table = st;
    if (d.dependsOn.length === 0) d.dependsOn = rowDependencies(table2, row);
    d.spans.row = row;
    ordered.push(d);
  });
  const inTable = new Set(ordered);
  return insertByLine(
    ordered,
    drafts.filter((d) => !inTable.has(d))
  );
}
function mergeChecklist(doc, outline, drafts, index, items, addMissing, legend, backlog) {
  const used = /* @__PURE__ */ new Set();
  const found2 = [];
  if (new Set(items.map((x) => x.label.id)).size < items.length) return drafts;
  for (const { idx, label } of items) {
    const item = doc.blocks[idx];
    const d = findDraft(index, label, used);
    if (d) {
      used.add(d);
      const st = itemStatus(doc, item, itemTitle(item), legend);
      if (st && !d.statuses.list) d.statuses.list = st;
    }
    found2.push(d ? { idx, draft: d, label } : { idx, label });
  }
  const hits = found2.filter((f) => f.draft).length;
  const lone = found2.length === 1 && backlog !== void 0 && backlog(found2[0].idx, found2[0].label);
  if (addMissing && hits === 0 && (found2.length >= 2 || lone) && found2.every((f) => f.label.family === "phase")) {
    return insertByLine(
      drafts,
      found2.map((f) => listDraft(doc, outline, { carrier: "list", idx: f.idx, label: f.label }, legend))
    );
  }
  if (hits < 2 && drafts.length > 1) {
    for (const f of found2) if (f.draft?.statuses.list) delete f.draft.statuses.list;
    return drafts;
  }
  if (!addMissing || hits === 0 || hits * 2 < found2.length || new Set(found2.map((f) => f.label.id)).size < found2.length) return drafts;
  const families = new Set(drafts.map((d) => d.ref.label?.family));
  const after = /* @__PURE__ */ new Map();
  let prev;
  for (const f of found2) {
    if (f.draft) {
      prev = f.draft;
      continue;
    }
    if (!families.has(f.label.family)) continue;
    const d = listDraft(doc, outline, { carrier: "list", idx: f.idx, label: f.label }, legend);
    const list3 = after.get(prev) ?? [];
    list3.push(d);
    after.set(prev, list3);
  }
  if (after.size === 0) return drafts;
  const out = [...after.get(void 0) ?? []];
  for (const d of drafts) {
    out.push(d);
    for (const e of after.get(d) ?? []) out.push(e);
  }
  return out;
}
function itemName(title) {
  return labelRest(title.split(/\s+[-–—]\s+|[:：(（]/u, 1)[0] ?? "");
}
function mergeNamedChecklist(doc, drafts, items, legend, names) {
  if (items.length < 2 || drafts.length < 2) return names;
  if (!names) {
    names = /* @__PURE__ */ new Map();
    const exact = /* @__PURE__ */ new Set();
    drafts.forEach((d, k) => {
      const key = labelRest(d.title);
      if (!key) return;
      if (exact.has(key)) names.set(key, -1);
      else names.set(key, k);
      exact.add(key);
      const words = key.split(" ");
      for (let n = 1; n < words.length && n <= 4; n++) {
        const p = words.slice(0, n).join(" ");
        if (exact.has(p)) continue;
        names.set(p, names.has(p) ? -1 : k);
      }
    });
  }
  const found2 = /* @__PURE__ */ new Map();
  for (const idx of items) {
    const name = itemName(itemTitle(doc.blocks[idx]));
    if (name.length < 3) continue;
    const hit = names.get(name) ?? -1;
    if (hit >= 0 && !found2.has(drafts[hit])) found2.set(drafts[hit], idx);
  }
  if (found2.size < 2 || found2.size * 2 < items.length) return names;
  for (const [d, idx] of found2) {
    if (d.statuses.list) continue;
    const item = doc.blocks[idx];
    const st = itemStatus(doc, item, itemTitle(item), legend);
    if (st) d.statuses.list = st;
  }
  return names;
}

// src/parse/freeform/fallback.ts
var UNIT_NOUNS = unitNouns();
var ROADMAPISH = new RegExp(
  String.raw`(?<![\p{L}])(?:roadmap|plan|sequence|delivery|order of work|(?<!by[- ])step(?![- ]by[- ]step)|feuille de route|hoja de ruta|roteiro|fahrplan|дорожная карта|план|next steps|(?:${UNIT_NOUNS})(?:s|es)|fasi|tappe|versioni|этапы|шаги|фазы|вехи|релизы|версии|спринты|итерации)(?![\p{L}])|路线图|路线|规划|计划|ロードマップ|로드맵`,
  "iu"
);
function orderedListFallback(doc, outline) {
  const blocks = doc.blocks;
  const listAt = (i) => {
    const units = [];
    let j = i;
    for (; j < blocks.length; j++) {
      const c = blocks[j];
      if (c.type === "item") {
        if (c.depth === 0) units.push({ carrier: "list", idx: j });
      } else if (!(c.type === "paragraph" && c.item) && c.type !== "code" && c.type !== "html") break;
    }
    return { units, end: j };
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== "item" || b.depth !== 0 || !b.ordered || b.quoted) continue;
    const owner = outline.owner[i] ?? -1;
    const head = owner >= 0 ? outline.headings[owner] : void 0;
    if (head && head.node.level > 1 && !ROADMAPISH.test(head.text) && !(isBucket(head) && head.label?.whole && head.label.status === "planned")) continue;
    const first = listAt(i);
    if (excludedLeadIn(blocks[i - 1])) {
      i = first.end - 1;
      continue;
    }
    if (first.units.length < 2) return void 0;
    if (!head || head.node.level <= 1) return { carrier: "list", units: first.units, rank: 1, level: 9 };
    const units = [...first.units];
    let seen = owner;
    for (let j = first.end; j < blocks.length; j++) {
      const c = blocks[j];
      if (c.type !== "item" || c.depth !== 0 || !c.ordered || c.quoted) continue;
      const o = outline.owner[j] ?? -1;
      const h = o >= 0 ? outline.headings[o] : void 0;
      if (o === seen || !h || h.parent !== head.parent || h.node.level !== head.node.level || h.hard || !ROADMAPISH.test(h.text)) continue;
      const next = listAt(j);
      if (next.units.length >= 2) units.push(...next.units);
      seen = o;
      j = next.end - 1;
    }
    return { carrier: "list", units, rank: 1, level: 9 };
  }
  return void 0;
}
function excludedLeadIn(b) {
  if (b?.type !== "paragraph" || b.item || b.raw.length > 80) return false;
  const t = inlineText(b.raw).trim();
  if (!/[:：]$/u.test(t)) return false;
  const label = t.slice(0, -1).trim();
  return isExcludedSection(label) || POOL.test(label);
}

// src/parse/freeform/reading.ts
function scoreOf(f) {
  let s = f.strength * 1e4 + (10 - f.level) * 100 + Math.min(f.count, 40) * 2;
  if (f.gsd) s += 5e4;
  if (f.descend) s += 15e3;
  if ((f.inside || f.beside) && !f.descend) s -= 3e4;
  if (f.parallel) s -= 6e3;
  if (f.excluded) s -= 3e3;
  if (f.oneBucket) s -= 15e3;
  if (f.distinct * 2 < f.count) s -= 1e4;
  else if (f.distinct < f.count) s -= 1e3;
  if (f.statuses * 2 > f.count) s += 1;
  return Math.round(s);
}
function explain(carrier, f) {
  const parts = [];
  const kind = f.strength >= 3 ? "sequence labels" : f.strength >= 2.5 ? "numbered units in status buckets" : f.strength >= 2.2 ? "units under a milestones heading" : f.strength >= 2 ? "status buckets or horizons" : f.strength >= 1.5 ? "unlabelled headings that state their statuses" : "plain numbering";
  parts.push(`${f.count} ${kind}`);
  parts.push(carrier === "heading" ? `heading level ${f.level}` : `at depth ${f.level}`);
  if (f.distinct < f.count) parts.push(`ids repeat (${f.distinct} distinct): tags, not a series`);
  if (f.statuses > 0) parts.push(`${f.statuses} with a status`);
  if (f.gsd) parts.push("GSD phases");
  if (f.continued) parts.push("continued under a new naming (L4)");
  if (f.descend) parts.push(f.inside ? "explicit milestones with statuses under a status-less grouping (L3c)" : "explicit milestones with statuses beside a shorter status-less grouping (L3c)");
  else if (f.inside) parts.push("inside the units of an outer sequence (L3)");
  else if (f.beside) parts.push("in a section beside an outer run of buckets or horizons: a separate track (L3)");
  if (f.parallel) parts.push("names the units of the headings: a parallel view, supplies status (L4)");
  if (f.excluded) parts.push("in an excluded section (L5)");
  if (f.oneBucket) parts.push("inside one status bucket of several, the others holding none: the buckets are the sequence (L3a)");
  return parts.join("; ");
}
function unitText(doc, outline, g, i) {
  const u = g.units[i];
  if (u.heading !== void 0) return outline.headings[u.heading].text;
  const b = doc.blocks[u.idx];
  if (b.type === "table" && u.row !== void 0) return b.rows[u.row]?.cells.join(" | ") ?? "";
  return "raw" in b ? b.raw.split("\n", 1)[0] ?? "" : "";
}
var STATUS_HEADER2 = /^(?:status|state|estado|statut|stato|stand|статус|состояние|状态|状態|상태)$/iu;
function statusCount(doc, outline, g, legend) {
  const first = doc.blocks[g.units[0].idx];
  if (first?.type === "table" && headerNames(first).some((h) => STATUS_HEADER2.test(h))) return g.units.length;
  let n = 0;
  for (let i = 0; i < g.units.length && i < 60; i++) if (findStatuses(unitText(doc, outline, g, i), legend).length > 0) n++;
  return n;
}
function levelOf(outline, g) {
  const u = g.units[0];
  if (g.carrier === "heading") return g.level;
  const scope = scopeOf(outline, outline.owner[u.idx] ?? -1);
  return scope >= 0 ? outline.headings[scope].node.level + 1 : 1;
}
function inOneBucket(outline, g) {
  if (g.carrier === "heading" ? g.rank !== 2.5 && g.rank !== 2.2 : g.carrier !== "list") return false;
  let holder = -2;
  for (const u of g.units) {
    let p = g.carrier === "heading" ? outline.headings[u.heading].parent : outline.owner[u.idx] ?? -1;
    while (p >= 0 && !isBucket(outline.headings[p])) p = outline.headings[p].parent;
    if (p < 0 || holder !== -2 && p !== holder) return false;
    holder = p;
  }
  const b = outline.headings[holder];
  return siblingsAt(outline, b.parent, b.node.level).buckets - 1 >= 2;
}
function softExcluded(outline, g) {
  return g.units.every((u) => inExcluded(outline, g.carrier === "heading" ? outline.headings[u.heading].parent : outline.owner[u.idx] ?? -1));
}
function inExcluded(outline, p) {
  for (; p >= 0; p = outline.headings[p].parent) if (outline.headings[p].excluded && !outline.headings[p].title) return true;
  return false;
}
function sectionMask(n, outline, g) {
  const inside = new Uint8Array(n);
  for (const u of g.units) {
    if (u.heading === void 0) continue;
    const end = outline.headings[u.heading].end;
    for (let i = u.idx + 1; i < end && i < n; i++) inside[i] = 1;
  }
  return inside;
}
var EXPLICIT = /* @__PURE__ */ new Set(["m", "milestone", "meilenstein"]);
function continuedRuns(outline, groups, legend) {
  const strong = groups.filter((g) => g.carrier === "heading" && g.rank === 3 && g.units.length >= 2).map((g) => ({ g, parent: outline.headings[g.units[0].heading].parent })).filter((x) => x.parent >= 0 && x.g.units.every((u) => outline.headings[u.heading].parent === x.parent)).sort((a, b) => a.g.units[0].idx - b.g.units[0].idx);
  const out = [];
  let i = 0;
  const titleOf = (u) => labelRest(outline.headings[u.heading].text);
  while (i < strong.length) {
    let j = i;
    const chain = [strong[i]];
    const seen = /* @__PURE__ */ new Set();
    const titles2 = /* @__PURE__ */ new Set();
    const note = (c) => {
      for (const u of c.g.units) {
        seen.add(u.label?.id ? idKey(u.label.id) : "");
        titles2.add(titleOf(u));
      }
    };
    note(chain[0]);
    while (j + 1 < strong.length) {
      const a = chain[chain.length - 1];
      const b = strong[j + 1];
      const pa = outline.headings[a.parent];
      const pb = outline.headings[b.parent];
      if (pa.parent !== pb.parent || pa.node.level !== pb.node.level || pa.end !== pb.idx || a.g.level !== b.g.level) break;
      if (b.g.units.some((u) => titles2.has(titleOf(u)))) break;
      if (a.g.units[0].label?.family === b.g.units[0].label?.family) {
        if (idKey(a.g.units[0].label?.id ?? "") !== idKey(b.g.units[0].label?.id ?? "-") && !carriesOn(a.g, b.g)) break;
        const named = (c) => c.g.units.every((u) => titleOf(u).length >= 2);
        if (!named(a) || !named(b)) break;
      } else {
        if (!a.g.units.every((u) => findStatuses(outline.headings[u.heading].text, legend).length > 0)) break;
        if (b.g.units.some((u) => u.label?.id && seen.has(idKey(u.label.id)))) break;
      }
      chain.push(b);
      note(b);
      j++;
    }
    if (chain.length > 1) out.push({ carrier: "heading", rank: 3, level: chain[0].g.level, units: distinctIds(outline, chain) });
    i = j + 1;
  }
  return out;
}
function carriesOn(a, b) {
  const num = (u) => {
    const m = /(\d+)$/u.exec(u?.label?.id ?? "");
    return m ? Number(m[1]) : void 0;
  };
  const last = num(a.units[a.units.length - 1]);
  const first = num(b.units[0]);
  return last !== void 0 && first === last + 1;
}
function distinctIds(outline, chain) {
  const used = /* @__PURE__ */ new Set();
  return chain.flatMap(
    (c) => c.g.units.map((u) => {
      if (!u.label?.id) return u;
      const key = idKey(u.label.id);
      if (!used.has(key)) {
        used.add(key);
        return u;
      }
      const base = `${outline.headings[c.parent].text} / ${u.label.id}`;
      let id = base;
      for (let n = 2; used.has(idKey(id)); n++) id = `${base} #${n}`;
      used.add(idKey(id));
      return { ...u, label: { ...u.label, id } };
    })
  );
}
var MAX_KEYED = 1e3;
function keysOf(doc, outline, g, titled = MAX_KEYED) {
  const keys2 = /* @__PURE__ */ new Set();
  g.units.forEach((u, i) => {
    if (i >= titled) return;
    if (u.label?.id) {
      keys2.add(`id:${idKey(u.label.id)}`);
      const v = trailingVersion(u.label.id);
      if (v) keys2.add(`id:${idKey(v)}`);
    }
    const rest = labelRest(unitText(doc, outline, g, i).split(" | ")[0] ?? "");
    if (rest.length >= 4) keys2.add(`t:${rest}`);
  });
  return keys2;
}
function overlap(a, b) {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}
function publicCarrier(c) {
  return c;
}
function describe(c) {
  const f = c.group.carrier;
  return f === "heading" ? `headings at level ${c.group.level}` : `${f} ${c.nth ?? "?"}`;
}
function describeAt(doc, c) {
  return `${describe(c)} from line ${doc.blocks[c.group.units[0].idx].line + 1}`;
}
function chooseSequence(doc, outline, gsdGroup, legend, steer) {
  const headings = gsdGroup ? [gsdGroup] : headingGroups(outline, legend, doc);
  const n = doc.blocks.length;
  const continued = gsdGroup ? [] : continuedRuns(outline, headings, legend);
  const continuedSet = new Set(continued);
  const measure = (g) => {
    const count = g.units.length;
    const ids2 = /* @__PURE__ */ new Set();
    let labelled = 0;
    for (const u of g.units) {
      if (u.label?.id === void 0) continue;
      labelled++;
      ids2.add(u.label.id);
    }
    const distinct = labelled === count && !continuedSet.has(g) ? ids2.size : count;
    return { g, level: levelOf(outline, g), count, distinct };
  };
  const headingBase = [...headings, ...continued].map(measure);
  const pre = (x) => scoreOf({ strength: x.g.rank, level: x.level, count: x.count, distinct: x.distinct, statuses: 0, gsd: x.g === gsdGroup, inside: false, descend: false, parallel: false, excluded: softExcluded(outline, x.g), continued: false });
  let outer;
  for (const x of headingBase) if (!outer || pre(x) > pre(outer)) outer = x;
  const mask = outer && outer.g.rank > 2 ? sectionMask(n, outline, outer.g) : void 0;
  let besideMask;
  if (outer && outer.g.carrier === "heading" && outer.g.rank === 2 && outer.count >= 3) {
    const first = outline.headings[outer.g.units[0].heading];
    const units = new Set(outer.g.units.map((u) => u.heading));
    besideMask = new Uint8Array(n);
    outline.headings.forEach((h, k) => {
      if (h.parent !== first.parent || h.node.level !== first.node.level || units.has(k) || namesUnits(h.text)) return;
      for (let i = h.idx + 1; i < h.end && i < n; i++) besideMask[i] = 1;
    });
  }
  const skip = mask && !(steer && (steer.carrier === "table" || steer.carrier === "list")) ? (i) => mask[i] === 1 && doc.blocks[i].type !== "table" : () => false;
  const base = [...headingBase, ...otherGroups(doc, outline, skip, legend).map(measure)];
  let outerKeys;
  const outerStated = outer ? statusCount(doc, outline, outer.g, legend) : 0;
  const cands = base.map((x) => {
    const g = x.g;
    const inside = mask !== void 0 && g !== outer?.g && g.units.every((u) => mask[u.idx] === 1) && (g.carrier !== "heading" || g.level > outer.g.level);
    const statuses = statusCount(doc, outline, g, legend);
    const beside = besideMask !== void 0 && g !== outer?.g && g.rank > outer.g.rank && g.units.every((u) => besideMask[u.idx] === 1) && statuses < g.units.length;
    const first = doc.blocks[g.units[0].idx];
    const parallel = !inside && g.carrier !== "heading" && outer !== void 0 && outer.g.rank >= g.rank && overlap(keysOf(doc, outline, g), outerKeys ??= keysOf(doc, outline, outer.g, MAX_KEYED)) >= 2;
    const explicitTable = outerStated === 0 && g.rank === 3 && first?.type === "table" && statuses === g.units.length && g.units.every((u) => u.label && (EXPLICIT.has(u.label.family) || /^m\d/iu.test(u.label.id ?? "") || /-M\d/u.test(u.label.id ?? "")));
    const descend = explicitTable && (inside || !parallel && outer !== void 0 && outer.g.carrier === "heading" && x.count > outer.count && !softExcluded(outline, g));
    const features = {
      strength: g.rank,
      level: x.level,
      count: x.count,
      distinct: x.distinct,
      statuses,
      gsd: g === gsdGroup,
      inside,
      beside,
      descend,
      parallel,
      excluded: softExcluded(outline, g),
      continued: continuedSet.has(g),
      oneBucket: inOneBucket(outline, g)
    };
    return { group: g, features, score: scoreOf(features), why: explain(g.carrier, features) };
  });
  const wanted = /* @__PURE__ */ new Set();
  for (const c of cands) if (c.group.carrier === "table" || c.group.carrier === "list") wanted.add(c.group.units[0].idx);
  const ordinals = wanted.size > 0 ? blockOrdinals(doc, wanted) : /* @__PURE__ */ new Map();
  const byCarrier = /* @__PURE__ */ new Map();
  for (const c of cands) {
    const list3 = byCarrier.get(c.group.carrier);
    if (list3) list3.push(c);
    else byCarrier.set(c.group.carrier, [c]);
  }
  for (const [carrier, list3] of byCarrier) {
    list3.sort((a, b) => a.group.units[0].idx - b.group.units[0].idx);
    const perLevel = /* @__PURE__ */ new Map();
    list3.forEach((c, i) => {
      if (carrier === "heading") perLevel.set(c.group.level, c.nth = (perLevel.get(c.group.level) ?? 0) + 1);
      else c.nth = carrier === "table" || carrier === "list" ? ordinals.get(c.group.units[0].idx) ?? i + 1 : i + 1;
    });
  }
  const tagged = (c) => c.group.carrier !== "heading" && c.features.count >= 3 && c.features.distinct === 1 && !c.features.gsd && !c.features.continued;
  const order = [...cands].sort((a, b) => Number(tagged(a)) - Number(tagged(b)) || b.score - a.score || a.group.units[0].idx - b.group.units[0].idx);
  const notes = [];
  let chosen;
  if (steer) {
    const unsteeredNone = !(order[0] && !tagged(order[0]));
    chosen = steered(order, steer, () => plainCandidate(doc, outline, steer, legend, unsteeredNone));
    if (chosen && !order.includes(chosen)) order.unshift(chosen);
  } else {
    chosen = order[0] && !tagged(order[0]) ? order[0] : void 0;
    const second = order[1];
    if (chosen && second && second.score === chosen.score && !sameUnits(chosen.group, second.group))
      notes.push(`competing sequences of equal score ${chosen.score}: ${describeAt(doc, chosen)} and ${describeAt(doc, second)}; took ${describeAt(doc, chosen)} (the first in the document)`);
  }
  let main = chosen?.group;
  let fallback = false;
  let lone = false;
  if (!main && !steer) {
    main = orderedListFallback(doc, outline);
    fallback = main !== void 0;
    if (!main) {
      main = loneTaskUnit(doc, outline);
      lone = main !== void 0;
    }
  }
  const candidates = order.map((c) => ({
    carrier: publicCarrier(c.group.carrier),
    ...c.group.carrier === "heading" ? { level: c.group.level } : {},
    nth: c.nth ?? 1,
    count: c.group.units.length,
    score: c.score,
    chosen: c === chosen,
    why: c === chosen && steer ? `${c.why}; chosen by the configuration` : c.why
  }));
  if (fallback && main) {
    const first = main.units[0].idx;
    const nth = blockOrdinals(doc, /* @__PURE__ */ new Set([first])).get(first) ?? 1;
    candidates.push({ carrier: "list", nth, count: main.units.length, score: 0, chosen: true, why: fallbackWhy(doc, main) });
  }
  if (lone && main) candidates.push({ carrier: "heading", level: main.level, nth: 1, count: 1, score: 0, chosen: true, why: LONE_WHY });
  const top = candidates.find((c) => c.chosen);
  const reading = top ? { carrier: top.carrier, ...top.level !== void 0 ? { level: top.level } : {}, ...top.carrier !== "heading" || steer?.carrier === "heading" && steer.nth !== void 0 ? { nth: top.nth } : {}, candidates } : { carrier: "none", candidates };
  return { main, gsd: gsdGroup !== void 0 && main === gsdGroup, reading, notes };
}
var FALLBACK_WHY = "no sequence found: the first ordered list under the title, a roadmap heading or a horizon of work ahead (`## Next`) (plain numbered steps)";
function fallbackWhy(doc, group) {
  const lists = new Set(group.units.map((u) => markdownList(doc.blocks[u.idx]))).size;
  return lists > 1 ? `${FALLBACK_WHY}, with the ${lists - 1} list${lists > 2 ? "s" : ""} continuing it (read as one)` : FALLBACK_WHY;
}
var LONE_WHY = "no sequence found: the one labelled unit of the document (L3(b) single unit): a step of time holding task boxes (`## 2026` over its checklist), or a phase or version opening a document titled as a roadmap or plan (`# Roadmap` › `## Phase 0 — …`)";
function blockOrdinals(doc, wanted) {
  const out = /* @__PURE__ */ new Map();
  let upTo = -1;
  for (const i of wanted) upTo = Math.max(upTo, i);
  eachNumbered(doc, upTo, (i, _carrier, nth) => {
    if (wanted.has(i)) out.set(i, nth);
    return void 0;
  });
  return out;
}
function eachNumbered(doc, upTo, visit) {
  const lists = /* @__PURE__ */ new Map();
  let tables2 = 0;
  let lastKey = "";
  let lastOrdinal = 0;
  const blocks = doc.blocks;
  for (let i = 0; i <= upTo && i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === "table") {
      if (!b.quoted && visit(i, "table", ++tables2)) return;
    } else if (b.type === "item" && !b.quoted) {
      const key = markdownList(b);
      if (key !== lastKey) {
        let k = lists.get(key);
        if (k === void 0) {
          k = lists.size + 1;
          lists.set(key, k);
        }
        lastKey = key;
        lastOrdinal = k;
      }
      if (visit(i, "list", lastOrdinal)) return;
    }
  }
}
function markdownList(item) {
  return `${item.list}:${item.depth}`;
}
function sameUnits(a, b) {
  return a.units.length === b.units.length && a.units.every((u, i) => u.idx === b.units[i].idx && u.row === b.units[i].row);
}
function plainCandidate(doc, outline, steer, legend, lastResorts) {
  if (steer.carrier === "paragraph") return void 0;
  const last = lastResorts ? lastResort(doc, outline, steer) : void 0;
  if (last) return last;
  const units = [];
  let what;
  if (steer.carrier === "heading") {
    outline.headings.forEach((h, k) => {
      if (h.node.level !== steer.level || !plainHeading(outline, k)) return;
      units.push({ carrier: "heading", idx: h.idx, heading: k, ...h.label?.kind === "strong" ? { label: h.label } : {} });
    });
    what = `every heading at level ${steer.level}`;
  } else {
    const idx = nthBlock(doc, steer.carrier, steer.nth);
    if (idx === void 0) return void 0;
    const b = doc.blocks[idx];
    if (b.type === "table") {
      b.rows.forEach((row, r) => {
        if (!row.cells.some((cell2) => inlineText(cell2) !== "")) return;
        const label = rowLabel(b, r, legend);
        units.push({ carrier: "table", idx, row: r, ...label?.kind === "strong" ? { label } : {} });
      });
    } else if (b.type === "item") {
      const key = listKey(outline, b, idx);
      for (let i = idx; i < doc.blocks.length; i++) {
        const it = doc.blocks[i];
        if (it.type !== "item" || it.quoted || !it.raw || listKey(outline, it, i) !== key) continue;
        const label = itemLabel(it, legend);
        units.push({ carrier: "list", idx: i, ...label?.kind === "strong" ? { label } : {} });
      }
    }
    what = `every ${b.type === "table" ? "row" : "item"} of ${steer.carrier} ${steer.nth}`;
  }
  if (units.length === 0) return void 0;
  const group = { carrier: steer.carrier, units, rank: 0, level: steer.carrier === "heading" ? steer.level : 9 };
  const features = { strength: 0, level: levelOf(outline, group), count: units.length, distinct: units.length, statuses: statusCount(doc, outline, group, legend), gsd: false, inside: false, descend: false, parallel: false, excluded: false, continued: false };
  return { group, features, score: scoreOf(features), nth: steer.carrier === "heading" ? 1 : steer.nth, why: `${units.length} units: ${what}, read as the configuration chose (no sequence-like labels needed)` };
}
function lastResort(doc, outline, steer) {
  let group;
  let why;
  if (steer.carrier === "list") {
    group = orderedListFallback(doc, outline);
    const first = group?.units[0]?.idx;
    if (first === void 0 || blockOrdinals(doc, /* @__PURE__ */ new Set([first])).get(first) !== steer.nth) return void 0;
    why = fallbackWhy(doc, group);
  } else if (steer.carrier === "heading") {
    group = loneTaskUnit(doc, outline);
    if (group?.level !== steer.level) return void 0;
    why = LONE_WHY;
  } else return void 0;
  if (!group) return void 0;
  const features = { strength: 0, level: levelOf(outline, group), count: group.units.length, distinct: group.units.length, statuses: 0, gsd: false, inside: false, descend: false, parallel: false, excluded: false, continued: false };
  return { group, features, score: 0, nth: steer.carrier === "list" ? steer.nth : 1, why };
}
function plainHeading(outline, k) {
  const h = outline.headings[k];
  return !h.title && !h.hard && !h.excluded && !inExcluded(outline, h.parent);
}
function nthBlock(doc, carrier, nth) {
  let found2;
  eachNumbered(doc, doc.blocks.length - 1, (i, c, n) => {
    if (c === carrier && n === nth) found2 = i;
    return found2 !== void 0;
  });
  return found2;
}
function steered(order, steer, plain) {
  const list3 = () => order.length === 0 ? "none" : order.map((c) => (c.group.carrier === "heading" ? `heading level ${c.group.level} nth ${c.nth}` : `${c.group.carrier} nth ${c.nth}`) + ` (${c.group.units.length} units, score ${c.score})`).join(", ");
  let hit;
  switch (steer.carrier) {
    case "heading": {
      const atLevel = order.filter((c) => c.group.carrier === "heading" && c.group.level === steer.level);
      hit = steer.nth === void 0 ? atLevel[0] : atLevel.find((c) => c.nth === steer.nth);
      if (!hit && steer.nth !== void 0 && (steer.nth > 1 || atLevel.length > 0)) {
        const one = atLevel.length === 0 ? plain()?.group.units.length : void 0;
        return fail(one ? `level ${steer.level} has no candidate sequence: its ${one} heading${one > 1 ? "s are" : " is"} read as one, nth 1; drop nth or use nth 1` : void 0);
      }
      break;
    }
    case "table":
    case "list":
    case "paragraph":
      hit = order.find((c) => c.group.carrier === steer.carrier && c.nth === steer.nth);
      break;
    default:
      throw new SteeringError("unknown-carrier", `unknown milestone carrier ${JSON.stringify(steer.carrier)}: expected heading, table, list or paragraph`, []);
  }
  return hit ?? plain() ?? fail();
  function fail(hint) {
    const what = steer.carrier === "heading" ? candidateName(steer) : steer.carrier === "paragraph" ? `paragraph sequence ${steer.nth}` : `${steer.carrier} ${steer.nth}`;
    throw new SteeringError("no-match", `the chosen milestone sequence (${what}) matches nothing; candidates: ${list3()}`, order.map((c) => ({ carrier: c.group.carrier, ...c.group.carrier === "heading" ? { level: c.group.level } : {}, nth: c.nth ?? 1, count: c.group.units.length, score: c.score, chosen: false, why: c.why })), hint);
  }
}
var TIME_FAMILIES = /* @__PURE__ */ new Set(["year", "quarter", "month"]);
var LONE_FAMILY = (family) => !/^(?:step|part|day|p|numbered|w:.*|code:.*)$/u.test(family);
function titledPlan(outline, k) {
  const title = outline.headings.find((h) => h.title);
  return ROADMAPISH.test(title ? title.text : outline.headings[k].text);
}
function opensPlan(outline, k) {
  const h = outline.headings[k];
  for (let j = 0; j < k; j++) {
    const o = outline.headings[j];
    if (o.parent === h.parent && o.node.level === h.node.level && !o.excluded) return false;
  }
  return true;
}
function loneTaskUnit(doc, outline) {
  let found2 = -1;
  for (let k = 0; k < outline.headings.length; k++) {
    const h2 = outline.headings[k];
    if (h2.label?.kind !== "strong" || h2.title || h2.excluded || h2.hard) continue;
    if (found2 >= 0) return void 0;
    found2 = k;
  }
  if (found2 < 0) return void 0;
  const h = outline.headings[found2];
  const family = h.label.family;
  if (TIME_FAMILIES.has(family) ? !hasTasks(doc, outline, found2) : !LONE_FAMILY(family) || !opensPlan(outline, found2) || !titledPlan(outline, found2)) return void 0;
  return { carrier: "heading", rank: 3, level: h.node.level, units: [{ carrier: "heading", idx: h.idx, heading: found2, label: h.label }] };
}

// src/parse/legend.ts
var PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
var PAIR = /(\p{Extended_Pictographic}\uFE0F?)\s*(?:[=:：-]\s*)?([\p{L}][\p{L} '’-]{1,24})/gu;
var DESCRIBED = /^\s*(?:[—–:：]|\s-)\s*([\p{L}][\p{L} '’-]{1,30})/u;
var ITEM_MARK = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?\p{Extended_Pictographic}/u;
function pairStatus(text2, m) {
  const words = m[2] ?? "";
  const s = readStatusText(words);
  if (s && s.start === 0) return s.value;
  const dash = words.indexOf(" - ");
  const rest = dash >= 0 ? words.slice(dash) : text2.slice((m.index ?? 0) + m[0].length);
  const d = DESCRIBED.exec(rest);
  if (!d) return void 0;
  const ds = readStatusText(d[1] ?? "");
  return ds && ds.start === 0 ? ds.value : void 0;
}
function readLegend(doc) {
  const legend = /* @__PURE__ */ new Map();
  const define = (pairs, add2 = false) => {
    for (const [emoji, value] of pairs)
      if (LEGEND_ONLY_EMOJI.includes(emoji) && !add2 || !legend.has(emoji)) legend.set(emoji, value);
  };
  let run2 = [];
  let runDepth = -1;
  const endRun = () => {
    if (run2.length >= 2 && new Set(run2.map((p) => p[0])).size >= 2 && new Set(run2.map((p) => p[1])).size >= 2) define(run2, true);
    run2 = [];
    runDepth = -1;
  };
  for (const b of doc.blocks) {
    if (b.type !== "paragraph" && b.type !== "item") {
      endRun();
      continue;
    }
    if (b.type === "paragraph" && b.item) continue;
    const last = Math.min(b.endLine, b.line + 12);
    if (!PICTOGRAPHIC.test(doc.source.slice(contentStart(doc, b.line), doc.lines.lineStart(last)))) {
      endRun();
      continue;
    }
    let itemPair;
    for (let l = b.line; l < last; l++) {
      const text2 = lineText(doc, l);
      if (!PICTOGRAPHIC.test(text2)) continue;
      const pairs = [];
      for (const m of text2.matchAll(PAIR)) {
        const value = pairStatus(text2, m);
        if (value) pairs.push([(m[1] ?? "").replace(/\uFE0F/g, ""), value]);
      }
      if (pairs.length >= 2 || pairs.length === 1 && /legend|key|status/i.test(text2)) define(pairs);
      else if (pairs.length === 1 && l === b.line && b.type === "item" && ITEM_MARK.test(text2)) itemPair = pairs[0];
    }
    if (b.type !== "item" || !itemPair || runDepth >= 0 && b.depth !== runDepth) endRun();
    if (b.type === "item" && itemPair) {
      run2.push(itemPair);
      runDepth = b.depth;
    }
  }
  endRun();
  return legend;
}

// src/parse/freeform/index.ts
function decorative(outline, group, legend) {
  if (group.carrier !== "heading") return false;
  return decorationOf(group.units.map((u) => outline.headings[u.heading].text), legend);
}
var BOX = /^\[[ xX]\]\s/u;
var BACKLOG = /backlog|parking lot|someday/iu;
function inBacklog(outline, idx, label) {
  return /\b999(?:\.|$)/u.test(label.id ?? "") || backlogOwner(outline, idx);
}
var BACKLOG_AT = /\b999(?:\.|\b)/u;
function backlogOwner(outline, idx) {
  const o = outline.owner[idx] ?? -1;
  return o >= 0 && BACKLOG.test(outline.headings[o].text);
}
var horizonStep = (u) => u.label?.kind === "numbered" && u.label.status !== void 0;
function draftOf(doc, outline, group, legend, deco, gsd) {
  const units = group.units.some(horizonStep) && !group.units.every(horizonStep) ? group.units.map((u) => horizonStep(u) ? { ...u, label: { ...u.label, status: void 0 } } : u) : group.units;
  return units.map((u, i) => {
    switch (u.carrier) {
      case "heading":
        return headingDraft(doc, outline, u, legend, deco, gsd ? units[i + 1]?.idx : void 0);
      case "table":
        return tableDraft(doc, outline, u, legend);
      case "list":
        return listDraft(doc, outline, u, legend);
      case "paragraph":
        return paragraphDraft(doc, outline, u, legend);
    }
  });
}
function interiors(n, ranges) {
  const inside = new Uint8Array(n);
  for (const [s, e] of ranges) for (let i = s + 1; i < e && i < n; i++) inside[i] = 1;
  return (idx) => inside[idx] === 1;
}
function attachSections(doc, outline, drafts, legend) {
  const taken = /* @__PURE__ */ new Set();
  const byKey = /* @__PURE__ */ new Map();
  outline.headings.forEach((h, i) => {
    if (h.label?.kind !== "strong" || h.label.id === void 0) return;
    const key = idKey(h.label.id);
    const list3 = byKey.get(key);
    if (list3) list3.push(i);
    else byKey.set(key, [i]);
  });
  return drafts.map((d) => {
    if (!d.id) return d;
    const key = idKey(d.id);
    let k = byKey.get(key)?.find((i) => !taken.has(i)) ?? -1;
    if (k < 0) k = headingWithVersion(outline, d.id, taken) ?? -1;
    if (k < 0) return d;
    taken.add(k);
    const h = outline.headings[k];
    const s = headingDraft(doc, outline, { carrier: "heading", idx: h.idx, heading: k, ...h.label?.id ? { label: h.label } : d.ref.label ? { label: d.ref.label } : {} }, legend, false);
    if (d.statuses.table) s.statuses.table = d.statuses.table;
    if (s.dependsOn.length === 0) s.dependsOn = d.dependsOn;
    if (d.spans.row) s.spans.row = d.spans.row;
    if (d.rowTitle) s.rowTitle = d.rowTitle;
    return s;
  });
}
function extractFreeform(doc, legend, steer) {
  const outline = buildOutline(doc, legend);
  const gsd = detectGsd(doc, outline);
  const choice = chooseSequence(doc, outline, gsd, legend, steer);
  const main = choice.main;
  const notes = [...choice.notes];
  if (!main) return { milestones: [], reading: choice.reading, notes };
  const mainGroup = main;
  let drafts = draftOf(doc, outline, mainGroup, legend, decorative(outline, mainGroup, legend), choice.gsd);
  if (mainGroup.carrier === "table") drafts = attachSections(doc, outline, drafts, legend);
  const inMember = interiors(doc.blocks.length, drafts.flatMap((d) => d.ref.heading !== void 0 ? [[d.ref.idx, outline.headings[d.ref.heading].end]] : []));
  const mainBlocks = new Set(mainGroup.units.map((u) => u.idx));
  let index = indexDrafts(drafts);
  let indexed = drafts;
  if (mainGroup.carrier !== "table") {
    for (let i = 0; i < doc.blocks.length; i++) {
      const b = doc.blocks[i];
      if (b.type !== "table" || b.quoted || inMember(i) || inHardExcluded(outline, i)) continue;
      const merged = mergeTable(doc, outline, drafts, index, i, legend);
      if (merged) {
        if (merged.length !== drafts.length) {
          index = indexDrafts(merged);
          indexed = merged;
        }
        drafts = merged;
      }
    }
  }
  const lists = /* @__PURE__ */ new Map();
  let listSeq = 0;
  const named = /* @__PURE__ */ new Map();
  doc.blocks.forEach((b, i) => {
    if (b.type !== "item" && !(b.type === "paragraph" && b.item)) listSeq++;
    if (b.type !== "item" || b.quoted || !b.raw || mainBlocks.has(i) || inHardExcluded(outline, i)) return;
    const member = inMember(i);
    if (member && !(choice.gsd && b.depth === 0 && BOX.test(b.raw) && (BACKLOG_AT.test(b.raw) || backlogOwner(outline, i)))) return;
    const label = itemLabel(b, legend);
    const key = b.parent ? `n:${b.parent.line}` : `t:${listSeq}`;
    if (label?.kind !== "strong") {
      if (!member) {
        const list4 = named.get(key);
        if (list4) list4.push(i);
        else named.set(key, [i]);
      }
      return;
    }
    if (member && !(label.family === "phase" && inBacklog(outline, i, label))) return;
    const list3 = lists.get(key) ?? [];
    list3.push({ idx: i, label });
    lists.set(key, list3);
  });
  for (const items of lists.values()) {
    const merged = mergeChecklist(doc, outline, drafts, index, items, gsd !== void 0, legend, (idx, label) => inBacklog(outline, idx, label));
    if (merged !== drafts) {
      index = indexDrafts(merged);
      indexed = merged;
    }
    drafts = merged;
  }
  let names;
  for (const items of named.values()) names = mergeNamedChecklist(doc, drafts, items, legend, names);
  applyDetailsBuckets(doc, drafts, legend);
  const byId = indexed === drafts ? index : indexDrafts(drafts);
  readElsewhere(doc, byId, legend);
  readStatusLists(doc, byId, legend);
  readDoneThrough(doc, drafts, byId, legend);
  readDocumentStatus(doc, drafts, legend);
  readBelowStatement(doc, drafts, legend);
  return { milestones: drafts.map((d, i) => finishDraft(d, i + 1)), reading: choice.reading, notes };
}

// src/parse/overview.ts
var ID_HEADER2 = /^(?:milestones?|id|#|ms|milestone id|meilenstein|marco|hito|jalon|里程碑|マイルストーン)$/i;
var TITLE_HEADER = /^(?:title|name|milestone name|titel|título|titre|nombre|名称|标题)$/i;
var FOCUS_HEADER = /^(?:focus|focus area|scope|theme)$/i;
var STATUS_HEADER3 = /^(?:status|state|estado|statut|stato|статус|状态|状態|상태)$/i;
var DEPENDS_HEADER2 = /^(?:depends on|dependencies|deps|requires|prerequisites)$/i;
function overviewColumns(header) {
  const names = header.map((h) => inlineText(h).replace(/[:*]/g, "").trim());
  const id = names.findIndex((n) => ID_HEADER2.test(n));
  const status2 = names.findIndex((n) => STATUS_HEADER3.test(n));
  if (id === -1 || status2 === -1) return void 0;
  const title = names.findIndex((n, i) => i !== id && TITLE_HEADER.test(n));
  const focus = names.findIndex((n) => FOCUS_HEADER.test(n));
  const dependsOn = names.findIndex((n) => DEPENDS_HEADER2.test(n));
  return {
    id,
    status: status2,
    ...title >= 0 ? { title } : {},
    ...focus >= 0 ? { focus } : {},
    ...dependsOn >= 0 ? { dependsOn } : {}
  };
}
function readOverview(doc, table2, columns) {
  const header = locateRow(doc, table2.header.line, table2.header.cells);
  const delimiter = locateRow(doc, table2.header.line + 1, table2.header.cells.map(() => ""));
  return {
    span: linesSpan(doc, table2.line, table2.endLine),
    header,
    delimiter,
    rows: table2.rows.map((r) => locateRow(doc, r.line, r.cells)),
    columns
  };
}

// src/parse/template.ts
var MILESTONE_HEADING = /^(?:[\p{Extended_Pictographic}\s]|\uFE0F)*(?:(?:milestone|meilenstein)\s+(\d+[a-z]?(?:\.\d+)*)|(M\d+[a-z]?(?:\.\d+)*))(?:\s*[:：—–-]+\s*|\s+|$)(.*)$/iu;
function matchMilestoneHeading(text2) {
  const m = MILESTONE_HEADING.exec(text2);
  if (!m) return void 0;
  const id = m[1] !== void 0 ? `M${m[1]}` : m[2] ?? "";
  const title = m[3] ?? "";
  return { id, title: title.trim(), titleOffset: text2.length - title.length, subMilestone: m[1]?.includes(".") ?? false };
}
function looksLikeTemplate(doc) {
  const heads = [];
  const stack = [];
  let firstM = -1;
  const tableIds = [];
  for (const b of doc.blocks) {
    if (b.type === "heading") {
      const text2 = inlineText(b.raw);
      const m = matchMilestoneHeading(text2);
      while (stack.length > 0 && heads[stack[stack.length - 1]].level >= b.level) stack.pop();
      const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
      const isM = m !== void 0 && !m.subMilestone;
      heads.push({ level: b.level, m: isM, dotted: isM && m.id.includes("."), text: text2, parent, holder: false });
      if (isM) {
        if (firstM < 0) firstM = heads.length - 1;
        for (const a of stack) heads[a].holder = true;
      }
      stack.push(heads.length - 1);
    }
    if (b.type === "table") {
      const cols = overviewColumns(b.header.cells);
      if (!cols) continue;
      const ids2 = b.rows.filter((r) => {
        const m = matchMilestoneHeading(inlineText(r.cells[cols.id] ?? ""));
        return m !== void 0 && !m.subMilestone;
      }).length;
      if (ids2 > 0 && ids2 * 2 >= b.rows.length) {
        if (firstM >= 0) return true;
        for (const r of b.rows) tableIds.push(inlineText(r.cells[cols.id] ?? ""));
      }
    }
  }
  if (firstM < 0) {
    if (tableIds.length === 0) return false;
    const rowRests = /* @__PURE__ */ new Set();
    for (const id of tableIds) {
      const rest = labelRest(id);
      if (rest.length >= 3) rowRests.add(rest);
    }
    let named = 0;
    const runs = /* @__PURE__ */ new Map();
    const out = [];
    heads.forEach((h, i) => {
      out[i] = h.parent >= 0 && out[h.parent] || isExcludedSection(h.text) || HOW_TO.test(h.text);
      if (out[i]) return;
      const label = classifyUnit(h.text);
      if (label?.kind !== "strong" || label.family === "m") return;
      if (rowRests.has(labelRest(h.text))) named++;
      const key = `${label.family}:${h.level}`;
      runs.set(key, (runs.get(key) ?? 0) + 1);
    });
    let labelled = 0;
    const families = /* @__PURE__ */ new Set();
    for (const [key, n] of runs) if (n >= 2) {
      labelled += n;
      families.add(key.slice(0, key.lastIndexOf(":")));
    }
    if (families.size >= 2 && labelled > tableIds.length) return false;
    return named < 2;
  }
  let mCount = 0;
  let level = 6;
  for (const h of heads) if (h.m) {
    mCount++;
    level = Math.min(level, h.level);
  }
  if (mCount === 1 && heads[firstM].dotted) return false;
  let before = 0;
  for (let i = 0; i < firstM; i++) if (!heads[i].m && !heads[i].holder && heads[i].level <= level) before++;
  if (before <= mCount) return true;
  const skipped = [];
  const others = /* @__PURE__ */ new Map();
  for (let i = 0; i < firstM; i++) {
    const h = heads[i];
    skipped[i] = h.parent >= 0 && skipped[h.parent] || isExcludedSection(h.text) || HOW_TO.test(h.text);
    if (h.m || h.holder || skipped[i] || h.level > level) continue;
    const label = classifyUnit(h.text);
    if (label?.kind === "strong" && label.family !== "m") others.set(label.family, (others.get(label.family) ?? 0) + 1);
  }
  for (const n of others.values()) if (n > mCount) return false;
  return true;
}
var HOW_TO = /^(?:getting started|quick ?start|installation|install|usage|setup guide|how to)(?![\p{L}])/iu;
var TRAILING_BRACKET = /\s[[(]([^[\]()]+)[\])]\s*$/u;
function headingStatus2(doc, h, title, legend) {
  const s = readHeadingStatus(title, legend);
  if (!s) {
    const typo = TRAILING_BRACKET.exec(title);
    if (!typo || !misspeltStatus(typo[1])) return { title };
    const raw2 = typo[1].trim();
    const span2 = findInLine(doc, h.line, raw2, true);
    return { title: title.slice(0, typo.index).trim(), status: { value: "unknown", raw: raw2, ...span2 ? { span: span2 } : {}, source: "heading" } };
  }
  const raw = title.slice(s.start, s.end);
  const span = findInLine(doc, h.line, raw, true);
  let clean = title;
  if (s.end >= title.replace(/[\s)\]]+$/u, "").length - 1) clean = title.slice(0, s.start).replace(/[\s([—–:-]+$/u, "");
  else if (s.start <= title.search(/\S/u) + 1) clean = title.slice(s.end).replace(/^[\s)\]:—–-]+/u, "");
  return { title: clean.trim() || title, status: { value: s.value, raw, ...span ? { span } : {}, source: "heading" } };
}
function parseTemplate(doc, legend) {
  const blocks = doc.blocks;
  const candidates = [];
  blocks.forEach((b, idx) => {
    if (b.type !== "heading") return;
    const text2 = inlineText(b.raw);
    const m = matchMilestoneHeading(text2);
    if (m) candidates.push({ h: b, idx, m, text: text2 });
  });
  const byLevel = /* @__PURE__ */ new Map();
  for (const c of candidates) byLevel.set(c.h.level, (byLevel.get(c.h.level) ?? 0) + 1);
  let level = 0;
  let best = 0;
  for (const [l, count] of [...byLevel].sort((a, b) => a[0] - b[0])) if (count > best) [level, best] = [l, count];
  const sections2 = [];
  for (const c of candidates.filter((x) => x.h.level === level)) {
    let end = c.idx + 1;
    while (end < blocks.length) {
      const b = blocks[end];
      if (b.type === "heading" && b.level <= level) break;
      end++;
    }
    const endLine = end < blocks.length ? blocks[end].line : doc.lines.count;
    sections2.push({ heading: c.h, id: c.m.id, title: c.m.title, text: c.text, blocks: blocks.slice(c.idx + 1, end), endLine });
  }
  let overview;
  for (const b of blocks) {
    if (b.type !== "table") continue;
    const columns = overviewColumns(b.header.cells);
    if (columns) {
      overview = readOverview(doc, b, columns);
      break;
    }
  }
  const fromSections = /* @__PURE__ */ new Map();
  const order = [];
  for (const s of sections2) {
    const content = readSection(doc, s.blocks, legend);
    const hs = headingStatus2(doc, s.heading, s.title, legend);
    const titleSpan = findInLine(doc, s.heading.line, hs.title) ?? lineSpan(doc, s.heading.line);
    const key = idKey(s.id);
    const milestone = {
      id: s.id,
      title: hs.title,
      ...content.focus ? { focus: content.focus.text } : {},
      status: { value: "unknown", raw: "" },
      statuses: [hs.status, content.status].filter((x) => x !== void 0),
      inferredStatus: inferStatus(content.criteria),
      ...content.goal ? { goal: content.goal } : {},
      criteria: content.criteria,
      deliverables: content.deliverables,
      dependsOn: content.dependsOn,
      ...content.dependsRaw ? { dependsRaw: content.dependsRaw } : {},
      learnings: content.learnings,
      headingTitle: { text: hs.title, span: titleSpan },
      spans: {
        heading: lineSpan(doc, s.heading.line),
        section: linesSpan(doc, s.heading.line, s.endLine),
        ...content.fieldSpans.goal ? { goal: content.fieldSpans.goal } : {},
        ...content.fieldSpans.criteria ? { criteria: content.fieldSpans.criteria } : {},
        ...content.fieldSpans.deliverables ? { deliverables: content.fieldSpans.deliverables } : {},
        ...content.fieldSpans.dependencies ? { dependencies: content.fieldSpans.dependencies } : {},
        ...content.fieldSpans.learnings ? { learnings: content.fieldSpans.learnings } : {}
      },
      line: s.heading.line,
      level: s.heading.level
    };
    if (!fromSections.has(key)) order.push(key);
    fromSections.set(fromSections.has(key) ? `${key}\0${s.heading.line}` : key, milestone);
  }
  const milestones = [];
  const used = /* @__PURE__ */ new Set();
  if (overview) {
    const cols = overview.columns;
    for (const row of overview.rows) {
      const idCell = row.cells[cols.id];
      if (!idCell?.text) continue;
      const named = matchMilestoneHeading(idCell.text);
      const idText = named?.title ? named.id : idCell.text;
      const key = idKey(idText);
      const sec = used.has(key) ? void 0 : fromSections.get(key);
      const rowStatus3 = cols.status !== void 0 ? rowStatusField(row, cols.status, legend, cols.id) : void 0;
      const titleCell = cols.title !== void 0 ? row.cells[cols.title] : void 0;
      const focusCell = cols.focus !== void 0 ? row.cells[cols.focus] : void 0;
      const rowTitle = titleCell ? { text: titleCell.text, span: titleCell.span } : void 0;
      const rowDeps = cols.dependsOn !== void 0 ? row.cells[cols.dependsOn] : void 0;
      if (sec) {
        used.add(key);
        milestones.push({
          ...sec,
          ...focusCell?.text ? { focus: focusCell.text } : {},
          statuses: rowStatus3 ? [rowStatus3, ...sec.statuses] : sec.statuses,
          ...rowTitle ? { rowTitle } : {},
          spans: { ...sec.spans, row }
        });
      } else {
        const deps = rowDeps ? parseDependencies(rowDeps.text).map((d) => ({ id: d.id, raw: d.raw, span: rowDeps.span })) : [];
        milestones.push({
          id: idText,
          title: rowTitle?.text || (named?.title ? named.title : idText),
          ...focusCell?.text ? { focus: focusCell.text } : {},
          status: { value: "unknown", raw: "" },
          statuses: rowStatus3 ? [rowStatus3] : [],
          inferredStatus: "unknown",
          criteria: [],
          deliverables: [],
          dependsOn: deps,
          learnings: [],
          ...rowTitle ? { rowTitle } : {},
          spans: { row },
          line: row.line
        });
      }
    }
  }
  const tableIds = new Set(milestones.map((m) => idKey(m.id)));
  const extra = [];
  for (const [key, sec] of fromSections) {
    const base = key.split("\0")[0];
    if (used.has(key) || tableIds.has(base) && !key.includes("\0") && used.has(base)) continue;
    extra.push(sec);
  }
  return { milestones: placeSections(milestones, extra).map((m) => ({ ...m, status: pickStatus(m.statuses) })), ...overview ? { overview } : {}, phases: readPhases(doc) };
}
function placeSections(listed, extra) {
  if (extra.length === 0) return [...listed];
  const anchors = listed.flatMap((m, i) => m.spans.section ? [{ line: m.line, i }] : []).sort((a, b) => a.line - b.line);
  const after = /* @__PURE__ */ new Map();
  const before = [];
  for (const sec of [...extra].sort((a, b) => a.line - b.line)) {
    const i = anchorBefore(anchors, sec.line);
    if (i >= 0) {
      const list3 = after.get(i) ?? [];
      list3.push(sec);
      after.set(i, list3);
    } else before.push(sec);
  }
  const firstAfter = before.length > 0 ? listed.findIndex((m) => m.spans.section !== void 0 && m.line > before[0].line) : -1;
  const out = [];
  const add2 = (list3) => {
    for (const m of list3) out.push(m);
  };
  listed.forEach((m, i) => {
    if (i === firstAfter) add2(before);
    out.push(m);
    add2(after.get(i) ?? []);
  });
  if (firstAfter === -1) add2(before);
  return out;
}
function rowStatusField(row, col, legend, idCol = -1) {
  const cell2 = row.cells[col];
  if (!cell2?.text) return void 0;
  const s = readStatusText(cell2.text, legend);
  if (!s) {
    const other = row.cells.find((c, i) => i !== col && i !== idCol && isStatusOnly(c.text, legend));
    const o = other ? readStatusText(other.text, legend) : void 0;
    if (other && o) return { value: o.value, raw: other.text, span: other.span, source: "table" };
  }
  return { value: s ? s.value : "unknown", raw: cell2.text, span: cell2.span, source: "table" };
}
function readPhases(doc) {
  const blocks = doc.blocks;
  const phases = [];
  const at = blocks.findIndex((b) => b.type === "heading" && /milestone progression|phases/i.test(inlineText(b.raw)));
  if (at === -1) return phases;
  const parent = blocks[at];
  let cur;
  const flush = (endLine2) => {
    if (cur) phases.push({ title: cur.title, span: linesSpan(doc, cur.line, endLine2), focus: cur.focus });
  };
  let i = at + 1;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === "heading" && b.level <= parent.level) break;
    if (b.type === "heading") {
      flush(b.line);
      cur = { title: inlineText(b.raw), line: b.line, focus: [] };
    } else if (b.type === "item" && cur && b.raw) cur.focus.push(inlineText(b.raw.split("\n", 1)[0] ?? ""));
  }
  const endLine = i < blocks.length ? blocks[i].line : doc.lines.count;
  flush(endLine);
  return phases;
}

// src/parse/to-model.ts
function parseRoadmap(source, options = {}) {
  forgetStatusTexts();
  forgetIdKeys();
  forgetInlineTexts();
  const doc = prepareDocument(source);
  const legend = readLegend(doc);
  const h1 = doc.blocks.find((b) => b.type === "heading" && b.level === 1);
  const title = h1 && h1.type === "heading" ? inlineText(h1.raw) : "";
  const steer = options.milestones !== void 0 ? validateSteer(options.milestones) : void 0;
  const template = looksLikeTemplate(doc) && !steer;
  const free = template ? void 0 : extractFreeform(doc, legend, steer);
  const parsed = free ? { ...free, phases: [] } : parseTemplate(doc, legend);
  const reading = free ? free.reading : { carrier: "template", candidates: [] };
  const notes = [
    ...free ? free.notes.map((message) => ({ message })) : [],
    ...parsed.milestones.length === 0 ? [{ message: "no milestones found: the document has no recognisable milestone sequence (`roadmark status --explain` says how to name one)" }] : []
  ];
  const roadmap = {
    title,
    format: template ? "template" : "freeform",
    milestones: parsed.milestones,
    phases: parsed.phases,
    ..."overview" in parsed && parsed.overview ? { overview: parsed.overview } : {},
    source,
    lines: doc.lines,
    eol: doc.eol,
    bom: doc.bomLength > 0,
    notes,
    reading
  };
  parsedBlocks.set(roadmap, doc.blocks);
  return roadmap;
}
var parsedBlocks = /* @__PURE__ */ new WeakMap();
function blocksOfParsed(roadmap) {
  return parsedBlocks.get(roadmap);
}

// src/io/read-file.ts
init_errors();
init_git_root();
import { readFile, stat as stat2 } from "node:fs/promises";
import { existsSync as existsSync4 } from "node:fs";
import path4 from "node:path";

// src/io/windows-1252.ts
var HIGH = [
  8364,
  129,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  141,
  381,
  143,
  144,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  157,
  382,
  376
];
function decodeWindows1252(bytes) {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 128] ?? c.charCodeAt(0)));
}

// src/io/read-file.ts
var DEFAULT_ROADMAP_PATHS = ["ROADMAP.md", "docs/ROADMAP.md", "docs/roadmap/ROADMAP.md", ".planning/ROADMAP.md"];
var DEFAULT_MAX_SIZE = 64 * 1024 * 1024;
function resolveRoadmapPath(file, cwd = process.cwd()) {
  if (file) return path4.resolve(cwd, file);
  const first = (dir) => DEFAULT_ROADMAP_PATHS.map((p) => path4.join(dir, p)).find((full) => existsSync4(full));
  const here = first(cwd);
  if (here) return here;
  const top = findGitRoot(cwd);
  const there = top && top !== path4.resolve(cwd) ? first(top) : void 0;
  if (there) return there;
  throw new InputError(
    "file",
    "missing",
    `no roadmap found: none of ${DEFAULT_ROADMAP_PATHS.join(", ")} exists in ${cwd}${top && top !== path4.resolve(cwd) ? ` or ${top}` : ""}`,
    "name the roadmap file, or create one with `roadmark init`",
    "NOT_FOUND"
  );
}
async function readTextFile(file, display, maxSize = DEFAULT_MAX_SIZE) {
  let info2;
  try {
    info2 = await stat2(file);
  } catch (e) {
    throw fsError(display, e);
  }
  if (info2.isDirectory()) throw new UsageError(`${display}: is a directory, expected a Markdown file`);
  if (info2.size > maxSize)
    throw new InputError("maxSize", "too-large", `${display}: file too large (${formatBytes(info2.size)}, limit ${formatBytes(maxSize)})`, "raise the size limit");
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new UsageError(`${display}: ${describeFsError(e)}`);
  }
  if (bytes.length > maxSize) throw new UsageError(`${display}: file too large (${formatBytes(bytes.length)}, limit ${formatBytes(maxSize)})`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new UsageError(`${display}: binary file (NUL byte at offset ${nul}), expected Markdown text`);
  const { text: text2, encoding } = decodeText(bytes);
  return { path: file, bytes, text: text2, encoding, mode: info2.mode & 4095 };
}
function decodeText(bytes) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}
function fsError(display, e) {
  const code2 = e?.code;
  return code2 === "ENOENT" ? new NotFoundError(`${display}: ${describeFsError(e)}`) : new UsageError(`${display}: ${describeFsError(e)}`);
}
function describeFsError(e) {
  const code2 = e?.code;
  switch (code2) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, expected a Markdown file";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

// src/io/load-roadmap.ts
function displayPath(p, cwd = process.cwd()) {
  const rel = path5.relative(cwd, p);
  return rel && !rel.startsWith("..") && !path5.isAbsolute(rel) ? rel : p;
}
async function loadRoadmap(opts) {
  const cwd = opts.cwd ?? process.cwd();
  const full = resolveRoadmapPath(opts.file, cwd);
  const display = displayPath(full, cwd);
  const file = await readTextFile(full, display, opts.maxSize ?? DEFAULT_MAX_SIZE);
  const roadmap = parseRoadmap(file.text, typeof opts.parse === "function" ? opts.parse(full) : opts.parse);
  const warnings = [];
  if (file.encoding !== "utf-8") warnings.push(`${display}: not valid UTF-8, read as Windows-1252`);
  for (const n of roadmap.notes) warnings.push(`${display}: ${n.message}`);
  return { file, display, roadmap, warnings };
}

// src/ops/lint.ts
init_write_file();

// src/lint/expand-globs.ts
init_errors();
import { readdirSync } from "node:fs";
import path8 from "node:path";
var MAGIC = /[*?[\]{}]/;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function hasMagic(p) {
  return MAGIC.test(p);
}
function expandBraces(p) {
  const open3 = p.indexOf("{");
  if (open3 === -1) return [p];
  let depth = 0;
  for (let i = open3; i < p.length; i++) {
    if (p[i] === "{") depth++;
    else if (p[i] === "}" && --depth === 0) {
      const inner = p.slice(open3 + 1, i);
      const parts = [];
      let d = 0;
      let from = 0;
      for (let j = 0; j < inner.length; j++) {
        if (inner[j] === "{") d++;
        else if (inner[j] === "}") d--;
        else if (inner[j] === "," && d === 0) {
          parts.push(inner.slice(from, j));
          from = j + 1;
        }
      }
      parts.push(inner.slice(from));
      return parts.flatMap((part) => expandBraces(p.slice(0, open3) + part + p.slice(i + 1)));
    }
  }
  return [p];
}
function segmentRegex(seg) {
  let re = "";
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "[") {
      const close = seg.indexOf("]", i + 1);
      if (close === -1) re += "\\[";
      else {
        const body = seg.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  const dotOk = seg.startsWith(".");
  return new RegExp(`^${dotOk ? "" : "(?!\\.)"}${re}$`);
}
function list2(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  } catch {
    return [];
  }
}
function walk(dir, segs, out) {
  const [seg, ...rest] = segs;
  if (seg === void 0) return;
  if (seg === "**") {
    walk(dir, rest, out);
    for (const e of list2(dir)) if (e.dir && !SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) walk(path8.join(dir, e.name), segs, out);
    return;
  }
  if (!hasMagic(seg)) {
    const next = path8.join(dir, seg);
    if (rest.length === 0) {
      if (list2(dir).some((e) => e.name === seg && !e.dir)) out.add(next);
    } else walk(next, rest, out);
    return;
  }
  const re = segmentRegex(seg);
  for (const e of list2(dir)) {
    if (!re.test(e.name)) continue;
    const next = path8.join(dir, e.name);
    if (rest.length === 0) {
      if (!e.dir) out.add(next);
    } else if (e.dir) walk(next, rest, out);
  }
}
function globFiles(pattern, cwd) {
  const out = /* @__PURE__ */ new Set();
  for (const p of expandBraces(pattern)) {
    const abs = path8.resolve(cwd, p);
    const root = path8.parse(abs).root;
    const segs = abs.slice(root.length).split(/[\\/]+/).filter(Boolean);
    let i = 0;
    while (i < segs.length && !hasMagic(segs[i]) && segs[i] !== "**") i++;
    const base = path8.join(root, ...segs.slice(0, i));
    walk(base, segs.slice(i), out);
  }
  return [...out].sort();
}
function expandFileArgs(args, cwd) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const a of args) {
    const matches = hasMagic(a) ? globFiles(a, cwd) : [path8.resolve(cwd, a)];
    if (matches.length === 0) throw new UsageError(`no files match "${a}"`, "check the pattern; quote it so the shell does not expand it");
    for (const m of matches) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push(m);
    }
  }
  return out;
}

// src/lint/find-config.ts
init_errors();
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import path9 from "node:path";

// src/lint/config.ts
init_errors();
var CONFIG_SEVERITIES = ["off", "warn", "error"];
var DEFAULT_CONFIG = { rules: {} };
var TOP_KEYS = ["$schema", "rules", "milestones"];
function describe2(v) {
  return typeof v === "string" ? `"${v}"` : Array.isArray(v) ? "an array" : v === null ? "null" : typeof v === "object" ? "an object" : String(v);
}
var STEER_KEYS = { heading: ["carrier", "level", "nth"], table: ["carrier", "nth"], list: ["carrier", "nth"], paragraph: ["carrier", "nth"] };
function parseSteer(raw) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new UsageError(`config: milestones must be an object such as { "carrier": "heading", "level": 2 }, got ${describe2(raw)}`);
  let steer;
  try {
    steer = validateSteer(raw);
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`config: ${e.message.startsWith("milestones") ? "" : "milestones: "}${e.message}`);
    throw e;
  }
  const allowed = STEER_KEYS[steer.carrier];
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) throw new UsageError(`config: unknown key "${key}" at milestones, a ${steer.carrier} choice takes ${allowed.map((k) => `"${k}"`).join(", ").replace(/, (?=[^,]*$)/u, " and ")}`);
  }
  return steer;
}
function checkOption(where, key, value, def) {
  const at = `${where}.${key}`;
  if (Array.isArray(def)) {
    if (!Array.isArray(value) || !value.every((x) => typeof x === "string")) throw new UsageError(`config: ${at} must be an array of strings, got ${describe2(value)}`);
    return value;
  }
  if (typeof def === "number") {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new UsageError(`config: ${at} must be a non-negative number, got ${describe2(value)}`);
    return value;
  }
  if (typeof value !== typeof def) throw new UsageError(`config: ${at} must be a ${typeof def}, got ${describe2(value)}`);
  return value;
}
function toSeverity(where, v) {
  if (v === "off" || v === 0) return "off";
  if (v === "warn" || v === "warning" || v === 1) return "warning";
  if (v === "error" || v === 2) return "error";
  throw new UsageError(`config: ${where} must be one of ${CONFIG_SEVERITIES.join(", ")}, got ${describe2(v)}`);
}
function parseConfig(raw, origin) {
  const prefix = (m) => m.replace(/^config: /, `config: ${origin}: `);
  try {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new UsageError(`config: expected an object, got ${describe2(raw)}`);
    for (const key of Object.keys(raw)) {
      if (!TOP_KEYS.includes(key)) throw new UsageError(`config: unknown key "${key}", expected one of ${TOP_KEYS.join(", ")}`);
    }
    const steerRaw = raw.milestones;
    const steer = steerRaw === void 0 ? {} : { milestones: parseSteer(steerRaw) };
    const rulesRaw = raw.rules;
    if (rulesRaw === void 0) return { rules: {}, ...steer, source: origin };
    if (typeof rulesRaw !== "object" || rulesRaw === null || Array.isArray(rulesRaw)) throw new UsageError(`config: rules must be an object, got ${describe2(rulesRaw)}`);
    const rules = {};
    for (const [id, value] of Object.entries(rulesRaw)) {
      const where = `rules.${id}`;
      if (!isRuleId(id)) throw new UsageError(`config: unknown rule "${id}" at ${where}, expected one of ${RULE_IDS.join(", ")}`);
      const declared = ruleOptions(id);
      let severity;
      let optionsRaw;
      if (Array.isArray(value)) {
        if (value.length < 1 || value.length > 2) throw new UsageError(`config: ${where} must be a severity or [severity, options], got an array of ${value.length}`);
        severity = toSeverity(where, value[0]);
        optionsRaw = value[1];
      } else if (typeof value === "object" && value !== null) {
        optionsRaw = value;
      } else severity = toSeverity(where, value);
      const options = {};
      if (optionsRaw !== void 0) {
        if (typeof optionsRaw !== "object" || optionsRaw === null || Array.isArray(optionsRaw)) throw new UsageError(`config: ${where} options must be an object, got ${describe2(optionsRaw)}`);
        for (const [key, v] of Object.entries(optionsRaw)) {
          if (!Object.hasOwn(declared, key)) {
            const known = Object.keys(declared);
            throw new UsageError(`config: unknown option "${key}" at ${where}.${key}, ${known.length ? `expected one of ${known.join(", ")}` : "the rule takes no options"}`);
          }
          options[key] = checkOption(where, key, v, declared[key]);
        }
      }
      rules[id] = { ...severity ? { severity } : {}, ...Object.keys(options).length ? { options } : {} };
    }
    return { rules, ...steer, source: origin };
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(prefix(e.message), e.hint);
    throw e;
  }
}
function parseConfigText(text2, origin, key) {
  let raw;
  try {
    raw = JSON.parse(text2);
  } catch (e) {
    throw new UsageError(`config: ${origin}: not valid JSON (${e.message})`);
  }
  if (key !== void 0) {
    if (typeof raw !== "object" || raw === null) throw new UsageError(`config: ${origin}: expected an object`);
    raw = raw[key];
    return parseConfig(raw, `${origin} "${key}"`);
  }
  return parseConfig(raw, origin);
}

// src/lint/find-config.ts
var CONFIG_FILE = ".roadmarkrc.json";
function readIfFile(file) {
  try {
    if (!statSync2(file).isFile()) return void 0;
  } catch {
    return void 0;
  }
  try {
    return readFileSync2(file, "utf8");
  } catch (e) {
    throw new UsageError(`config: ${file}: cannot read (${e.code ?? e.message})`);
  }
}
function loadConfigFile(file, display = file) {
  let text2;
  try {
    text2 = readFileSync2(file, "utf8");
  } catch (e) {
    const code2 = e.code;
    throw new UsageError(`config: ${display}: ${code2 === "ENOENT" ? "no such file" : code2 === "EISDIR" ? "is a directory" : e.message}`);
  }
  if (path9.basename(file) === "package.json") return parseConfigText(text2, display, "roadmark");
  return parseConfigText(text2, display);
}
var ConfigFinder = class {
  byDir = /* @__PURE__ */ new Map();
  /** The config that applies to `file` (the defaults when none is found). */
  forFile(file) {
    return this.forDir(path9.dirname(path9.resolve(file)));
  }
  forDir(dir) {
    const hit = this.byDir.get(dir);
    if (hit) return hit;
    let found2;
    const rc = path9.join(dir, CONFIG_FILE);
    const rcText = readIfFile(rc);
    if (rcText !== void 0) found2 = parseConfigText(rcText, rc);
    else {
      const pkg = path9.join(dir, "package.json");
      const pkgText = readIfFile(pkg);
      if (pkgText !== void 0) {
        let parsed;
        try {
          parsed = JSON.parse(pkgText);
        } catch {
          parsed = void 0;
        }
        if (typeof parsed === "object" && parsed !== null && "roadmark" in parsed) found2 = parseConfigText(pkgText, pkg, "roadmark");
      }
    }
    if (!found2) {
      const parent = path9.dirname(dir);
      found2 = parent === dir ? DEFAULT_CONFIG : this.forDir(parent);
    }
    this.byDir.set(dir, found2);
    return found2;
  }
};

// src/edit/apply-edits.ts
function applyEdits(source, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const skipped = [];
  const applied = [];
  let out = "";
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.start > e.end || e.end > source.length) {
      skipped.push(e);
      continue;
    }
    out += source.slice(cursor, e.start) + e.text;
    cursor = e.end;
    applied.push(e);
  }
  return { output: out + source.slice(cursor), applied, skipped };
}

// src/lint/directives.ts
var DIRECTIVE = /<!--\s*roadmark-(disable-next-line|disable-line|disable|enable)\b((?:(?!-->).)*)-->/g;
var NONE3 = { suppressed: () => false };
function ids(text2) {
  return text2.replace(/--.*$/s, "").split(/[\s,]+/).filter(Boolean);
}
function readDirectives(source, lines, skip) {
  if (!source.includes("roadmark-")) return NONE3;
  const ranges = [];
  const single = /* @__PURE__ */ new Map();
  let state = { all: false, off: /* @__PURE__ */ new Set(), on: /* @__PURE__ */ new Set() };
  const addSingle = (line, list3) => {
    const cur = single.get(line);
    if (list3.length === 0 || cur === "all") single.set(line, "all");
    else single.set(line, /* @__PURE__ */ new Set([...cur ?? [], ...list3]));
  };
  for (let l = 0; l < lines.count; l++) {
    if (skip.has(l)) continue;
    const text2 = lines.lineText(l);
    if (!text2.includes("roadmark-")) continue;
    for (const m of text2.matchAll(DIRECTIVE)) {
      const kind = m[1];
      const list3 = ids(m[2] ?? "");
      if (kind === "disable-next-line") addSingle(l + 1, list3);
      else if (kind === "disable-line") addSingle(l, list3);
      else if (kind === "disable") {
        state = list3.length === 0 ? { all: true, off: /* @__PURE__ */ new Set(), on: /* @__PURE__ */ new Set() } : { all: state.all, off: /* @__PURE__ */ new Set([...state.off, ...list3]), on: new Set([...state.on].filter((x) => !list3.includes(x))) };
        ranges.push({ line: l, state });
      } else {
        state = list3.length === 0 ? { all: false, off: /* @__PURE__ */ new Set(), on: /* @__PURE__ */ new Set() } : { all: state.all, off: new Set([...state.off].filter((x) => !list3.includes(x))), on: /* @__PURE__ */ new Set([...state.on, ...list3]) };
        ranges.push({ line: l, state });
      }
    }
  }
  return {
    suppressed(ruleId, line) {
      const s = single.get(line);
      if (s === "all" || s?.has(ruleId)) return true;
      let cur;
      for (const r of ranges) {
        if (r.line > line) break;
        cur = r.state;
      }
      if (!cur) return false;
      return cur.all ? !cur.on.has(ruleId) : cur.off.has(ruleId);
    }
  };
}

// src/lint/run-rules.ts
function isTemplateShaped(roadmap) {
  return roadmap.overview !== void 0 || roadmap.format === "template";
}
function scopeApplies(scope, roadmap) {
  const empty = roadmap.milestones.length === 0;
  switch (scope) {
    case "not-a-roadmap":
      return empty;
    case "roadmap":
      return !empty;
    case "template":
      return !empty && isTemplateShaped(roadmap);
  }
}
var blockCache = /* @__PURE__ */ new WeakMap();
function blocksOf(roadmap) {
  let b = blockCache.get(roadmap);
  if (!b) {
    b = blocksOfParsed(roadmap) ?? prepareDocument(roadmap.source).blocks;
    blockCache.set(roadmap, b);
  }
  return b;
}
function severityFor(rule, messageId, config2) {
  const set = config2.rules[rule.id]?.severity;
  if (set) return set;
  return rule.messageSeverity?.[messageId] ?? rule.severity;
}
function lintRoadmap(roadmap, options = {}) {
  const config2 = options.config ?? DEFAULT_CONFIG;
  const found2 = [];
  (options.rules ?? RULES).forEach((rule, order) => {
    if (options.only && !options.only.includes(rule.id)) return;
    if (config2.rules[rule.id]?.severity === "off") return;
    if (rule.offByDefault && config2.rules[rule.id]?.severity === void 0) return;
    if (!scopeApplies(rule.scope, roadmap)) return;
    const setOptions = config2.rules[rule.id]?.options;
    const ruleOptions2 = setOptions ? { ...rule.options, ...setOptions } : rule.options;
    const ctx = {
      roadmap,
      options: ruleOptions2,
      get blocks() {
        return blocksOf(roadmap);
      },
      history: options.history,
      fileExists: options.fileExists,
      verify: options.verify,
      report(messageId, span, extras) {
        const severity = severityFor(rule, messageId, config2);
        if (severity === "off") return;
        const template = rule.messages[messageId] ?? messageId;
        found2.push({
          order,
          d: {
            ruleId: rule.id,
            severity,
            message: formatMessage(template, extras?.data),
            span,
            ...extras?.related && extras.related.length > 0 ? { related: extras.related } : {},
            ...extras?.fix && extras.fix.length > 0 ? { fix: extras.fix } : {}
          }
        });
      }
    };
    rule.check(ctx);
  });
  let diagnostics = found2;
  let suppressed = 0;
  if (roadmap.source.includes("roadmark-")) {
    const directives = readDirectives(roadmap.source, roadmap.lines, codeLines(blocksOf(roadmap)));
    diagnostics = found2.filter(({ d }) => {
      const off = directives.suppressed(d.ruleId, roadmap.lines.lineOf(d.span.start));
      if (off) suppressed++;
      return !off;
    });
  }
  diagnostics.sort((a, b) => a.d.span.start - b.d.span.start || a.order - b.order || a.d.span.end - b.d.span.end);
  return { diagnostics: diagnostics.map((x) => x.d), suppressed };
}

// src/lint/fix.ts
function parseOptionsOf(options) {
  return options.config?.milestones ? { milestones: options.config.milestones } : {};
}
var MAX_FIX_PASSES = 10;
function overlaps(a, b) {
  if (a.start === a.end && b.start === b.end) return false;
  return a.start < b.end && b.start < a.end;
}
function lowerBound(sorted, at) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function clashes(sorted, e) {
  const i = lowerBound(sorted, e.start);
  let from = i - 1;
  if (from < 0) from = 0;
  else while (from > 0 && sorted[from - 1].start === sorted[from].start) from--;
  for (let j = from; j < sorted.length; j++) {
    const t = sorted[j];
    if (t.start >= e.end && t.start > e.start) break;
    if (overlaps(e, t)) return true;
  }
  return false;
}
function selectFixes(diagnostics) {
  const taken = [];
  const sorted = [];
  let count = 0;
  for (const d of diagnostics) {
    const fix = d.fix;
    if (!fix || fix.length === 0) continue;
    if (fix.some((e, i) => clashes(sorted, e) || fix.some((f, k) => k < i && overlaps(e, f)))) continue;
    for (const e of fix) {
      taken.push(e);
      sorted.splice(lowerBound(sorted, e.start + 1), 0, e);
    }
    count++;
  }
  return { edits: taken, count };
}
function fixSource(source, options = {}) {
  const parse = parseOptionsOf(options);
  let text2 = source;
  let roadmap = parseRoadmap(text2, parse);
  let result = lintRoadmap(roadmap, options);
  let passes = 0;
  let fixed = 0;
  while (passes < MAX_FIX_PASSES) {
    const { edits, count } = selectFixes(result.diagnostics);
    if (count === 0) break;
    const next = applyEdits(text2, edits).output;
    if (next === text2) break;
    text2 = next;
    passes++;
    fixed += count;
    roadmap = parseRoadmap(text2, parse);
    result = lintRoadmap(roadmap, options);
  }
  return { output: text2, passes, fixed, roadmap, result };
}
function lintSource(source, options = {}) {
  const roadmap = parseRoadmap(source, parseOptionsOf(options));
  return { roadmap, result: lintRoadmap(roadmap, options) };
}

// src/lint/formats/json.ts
function toLintJson(files) {
  return files.map((f) => ({
    file: f.file,
    diagnostics: f.diagnostics.map((d) => {
      const { start, end } = region(f, d);
      return {
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        fixable: d.fix !== void 0 && d.fix.length > 0
      };
    })
  }));
}

// src/ops/lint.ts
init_errors();

// src/ops/steer.ts
var UNSTEERED = { parse: {} };
function steeringOf(config2) {
  return config2.milestones ? { parse: { milestones: config2.milestones }, source: config2.source } : UNSTEERED;
}
function steeringFor(file, finder = new ConfigFinder()) {
  return steeringOf(finder.forFile(file));
}
function candidateLabel(c, candidates) {
  return `${candidateName(steerOf(c, candidates))} (${c.count} units, score ${c.score})`;
}
function steered2(steering, display, cwd, read) {
  try {
    return read();
  } catch (e) {
    throw explainSteeringError(e, steering, display, cwd);
  }
}
function explainSteeringError(e, steering, display, cwd) {
  if (!(e instanceof SteeringError) || e.reason !== "no-match" || !steering.parse.milestones) return e;
  const m = steering.parse.milestones;
  const what = candidateName(m);
  const where = steering.source ? ` in ${displayPath(steering.source, cwd)}` : "";
  const hint = e.hint ?? (e.candidates.length === 0 ? m.carrier === "heading" ? `the document has no heading at level ${m.level} outside its title and excluded sections: choose another level, or remove the milestones setting` : m.carrier === "paragraph" ? "the reader found no run of labelled paragraphs (`**Phase 1:** …`) in the document: choose a heading level, table or list, or remove the milestones setting" : `the document has fewer than ${m.nth} ${m.carrier === "table" ? "tables" : "lists"} (counted from 1 in document order), or that one has no ${m.carrier === "table" ? "row" : "item"} with text: choose another, or remove the milestones setting` : `candidates: ${e.candidates.map((c) => candidateLabel(c, e.candidates)).join("; ")}`);
  return new SteeringError("no-match", `${display}: the milestones chosen${where} (${what}) match nothing in the document`, e.candidates, hint);
}

// src/ops/verify-context.ts
import path11 from "node:path";
async function findGitPlace(dir) {
  const runGit2 = (await Promise.resolve().then(() => (init_git(), git_exports))).runGit;
  let lines;
  try {
    lines = (await runGit2(["rev-parse", "--absolute-git-dir", "--show-toplevel"], dir)).split("\n");
  } catch {
    return void 0;
  }
  const gitDir = lines[0]?.trim();
  const top = lines[1]?.trim();
  if (!gitDir || !top) return void 0;
  const head = await runGit2(["rev-parse", "--verify", "-q", "HEAD"], dir).then(
    (s) => s.trim() || null,
    () => null
  );
  return { top, recordFile: path11.join(gitDir, "roadmark", "verify.json"), head };
}
async function verifyPlace(file) {
  const dir = path11.dirname(path11.resolve(file));
  const git = await findGitPlace(dir);
  return { root: git?.top ?? dir, git };
}
async function readRecordAt(file) {
  return (await Promise.resolve().then(() => (init_verify_record(), verify_record_exports))).readRecord(file);
}
function namesCommands(roadmap) {
  return roadmap.milestones.some((m) => m.criteria.some((c) => c.verify));
}
async function readVerifyContext(file, roadmap) {
  if (!namesCommands(roadmap)) return void 0;
  const place = await findGitPlace(path11.dirname(path11.resolve(file)));
  return place ? { record: await readRecordAt(place.recordFile), head: place.head } : void 0;
}
async function readVerifyRecordFor(file, text2) {
  if (!/verify:/i.test(text2)) return void 0;
  const place = await findGitPlace(path11.dirname(path11.resolve(file)));
  return place ? readRecordAt(place.recordFile) : void 0;
}

// src/ops/lint.ts
async function lint(ws, req = {}) {
  const args = req.files ?? [];
  const paths = args.length > 0 ? expandFileArgs([...args], ws.cwd) : [resolveRoadmapPath(ws.file, ws.cwd)];
  const explicit = req.config ? loadConfigFile(path12.resolve(ws.cwd, req.config), req.config) : void 0;
  const finder = new ConfigFinder();
  const maxSize = ws.maxSize ?? DEFAULT_MAX_SIZE;
  const read = await Promise.all(paths.map((full) => readTextFile(full, displayPath(full, ws.cwd), maxSize)));
  const jobs = read.map((file, i) => ({ full: paths[i], display: displayPath(paths[i], ws.cwd), file, config: explicit ?? finder.forFile(paths[i]) }));
  const warnings = [];
  for (const j of jobs) {
    if (j.file.encoding === "utf-8") continue;
    if (req.fix) throw new UsageError(`${j.display}: not valid UTF-8 (read as Windows-1252); refusing to fix`, "convert the file to UTF-8 first");
    warnings.push(`${j.display}: not valid UTF-8, read as Windows-1252`);
  }
  const git = new GitRootFinder();
  const histories = await Promise.all(
    jobs.map((j) => j.config.rules.stale?.severity === "off" || !git.rootOf(path12.dirname(j.full)) ? void 0 : readStaleness(ws.cwd, j.full))
  );
  const records = await Promise.all(
    jobs.map((j) => j.config.rules["verify-failing"]?.severity === "off" || !git.rootOf(path12.dirname(j.full)) ? void 0 : readVerifyRecordFor(j.full, j.file.text))
  );
  const seen = /* @__PURE__ */ new Map();
  const exists2 = (p) => {
    let hit = seen.get(p);
    if (hit === void 0) seen.set(p, hit = existsSync5(p));
    return hit;
  };
  const files = [];
  const writes = [];
  jobs.forEach((job, i) => {
    const dir = path12.dirname(job.full);
    const history = histories[i];
    const record = records[i];
    const options = { config: job.config, fileExists: (rel) => exists2(path12.resolve(dir, rel)), ...history ? { history } : {}, ...record ? { verify: record } : {} };
    const steering = steeringOf(job.config);
    if (req.fix) {
      const fixed2 = steered2(steering, job.display, ws.cwd, () => fixSource(job.file.text, options));
      if (fixed2.output !== job.file.text) writes.push({ job, text: fixed2.output, fixed: fixed2.fixed });
      files.push({ file: job.display, lines: fixed2.roadmap.lines, bom: fixed2.roadmap.bom, diagnostics: fixed2.result.diagnostics });
    } else {
      const { roadmap, result } = steered2(steering, job.display, ws.cwd, () => lintSource(job.file.text, options));
      files.push({ file: job.display, lines: roadmap.lines, bom: roadmap.bom, diagnostics: result.diagnostics });
    }
  });
  for (const w of writes) {
    const now = await readTextFile(w.job.full, w.job.display, maxSize).catch(() => void 0);
    if (!now?.bytes.equals(w.job.file.bytes)) throw new UsageError(`${w.job.display}: the file changed on disk since it was read; nothing written`, "run the command again", "STALE");
  }
  const fixed = [];
  for (const w of writes) {
    await writeFileAtomic(w.job.full, w.text, { expected: w.job.file.bytes, mode: w.job.file.mode, display: w.job.display });
    fixed.push({ display: w.job.display, count: w.fixed });
  }
  return { files, fixed, warnings, counts: countFindings(files), json: toLintJson(files) };
}

// src/edit/find.ts
init_errors();
function requireMilestone(roadmap, id) {
  const m = findMilestone(roadmap, id);
  if (m) return m;
  const ids2 = roadmap.milestones.map((x) => x.id);
  const known = ids2.length === 0 ? "the roadmap has no milestones" : `known: ${ids2.length > 12 ? `${ids2.slice(0, 12).join(", ")}, …` : ids2.join(", ")}`;
  throw new NotFoundError(`unknown milestone "${id}": ${known}`, "run `roadmark status` to see the ids");
}
function shorten(text2, max = 40) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1).trimEnd()}…`;
}
function resolveCriterion(m, spec, source) {
  const all = m.criteria;
  if (all.length === 0) throw new UsageError(`${m.id} has no criteria (checkbox items)`);
  const trimmed = spec.trim();
  if (/^\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    const c = all[n - 1];
    if (n < 1 || !c) throw new NotFoundError(`criterion ${trimmed} of ${m.id} is out of range: it has ${all.length} (1–${all.length})`);
    return { criterion: c, index: n - 1 };
  }
  const needle = trimmed.toLowerCase();
  if (!needle) throw new UsageError(`empty criterion: give a 1-based index or a text fragment`);
  const texts = (c) => {
    const plain = c.text.toLowerCase();
    return source === void 0 ? [plain] : [plain, source.slice(c.textSpan.start, c.textSpan.end).trim().toLowerCase()];
  };
  const hits = all.map((c, index) => ({ criterion: c, index })).filter((h) => texts(h.criterion).some((t) => t.includes(needle)));
  if (hits.length === 1) return hits[0];
  const exact = hits.filter((h) => texts(h.criterion).some((t) => t === needle));
  if (exact.length === 1) return exact[0];
  if (hits.length === 0) throw new NotFoundError(`no criterion of ${m.id} matches "${spec}"`, `give a 1-based index (1–${all.length}) or another fragment`);
  const list3 = hits.map((h) => `${h.index + 1} "${shorten(h.criterion.text, 30)}"`).join(", ");
  throw new UsageError(`"${spec}" matches ${hits.length} criteria of ${m.id}: ${list3}`, "give the index or a longer fragment");
}

// src/report/status-json.ts
init_record();

// src/report/summary.ts
function milestoneProgress(m) {
  let done = 0;
  for (const c of m.criteria) if (c.checked) done++;
  return { done, total: m.criteria.length };
}
function roadmapProgress(r) {
  let done = 0;
  let total = 0;
  for (const m of r.milestones) {
    const p = milestoneProgress(m);
    done += p.done;
    total += p.total;
  }
  return { done, total };
}
function isFinished(m) {
  const s = effectiveStatus(m);
  return s === "done" || s === "cancelled";
}
function dependenciesDone(r, m) {
  return m.dependsOn.every((d) => {
    const dep = findMilestone(r, d.id);
    return dep === void 0 || isFinished(dep);
  });
}
function currentMilestone(r) {
  const inProgress = r.milestones.find((m) => m.status.value === "in_progress") ?? r.milestones.find((m) => effectiveStatus(m) === "in_progress");
  if (inProgress) return inProgress;
  return r.milestones.find((m) => !isFinished(m) && effectiveStatus(m) !== "blocked" && dependenciesDone(r, m));
}
function whyNoCurrent(r) {
  const open3 = r.milestones.filter((m) => !isFinished(m));
  if (open3.length === 0) return "every milestone is finished";
  const list3 = (ms) => ms.length > 4 ? `${ms.slice(0, 4).map((m) => m.id).join(", ")}, …` : ms.map((m) => m.id).join(", ");
  if (open3.every((m) => effectiveStatus(m) === "blocked")) return `the rest is blocked (${list3(open3)})`;
  return `the rest is blocked or waits on unfinished dependencies (${list3(open3)})`;
}
function nextStep(r) {
  const m = currentMilestone(r);
  if (!m) return void 0;
  const open3 = m.criteria.find((c) => !c.checked);
  return { milestone: m.id, criterion: open3 ? open3.text : null };
}

// src/report/status-json.ts
function wholeStatusJson(l) {
  return { ...l.head, milestones: l.milestones(0, l.count) };
}
function lazyStatusJson(r, file, hash, verify2) {
  const line = (offset) => r.lines.lineOf(offset) + 1;
  const cur = currentMilestone(r);
  const next = nextStep(r);
  const milestone = (m) => ({
    id: m.id,
    title: m.title,
    focus: m.focus ?? null,
    status: m.status.value,
    statusText: m.status.raw,
    inferredStatus: m.inferredStatus,
    goal: m.goal?.text ?? null,
    criteria: m.criteria.map((c) => {
      const st = verify2 && c.verify ? criterionState(verify2.record, verify2.head, m, c) : void 0;
      return {
        text: c.text,
        checked: c.checked,
        line: line(c.span.start),
        verify: c.verify ? { command: c.verify.command, ...c.verify.timeoutMs !== void 0 ? { timeoutMs: c.verify.timeoutMs } : {} } : null,
        verifyResult: st?.last && st.state !== "none" ? { state: st.state, status: st.last.status, exitCode: st.last.exitCode, durationMs: st.last.durationMs, at: st.last.at, commit: st.last.commit } : null
      };
    }),
    deliverables: m.deliverables.map((d) => d.text),
    dependsOn: m.dependsOn.map((d) => d.id),
    learnings: m.learnings.map((l) => l.text),
    progress: milestoneProgress(m),
    line: m.line + 1
  });
  const head = {
    schemaVersion: 1,
    file,
    ...hash !== void 0 ? { hash } : {},
    format: r.format,
    title: r.title,
    milestones: [],
    progress: roadmapProgress(r),
    current: cur ? cur.id : null,
    next: next ?? null,
    reading: r.reading ?? { carrier: r.format === "template" ? "template" : "none", candidates: [] }
  };
  return { head, count: r.milestones.length, milestones: (from, to) => r.milestones.slice(from, to).map(milestone) };
}

// src/ops/hash.ts
import { createHash as createHash3 } from "node:crypto";
function hashOf(bytes) {
  return `sha256:${createHash3("sha256").update(bytes).digest("hex")}`;
}
function parseHash(given) {
  const m = /^\s*(?:sha256:)?([0-9a-f]{64})\s*$/i.exec(given);
  return m ? `sha256:${m[1].toLowerCase()}` : void 0;
}

// src/ops/workspace.ts
init_git_root();
init_errors();
import path13 from "node:path";
function locateRoadmap(ws) {
  const full = resolveRoadmapPath(ws.file, ws.cwd);
  return { path: full, display: displayPath(full, ws.cwd) };
}
function newRoadmapPath(ws) {
  const full = path13.resolve(ws.cwd, ws.file ?? "ROADMAP.md");
  return { path: full, display: displayPath(full, ws.cwd) };
}

// src/ops/read.ts
async function readRoadmap(ws) {
  const located = locateRoadmap(ws);
  let steering = UNSTEERED;
  try {
    const loaded = await loadRoadmap({
      file: located.path,
      maxSize: ws.maxSize,
      cwd: ws.cwd,
      parse: (full) => (steering = steeringFor(full)).parse
    });
    return { ...loaded, hash: hashOf(loaded.file.bytes), steering };
  } catch (e) {
    throw explainSteeringError(e, steering, located.display, ws.cwd);
  }
}
async function status(ws) {
  const r = await readRoadmap(ws);
  const verify2 = await readVerifyContext(r.file.path, r.roadmap);
  const lazyJson = lazyStatusJson(r.roadmap, r.display, r.hash, verify2);
  let json;
  return {
    get json() {
      return json ??= wholeStatusJson(lazyJson);
    },
    lazyJson,
    roadmap: r.roadmap,
    display: r.display,
    file: r.file.path,
    hash: r.hash,
    warnings: r.warnings,
    steering: r.steering,
    verify: verify2
  };
}

// src/io/run-command.ts
import { spawn as spawn2 } from "node:child_process";
import os5 from "node:os";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run2 = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises3 = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises3.push(promise);
            return promise;
          });
        } catch (error2) {
          for (const promise of promises3) {
            promise.catch(() => {
            });
          }
          throw error2;
        }
        return Promise.all(promises3);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/verify/tail-buffer.ts
var TailBuffer = class {
  buf;
  len = 0;
  /** Every byte ever written, kept ones or not. */
  total = 0;
  capacity;
  constructor(capacity = 4096) {
    this.capacity = capacity;
    this.buf = Buffer.alloc(capacity);
  }
  write(chunk) {
    const cap = this.capacity;
    this.total += chunk.length;
    if (chunk.length >= cap) {
      chunk.copy(this.buf, 0, chunk.length - cap);
      this.len = cap;
      return;
    }
    const keep = Math.min(this.len, cap - chunk.length);
    if (keep > 0 && this.len !== keep) this.buf.copy(this.buf, 0, this.len - keep, this.len);
    chunk.copy(this.buf, keep);
    this.len = keep + chunk.length;
  }
  /** The kept bytes (a view, valid until the next write). */
  bytes() {
    return this.buf.subarray(0, this.len);
  }
  /** The kept bytes as UTF-8; a character cut at the start is dropped, not shown as U+FFFD. */
  text() {
    let start = 0;
    if (this.total > this.len) while (start < Math.min(3, this.len) && (this.buf[start] & 192) === 128) start++;
    return this.buf.toString("utf8", start, this.len);
  }
};

// src/io/run-command.ts
var DEFAULT_TIMEOUT_MS = 12e4;
var DEFAULT_GRACE_MS = 2e3;
var OUTPUT_TAIL_BYTES = 4096;
function defaultJobs() {
  const cores = typeof os5.availableParallelism === "function" ? os5.availableParallelism() : os5.cpus().length;
  return Math.max(1, Math.min(4, cores));
}
var RunInterruptedError = class extends Error {
  name = "RunInterruptedError";
  constructor() {
    super("interrupted: every command started was ended");
  }
};
var liveGroups = /* @__PURE__ */ new Set();
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
function runCommand(command, opts) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
  const tail = new TailBuffer(opts.tailBytes ?? OUTPUT_TAIL_BYTES);
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new RunInterruptedError());
    const started = performance.now();
    let timedOut = false;
    let interrupted = false;
    let exit;
    let closed = false;
    let spawnError;
    let settled = false;
    const timers = [];
    const child = spawn2(command, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      shell: true,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
    const pid = child.pid;
    if (pid !== void 0) liveGroups.add(pid);
    const onData = (chunk) => tail.write(chunk);
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    const end = () => {
      if (pid === void 0) return;
      killGroup(pid, "SIGTERM");
      timers.push(
        setTimeout(() => {
          if (groupAlive(pid)) killGroup(pid, "SIGKILL");
          child.stdout?.destroy();
          child.stderr?.destroy();
        }, graceMs).unref()
      );
    };
    const finish = () => {
      if (settled || !(exit || spawnError) || !(closed || spawnError)) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener("abort", onAbort);
      if (pid !== void 0) {
        if (groupAlive(pid)) killGroup(pid, "SIGKILL");
        liveGroups.delete(pid);
      }
      if (interrupted) {
        reject(new RunInterruptedError());
        return;
      }
      const durationMs = Math.round(((exit?.at ?? performance.now()) - started) * 10) / 10;
      if (spawnError) {
        tail.write(Buffer.from(`roadmark: could not start the command: ${spawnError.message}
`));
        resolve({ status: "failed", exitCode: null, signal: null, durationMs, outputTail: tail.text() });
        return;
      }
      const status2 = timedOut ? "timed_out" : exit.code === 0 ? "passed" : "failed";
      resolve({ status: status2, exitCode: timedOut ? null : exit.code, signal: exit.signal, durationMs, outputTail: tail.text() });
    };
    const onAbort = () => {
      if (exit) return;
      interrupted = true;
      end();
    };
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    timers.push(
      setTimeout(() => {
        if (exit) return;
        timedOut = true;
        end();
      }, timeoutMs)
    );
    child.on("error", (e) => {
      spawnError ??= e;
      finish();
    });
    child.on("exit", (code2, signal) => {
      exit = { code: code2, signal, at: performance.now() };
      if (!closed && pid !== void 0) timers.push(setTimeout(() => end(), Math.min(graceMs, 500)).unref());
      finish();
    });
    child.on("close", () => {
      closed = true;
      exit ??= { code: child.exitCode, signal: child.signalCode, at: performance.now() };
      finish();
    });
  });
}
async function runCommands(specs, opts) {
  const limit = pLimit(Math.max(1, opts.jobs ?? defaultJobs()));
  const settled = await Promise.allSettled(
    specs.map(
      (spec, i) => limit(async () => {
        if (opts.signal?.aborted) throw new RunInterruptedError();
        opts.onStart?.(i);
        const r = await runCommand(spec.command, {
          cwd: opts.cwd,
          timeoutMs: spec.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          ...opts.graceMs !== void 0 ? { graceMs: opts.graceMs } : {},
          ...opts.env ? { env: opts.env } : {},
          ...opts.signal ? { signal: opts.signal } : {}
        });
        opts.onEnd?.(i, r);
        return r;
      })
    )
  );
  const out = [];
  for (const s of settled) {
    if (s.status === "rejected") throw s.reason instanceof Error ? s.reason : new RunInterruptedError();
    out.push(s.value);
  }
  return out;
}

// src/io/trust-store.ts
import { mkdir as mkdir3, readFile as readFile4, realpath as realpath2 } from "node:fs/promises";
import path15 from "node:path";

// src/verify/trust.ts
import { createHash as createHash4 } from "node:crypto";
import os6 from "node:os";
import path14 from "node:path";
var EMPTY_TRUST = { version: 1, approved: {} };
function trustDir(o = {}) {
  const env = o.env ?? process.env;
  const xdg = env.XDG_STATE_HOME;
  if (xdg && path14.isAbsolute(xdg)) return path14.join(xdg, "roadmark");
  return path14.join(o.homeDir ?? os6.homedir(), ".local", "state", "roadmark");
}
function trustFile(o = {}) {
  return path14.join(trustDir(o), "trust.json");
}
function trustKey(realRoot2, command) {
  return createHash4("sha256").update(`${realRoot2}\0${command}`, "utf8").digest("hex");
}
function parseTrustStore(text2) {
  try {
    const raw = JSON.parse(text2);
    if (raw.version !== 1 || typeof raw.approved !== "object" || raw.approved === null) return EMPTY_TRUST;
    const approved = {};
    for (const [k, v] of Object.entries(raw.approved)) {
      const a = v;
      if (/^[0-9a-f]{64}$/.test(k) && a && typeof a.root === "string" && typeof a.command === "string") approved[k] = { root: a.root, command: a.command, at: String(a.at ?? "") };
    }
    return { version: 1, approved };
  } catch {
    return EMPTY_TRUST;
  }
}
function partitionTrust(store, realRoot2, commands) {
  const approved = [];
  const unapproved = [];
  for (const c of new Set(commands)) (Object.hasOwn(store.approved, trustKey(realRoot2, c)) ? approved : unapproved).push(c);
  return { approved, unapproved };
}
function withApprovals(store, realRoot2, commands, at) {
  const approved = { ...store.approved };
  for (const command of commands) approved[trustKey(realRoot2, command)] = { root: realRoot2, command, at };
  return { version: 1, approved };
}

// src/io/trust-store.ts
init_write_file();
async function realRoot(root) {
  return realpath2(root).catch(() => path15.resolve(root));
}
async function readTrustStore(file) {
  const text2 = await readFile4(file, "utf8").catch(() => void 0);
  return text2 === void 0 ? EMPTY_TRUST : parseTrustStore(text2);
}
async function checkTrust(root, commands, o = {}) {
  return partitionTrust(await readTrustStore(trustFile(o)), await realRoot(root), commands);
}
async function approveCommands(root, commands, o = {}) {
  if (commands.length === 0) return;
  const real = await realRoot(root);
  const file = trustFile(o);
  await mkdir3(path15.dirname(file), { recursive: true, mode: 448 });
  const store = withApprovals(await readTrustStore(file), real, commands, (/* @__PURE__ */ new Date()).toISOString());
  await writeFileAtomic(file, JSON.stringify(store, null, 2) + "\n", { mode: 384, display: file });
}

// src/ops/verify.ts
init_verify_record();
init_errors();
init_record();

// src/verify/results.ts
function groupByCommand(targets2, skip = /* @__PURE__ */ new Set()) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of targets2) {
    const { command, timeoutMs } = t.criterion.verify;
    if (skip.has(command)) continue;
    const key = `${timeoutMs ?? ""}\0${command}`;
    const g = groups.get(key);
    if (g) g.targets.push(t);
    else groups.set(key, { command, timeoutMs, targets: [t] });
  }
  return [...groups.values()];
}
function summarise(results) {
  const n = (s) => results.filter((r) => r.status === s).length;
  return { total: results.length, passed: n("passed"), failed: n("failed"), timed_out: n("timed_out"), untrusted: n("untrusted") };
}
function verifyTickEdits(roadmap, report, opts = {}) {
  const edits = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of report.results) {
    const m = roadmap.milestones.find((x) => x.id === r.milestone);
    const c = m?.criteria[r.index - 1];
    if (!c || seen.has(c) || c.text !== r.text || c.verify?.command !== r.command) continue;
    seen.add(c);
    if (r.status === "passed" && !c.checked) edits.push({ start: c.box.start, end: c.box.end, text: "x" });
    else if (opts.strict && c.checked && (r.status === "failed" || r.status === "timed_out")) edits.push({ start: c.box.start, end: c.box.end, text: " " });
  }
  return edits.sort((a, b) => a.start - b.start);
}

// src/ops/edit.ts
import { mkdir as mkdir4 } from "node:fs/promises";
import path17 from "node:path";

// src/edit/unified-diff.ts
function splitLines(text2) {
  if (text2 === "") return [];
  const out = text2.split(/(?<=\n)/);
  return out;
}
var MAX_CELLS = 4e6;
function middleOps(a, b, ai, bj) {
  const n = a.length;
  const m = b.length;
  const ops = [];
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    for (let x2 = 0; x2 < n; x2++) ops.push({ kind: "-", i: ai + x2, j: bj });
    for (let y2 = 0; y2 < m; y2++) ops.push({ kind: "+", i: ai + n, j: bj + y2 });
    return ops;
  }
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let x2 = n - 1; x2 >= 0; x2--)
    for (let y2 = m - 1; y2 >= 0; y2--)
      lcs[x2 * w + y2] = a[x2] === b[y2] ? lcs[(x2 + 1) * w + y2 + 1] + 1 : Math.max(lcs[(x2 + 1) * w + y2], lcs[x2 * w + y2 + 1]);
  let x = 0;
  let y = 0;
  while (x < n || y < m) {
    if (x < n && y < m && a[x] === b[y]) {
      ops.push({ kind: " ", i: ai + x, j: bj + y });
      x++;
      y++;
    } else if (x < n && (y === m || lcs[(x + 1) * w + y] >= lcs[x * w + y + 1])) {
      ops.push({ kind: "-", i: ai + x, j: bj + y });
      x++;
    } else {
      ops.push({ kind: "+", i: ai + x, j: bj + y });
      y++;
    }
  }
  return ops;
}
function show(line) {
  return line.endsWith("\r\n") ? line.slice(0, -2) : line.endsWith("\n") ? line.slice(0, -1) : line;
}
function range(start, count) {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}
function unifiedDiff(oldText, newText, opts) {
  if (oldText === newText) return "";
  const context = opts.context ?? 3;
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops = [];
  for (let k = Math.max(0, pre - context); k < pre; k++) ops.push({ kind: " ", i: k, j: k });
  for (const op of middleOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf), pre, pre)) ops.push(op);
  for (let k = 0; k < Math.min(context, suf); k++) ops.push({ kind: " ", i: a.length - suf + k, j: b.length - suf + k });
  let out = `--- ${opts.oldName}
+++ ${opts.newName}
`;
  let p = 0;
  while (p < ops.length) {
    while (p < ops.length && ops[p].kind === " ") p++;
    if (p >= ops.length) break;
    let start = p;
    while (start > 0 && p - start < context && ops[start - 1].kind === " ") start--;
    let end = p;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let gap = end;
      while (gap < ops.length && ops[gap].kind === " ") gap++;
      if (gap < ops.length && gap - end <= 2 * context) end = gap;
      else {
        end = Math.min(end + context, gap);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const first = hunk[0];
    const oldCount = hunk.filter((o) => o.kind !== "+").length;
    const newCount = hunk.filter((o) => o.kind !== "-").length;
    out += `@@ -${range(first.i, oldCount)} +${range(first.j, newCount)} @@
`;
    for (const o of hunk) {
      const line = o.kind === "+" ? b[o.j] : a[o.i];
      out += `${o.kind}${show(line)}
`;
      if (!line.endsWith("\n")) out += "\\ No newline at end of file\n";
    }
    p = end;
  }
  return out;
}

// src/ops/edit.ts
init_lock();
init_write_file();
init_errors();

// src/ops/plan-edit.ts
import path16 from "node:path";

// src/edit/operations/add.ts
init_errors();

// src/edit/section-layout.ts
function sectionLayout(roadmap, m) {
  const section = m.spans.section;
  if (!section) return void 0;
  const lines = roadmap.lines;
  const headingLine = lines.lineOf(section.start);
  const endsAtEof = section.end >= roadmap.source.length;
  const end = endsAtEof ? lines.count : lines.lineOf(section.end);
  const text2 = roadmap.source.slice(lines.lineStart(headingLine), section.end).replace(/\r\n/g, "\n");
  const blocks = parseBlocks(text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2);
  let contentEnd = headingLine + 1;
  for (const b of blocks) if (b.type !== "hr") contentEnd = Math.max(contentEnd, headingLine + b.endLine);
  while (contentEnd - 1 > headingLine && lines.lineText(contentEnd - 1).trim() === "") contentEnd--;
  const rule = blocks.find((b) => b.type === "hr" && headingLine + b.line >= contentEnd);
  return { headingLine, contentEnd, ...rule ? { ruleLine: headingLine + rule.line } : {}, end };
}

// src/edit/status-text.ts
var WRAPPER = /^(\*\*|__|\*|_|`)(.+)\1$/su;
var TRIVIA = /^[\s\p{P}\p{S}\d]*(?:\([^)]*\))?[\s\p{P}\d]*$/u;
function leadingStatus(text2, legend) {
  const all = findStatuses(text2, legend);
  const first = all[0];
  if (!first) return void 0;
  let end = first.end;
  for (const m of all.slice(1)) {
    if (text2.slice(end, m.start).trim() !== "") break;
    end = m.end;
  }
  const group = readStatusText(text2.slice(first.start, end), legend);
  return group ? { start: first.start, end, value: group.value } : void 0;
}
function rewriteStatusValue(raw, spelling, target, legend) {
  const trimmed = raw.trim();
  const w = WRAPPER.exec(trimmed);
  const open3 = w ? w[1] : "";
  const inner = w ? w[2] : trimmed;
  const found2 = leadingStatus(inner, legend);
  let next = spelling;
  if (found2) {
    const rest = inner.slice(found2.end);
    if (!TRIVIA.test(rest)) next = spelling + rest;
  }
  const check = readStatusText(next, legend);
  if (!check || check.value !== target) next = spelling;
  return open3 + next + open3;
}

// src/edit/status-spelling.ts
var STATUS_MARKERS = {
  planned: "📋",
  in_progress: "🚧",
  done: "✅",
  blocked: "⏸️",
  cancelled: "❌"
};
var EMOJI_ONLY = /^(?:[\p{Extended_Pictographic}✓✔☐☑◐✗✖\s]|\uFE0F|\u200D)+$/u;
var EMOJI_LEAD = /^(?:[\p{Extended_Pictographic}✓✔☐☑◐✗✖]|\uFE0F)+\s+\S/u;
function token(raw, source) {
  if (source === "heading") return void 0;
  const m = leadingStatus(raw);
  return m ? { value: m.value, text: raw.slice(m.start, m.end) } : void 0;
}
function spellings2(roadmap, source) {
  const out = [];
  for (const m of roadmap.milestones)
    for (const s of m.statuses) {
      if (s.source !== source || !s.raw || s.value === "unknown") continue;
      const t = source === "heading" ? { value: s.value, text: s.raw } : token(s.raw, source);
      if (t && t.value === s.value && t.text) out.push(t);
    }
  return out;
}
function spellStatus(roadmap, source, status2, current) {
  let seen = spellings2(roadmap, source);
  const own = current?.trim() ? token(current, "table")?.text ?? current.trim() : "";
  if (own) seen = [...seen, { value: "unknown", text: own }];
  if (seen.length === 0 && source !== "heading") seen = [...spellings2(roadmap, "table"), ...spellings2(roadmap, "section")];
  const counts = /* @__PURE__ */ new Map();
  for (const s of seen) if (s.value === status2) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  let best;
  let bestCount = 0;
  for (const [text2, n] of counts) if (n > bestCount) [best, bestCount] = [text2, n];
  if (best !== void 0) return best;
  const word = STATUS_WORDS[status2];
  if (seen.length === 0) return word;
  if (source === "heading" && current && EMOJI_ONLY.test(current)) return STATUS_MARKERS[status2];
  const emojiOnly = seen.filter((s) => EMOJI_ONLY.test(s.text)).length;
  const emojiLead = seen.filter((s) => EMOJI_LEAD.test(s.text)).length;
  if (emojiOnly * 2 > seen.length) return STATUS_MARKERS[status2];
  const words = seen.map((s) => s.text.replace(/[^\p{L}\s]/gu, "").trim()).filter((w) => w !== "");
  let styled = word;
  if (words.length > 0 && words.every((w) => w === w.toLowerCase())) styled = word.toLowerCase();
  else if (words.length > 0 && words.every((w) => w === w.toUpperCase() && w !== w.toLowerCase())) styled = word.toUpperCase();
  return emojiLead * 2 > seen.length ? `${STATUS_MARKERS[status2]} ${styled}` : styled;
}

// src/edit/operations/add.ts
function nextMilestoneId(roadmap) {
  let max = -1;
  for (const m of roadmap.milestones) {
    const n = /^M(\d+)/i.exec(m.id.trim());
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `M${max + 1}`;
}
function literalStart(text2) {
  return text2.startsWith("[") ? `\\${text2}` : text2;
}
function oneLine(text2) {
  return text2.replace(/\s*\r?\n\s*/g, " ").trim();
}
function titleProblem(title) {
  const t = oneLine(title);
  if (!t) return "the title is empty";
  const m = parseRoadmap(`# Roadmap

## M0: ${t}

**Goal:** g
`).milestones[0];
  if (m && m.title === t && m.statuses.length === 0) return void 0;
  const status2 = m?.statuses[0]?.raw;
  return status2 ? `"${t}" ends in what reads as a status (${status2}); rephrase the title` : `"${t}" does not read back as a title; rephrase it`;
}
function buildRow(roadmap, values) {
  const table2 = roadmap.overview;
  const model = table2.rows[table2.rows.length - 1] ?? table2.header;
  const line = roadmap.source.slice(model.span.start, model.span.end);
  const slots = cellSlots(line);
  const delim = roadmap.source.slice(table2.delimiter.span.start, table2.delimiter.span.end);
  const delimSlots = cellSlots(delim);
  const lead = /^(?:\s*>)*\s*/.exec(line)?.[0] ?? "";
  const leadingPipe = line[lead.length] === "|";
  const trailingPipe = /(?<!\\)\|\s*$/.test(line);
  const slotWidth = (text2, slot) => slot ? displayWidth(text2.slice(slot[0], slot[1])) : -1;
  const aligned2 = delimSlots.length > 0 && delimSlots.every((d, c) => slotWidth(line, slots[c]) === d[1] - d[0]);
  const cells = [];
  for (let c = 0; c < table2.header.cells.length; c++) {
    const value = escapeCell(values[c] ?? "");
    const slot = delimSlots[c];
    const vw = displayWidth(value);
    const width = aligned2 && slot ? slot[1] - slot[0] : vw + 2;
    const d = delimSlots[c] ? delim.slice(delimSlots[c][0], delimSlots[c][1]).trim() : "";
    const pad = Math.max(0, width - vw - 2);
    if (d.endsWith(":") && !d.startsWith(":")) cells.push(" ".repeat(pad + 1) + value + " ");
    else if (d.endsWith(":") && d.startsWith(":")) cells.push(" ".repeat(Math.floor(pad / 2) + 1) + value + " ".repeat(Math.ceil(pad / 2) + 1));
    else cells.push(" " + value + " ".repeat(pad + 1));
  }
  return lead + (leadingPipe ? "|" : "") + cells.join("|") + (trailingPipe ? "|" : "");
}
function addMilestone(roadmap, intent) {
  if (roadmap.format !== "template")
    throw new UsageError("add works on roadmaps in the template's format", "convert this one with `roadmark import`, or start one with `roadmark init`");
  const title = oneLine(intent.title);
  const problem = titleProblem(title);
  if (problem) throw new UsageError(`add: ${problem}`);
  const criteria = (intent.criteria ?? []).map(oneLine);
  const deliverables = (intent.deliverables ?? []).map(oneLine);
  if (criteria.some((c) => c === "")) throw new InputError("criterion", "empty", "add: a criterion is empty");
  if (deliverables.some((d) => d === "")) throw new InputError("deliverable", "empty", "add: a deliverable is empty");
  const id = nextMilestoneId(roadmap);
  const last = roadmap.milestones[roadmap.milestones.length - 1];
  const deps = intent.depends ? intent.depends.map((d) => requireMilestone(roadmap, d).id) : last ? [last.id] : [];
  const depsText = deps.length > 0 ? deps.join(", ") : last ? "None" : "None (first milestone)";
  const eol = roadmap.eol;
  const edits = [];
  const table2 = roadmap.overview;
  if (table2) {
    const cols = table2.columns;
    const values = [];
    values[cols.id] = id;
    if (cols.title !== void 0) values[cols.title] = title;
    if (cols.focus !== void 0) values[cols.focus] = oneLine(intent.focus ?? "");
    if (cols.status !== void 0) values[cols.status] = spellStatus(roadmap, "table", "planned");
    if (cols.dependsOn !== void 0) values[cols.dependsOn] = depsText;
    const after = table2.rows[table2.rows.length - 1] ?? table2.delimiter;
    edits.push({ start: after.span.end, end: after.span.end, text: eol + buildRow(roadmap, values) });
  }
  const sections2 = roadmap.milestones.filter((m) => m.spans.section).sort((a, b) => a.line - b.line);
  const lastSection = sections2[sections2.length - 1];
  const level = lastSection?.level ?? 2;
  const body = [
    `${"#".repeat(level)} ${id}: ${title}`,
    "",
    `**Goal:** ${oneLine(intent.goal ?? "") || "[Brief description of milestone goal]"}`,
    "",
    ...!table2 && intent.focus ? [`**Focus:** ${oneLine(intent.focus)}`, ""] : [],
    "**Acceptance Criteria:**",
    ...criteria.length > 0 ? criteria.map((c) => `- [ ] ${literalStart(c)}`) : ["- [ ] [Criterion 1]"],
    "",
    "**Key Deliverables:**",
    // No deliverables given leaves the template's placeholder; an explicitly empty list leaves the field empty.
    ...deliverables.length > 0 ? deliverables.map((d) => `- ${literalStart(d)}`) : intent.deliverables ? [] : ["- [Deliverable 1]"],
    "",
    `**Dependencies:** ${depsText}`
  ].join(eol);
  const src = roadmap.source;
  const layout = lastSection ? sectionLayout(roadmap, lastSection) : void 0;
  const lines = roadmap.lines;
  if (layout && layout.ruleLine !== void 0) {
    const rule = lines.lineText(layout.ruleLine).trim();
    const at = lines.lineStart(layout.ruleLine);
    edits.push({ start: at, end: at, text: rule + eol + eol + body + eol + eol });
  } else if (layout && layout.end < lines.count && lastSection.spans.section.end < src.length) {
    const at = lines.lineStart(layout.end);
    const blankBefore = layout.end > 0 && lines.lineText(layout.end - 1).trim() === "";
    edits.push({ start: at, end: at, text: (blankBefore ? "" : eol) + body + eol + eol });
  } else {
    const endsWithBreak = src.endsWith("\n");
    const blankAtEnd = /\n[ \t]*\r?\n$/.test(src);
    let text2;
    if (src.trim() === "") text2 = body + (endsWithBreak ? eol : "");
    else if (!endsWithBreak) text2 = eol + eol + body;
    else text2 = (blankAtEnd ? "" : eol) + body + eol;
    edits.push({ start: src.length, end: src.length, text: text2 });
  }
  return edits;
}

// src/edit/operations/criterion.ts
init_errors();
var TASK_LINE = /^((?:\s*>)*\s*)([-*+]|\d{1,9}[.)])(\s+)\[[ xX]\]/;
var LEAD = /^(?:\s*>)*\s*/;
function criterionText(verb, text2) {
  const t = oneLine(text2);
  if (!t) throw new UsageError(`criterion ${verb}: the text is empty`);
  return literalStart(t);
}
function siblingPrefix(roadmap, c, next) {
  const line = roadmap.lines.lineText(roadmap.lines.lineOf(c.span.start));
  const m = TASK_LINE.exec(line);
  if (!m) return "- [ ] ";
  const marker = m[2];
  const n = /^\d+/.exec(marker);
  const mk = n && next ? `${Number(n[0]) + 1}${marker.slice(n[0].length)}` : marker;
  return `${m[1]}${mk}${m[3]}[ ] `;
}
function itemLastLine(roadmap, c) {
  const lines = roadmap.lines;
  const first = lines.lineOf(c.span.start);
  const m = TASK_LINE.exec(lines.lineText(first));
  const column = m ? m[1].length + m[2].length + m[3].length : 2;
  let last = first;
  for (let l = first + 1; l < lines.count; l++) {
    const t = lines.lineText(l);
    if (t.trim() === "") continue;
    if ((LEAD.exec(t)?.[0].length ?? 0) >= column) last = l;
    else break;
  }
  return last;
}
function linesRange(roadmap, first, last) {
  const lines = roadmap.lines;
  const start = lines.lineStart(first);
  const end = lines.lineStart(last + 1);
  if (last + 1 >= lines.count && end === roadmap.source.length && !/\n$/.test(roadmap.source.slice(start, end)))
    return { start: first > 0 ? lines.lineEnd(first - 1) : start, end };
  return { start, end };
}
function requireCriteriaHome(roadmap, m) {
  if (roadmap.format === "freeform")
    throw new UsageError(`this roadmap is free-form: ${m.id} has no checklist to add a criterion to; edit the file`, "add the first `- [ ]` item by hand; then roadmark can add more");
  if (!m.spans.section) throw new UsageError(`${m.id} has no section to hold criteria`, "add a section for it, or use `roadmark add`");
}
function addCriterion(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const text2 = criterionText("add", intent.text);
  const all = m.criteria;
  const lines = roadmap.lines;
  const eol = roadmap.eol;
  if (intent.at !== void 0 && (!Number.isInteger(intent.at) || intent.at < 1 || intent.at > all.length + 1))
    throw new UsageError(`criterion add: position ${intent.at} is out of range for ${m.id}: give 1–${all.length + 1}`);
  if (all.length > 0) {
    const before = intent.at !== void 0 ? all[intent.at - 1] : void 0;
    if (before) {
      const at3 = lines.lineStart(lines.lineOf(before.span.start));
      return [{ start: at3, end: at3, text: siblingPrefix(roadmap, before, false) + text2 + eol }];
    }
    const top = [...all].reverse().find((c) => c.depth === 0) ?? all[all.length - 1];
    const at2 = lines.lineEnd(itemLastLine(roadmap, top));
    return [{ start: at2, end: at2, text: eol + siblingPrefix(roadmap, top, true) + text2 }];
  }
  requireCriteriaHome(roadmap, m);
  const item = `- [ ] ${text2}`;
  const label = m.spans.criteria;
  if (label) {
    const at2 = lines.lineEnd(lines.lineOf(label.start));
    return [{ start: at2, end: at2, text: eol + item }];
  }
  const block2 = `**Acceptance Criteria:**${eol}${item}`;
  const later = [m.spans.deliverables, m.spans.dependencies, m.spans.learnings].filter((s) => s !== void 0).sort((a, b) => a.start - b.start)[0];
  if (later) {
    const at2 = lines.lineStart(lines.lineOf(later.start));
    return [{ start: at2, end: at2, text: block2 + eol + eol }];
  }
  const layout = sectionLayout(roadmap, m);
  const at = lines.lineEnd(layout.contentEnd - 1);
  const next = layout.contentEnd < lines.count && at < roadmap.source.length ? lines.lineText(layout.contentEnd) : "";
  return [{ start: at, end: at, text: `${eol}${eol}${block2}${next.trim() !== "" ? eol : ""}` }];
}
function editCriterion(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const text2 = criterionText("edit", intent.text);
  const { criterion } = resolveCriterion(m, intent.criterion, roadmap.source);
  const { start, end } = criterion.textSpan;
  if (roadmap.source.slice(start, end) === text2) return [];
  return [{ start, end, text: text2 }];
}
function removeCriterion(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const { criterion } = resolveCriterion(m, intent.criterion, roadmap.source);
  const first = roadmap.lines.lineOf(criterion.span.start);
  const range2 = linesRange(roadmap, first, itemLastLine(roadmap, criterion));
  return [{ ...range2, text: "" }];
}

// src/edit/operations/depend.ts
init_errors();
var SEP = /^\s*(?:,|;|\+|&|\/|\band\b)\s*$/i;
var SEP_BEFORE = /\s*(?:,|;|\+|&|\/|\band\b)\s*$/i;
var SEP_AFTER = /^\s*(?:,|;|\+|&|\/|\band\b)\s*/i;
var MARKER = /^((?:\s*>)*\s*)([-*+]|\d{1,9}[.)])(\s+)/;
function pathTo(roadmap, from, target) {
  const parent = /* @__PURE__ */ new Map([[from, void 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const m = queue.shift();
    if (m === target) {
      const path19 = [];
      for (let x = m; x; x = parent.get(x)) path19.unshift(x);
      return path19;
    }
    for (const d of m.dependsOn) {
      const dep = findMilestone(roadmap, d.id);
      if (dep && !parent.has(dep)) {
        parent.set(dep, m);
        queue.push(dep);
      }
    }
  }
  return void 0;
}
function targets(roadmap, verb, on) {
  const ids2 = on.map((s) => s.trim()).filter((s) => s !== "");
  if (ids2.length === 0) throw new UsageError(`${verb}: no milestone ids given`);
  const out = [];
  for (const id of ids2) {
    const t = requireMilestone(roadmap, id);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}
function hasDep(m, t) {
  const key = idKey(t.id);
  return m.dependsOn.find((d) => idKey(d.id) === key);
}
function sectionDeps(m) {
  const field = m.spans.dependencies;
  if (!field) return [];
  return m.dependsOn.filter((d) => d.span.start >= field.start && d.span.end <= field.end && d.span.end > d.span.start).sort((a, b) => a.span.start - b.span.start);
}
function listForm(roadmap, m, deps) {
  const field = m.spans.dependencies;
  if (!field || deps.length === 0) return false;
  const lines = roadmap.lines;
  const label = lines.lineOf(field.start);
  const seen = /* @__PURE__ */ new Set();
  for (const d of deps) {
    const l = lines.lineOf(d.span.start);
    if (l === label || seen.has(l) || !MARKER.test(lines.lineText(l))) return false;
    seen.add(l);
  }
  return true;
}
function cellEdit(roadmap, m, ids2) {
  const col = roadmap.overview?.columns.dependsOn;
  const row = m.spans.row;
  if (col === void 0 || !row || !roadmap.overview) return void 0;
  return replaceCell(roadmap.source, row, col, ids2.length > 0 ? ids2.join(", ") : "None", { keepWidth: columnAligned(roadmap.source, roadmap.overview, col) });
}
function hasColumn(roadmap, m) {
  return roadmap.overview?.columns.dependsOn !== void 0 && m.spans.row !== void 0;
}
function requireTemplate(roadmap, verb) {
  if (roadmap.format === "freeform") throw new UsageError(`this roadmap is free-form: ${verb} has no single place to write; edit the file`);
}
function depend(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const wanted = targets(roadmap, "depend", intent.on);
  requireTemplate(roadmap, "depend");
  for (const t of wanted) {
    if (t === m) throw new RefusedError(`${m.id} cannot depend on itself`, void 0, { blockers: [`${m.id} → ${m.id}`] });
    const back = pathTo(roadmap, t, m);
    if (back) {
      const cycle = [m, ...back].map((x) => x.id).join(" → ");
      throw new RefusedError(`${m.id} cannot depend on ${t.id}: it would make a cycle ${cycle}`, `remove a dependency of that cycle first`, { blockers: [cycle] });
    }
  }
  const added = wanted.filter((t) => !hasDep(m, t)).map((t) => t.id);
  if (added.length === 0) return [];
  const edits = [];
  const all = [...m.dependsOn.map((d) => d.id), ...added];
  const row = cellEdit(roadmap, m, all);
  if (row) edits.push(row);
  const lines = roadmap.lines;
  const eol = roadmap.eol;
  const deps = sectionDeps(m);
  const raw = m.dependsRaw;
  const field = m.spans.dependencies;
  if (deps.length > 0 && listForm(roadmap, m, deps)) {
    const lastLine = lines.lineOf(deps[deps.length - 1].span.start);
    const mk = MARKER.exec(lines.lineText(lastLine));
    const n = /^\d+/.exec(mk[2]);
    let next = n ? Number(n[0]) : 0;
    const text2 = added.map((id) => `${eol}${mk[1]}${n ? `${++next}${mk[2].slice(n[0].length)}` : mk[2]}${mk[3]}${id}`).join("");
    const at = lines.lineEnd(lastLine);
    edits.push({ start: at, end: at, text: text2 });
  } else if (deps.length > 0 && raw) {
    const between = deps.length > 1 ? roadmap.source.slice(deps[0].span.end, deps[1].span.start) : "";
    const sep = SEP.test(between) ? between : ", ";
    edits.push({ start: raw.span.end, end: raw.span.end, text: added.map((id) => sep + id).join("") });
  } else if (raw) {
    edits.push({ start: raw.span.start, end: raw.span.end, text: added.join(", ") });
  } else if (field) {
    const at = lines.lineEnd(lines.lineOf(field.start));
    const before = roadmap.source.slice(lines.lineStart(lines.lineOf(field.start)), at);
    edits.push({ start: at, end: at, text: (/\s$/.test(before) ? "" : " ") + added.join(", ") });
  } else if (m.spans.section) {
    const layout = sectionLayout(roadmap, m);
    const at = lines.lineEnd(layout.contentEnd - 1);
    const next = layout.contentEnd < lines.count && at < roadmap.source.length ? lines.lineText(layout.contentEnd) : "";
    edits.push({ start: at, end: at, text: `${eol}${eol}**Dependencies:** ${added.join(", ")}${next.trim() !== "" ? eol : ""}` });
  } else if (!hasColumn(roadmap, m)) {
    throw new UsageError(`${m.id} has no place for dependencies: no section and no dependencies column`);
  }
  return edits;
}
function undepend(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const wanted = targets(roadmap, "undepend", intent.on);
  requireTemplate(roadmap, "undepend");
  const gone = wanted.map((t) => hasDep(m, t)).filter((d) => d !== void 0);
  if (gone.length === 0) return [];
  const goneKeys = new Set(gone.map((d) => idKey(d.id)));
  const kept = m.dependsOn.filter((d) => !goneKeys.has(idKey(d.id)));
  const edits = [];
  const row = cellEdit(roadmap, m, kept.map((d) => d.id));
  if (row) edits.push(row);
  const deps = sectionDeps(m);
  const removed = deps.filter((d) => goneKeys.has(idKey(d.id)));
  if (removed.length === 0) return edits;
  const lines = roadmap.lines;
  const src = roadmap.source;
  if (listForm(roadmap, m, deps)) {
    if (removed.length === deps.length && m.dependsRaw) {
      const first = deps[0];
      edits.push({ start: first.span.start, end: first.span.end, text: "None" });
      for (const d of deps.slice(1)) edits.push({ start: lines.lineEnd(lines.lineOf(d.span.start) - 1), end: lines.lineEnd(lines.lineOf(d.span.start)), text: "" });
      return edits;
    }
    for (const d of removed) {
      const l = lines.lineOf(d.span.start);
      edits.push({ start: lines.lineEnd(l - 1), end: lines.lineEnd(l), text: "" });
    }
    return edits;
  }
  const keptInSection = deps.filter((d) => !goneKeys.has(idKey(d.id)));
  if (keptInSection.length === 0) {
    const raw = m.dependsRaw;
    if (raw) edits.push({ start: raw.span.start, end: raw.span.end, text: "None" });
    return edits;
  }
  const ranges = [];
  deps.forEach((d, i) => {
    if (!goneKeys.has(idKey(d.id))) return;
    const keptBefore = deps.slice(0, i).some((x) => !goneKeys.has(idKey(x.id)));
    if (keptBefore) {
      const prev = deps[i - 1];
      const sep = SEP_BEFORE.exec(src.slice(prev.span.end, d.span.start));
      ranges.push({ start: sep ? d.span.start - sep[0].length : prev.span.end, end: d.span.end });
    } else {
      const next = deps[i + 1];
      const sep = SEP_AFTER.exec(src.slice(d.span.end, next.span.start));
      ranges.push({ start: d.span.start, end: sep ? d.span.end + sep[0].length : next.span.start });
    }
  });
  ranges.sort((a, b) => a.start - b.start);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  for (const r of merged) edits.push({ ...r, text: "" });
  return edits;
}

// src/edit/operations/init.ts
init_errors();

// src/templates/roadmap-template.ts
var ROADMAP_TEMPLATE = `# Roadmap

This document outlines the milestone-based development roadmap. Each milestone delivers a shippable, demonstrable slice of functionality.

## Milestone Overview

<!-- TODO: Update with your milestones -->

| Milestone | Title | Focus | Status |
|-----------|-------|-------|--------|
| M0 | Foundations | Core infrastructure, basic functionality | Planned |
| M1 | [Title] | [Focus area] | Planned |
| M2 | [Title] | [Focus area] | Planned |
| M3 | [Title] | [Focus area] | Planned |

---

## M0: Foundations

**Goal:** Establish core infrastructure and basic functionality.

**Acceptance Criteria:**
- [ ] [Criterion 1]
- [ ] [Criterion 2]
- [ ] [Criterion 3]

**Key Deliverables:**
- [Deliverable 1]
- [Deliverable 2]

**Dependencies:** None (first milestone)

---

## M1: [Title]

**Goal:** [Brief description of milestone goal]

**Acceptance Criteria:**
- [ ] [Criterion 1]
- [ ] [Criterion 2]
- [ ] [Criterion 3]

**Key Deliverables:**
- [Deliverable 1]
- [Deliverable 2]

**Dependencies:** M0

---

## M2: [Title]

**Goal:** [Brief description of milestone goal]

**Acceptance Criteria:**
- [ ] [Criterion 1]
- [ ] [Criterion 2]

**Key Deliverables:**
- [Deliverable 1]
- [Deliverable 2]

**Dependencies:** M1

---

## M3: [Title]

**Goal:** [Brief description of milestone goal]

**Acceptance Criteria:**
- [ ] [Criterion 1]
- [ ] [Criterion 2]

**Key Deliverables:**
- [Deliverable 1]
- [Deliverable 2]

**Dependencies:** M2

---

## Milestone Progression

### Early Milestones (M0-M1)
Focus on:
- Core infrastructure and reliability
- Basic functionality and storage
- Foundational testing and monitoring

### Mid Milestones (M2-M3)
Focus on:
- Feature expansion
- Integration with external services
- Performance and scalability

### Later Milestones (M4+)
Focus on:
- Advanced features
- Polish and optimization
- Production hardening

---

## How to Use This Roadmap

1. **Start with M0** - Ensure foundations are solid before advancing
2. **One milestone at a time** - Complete and merge before starting next
3. **Update as you go** - Mark criteria complete, add learnings
4. **Keep it current** - Roadmap should reflect reality, not aspirations

See [Development Cadence](../guides/dev-cadence.md) for the milestone execution process.
`;

// src/edit/operations/init.ts
var CADENCE_LINK = "../guides/dev-cadence.md";
var MAX_INIT_MILESTONES = 1e3;
function initRoadmap(intent) {
  const drafts = intent.drafts;
  if (drafts && drafts.length === 0) throw new UsageError("init: no milestones given");
  const n = drafts ? drafts.length : intent.milestones;
  if (!Number.isInteger(n) || n < 1 || n > MAX_INIT_MILESTONES) throw new InputError("milestones", "out-of-range", `milestones must be between 1 and ${MAX_INIT_MILESTONES}, got ${n}`);
  const tpl = ROADMAP_TEMPLATE;
  const model = parseRoadmap(tpl);
  const table2 = model.overview;
  const ms = model.milestones;
  const lastM = ms[ms.length - 1];
  if (!table2 || table2.rows.length === 0 || !lastM?.spans.section || !ms[0]?.spans.section) throw new Error("the bundled template has no milestones");
  const rows = table2.rows;
  const lastRow = rows[rows.length - 1];
  const idCell = lastRow.cells[table2.columns.id];
  const outRows = [];
  const outSections = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (row) outRows.push(tpl.slice(row.span.start, row.span.end));
    else
      outRows.push(
        applyEdits(tpl.slice(lastRow.span.start, lastRow.span.end), [{ start: idCell.span.start - lastRow.span.start, end: idCell.span.end - lastRow.span.start, text: `M${i}` }]).output
      );
    const m = ms[i];
    if (m?.spans.section) outSections.push(tpl.slice(m.spans.section.start, m.spans.section.end));
    else outSections.push(repeatSection(tpl, lastM, i));
  }
  const name = intent.name?.replace(/\s+/g, " ").trim();
  const firstLineEnd = tpl.indexOf("\n");
  const heading2 = name ? `# ${/\broadmap$/i.test(name) ? name : `${name} Roadmap`}` : tpl.slice(0, firstLineEnd);
  const preamble = heading2 + tpl.slice(firstLineEnd, rows[0].span.start);
  const between = tpl.slice(lastRow.span.end, ms[0].spans.section.start);
  let tail = tpl.slice(lastM.spans.section.end);
  if (intent.cadenceLink !== void 0 && intent.cadenceLink !== CADENCE_LINK) {
    const at = tail.lastIndexOf(`](${CADENCE_LINK})`);
    if (at < 0) throw new Error("the bundled template has no link to the cadence guide");
    tail = tail.slice(0, at + 2) + intent.cadenceLink + tail.slice(at + 2 + CADENCE_LINK.length);
  }
  const text2 = preamble + outRows.join("\n") + between + outSections.join("") + tail;
  return drafts ? fillDrafts(text2, drafts) : text2;
}
function fillDrafts(text2, drafts) {
  const r = parseRoadmap(text2);
  const edits = [];
  const todo = /<!--\s*TODO\b[^\n]*-->\n\n?/.exec(text2);
  if (todo) edits.push({ start: todo.index, end: todo.index + todo[0].length, text: "" });
  const cols = r.overview?.columns;
  for (const [i, d] of drafts.entries()) {
    const m = r.milestones[i];
    if (!m) throw new Error(`the generated roadmap has no milestone ${i}`);
    const title = oneLine(d.title);
    const goal = oneLine(d.goal);
    const criteria = d.criteria.map(oneLine).filter((c) => c !== "");
    const deliverables = (d.deliverables ?? []).map(oneLine).filter((x) => x !== "");
    if (!title) throw new UsageError(`init: milestone ${i + 1} has no title`);
    const problem = titleProblem(title);
    if (problem) throw new UsageError(`init: ${problem}`);
    if (!goal) throw new UsageError(`init: milestone "${title}" has no goal`);
    if (criteria.length === 0) throw new UsageError(`init: milestone "${title}" has no acceptance criterion`);
    const row = m.spans.row;
    if (row && cols?.title !== void 0) {
      const e = replaceCell(text2, row, cols.title, title);
      if (e) edits.push(e);
    }
    if (row && cols?.focus !== void 0) {
      const e = replaceCell(text2, row, cols.focus, oneLine(d.focus ?? ""));
      if (e) edits.push(e);
    }
    if (m.headingTitle) edits.push({ start: m.headingTitle.span.start, end: m.headingTitle.span.end, text: title });
    if (m.goal) edits.push({ start: m.goal.span.start, end: m.goal.span.end, text: goal });
    const first = m.criteria[0];
    const last = m.criteria[m.criteria.length - 1];
    if (first && last) edits.push({ start: first.span.start, end: last.span.end, text: criteria.map((c) => `- [ ] ${literalStart(c)}`).join("\n") });
    const fd = m.deliverables[0];
    const ld = m.deliverables[m.deliverables.length - 1];
    if (fd && ld) {
      const start = r.lines.lineStart(r.lines.lineOf(fd.span.start));
      const end = r.lines.lineEnd(r.lines.lineOf(ld.span.end));
      if (deliverables.length > 0) edits.push({ start, end, text: deliverables.map((x) => `- ${literalStart(x)}`).join("\n") });
      else edits.push({ start: start - 1, end, text: "" });
    }
  }
  const out = applyEdits(text2, edits);
  if (out.skipped.length > 0) throw new Error("overlapping edits while filling in the template");
  return out.output;
}
function repeatSection(tpl, last, i) {
  const section = last.spans.section;
  const edits = [];
  const heading2 = last.spans.heading;
  const headText = tpl.slice(heading2.start, heading2.end);
  const idAt = headText.indexOf(last.id);
  if (idAt >= 0) edits.push({ start: heading2.start + idAt - section.start, end: heading2.start + idAt + last.id.length - section.start, text: `M${i}` });
  const dep = last.dependsOn[0];
  if (dep) edits.push({ start: dep.span.start - section.start, end: dep.span.end - section.start, text: `M${i - 1}` });
  return applyEdits(tpl.slice(section.start, section.end), edits).output;
}

// src/edit/operations/learn.ts
init_errors();
var MARKER2 = /^((?:\s*>)*\s*)([-*+]|\d{1,9}[.)])(\s+)/;
function learn(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const text2 = intent.text.replace(/\s*\r?\n\s*/g, " ").trim();
  if (!text2) throw new UsageError("learn: the text is empty");
  const lines = roadmap.lines;
  const eol = roadmap.eol;
  const field = m.spans.learnings;
  if (field) {
    const labelLine = lines.lineOf(field.start);
    const lastItem = m.learnings[m.learnings.length - 1];
    let line = lastItem ? lines.lineOf(lastItem.span.start) : labelLine;
    const fieldEnd = lines.lineOf(Math.max(field.start, field.end - 1));
    while (line + 1 <= fieldEnd && /^\s+\S/.test(lines.lineText(line + 1)) && !MARKER2.test(lines.lineText(line + 1))) line++;
    const itemLine = lastItem ? lines.lineText(lines.lineOf(lastItem.span.start)) : "";
    const mk = MARKER2.exec(itemLine);
    let prefix = "- ";
    if (mk && lastItem && lines.lineOf(lastItem.span.start) !== labelLine) {
      const n = /^\d+/.exec(mk[2] ?? "");
      prefix = (mk[1] ?? "") + (n ? `${Number(n[0]) + 1}${(mk[2] ?? "").slice(n[0].length)}` : mk[2]) + (mk[3] ?? " ");
    }
    const at2 = lines.lineEnd(line);
    return [{ start: at2, end: at2, text: eol + prefix + text2 }];
  }
  const layout = sectionLayout(roadmap, m);
  if (!layout) throw new UsageError(`${m.id} has no section to hold learnings`, "add a section for it, or use `roadmark add`");
  const at = lines.lineEnd(layout.contentEnd - 1);
  const next = layout.contentEnd < lines.count && at < roadmap.source.length ? lines.lineText(layout.contentEnd) : "";
  return [{ start: at, end: at, text: `${eol}${eol}**Learnings:**${eol}- ${text2}${next.trim() !== "" ? eol : ""}` }];
}

// src/edit/operations/set-field.ts
init_errors();
var SETTABLE_FIELDS = ["title", "focus", "goal"];
var LEAD2 = /^(?:\s*>)*\s*(?:[-*+]\s+)?/;
function sectionFocus(roadmap, m) {
  const section = m.spans.section;
  if (!section) return void 0;
  const lines = roadmap.lines;
  const last = lines.lineOf(Math.max(section.start, section.end - 1));
  let fence2 = false;
  for (let l = lines.lineOf(section.start) + 1; l <= last; l++) {
    const t = lines.lineText(l);
    if (/^\s*(?:```|~~~)/.test(t)) fence2 = !fence2;
    if (fence2) continue;
    const lead = LEAD2.exec(t)?.[0] ?? "";
    const label = readLineLabel(t.slice(lead.length));
    if (label?.kind !== "focus") continue;
    const base = lines.lineStart(l);
    let s = lead.length + label.valueStart;
    let e = t.length;
    while (e > s && /\s/.test(t[e - 1])) e--;
    if (s > e) s = e;
    return { label: l, value: { start: base + s, end: base + e } };
  }
  return void 0;
}
function paragraphEnd(roadmap, from, limit) {
  const lines = roadmap.lines;
  let line = lines.lineOf(from);
  const lastLine = lines.lineOf(Math.max(from, limit - 1));
  const continues = (t) => t.trim() !== "" && !/^(?:\s*>)*\s*(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:\s|$)/.test(t) && !readLineLabel(t.replace(LEAD2, ""));
  while (line + 1 <= lastLine && continues(lines.lineText(line + 1))) line++;
  let end = lines.lineEnd(line);
  while (end > from && /\s/.test(roadmap.source[end - 1])) end--;
  return end;
}
function underHeading(roadmap, m, label, text2) {
  const h = m.spans.heading;
  if (!h) return void 0;
  const line = roadmap.lines.lineOf(h.start);
  const tight = line + 1 < roadmap.lines.count && roadmap.lines.lineText(line + 1).trim() !== "";
  return { start: h.end, end: h.end, text: `${roadmap.eol}${roadmap.eol}**${label}:** ${text2}${tight ? roadmap.eol : ""}` };
}
function cell(roadmap, m, col, text2) {
  const row = m.spans.row;
  if (!row || col === void 0 || !roadmap.overview) return void 0;
  return replaceCell(roadmap.source, row, col, text2, { keepWidth: columnAligned(roadmap.source, roadmap.overview, col) });
}
function titleEdits(roadmap, m, text2) {
  const edits = [];
  const h = m.headingTitle;
  const heading2 = m.spans.heading;
  if (h && heading2) {
    const written = roadmap.source.slice(h.span.start, h.span.end);
    if (written !== h.text || h.span.start === heading2.start)
      throw new UsageError(`${m.id}: its heading's title is formatted ("${written}"); edit it by hand`);
    if (written !== text2) edits.push({ start: h.span.start, end: h.span.end, text: text2.replace(/#+$/, (s) => s.replace(/#/g, "\\#")) });
  }
  const row = cell(roadmap, m, roadmap.overview?.columns.title, text2);
  if (row) edits.push(row);
  if (!h && !(m.spans.row && roadmap.overview?.columns.title !== void 0))
    throw new NotFoundError(`${m.id} has no title to set: no section heading and no Title column`);
  if (h && edits.length > 0) {
    const after = parseRoadmap(applyEdits(roadmap.source, edits).output);
    const same = after.milestones.find((x) => idKey(x.id) === idKey(m.id) && x.line === m.line);
    if (same?.headingTitle?.text !== text2 || same.status.value !== m.status.value)
      throw new UsageError(`set title: "${text2}" would not read back as ${m.id}'s title (a status word or marker at its end?); nothing changed`, "reword the title, or edit the heading by hand");
  }
  return edits;
}
function focusEdits(roadmap, m, text2) {
  const edits = [];
  const col = roadmap.overview?.columns.focus;
  const row = cell(roadmap, m, col, text2);
  if (row) edits.push(row);
  const inRow = m.spans.row !== void 0 && col !== void 0;
  const sec = sectionFocus(roadmap, m);
  if (sec) {
    if (roadmap.source.slice(sec.value.start, sec.value.end) !== text2) {
      const bare = sec.value.start === sec.value.end && !/\s$/.test(roadmap.source.slice(roadmap.lines.lineStart(sec.label), sec.value.start));
      edits.push({ start: sec.value.start, end: sec.value.end, text: bare ? ` ${text2}` : text2 });
    }
  } else if (!inRow) {
    const e = underHeading(roadmap, m, "Focus", text2);
    if (!e) throw new NotFoundError(`${m.id} has no focus to set: no section and no Focus column`);
    edits.push(e);
  }
  return edits;
}
function goalEdits(roadmap, m, text2) {
  const field = m.spans.goal;
  if (m.goal) {
    const end = paragraphEnd(roadmap, m.goal.span.start, field?.end ?? m.goal.span.end);
    if (roadmap.source.slice(m.goal.span.start, end) === text2) return [];
    return [{ start: m.goal.span.start, end, text: text2 }];
  }
  if (field) {
    const at = roadmap.lines.lineEnd(roadmap.lines.lineOf(field.start));
    const before = roadmap.source.slice(roadmap.lines.lineStart(roadmap.lines.lineOf(field.start)), at);
    return [{ start: at, end: at, text: /\s$/.test(before) ? text2 : ` ${text2}` }];
  }
  const e = underHeading(roadmap, m, "Goal", text2);
  if (!e) throw new NotFoundError(`${m.id} has no section to hold a goal`, "add a section for it, or use `roadmark add`");
  return [e];
}
function setField(roadmap, intent) {
  if (!SETTABLE_FIELDS.includes(intent.field))
    throw new UsageError(`set: unknown field "${String(intent.field)}": expected one of ${SETTABLE_FIELDS.join(", ")}`);
  const m = requireMilestone(roadmap, intent.id);
  if (roadmap.format === "freeform")
    throw new UsageError(`this roadmap is free-form: set ${intent.field} has no single place to write; edit the file`);
  const text2 = oneLine(intent.text);
  if (!text2) throw new UsageError(`set ${intent.field}: the text is empty`);
  switch (intent.field) {
    case "title":
      return titleEdits(roadmap, m, text2);
    case "focus":
      return focusEdits(roadmap, m, text2);
    case "goal":
      return goalEdits(roadmap, m, text2);
  }
}

// src/edit/operations/set-status.ts
init_errors();

// src/edit/placeholders.ts
function criterionPlaceholder(roadmap, c) {
  return findPlaceholder(roadmap.source.slice(c.textSpan.start, c.textSpan.end));
}
function milestonePlaceholders(roadmap, m) {
  const goal = m.goal ? findPlaceholder(roadmap.source.slice(m.goal.span.start, m.goal.span.end)) : void 0;
  const criteria = [];
  m.criteria.forEach((c, i) => {
    const text2 = criterionPlaceholder(roadmap, c);
    if (text2 !== void 0) criteria.push({ index: i + 1, text: text2 });
  });
  return { ...goal !== void 0 ? { goal } : {}, criteria };
}
function hasPlaceholders(p) {
  return p.goal !== void 0 || p.criteria.length > 0;
}
function describePlaceholders(p) {
  const parts = [];
  if (p.goal !== void 0) parts.push("its goal");
  if (p.criteria.length === 1) parts.push(`criterion ${p.criteria[0].index}`);
  else if (p.criteria.length > 1) parts.push(`criteria ${p.criteria.map((c) => c.index).join(", ")}`);
  const one = (p.goal !== void 0 ? 1 : 0) + p.criteria.length === 1;
  return `${parts.join(" and ")} ${one ? "is still a template placeholder" : "are still template placeholders"}`;
}
function fillInHint(m, p) {
  const ways = [];
  const c = p.criteria[0];
  if (c) ways.push(`\`roadmark criterion edit ${m.id} ${c.index} "TEXT"\``);
  if (p.goal !== void 0) ways.push(`\`roadmark set ${m.id} goal "TEXT"\``);
  return `write ${p.goal !== void 0 && c ? "them" : p.criteria.length > 1 ? "the criteria" : c ? "the criterion" : "the goal"} first: ${ways.join(", ")}, or edit the roadmap file`;
}

// src/edit/operations/blocked-reason.ts
var BLOCKED_LABEL = "**Blocked:**";
var BLOCKED_LINE = /^(\s*)\*\*Blocked:\*\*[ \t]*(.*)$/;
function findBlockedLine(roadmap, m) {
  const heading2 = m.spans.heading;
  const section = m.spans.section;
  if (!heading2 || !section) return void 0;
  const lines = roadmap.lines;
  const first = lines.lineOf(heading2.start) + 1;
  const last = lines.lineOf(Math.max(section.start, section.end - 1));
  for (let l = first; l <= last; l++) {
    const text2 = lines.lineText(l);
    const mm = BLOCKED_LINE.exec(text2);
    if (!mm) continue;
    const start = lines.lineStart(l) + text2.length - (mm[2] ?? "").length;
    return { line: l, valueStart: start, valueEnd: lines.lineStart(l) + text2.length };
  }
  return void 0;
}
function blockedReasonEdits(roadmap, m, reason, keep) {
  const found2 = findBlockedLine(roadmap, m);
  const clean = reason?.replace(/\s*\r?\n\s*/g, " ").trim();
  if (clean) {
    if (found2) {
      const old = roadmap.source.slice(found2.valueStart, found2.valueEnd);
      return { edits: old === clean ? [] : [{ start: found2.valueStart, end: found2.valueEnd, text: clean }], insert: "" };
    }
    return { edits: [], insert: m.spans.heading ? `${roadmap.eol}${roadmap.eol}${BLOCKED_LABEL} ${clean}` : "" };
  }
  if (keep || !found2) return { edits: [], insert: "" };
  const lines = roadmap.lines;
  let start = lines.lineStart(found2.line);
  let end = lines.lineStart(found2.line + 1);
  if (found2.line + 1 >= lines.count) start = lines.lineEnd(found2.line - 1);
  else if (found2.line > 0 && lines.lineText(found2.line - 1).trim() === "") start = lines.lineStart(found2.line - 1);
  if (end < start) end = start;
  return { edits: [{ start, end, text: "" }], insert: "" };
}

// src/edit/operations/set-status.ts
var STATUS_VERBS = {
  planned: "plan",
  in_progress: "start",
  done: "finish",
  blocked: "block",
  cancelled: "cancel"
};
function stated(m) {
  const v = m.status.value !== "unknown" ? m.status.value : m.inferredStatus;
  return v.replace("_", " ");
}
function finished(m) {
  const v = m.status.value !== "unknown" ? m.status.value : m.inferredStatus;
  return v === "done" || v === "cancelled";
}
function transitionBlockers(roadmap, m, status2) {
  const out = [];
  if (status2 !== "in_progress" && status2 !== "done") return out;
  if (status2 === "in_progress") {
    const p = milestonePlaceholders(roadmap, m);
    if (hasPlaceholders(p)) out.push(describePlaceholders(p));
  }
  if (status2 === "done") {
    const open3 = m.criteria.map((c, i) => ({ c, i })).filter((x) => !x.c.checked);
    if (open3.length > 0) {
      const first = open3.slice(0, 3).map((x) => `${x.i + 1} "${shorten(x.c.text, 30)}"`);
      out.push(`${open3.length} of ${m.criteria.length} criteria unchecked (${first.join(", ")}${open3.length > 3 ? ", …" : ""})`);
    }
  }
  for (const d of m.dependsOn) {
    const dep = findMilestone(roadmap, d.id);
    if (dep && dep !== m && !finished(dep)) out.push(`dependency ${dep.id} is not done (${stated(dep)})`);
  }
  if (status2 === "in_progress") {
    for (const o of roadmap.milestones) if (o !== m && o.status.value === "in_progress") out.push(`${o.id} is in progress`);
  }
  return out;
}
var WRITABLE_SOURCES = /* @__PURE__ */ new Set(["table", "heading", "section", "list"]);
var CHECKBOX = /^\[[ xX]\]$/;
function writeAt(roadmap, m, field, status2) {
  const source = field.source ?? "section";
  const text2 = spellStatus(roadmap, source, status2, field.raw);
  const row = m.spans.row;
  const col = roadmap.overview?.columns.status;
  const written = field.span ? roadmap.source.slice(field.span.start, field.span.end) : "";
  if (source === "table" && row && col !== void 0) return replaceCell(roadmap.source, row, col, rewriteStatusValue(written, text2, status2), {
    keepWidth: columnAligned(roadmap.source, roadmap.overview, col)
  });
  if (!field.span) return void 0;
  if (source === "heading") return { start: field.span.start, end: field.span.end, text: text2 };
  return { start: field.span.start, end: field.span.end, text: rewriteStatusValue(written, text2, status2) };
}
function setStatus(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const statusEdits = statusPlaceEdits(roadmap, m, intent.status);
  if (statusEdits.edits.length > 0 || statusEdits.insert) {
    const blockers = intent.force ? [] : transitionBlockers(roadmap, m, intent.status);
    if (blockers.length > 0) {
      const p = intent.status === "in_progress" ? milestonePlaceholders(roadmap, m) : void 0;
      const hint = p && hasPlaceholders(p) ? fillInHint(m, p) : "finish those first";
      throw new RefusedError(`cannot ${STATUS_VERBS[intent.status]} ${m.id}: ${blockers.join("; ")}`, hint, { blockers, overridable: true });
    }
  }
  const blocked = intent.status === "blocked";
  const reason = blockedReasonEdits(roadmap, m, blocked ? intent.reason : void 0, blocked);
  const edits = [...statusEdits.edits, ...reason.edits];
  const insert = statusEdits.insert + reason.insert;
  if (insert && m.spans.heading) edits.push({ start: m.spans.heading.end, end: m.spans.heading.end, text: insert });
  return edits;
}
function statusPlaceEdits(roadmap, m, status2) {
  const edits = [];
  const tableCell = m.spans.row !== void 0 && roadmap.overview?.columns.status !== void 0;
  const places = m.statuses.filter((s) => s.source !== void 0 && WRITABLE_SOURCES.has(s.source) && (s.span || s.source === "table" && tableCell));
  for (const s of places) {
    if (CHECKBOX.test(s.raw) && s.span) {
      const box = status2 === "done" ? "x" : " ";
      if (s.raw[1] === " " !== (box === " ")) edits.push({ start: s.span.start, end: s.span.end, text: box });
      continue;
    }
    if (s.value === status2) continue;
    const e = writeAt(roadmap, m, s, status2);
    if (e && s.source === "heading" && /^\p{L}/u.test(s.raw)) refuseUnlessHeadingReads(roadmap, m, e, status2);
    if (e) edits.push(e);
  }
  if (places.length > 0) return { edits, insert: "" };
  if (m.status.value === status2) return { edits, insert: "" };
  const row = m.spans.row;
  const col = roadmap.overview?.columns.status;
  if (row && col !== void 0) {
    const e = replaceCell(roadmap.source, row, col, spellStatus(roadmap, "table", status2), { keepWidth: columnAligned(roadmap.source, roadmap.overview, col) });
    return { edits: e ? [e] : [], insert: "" };
  }
  if (m.spans.heading) return { edits, insert: `${roadmap.eol}${roadmap.eol}**Status:** ${spellStatus(roadmap, "section", status2)}` };
  const where = m.statuses[0]?.source;
  throw new UsageError(`${m.id}: its status is stated ${where ? `by its place (${where})` : "nowhere roadmark can write"}; change it by hand`);
}
function headingContent(line) {
  return line.replace(/\r$/u, "").replace(/^\s{0,3}#{1,6}\s+/u, "").replace(/\s+#+\s*$/u, "");
}
function refuseUnlessHeadingReads(roadmap, m, e, status2) {
  const src = roadmap.source;
  const start = src.lastIndexOf("\n", e.start - 1) + 1;
  const nl = src.indexOf("\n", e.end);
  const end = nl < 0 ? src.length : nl;
  const text2 = inlineText(headingContent(src.slice(start, e.start) + e.text + src.slice(e.end, end))).trim();
  if (readHeadingStatus(text2)?.value === status2) return;
  const was = headingContent(src.slice(start, end));
  throw new UsageError(`${m.id}: its status is read from a word of its title ("${was}"); change it by hand`, "write the status in brackets after the title, e.g. (Done)");
}

// src/edit/operations/tick.ts
init_errors();
function tick(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const { criterion, index } = resolveCriterion(m, intent.criterion, roadmap.source);
  if (criterion.checked === intent.checked) return [];
  const placeholder = intent.checked ? criterionPlaceholder(roadmap, criterion) : void 0;
  if (placeholder !== void 0)
    throw new RefusedError(
      `cannot tick criterion ${index + 1} of ${m.id}: "${placeholder}" is still a template placeholder`,
      `write the criterion first: \`roadmark criterion edit ${m.id} ${index + 1} "TEXT"\`, or edit the roadmap file`
    );
  return [{ start: criterion.box.start, end: criterion.box.end, text: intent.checked ? "x" : " " }];
}

// src/ops/plan-edit.ts
init_errors();
var EDIT_OPS = [
  "tick",
  "untick",
  "start",
  "done",
  "block",
  "cancel",
  "add_milestone",
  "add_criterion",
  "edit_criterion",
  "remove_criterion",
  "set_field",
  "depend",
  "undepend",
  "learn",
  "sync",
  "init"
];
var VERB_STATUS = { start: "in_progress", done: "done", block: "blocked", cancel: "cancelled" };
function planTick(roadmap, intent) {
  const checked = intent.op === "tick";
  const m = requireMilestone(roadmap, intent.id);
  const { criterion: c } = resolveCriterion(m, intent.criterion, roadmap.source);
  const edits = tick(roadmap, { id: intent.id, criterion: intent.criterion, checked });
  const done = m.criteria.filter((x) => x.checked).length + (edits.length === 0 ? 0 : checked ? 1 : -1);
  const verb = checked ? "ticked" : "unticked";
  const notes = [];
  if (!checked && edits.length > 0 && m.status.value === "done")
    notes.push({ kind: "reopen", message: `${m.id} is marked Done but now has an unchecked criterion; reopen it with \`roadmark start ${m.id}\`` });
  return {
    edits,
    milestone: m.id,
    message: `${m.id}: ${verb} "${shorten(c.text)}" (${done}/${m.criteria.length})`,
    noop: `${m.id}: "${shorten(c.text)}" is already ${verb}`,
    notes
  };
}
function planStatus(roadmap, intent, ctx) {
  const status2 = VERB_STATUS[intent.op];
  const reason = intent.op === "block" ? intent.reason : void 0;
  if (status2 === "blocked" && !reason?.trim()) throw new UsageError("block: the reason must not be empty");
  const m = requireMilestone(roadmap, intent.id);
  const edits = setStatus(roadmap, { id: intent.id, status: status2, ...ctx.force ? { force: true } : {}, ...reason ? { reason } : {} });
  const word = STATUS_WORDS[status2];
  const notes = [];
  if (ctx.force && edits.length > 0) {
    const blockers = transitionBlockers(roadmap, m, status2);
    if (blockers.length > 0) notes.push({ kind: "overridden", message: `${m.id} set to ${word} despite: ${blockers.join("; ")}` });
  }
  const from = m.status.value === "unknown" ? "no status" : STATUS_WORDS[m.status.value];
  const why = status2 === "blocked" && reason ? ` (${shorten(reason.trim(), 60)})` : "";
  return {
    edits,
    milestone: m.id,
    message: m.status.value === status2 ? `${m.id}: still ${word}, reason updated${why}` : `${m.id}: ${from} → ${word}${why}`,
    noop: `${m.id}: already ${word}`,
    notes
  };
}
function planAdd(roadmap, intent) {
  const id = nextMilestoneId(roadmap);
  const { op: _op, ...add2 } = intent;
  const edits = addMilestone(roadmap, add2);
  return { edits, milestone: id, message: `${id}: added "${shorten(intent.title.trim())}"`, noop: "nothing to add" };
}
function planLearn(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const edits = learn(roadmap, { id: intent.id, text: intent.text });
  return { edits, milestone: m.id, message: `${m.id}: learning added (${m.learnings.length + 1} in all)`, noop: `${m.id}: nothing to learn` };
}
function planAddCriterion(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const edits = addCriterion(roadmap, { id: intent.id, text: intent.text, ...intent.at !== void 0 ? { at: intent.at } : {} });
  const at = intent.at ?? m.criteria.length + 1;
  return {
    edits,
    milestone: m.id,
    message: `${m.id}: criterion ${at} added "${shorten(intent.text.trim())}" (${m.criteria.length + 1} in all)`,
    noop: `${m.id}: nothing to add`
  };
}
function planEditCriterion(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const edits = editCriterion(roadmap, { id: intent.id, criterion: intent.criterion, text: intent.text });
  const { index } = resolveCriterion(m, intent.criterion, roadmap.source);
  return {
    edits,
    milestone: m.id,
    message: `${m.id}: criterion ${index + 1} now reads "${shorten(intent.text.trim())}"`,
    noop: `${m.id}: criterion ${index + 1} already reads so`
  };
}
function planRemoveCriterion(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const { criterion: c, index } = resolveCriterion(m, intent.criterion, roadmap.source);
  const edits = removeCriterion(roadmap, { id: intent.id, criterion: intent.criterion });
  return {
    edits,
    milestone: m.id,
    message: `${m.id}: criterion ${index + 1} removed "${shorten(c.text)}" (${m.criteria.length - 1} left)`,
    noop: `${m.id}: nothing to remove`
  };
}
function planSetField(roadmap, intent) {
  const field = SETTABLE_FIELDS.find((x) => x === String(intent.field).trim().toLowerCase());
  if (!field) throw new UsageError(`set: unknown field "${intent.field}": expected one of ${SETTABLE_FIELDS.join(", ")}`);
  const m = requireMilestone(roadmap, intent.id);
  const edits = setField(roadmap, { id: intent.id, field, text: intent.text });
  return { edits, milestone: m.id, message: `${m.id}: ${field} set to "${shorten(intent.text.trim())}"`, noop: `${m.id}: ${field} already reads so` };
}
function planDepend(roadmap, intent) {
  const m = requireMilestone(roadmap, intent.id);
  const ids2 = intent.on.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== "");
  const add2 = intent.op === "depend";
  const edits = add2 ? depend(roadmap, { id: intent.id, on: ids2 }) : undepend(roadmap, { id: intent.id, on: ids2 });
  const names = ids2.map((x) => requireMilestone(roadmap, x).id).join(", ");
  return add2 ? { edits, milestone: m.id, message: `${m.id}: now depends on ${names}`, noop: `${m.id}: already depends on ${names}` } : { edits, milestone: m.id, message: `${m.id}: no longer depends on ${names}`, noop: `${m.id}: does not depend on ${names}` };
}
function planSync(roadmap) {
  const edits = syncOverview(roadmap);
  return { edits, message: `overview table synced (${edits.length} change${edits.length === 1 ? "" : "s"})`, noop: "overview table already in sync" };
}
function planInit(roadmap, intent, ctx) {
  if (ctx.exists && !ctx.force) throw new RoadmarkError("BAD_INPUT", `${ctx.display}: already exists; nothing written`, "overwrite it explicitly", { overridable: true });
  const milestones = intent.drafts?.length ?? intent.milestones ?? 4;
  const text2 = initRoadmap({
    name: intent.name ?? path16.basename(path16.dirname(ctx.path)),
    milestones,
    ...intent.drafts ? { drafts: intent.drafts } : {},
    ...intent.cadenceLink !== void 0 ? { cadenceLink: intent.cadenceLink } : {}
  });
  return {
    edits: [{ start: 0, end: roadmap.source.length, text: text2 }],
    message: `wrote ${milestones} milestone${milestones === 1 ? "" : "s"}`,
    noop: "the file already holds this roadmap"
  };
}
var PLANNERS = {
  tick: planTick,
  untick: planTick,
  start: planStatus,
  done: planStatus,
  block: planStatus,
  cancel: planStatus,
  add_milestone: planAdd,
  add_criterion: planAddCriterion,
  edit_criterion: planEditCriterion,
  remove_criterion: planRemoveCriterion,
  set_field: planSetField,
  depend: planDepend,
  undepend: planDepend,
  learn: planLearn,
  sync: planSync,
  init: planInit
};
function planEdit(roadmap, intent, ctx) {
  const planner = PLANNERS[intent.op];
  if (!planner) throw new UsageError(`unknown edit operation "${String(intent.op)}"`, `one of: ${EDIT_OPS.join(", ")}`);
  return planner(roadmap, intent, ctx);
}

// src/ops/edit.ts
function diffName(prefix, display) {
  return `${prefix}/${display.split(path17.sep).join("/").replace(/^\/+/, "")}`;
}
async function readForEdit(target, ws, mayCreate) {
  try {
    return { file: await readTextFile(target.path, target.display, ws.maxSize ?? DEFAULT_MAX_SIZE), exists: true };
  } catch (e) {
    if (!mayCreate || !(e instanceof NotFoundError)) throw e;
    return { file: { path: target.path, bytes: Buffer.alloc(0), text: "", encoding: "utf-8", mode: 420 }, exists: false };
  }
}
function refuseUnlessUtf8(file, display) {
  if (file.encoding !== "utf-8") throw new UsageError(`${display}: not valid UTF-8; roadmark edits UTF-8 files only, nothing written`, "convert the file to UTF-8 first");
}
async function transact(target, ws, intent, opts, write) {
  const { file, exists: exists2 } = await readForEdit(target, ws, intent.op === "init");
  if (opts.expectHash !== void 0) {
    const expected = parseHash(opts.expectHash);
    if (!expected) throw new UsageError(`expected hash "${opts.expectHash}" is not of the form sha256:<64 hex digits>`);
    const hash2 = hashOf(file.bytes);
    if (expected !== hash2) throw new StaleError(`${target.display}: the file changed since it was read (now ${hash2}); nothing written`, hash2);
  }
  refuseUnlessUtf8(file, target.display);
  const steering = exists2 && intent.op !== "init" ? steeringFor(target.path) : UNSTEERED;
  const roadmap = steered2(steering, target.display, ws.cwd, () => parseRoadmap(file.text, steering.parse));
  const warnings = roadmap.notes.map((n) => `${target.display}: ${n.message}`);
  const ctx = { force: opts.force === true, path: target.path, display: target.display, exists: exists2 };
  const plan = intent.op === "plan" ? intent.plan(roadmap, ctx) : planEdit(roadmap, intent, ctx);
  const { output, skipped } = applyEdits(roadmap.source, plan.edits);
  if (skipped.length > 0) throw new InternalError(`overlapping edits (${skipped.length}) for ${target.display}`);
  const changed = output !== roadmap.source || !exists2 && intent.op === "init";
  const dryRun = opts.dryRun === true;
  if (changed && write) await write(output, file);
  const hash = once(() => hashOf(changed && !dryRun ? output : file.bytes));
  const diff = once(() => changed ? unifiedDiff(roadmap.source, output, { oldName: diffName("a", target.display), newName: diffName("b", target.display) }) : "");
  return {
    file: target.path,
    display: target.display,
    get hash() {
      return hash();
    },
    changed,
    get diff() {
      return diff();
    },
    ...plan.milestone !== void 0 ? { milestone: plan.milestone } : {},
    message: changed ? plan.message : plan.noop,
    notes: changed ? plan.notes ?? [] : [],
    warnings,
    ...dryRun ? { preview: output } : {},
    dryRun
  };
}
function once(compute) {
  let done = false;
  let value;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
async function editWith(ws, plan, opts = {}) {
  return run(ws, { op: "plan", plan }, opts);
}
async function run(ws, intent, opts) {
  const located = intent.op === "init" ? newRoadmapPath(ws) : locateRoadmap(ws);
  if (opts.dryRun) return transact(located, ws, intent, opts, void 0);
  const target = { path: await resolveTarget(located.path), display: located.display };
  await mkdir4(path17.dirname(target.path), { recursive: true }).catch(() => void 0);
  return withFileLock(
    target.path,
    target.display,
    (lock) => transact(target, ws, intent, opts, async (text2, file) => {
      await checkWritable(target.path, target.display, { mode: file.mode });
      await replaceFile(target.path, text2, { mode: file.mode, display: target.display }, lock, file.bytes.length > 0 || intent.op !== "init" ? file.bytes : void 0);
    }),
    opts.lock
  );
}

// src/ops/verify.ts
function selectTargets(roadmap, ids2) {
  const milestones = ids2 && ids2.length > 0 ? [...new Set(ids2.map((id) => requireMilestone(roadmap, id)))] : roadmap.milestones.filter((m) => m.status.value !== "cancelled");
  const order = new Map(roadmap.milestones.map((m, i) => [m, i]));
  milestones.sort((a, b) => order.get(a) - order.get(b));
  const out = [];
  for (const m of milestones)
    m.criteria.forEach((c, i) => {
      if (c.verify) out.push({ milestone: m, index: i + 1, criterion: c });
    });
  return out;
}
async function unapprovedCommands(root, targets2, trust = {}) {
  return (await checkTrust(root, targets2.map((t) => t.criterion.verify.command), trust)).unapproved;
}
async function runVerify(o) {
  const place = o.place ?? await verifyPlace(o.file);
  const targets2 = selectTargets(o.roadmap, o.ids);
  const unapproved = new Set(await unapprovedCommands(place.root, targets2, o.trust));
  const batch = groupByCommand(targets2, unapproved);
  const ran = await runCommands(
    batch.map((g) => ({ command: g.command, ...g.timeoutMs !== void 0 ? { timeoutMs: g.timeoutMs } : {} })),
    {
      cwd: place.root,
      ...o.jobs !== void 0 ? { jobs: o.jobs } : {},
      ...o.timeoutMs !== void 0 ? { timeoutMs: o.timeoutMs } : {},
      ...o.graceMs !== void 0 ? { graceMs: o.graceMs } : {},
      ...o.signal ? { signal: o.signal } : {},
      ...o.env ? { env: o.env } : {},
      onStart: (i) => o.onStart?.(batch[i].command, batch[i].targets),
      onEnd: (i, r) => o.onEnd?.(batch[i].command, batch[i].targets, r)
    }
  );
  const byTarget = /* @__PURE__ */ new Map();
  batch.forEach((g, i) => g.targets.forEach((t) => byTarget.set(t, ran[i])));
  const results = targets2.map((t) => {
    const r = byTarget.get(t);
    const base = { milestone: t.milestone.id, index: t.index, text: t.criterion.text, command: t.criterion.verify.command };
    return r ? { ...base, status: r.status, exitCode: r.exitCode, durationMs: r.durationMs, outputTail: r.outputTail } : { ...base, status: "untrusted", exitCode: null, durationMs: 0, outputTail: "" };
  });
  let recordFile = null;
  if (o.record !== false && place.git) {
    const at = (/* @__PURE__ */ new Date()).toISOString();
    const head = place.git.head;
    const entries = results.filter((r) => r.status !== "untrusted").map((r) => ({ milestone: r.milestone, text: r.text, commandHash: commandHash(r.command), status: r.status, exitCode: r.exitCode, durationMs: r.durationMs, at, commit: head }));
    if (entries.length > 0) await writeRecord(place.git.recordFile, entries);
    recordFile = place.git.recordFile;
  }
  return { results, summary: summarise(results), root: place.root, recordFile, head: place.git?.head ?? null };
}
async function verify(ws, req = {}) {
  if (req.strict && !req.apply) throw new UsageError("verify: strict changes what apply writes; nothing to untick without apply");
  const r = await readRoadmap(ws);
  const { display } = r;
  if (req.apply) refuseUnlessUtf8(r.file, display);
  const targets2 = selectTargets(r.roadmap, req.ids);
  const place = await verifyPlace(r.file.path);
  let approved = [];
  if (req.approveAll && targets2.length > 0) {
    approved = await unapprovedCommands(place.root, targets2, req.trust);
    await approveCommands(place.root, approved, req.trust);
  }
  const report = await runVerify({ ...req, roadmap: r.roadmap, file: r.file.path, place });
  const unapproved = [...new Set(report.results.filter((x) => x.status === "untrusted").map((x) => x.command))];
  let applied = null;
  if (req.apply) {
    const edits = verifyTickEdits(r.roadmap, report, { strict: req.strict === true });
    if (edits.length === 0) applied = { changed: 0, hash: r.hash, diff: "" };
    else {
      try {
        const done = await editWith(
          { ...ws, file: r.file.path },
          (roadmap) => {
            const now = verifyTickEdits(roadmap, report, { strict: req.strict === true });
            const n = now.length;
            return { edits: now, message: `${n} box${n === 1 ? "" : "es"} changed`, noop: "nothing to change" };
          },
          { expectHash: r.hash, ...req.lock ? { lock: req.lock } : {} }
        );
        applied = { changed: done.changed ? edits.length : 0, hash: done.hash, diff: done.diff };
      } catch (e) {
        if (e instanceof StaleError) throw new StaleError(`${display}: the roadmap changed on disk during the run (now ${e.currentHash}); nothing written`, e.currentHash);
        throw e;
      }
    }
  }
  return { ...report, file: r.file.path, display, hash: r.hash, targets: targets2.length, approved, unapproved, applied, warnings: r.warnings };
}

// src/render/markdown/status.ts
var LABEL2 = {
  done: "✅ done",
  in_progress: "🚧 in progress",
  planned: "⚪ planned",
  blocked: "⛔ blocked",
  cancelled: "✖️ cancelled",
  unknown: "❔ unknown"
};
function escapeCell2(text2) {
  return escapeInline(text2.replace(/\r\n?|\n/g, " ")).replace(/\|/g, "\\|");
}
function escapeInline(text2) {
  return text2.replace(/\r\n?|\n/g, " ").replace(/[\\`*_[\]#~]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").trim();
}
function renderStatusMarkdown(r, file, opts = {}) {
  const level = opts.headingLevel ?? 2;
  const out = [];
  if (level > 0) out.push(`${"#".repeat(Math.min(6, level))} ${escapeInline(r.title || "Roadmap")}`, "");
  out.push(`<sub>${escapeInline(file)} · ${r.format}</sub>`, "");
  if (r.milestones.length === 0) {
    out.push("_No milestones._");
    return out.join("\n") + "\n";
  }
  const cur = currentMilestone(r);
  out.push("| | Milestone | Title | Status | Criteria |", "| --- | --- | --- | --- | ---: |");
  for (const m of r.milestones) {
    const p = milestoneProgress(m);
    const marker = cur && m === cur ? "▶" : "";
    out.push(`| ${marker} | ${escapeCell2(m.id)} | ${escapeCell2(m.title)} | ${LABEL2[m.status.value]} | ${p.total ? `${p.done}/${p.total}` : "–"} |`);
  }
  const total = roadmapProgress(r);
  const pct = total.total ? Math.round(total.done / total.total * 100) : 0;
  const milestonesDone = r.milestones.filter((m) => m.status.value === "done").length;
  out.push("");
  out.push(`**Progress:** ${total.done}/${total.total} criteria (${pct}%) · ${milestonesDone}/${r.milestones.length} milestones done  `);
  const next = nextStep(r);
  if (cur && next) {
    out.push(`**Current:** ${escapeInline(cur.id)} ${escapeInline(cur.title)}  `);
    out.push(
      next.criterion ? `**Next:** ${escapeInline(next.criterion)}` : cur.criteria.length ? `**Next:** every criterion of ${escapeInline(cur.id)} is ticked: \`roadmark done ${cur.id.replace(/`/g, "")}\`` : `**Next:** ${escapeInline(cur.id)} has no acceptance criteria yet`
    );
  } else out.push(`**Current:** none — ${escapeInline(whyNoCurrent(r))}`);
  return out.join("\n") + "\n";
}

// src/action/inputs.ts
init_errors();
var FAIL_ON = ["error", "warning", "none"];
function booleanInput(host2, name, fallback) {
  const raw = host2.getInput(name);
  if (raw === "") return fallback;
  if (/^(true|True|TRUE)$/.test(raw)) return true;
  if (/^(false|False|FALSE)$/.test(raw)) return false;
  throw new UsageError(`input ${name}: "${raw}" is not a boolean`, "use true or false");
}
function readInputs(host2) {
  const files = host2.getInput("files").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  const failOn = host2.getInput("fail-on") || "error";
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`input fail-on: unknown value "${failOn}"`, `use one of ${FAIL_ON.join(", ")}`);
  const sarif = host2.getInput("sarif-file");
  return {
    files,
    failOn,
    sarifFile: sarif === "" ? void 0 : sarif,
    summary: booleanInput(host2, "summary", true),
    verify: booleanInput(host2, "verify", false)
  };
}

// src/action/run.ts
var ANNOTATIONS_PER_KIND = 10;
var SUMMARY_FINDINGS = 50;
var SUMMARY_ROADMAPS = 5;
var KIND = { error: "error", warning: "warning", info: "notice" };
function annotation(f, d, workspace) {
  const s = displayPosition(f, d.span.start);
  const e = displayPosition(f, Math.max(d.span.start, d.span.end));
  const file = path18.relative(workspace, path18.resolve(workspace, f.file)).split(path18.sep).join("/");
  return { title: d.ruleId, file, startLine: s.line, endLine: e.line, ...s.line === e.line ? { startColumn: s.column, endColumn: Math.max(e.column, s.column + 1) } : {} };
}
function annotate(host2, files, inputs, workspace) {
  const all = files.flatMap((f) => f.diagnostics.map((d) => ({ f, d })));
  const count = { error: 0, warning: 0, info: 0 };
  for (const { d } of all) count[d.severity]++;
  const over = count.error > ANNOTATIONS_PER_KIND || count.warning > ANNOTATIONS_PER_KIND || count.info > ANNOTATIONS_PER_KIND;
  const cap = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, info: over ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND };
  const shown = { error: 0, warning: 0, info: 0 };
  for (const { f, d } of all) {
    if (shown[d.severity] >= cap[d.severity]) continue;
    shown[d.severity]++;
    host2[KIND[d.severity]](d.message, annotation(f, d, workspace));
  }
  const hidden = all.length - shown.error - shown.warning - shown.info;
  if (hidden > 0)
    host2.notice(
      `${hidden} more finding${hidden === 1 ? "" : "s"} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} per kind per step): ` + (inputs.sarifFile ? `upload ${inputs.sarifFile} to code scanning to see every one` : "set the sarif-file input and upload it to code scanning to see every one"),
      { title: "roadmark" }
    );
  return hidden;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryMarkdown(statuses, files, counts, workspace) {
  const out = [];
  for (const s of statuses.slice(0, SUMMARY_ROADMAPS)) out.push(renderStatusMarkdown(s.roadmap, s.display));
  if (statuses.length > SUMMARY_ROADMAPS) out.push(`_…and ${statuses.length - SUMMARY_ROADMAPS} more roadmaps._
`);
  out.push("### roadmark lint\n");
  const total = counts.errors + counts.warnings + counts.infos;
  out.push(`${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.infos, "note")} in ${plural(files.length, "file")}.
`);
  if (total > 0) {
    out.push("| Location | Severity | Rule | Message |", "| --- | --- | --- | --- |");
    let n = 0;
    for (const f of files)
      for (const d of f.diagnostics) {
        if (n++ >= SUMMARY_FINDINGS) break;
        const a = annotation(f, d, workspace);
        out.push(`| ${escapeCell2(`${a.file}:${a.startLine}`)} | ${d.severity} | ${escapeCell2(d.ruleId)} | ${escapeCell2(d.message)} |`);
      }
    if (total > SUMMARY_FINDINGS) out.push("", `_${total - SUMMARY_FINDINGS} more in the SARIF file or the step's log._`);
    out.push("");
  }
  return out.join("\n") + "\n";
}
async function makeParents(file) {
  const missing = [];
  for (let dir = path18.dirname(file); !existsSync6(dir); dir = path18.dirname(dir)) {
    if (path18.dirname(dir) === dir) break;
    missing.unshift(dir);
  }
  for (const dir of missing) await mkdir5(dir);
}
function writeFailure(e) {
  const code2 = e?.code;
  if (code2 === "ENOENT") return "no such folder";
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "ENOTDIR") return "a part of the path is not a folder";
  if (code2 === "EISDIR") return "it is a folder";
  if (code2 === "EROFS") return "read-only file system";
  return e instanceof Error ? e.message : String(e);
}
function describeError(e) {
  if (!(e instanceof Error)) return String(e);
  const hint = e.hint;
  return typeof hint === "string" && hint ? `${e.message} (${hint})` : e.message;
}
async function runAction(host2, env) {
  const started = performance.now();
  const done = (failed, errors = 0, warnings = 0) => ({ failed, errors, warnings, ms: performance.now() - started });
  try {
    const inputs = readInputs(host2);
    const ws = { cwd: env.workspace };
    const run2 = await lint(ws, inputs.files.length > 0 ? { files: inputs.files } : {}).catch((e) => {
      if (inputs.files.length === 0 && e instanceof InputError && e.option === "file" && e.problem === "missing")
        throw new NotFoundError(e.message, "set the files input, or add a ROADMAP.md to the repository");
      throw e;
    });
    let verifyFailed = 0;
    if (inputs.verify)
      for (const f of run2.files) {
        const v = await verify({ cwd: env.workspace, file: path18.resolve(env.workspace, f.file) }, { approveAll: true });
        for (const x of v.results) {
          if (x.status !== "failed" && x.status !== "timed_out") continue;
          verifyFailed++;
          const why = x.status === "failed" ? `failed (exit ${x.exitCode ?? "?"})` : "timed out";
          host2.error(`${x.milestone} criterion ${x.index}: \`${x.command}\` ${why}`, { title: "verify", file: path18.relative(env.workspace, path18.resolve(env.workspace, f.file)).split(path18.sep).join("/") });
        }
        const n = v.summary;
        host2.info(`roadmark verify ${f.file}: ${n.passed} passed, ${n.failed} failed, ${n.timed_out} timed out`);
      }
    const statuses = await Promise.all(run2.files.map((f) => status({ cwd: env.workspace, file: path18.resolve(env.workspace, f.file) })));
    for (const w of run2.warnings) host2.warning(w, { title: "roadmark" });
    let sarifPath = "";
    if (inputs.sarifFile) {
      const full = path18.resolve(env.workspace, inputs.sarifFile);
      try {
        await makeParents(full);
        await writeFile2(full, formatSarif(run2.files, env.version, { cwd: env.workspace }));
      } catch (e) {
        throw new UsageError(`input sarif-file: cannot write ${inputs.sarifFile}: ${writeFailure(e)}`, "give a writable path inside the workspace");
      }
      sarifPath = inputs.sarifFile;
    }
    annotate(host2, run2.files, inputs, env.workspace);
    const { errors, warnings, infos } = run2.counts;
    const first = statuses[0]?.json;
    const progress = first ? `${first.progress.done}/${first.progress.total}` : "0/0";
    host2.setOutput("errors", String(errors));
    host2.setOutput("warnings", String(warnings));
    host2.setOutput("progress", progress);
    host2.setOutput("current", first?.current ?? "");
    host2.setOutput("sarif-file", sarifPath);
    if (inputs.summary && !await host2.appendSummary(summaryMarkdown(statuses, run2.files, { errors, warnings, infos }, env.workspace)))
      host2.info("roadmark: no job summary file (GITHUB_STEP_SUMMARY is not set); summary skipped");
    const failed = verifyFailed > 0 || (inputs.failOn === "error" ? errors > 0 : inputs.failOn === "warning" ? errors + warnings > 0 : false);
    const ms = performance.now() - started;
    host2.info(`roadmark ${env.version}: ${plural(run2.files.length, "file")}, ${plural(errors, "error")}, ${plural(warnings, "warning")}, progress ${progress}, current ${first?.current ?? "none"} (${ms.toFixed(0)} ms)`);
    if (verifyFailed > 0) host2.setFailed(`roadmark verify: ${plural(verifyFailed, "command")} failed or timed out`);
    else if (failed) host2.setFailed(`roadmark lint: ${plural(errors, "error")} and ${plural(warnings, "warning")} (fail-on: ${inputs.failOn})`);
    return done(failed, errors, warnings);
  } catch (e) {
    if (!(e instanceof RoadmarkError) || e.code === "INTERNAL") host2.debug(e instanceof Error && e.stack ? e.stack : String(e));
    host2.setFailed(`roadmark: ${describeError(e)}`);
    return done(true);
  }
}

// src/action/main.ts
var VERSION2 = true ? "0.1.0" : "0.0.0-dev";
var host = {
  getInput: (name) => getInput(name),
  error: (m, p) => error(m, p),
  warning: (m, p) => warning(m, p),
  notice: (m, p) => notice(m, p),
  info: (m) => info(m),
  debug: (m) => debug(m),
  setOutput: (n, v) => setOutput(n, v),
  appendSummary: async (markdown) => {
    if (!process.env["GITHUB_STEP_SUMMARY"]) return false;
    await summary.addRaw(markdown).write();
    return true;
  },
  setFailed: (m) => setFailed(m)
};
await runAction(host, { workspace: process.env["GITHUB_WORKSPACE"] || process.cwd(), version: VERSION2 });
/*! Bundled license information:

markdown-it/dist/markdown-it.mjs:
  (*! markdown-it 15.0.3 https://github.com/markdown-it/markdown-it @license MIT *)
*/
