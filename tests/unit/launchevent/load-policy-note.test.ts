/**
 * The alert's policy note says WHY the served policy was not used: a server that could not be
 * reached (or answered an error) is not the same as a policy that has an error in it. The user
 * gets one plain sentence per case; the field path stays in the task pane's detail (policyDetail).
 * Both fallbacks (the last good copy on this device, the built-in defaults) × both causes × ja/en.
 */
import { loadPolicy, policyDetail, policyNote, type FetchLike } from "../../../src/launchevent/load-policy";
import { memoryStore } from "../../../src/outlook/device-store";
import { messages } from "../../../src/core/i18n/messages";

const GOOD = JSON.stringify({ internalDomains: ["example.co.jp"] });
/** Parses as JSON; the validator refuses one field. */
const WRONG_FIELD = JSON.stringify({ internalDomains: ["example.co.jp"], supervisor: { field: "to" } });

const served = (body: string): FetchLike => async () => ({ ok: true, status: 200, text: async () => body });
const unreachable: FetchLike = async () => {
  throw new TypeError("Failed to fetch");
};

async function load(cause: "unreachable" | "invalid", source: "cached" | "defaults") {
  const store = memoryStore();
  // A good policy served once leaves its copy on the device.
  if (source === "cached") await loadPolicy("https://addin.example/policy.json", served(GOOD), store);
  return loadPolicy("https://addin.example/policy.json", cause === "invalid" ? served(WRONG_FIELD) : unreachable, store);
}

const CASES = [
  ["unreachable", "cached", "policyCachedPlain"],
  ["unreachable", "defaults", "policyFallbackPlain"],
  ["invalid", "cached", "policyInvalidCachedPlain"],
  ["invalid", "defaults", "policyInvalidDefaultsPlain"],
] as const;

describe.each(["ja", "en"] as const)("%s", (lang) => {
  test.each(CASES)("%s policy, %s used: the note is %s", async (cause, source, key) => {
    const loaded = await load(cause, source);
    expect(loaded.source).toBe(source);
    expect(policyNote(lang, loaded)).toBe((messages[lang] as Record<string, unknown>)[key]);
  });

  test("an invalid policy is not reported as one that could not be loaded, and names no field; the detail does", async () => {
    for (const source of ["cached", "defaults"] as const) {
      const invalid = await load("invalid", source);
      const down = await load("unreachable", source);
      const note = policyNote(lang, invalid)!;
      expect(note).not.toBe(policyNote(lang, down));
      expect(note).not.toMatch(lang === "ja" ? /読み込めなかった/ : /could not be loaded/);
      expect(note).toMatch(lang === "ja" ? /IT 部門/ : /IT department/);
      expect(note).not.toContain("supervisor.field");
      expect(policyDetail(invalid)).toContain("supervisor.field");
    }
  });
});

test("the two new sentences say which copy was used", () => {
  expect(messages.en.policyInvalidCachedPlain).toContain("last good copy on this device");
  expect(messages.en.policyInvalidDefaultsPlain).toContain("built-in defaults");
  expect(messages.ja.policyInvalidCachedPlain).toContain("前回のポリシー");
  expect(messages.ja.policyInvalidDefaultsPlain).toContain("既定の設定");
});
