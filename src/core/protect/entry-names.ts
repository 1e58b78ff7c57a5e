/**
 * Names inside the archive: safe on Windows, macOS and Linux, shown right by 7-Zip and Explorer,
 * and distinct. A name never carries a path: `/`, `\` and `..` cannot reach outside the folder the
 * archive is extracted to.
 */

export interface EntryName {
  /** The attachment's name as given. */
  original: string;
  /** The name written into the ZIP. */
  stored: string;
}

/** Longest stored name, in UTF-16 code units (Windows allows 255 per path component; room for " (123)"). */
export const MAX_ENTRY_NAME_LENGTH = 200;
/**
 * Longest stored name in UTF-8 bytes: Linux and macOS allow 255 bytes per component, and a
 * 200-character Japanese name is 600 (7-Zip on Linux: "File name too long"; issue 13).
 */
export const MAX_ENTRY_NAME_BYTES = 240;
const FALLBACK_NAME = "attachment";

// C0 and C1 control characters, DEL, and bidirectional overrides/isolates (the "invoice‮fdp.exe" trick).
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters Windows refuses in a file name (the separators are handled before this).
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
// Device names Windows reserves, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/** One name made safe (not yet made distinct from the others). */
export function safeEntryName(name: string): string {
  let s = typeof name === "string" ? name : String(name);
  s = s.normalize("NFC");
  s = s.replace(CONTROL_OR_BIDI, "_");
  // Path parts: keep the words, lose the structure. "../../etc/passwd" -> "etc_passwd".
  const parts = s.split(/[\\/]+/).filter((p) => p !== "" && !/^\.+$/.test(p.trim()));
  s = parts.join("_");
  s = s.replace(WINDOWS_FORBIDDEN, "_");
  // Windows drops trailing dots and spaces; leading spaces confuse everyone.
  s = s.trim().replace(/[. ]+$/, "");
  if (s === "" || /^\.+$/.test(s)) s = FALLBACK_NAME;
  if (WINDOWS_RESERVED.test(s)) s = "_" + s;
  return truncateKeepingExtension(s, MAX_ENTRY_NAME_LENGTH);
}

/**
 * Safe, distinct names for a list of attachments, in the same order. Duplicates (compared the way
 * Windows does: case-insensitively, after Unicode NFC) get " (2)", " (3)"… before the extension.
 */
export function safeEntryNames(names: readonly string[]): EntryName[] {
  const taken = new Set<string>();
  return names.map((original) => {
    const base = safeEntryName(original);
    let stored = base;
    for (let n = 2; taken.has(key(stored)); n++) stored = withSuffix(base, ` (${n})`);
    taken.add(key(stored));
    return { original, stored };
  });
}

function key(name: string): string {
  return name.toLowerCase();
}

function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf(".");
  // A leading dot (".profile") is part of the stem; a very long "extension" is not one.
  if (dot <= 0 || name.length - dot > 16) return [name, ""];
  return [name.slice(0, dot), name.slice(dot)];
}

function withSuffix(name: string, suffix: string): string {
  const [stem, ext] = splitExtension(name);
  return truncateKeepingExtension(stem + suffix + ext, MAX_ENTRY_NAME_LENGTH, suffix.length + ext.length);
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) n += utf8Length(ch.codePointAt(0) ?? 0);
  return n;
}

// Combining marks (\p{M}) where the engine has Unicode property escapes; otherwise (ES2016
// engines, classic Outlook) the common blocks. Built at run time so an old engine cannot fail to load.
const COMBINING: RegExp = (() => {
  try {
    return new RegExp("^\\p{M}$", "u");
  } catch {
    return /^(?:[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0900-\u0903\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe00-\ufe0f\ufe20-\ufe2f]|\udb40[\udd00-\uddef])$/;
  }
})();

/** True when `ch` continues the character before it (mark, joiner, emoji modifier, tag). */
function extendsPrevious(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return COMBINING.test(ch) || c === 0x200c || c === 0x200d || (c >= 0x1f3fb && c <= 0x1f3ff) || (c >= 0xe0020 && c <= 0xe007f);
}

const isRegionalIndicator = (ch: string) => {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x1f1e6 && c <= 0x1f1ff;
};

/**
 * Cuts the name to MAX_ENTRY_NAME_BYTES UTF-8 bytes and MAX_ENTRY_NAME_LENGTH code units, keeping
 * the last `keepTail` units (the extension, or " (2)" + extension) and never splitting a code
 * point, a combining sequence, an emoji ZWJ sequence or a flag.
 */
function truncateKeepingExtension(name: string, maxUnits: number, keepTail?: number): string {
  if (name.length <= maxUnits && byteLength(name) <= MAX_ENTRY_NAME_BYTES) return name;
  const tailLength = keepTail ?? splitExtension(name)[1].length;
  const tail = name.slice(name.length - tailLength);
  const chars = Array.from(name.slice(0, name.length - tailLength));
  const byteBudget = MAX_ENTRY_NAME_BYTES - byteLength(tail);
  const unitBudget = maxUnits - tail.length;
  let cut = 0;
  let bytes = 0;
  let units = 0;
  while (cut < chars.length) {
    const c = chars[cut];
    const b = utf8Length(c.codePointAt(0) ?? 0);
    if (bytes + b > byteBudget || units + c.length > unitBudget) break;
    bytes += b;
    units += c.length;
    cut++;
  }
  // Step back to a boundary between user-perceived characters (unless that leaves no stem at all).
  const byCodePoint = cut;
  for (;;) {
    if (cut <= 0 || cut >= chars.length) break;
    if (extendsPrevious(chars[cut]) || chars[cut - 1].codePointAt(0) === 0x200d) {
      cut--;
      continue;
    }
    if (isRegionalIndicator(chars[cut]) && isRegionalIndicator(chars[cut - 1])) {
      let run = 0;
      while (cut - 1 - run >= 0 && isRegionalIndicator(chars[cut - 1 - run])) run++;
      if (run % 2 === 1) {
        cut--;
        continue;
      }
    }
    break;
  }
  if (cut === 0) cut = byCodePoint;
  return chars.slice(0, cut).join("") + tail;
}
