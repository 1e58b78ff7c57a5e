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

function truncateKeepingExtension(name: string, max: number, keepTail?: number): string {
  if (name.length <= max) return name;
  const tail = keepTail ?? splitExtension(name)[1].length;
  let headLength = max - tail;
  // Never cut a surrogate pair in half.
  const code = name.charCodeAt(headLength - 1);
  if (code >= 0xd800 && code <= 0xdbff) headLength -= 1;
  return name.slice(0, headLength) + name.slice(name.length - tail);
}
