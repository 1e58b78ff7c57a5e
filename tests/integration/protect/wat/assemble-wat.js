/**
 * A small assembler for the subset of the WebAssembly text format that
 * src/core/protect/aes-sha1-kernels.wat uses (written here; no compiler package is installed):
 * one module of i32 functions and one exported memory, no imports, tables or data.
 *
 *   module fields: (memory (export "name") PAGES), (func $f (export "name") (param $p i32)…
 *                  (result i32)? (local $l i32)… INSTR…)
 *   instructions:  folded — (op IMM… (child)…) emits the children, then op — or flat (op IMM…);
 *                  (block $l …) (loop $l …) (if (cond) (then …) (else …)?); labels by name.
 *
 * Binary format: WebAssembly Core Specification 2.0, §5 (sections 1 type, 3 function, 5 memory,
 * 7 export, 10 code; LEB128 integers). Anything outside the subset throws, naming it.
 * Plain CommonJS, no dependencies: run by generate-kernels-wasm.js and by the drift test.
 */
"use strict";

const I32 = 0x7f;
/** Plain opcodes (no immediates). */
const SIMPLE = {
  unreachable: 0x00, nop: 0x01, return: 0x0f, drop: 0x1a, select: 0x1b,
  "i32.eqz": 0x45, "i32.eq": 0x46, "i32.ne": 0x47, "i32.lt_s": 0x48, "i32.lt_u": 0x49, "i32.gt_s": 0x4a,
  "i32.gt_u": 0x4b, "i32.le_s": 0x4c, "i32.le_u": 0x4d, "i32.ge_s": 0x4e, "i32.ge_u": 0x4f,
  "i32.add": 0x6a, "i32.sub": 0x6b, "i32.mul": 0x6c, "i32.and": 0x71, "i32.or": 0x72, "i32.xor": 0x73,
  "i32.shl": 0x74, "i32.shr_s": 0x75, "i32.shr_u": 0x76, "i32.rotl": 0x77, "i32.rotr": 0x78,
};
/** Memory access: opcode and natural alignment (log2). */
const MEMORY = { "i32.load": [0x28, 2], "i32.load8_u": [0x2d, 0], "i32.store": [0x36, 2], "i32.store8": [0x3a, 0] };
const LOCAL = { "local.get": 0x20, "local.set": 0x21, "local.tee": 0x22 };
const BRANCH = { br: 0x0c, br_if: 0x0d };

// ------------------------------------------------------------------ text → tree
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i++;
    else if (text.startsWith(";;", i)) i = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
    else if (text.startsWith("(;", i)) {
      const end = text.indexOf(";)", i);
      if (end < 0) throw new Error("unclosed block comment");
      i = end + 2;
    } else if (c === "(" || c === ")") tokens.push(text[i++]);
    else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      tokens.push({ str: text.slice(i + 1, end) });
      i = end + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s()";]/.test(text[j])) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

function parse(tokens) {
  let i = 0;
  const node = () => {
    const t = tokens[i++];
    if (t !== "(") return t;
    const list = [];
    while (tokens[i] !== ")") {
      if (i >= tokens.length) throw new Error("unbalanced parentheses");
      list.push(node());
    }
    i++;
    return list;
  };
  const tree = node();
  if (i !== tokens.length) throw new Error("text after the module");
  return tree;
}

// ------------------------------------------------------------------ encoding helpers
function uleb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}
function sleb(n) {
  const out = [];
  n |= 0; // i32
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}
const name = (s) => [...uleb(Buffer.byteLength(s)), ...Buffer.from(s, "utf8")];
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];

function integer(text) {
  if (!/^-?(0x[0-9a-f_]+|[0-9_]+)$/i.test(text)) throw new Error(`not an integer: ${text}`);
  const neg = text.startsWith("-");
  const v = Number(text.replace(/[-_]/g, ""));
  if (!Number.isSafeInteger(v)) throw new Error(`integer out of range: ${text}`);
  return neg ? -v : v;
}

// ------------------------------------------------------------------ functions
function compileFunction(fields, funcIndex) {
  const params = [];
  const locals = [];
  const exports = [];
  let results = [];
  let k = 1;
  const id = typeof fields[1] === "string" && fields[1].startsWith("$") ? fields[k++] : undefined;
  const body = [];
  for (; k < fields.length; k++) {
    const f = fields[k];
    if (Array.isArray(f) && f[0] === "export") exports.push({ name: f[1].str, kind: 0, index: funcIndex });
    else if (Array.isArray(f) && f[0] === "param") params.push(declare(f));
    else if (Array.isArray(f) && f[0] === "result") results = f.slice(1).map(valtype);
    else if (Array.isArray(f) && f[0] === "local") locals.push(declare(f));
    else body.push(f);
  }
  const names = new Map();
  [...params, ...locals].forEach((d, i) => d.id && names.set(d.id, i));
  const localIndex = (t) => {
    if (names.has(t)) return names.get(t);
    if (/^\d+$/.test(t)) return Number(t);
    throw new Error(`unknown local ${t}`);
  };
  const labels = []; // innermost last
  const labelDepth = (t) => {
    const at = labels.lastIndexOf(t);
    if (at >= 0) return labels.length - 1 - at;
    if (/^\d+$/.test(t)) return Number(t);
    throw new Error(`unknown label ${t}`);
  };
  const code = [];

  /** Emits one instruction from `items` starting at `i` (flat form); returns the next index. */
  const flat = (items, i) => {
    const op = items[i];
    if (op in SIMPLE) {
      code.push(SIMPLE[op]);
      return i + 1;
    }
    if (op in LOCAL) {
      code.push(LOCAL[op], ...uleb(localIndex(items[i + 1])));
      return i + 2;
    }
    if (op in BRANCH) {
      code.push(BRANCH[op], ...uleb(labelDepth(items[i + 1])));
      return i + 2;
    }
    if (op === "i32.const") {
      code.push(0x41, ...sleb(integer(items[i + 1])));
      return i + 2;
    }
    if (op in MEMORY) {
      const [opcode, natural] = MEMORY[op];
      let offset = 0;
      let align = natural;
      let j = i + 1;
      for (; typeof items[j] === "string" && /^(offset|align)=/.test(items[j]); j++) {
        const [key, v] = items[j].split("=");
        if (key === "offset") offset = integer(v);
        else align = Math.log2(integer(v));
      }
      if (!Number.isInteger(align) || align > natural) throw new Error(`bad alignment on ${op}`);
      code.push(opcode, ...uleb(align), ...uleb(offset));
      return j;
    }
    throw new Error(`instruction not in the subset: ${JSON.stringify(op)}`);
  };

  /** A folded instruction (a list). */
  const folded = (list) => {
    const op = list[0];
    if (op === "block" || op === "loop") {
      let j = 1;
      const label = typeof list[1] === "string" && list[1].startsWith("$") ? list[j++] : null;
      if (Array.isArray(list[j]) && list[j][0] === "result") throw new Error("block results are not in the subset");
      code.push(op === "block" ? 0x02 : 0x03, 0x40);
      labels.push(label);
      sequence(list.slice(j));
      labels.pop();
      code.push(0x0b);
      return;
    }
    if (op === "if") {
      let j = 1;
      const label = typeof list[1] === "string" && list[1].startsWith("$") ? list[j++] : null;
      const rest = list.slice(j);
      const thenAt = rest.findIndex((x) => Array.isArray(x) && x[0] === "then");
      if (thenAt < 0) throw new Error("if without (then …)");
      for (const cond of rest.slice(0, thenAt)) instruction(cond);
      code.push(0x04, 0x40);
      labels.push(label);
      sequence(rest[thenAt].slice(1));
      const other = rest[thenAt + 1];
      if (other) {
        if (!(Array.isArray(other) && other[0] === "else")) throw new Error("if: expected (else …)");
        code.push(0x05);
        sequence(other.slice(1));
      }
      labels.pop();
      code.push(0x0b);
      return;
    }
    // (op IMM… CHILD…): the immediates are the leading atoms.
    let j = 1;
    while (j < list.length && !Array.isArray(list[j])) j++;
    for (const child of list.slice(j)) instruction(child);
    if (flat(list.slice(0, j), 0) !== j) throw new Error(`wrong immediates for ${op}`);
  };
  const instruction = (x) => {
    if (!Array.isArray(x)) throw new Error(`expected a folded instruction, got ${x}`);
    folded(x);
  };
  const sequence = (items) => {
    for (let i = 0; i < items.length; ) {
      if (Array.isArray(items[i])) folded(items[i++]);
      else i = flat(items, i);
    }
  };
  sequence(body);
  code.push(0x0b);

  // Locals are all i32 here: one run of that type.
  const localDecl = locals.length ? vec([[...uleb(locals.length), I32]]) : [0];
  for (const l of locals) if (l.type !== I32) throw new Error("only i32 locals are in the subset");
  const fnBody = [...localDecl, ...code];
  return { id, type: [0x60, ...vec(params.map((p) => [p.type])), ...vec(results.map((r) => [r]))], body: [...uleb(fnBody.length), ...fnBody], exports };
}

function declare(f) {
  if (f.length === 3 && f[1].startsWith("$")) return { id: f[1], type: valtype(f[2]) };
  if (f.length === 2) return { id: undefined, type: valtype(f[1]) };
  throw new Error(`declare one ${f[0]} at a time: ${JSON.stringify(f)}`);
}
function valtype(t) {
  if (t !== "i32") throw new Error(`only i32 is in the subset, got ${t}`);
  return I32;
}

// ------------------------------------------------------------------ module
function assembleWat(text) {
  const tree = parse(tokenize(text));
  if (!Array.isArray(tree) || tree[0] !== "module") throw new Error("expected (module …)");
  const funcs = [];
  const memories = [];
  const exports = [];
  for (const field of tree.slice(1)) {
    if (field[0] === "func") {
      const f = compileFunction(field, funcs.length);
      funcs.push(f);
      exports.push(...f.exports);
    } else if (field[0] === "memory") {
      let j = 1;
      if (typeof field[j] === "string" && field[j].startsWith("$")) j++;
      if (Array.isArray(field[j]) && field[j][0] === "export") exports.push({ name: field[j++][1].str, kind: 2, index: memories.length });
      const min = integer(field[j]);
      const max = field[j + 1] !== undefined ? integer(field[j + 1]) : undefined;
      memories.push(max === undefined ? [0x00, ...uleb(min)] : [0x01, ...uleb(min), ...uleb(max)]);
    } else throw new Error(`module field not in the subset: ${field[0]}`);
  }
  // One type per distinct signature.
  const types = [];
  const typeOf = funcs.map((f) => {
    const key = f.type.join(",");
    let at = types.findIndex((t) => t.join(",") === key);
    if (at < 0) at = types.push(f.type) - 1;
    return at;
  });
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(3, vec(typeOf.map((t) => uleb(t)))),
    ...(memories.length ? section(5, vec(memories)) : []),
    ...section(7, vec(exports.map((e) => [...name(e.name), e.kind, ...uleb(e.index)]))),
    ...section(10, vec(funcs.map((f) => f.body))),
  ];
  return new Uint8Array(bytes);
}

module.exports = { assembleWat, uleb, sleb };
