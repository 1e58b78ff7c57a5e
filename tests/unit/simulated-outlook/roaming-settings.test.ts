/**
 * The simulated Office.context.roamingSettings behaves as the shipped Office.js does
 * (@microsoft/office-js dist/outlook-web-16.01.debug.js, Settings / saveSettingsRequest) and as
 * Microsoft documents it (Office.RoamingSettings: loaded once per runtime, 32 KB per add-in).
 * And each client's runtimes get the stores office-js #3312, #6106, #2177 report.
 */
import { createSimulatedMailbox, installSimulatedOffice, ROAMING_SETTINGS_CHARS } from "../../../src/playground/simulated-outlook";

type Scope = Record<string, unknown> & { Office?: { context: { roamingSettings: Office.RoamingSettings } } };

function runtime(mailbox = createSimulatedMailbox(), kind?: "handler" | "taskpane"): Scope {
  const scope: Scope = {};
  installSimulatedOffice(scope, mailbox, kind ? { runtime: kind } : {});
  return scope;
}
const settingsOf = (s: Scope) => s.Office!.context.roamingSettings;
const save = (r: Office.RoamingSettings) => new Promise<Office.AsyncResult<void>>((resolve) => r.saveAsync(resolve));

test("saveAsync answers later, never before it returns; a runtime started afterwards loads what was saved", async () => {
  const mailbox = createSimulatedMailbox();
  const a = settingsOf(runtime(mailbox));
  a.set("k", { n: 1 });
  let answered = false;
  const done = new Promise<void>((resolve) => a.saveAsync(() => ((answered = true), resolve())));
  expect(answered).toBe(false);
  await done;
  expect(settingsOf(runtime(mailbox)).get("k")).toEqual({ n: 1 });
});

test("a runtime loaded earlier keeps its copy (no reload); its save overwrites the whole blob (last writer wins)", async () => {
  const mailbox = createSimulatedMailbox();
  const early = settingsOf(runtime(mailbox));
  const other = settingsOf(runtime(mailbox));
  other.set("fromOther", "x");
  await save(other);
  expect(early.get("fromOther")).toBeUndefined();
  early.set("fromEarly", "y");
  await save(early);
  const fresh = settingsOf(runtime(mailbox));
  expect(fresh.get("fromEarly")).toBe("y");
  expect(fresh.get("fromOther")).toBeUndefined();
});

test("over 32 × 1024 serialized characters: saveAsync fails with GenericSettingsError (9019) and the server keeps the old copy", async () => {
  const mailbox = createSimulatedMailbox();
  const r = settingsOf(runtime(mailbox));
  r.set("small", "ok");
  expect((await save(r)).status).toBe("succeeded");
  r.set("big", "x".repeat(ROAMING_SETTINGS_CHARS));
  const result = await save(r);
  expect(result.status).toBe("failed");
  expect(result.error).toMatchObject({ name: "GenericSettingsError", code: 9019 });
  expect(settingsOf(runtime(mailbox)).get("big")).toBeUndefined();
  expect(settingsOf(runtime(mailbox)).get("small")).toBe("ok");
});

test("a queued fault fails the next save like Outlook does", async () => {
  const mailbox = createSimulatedMailbox();
  const r = settingsOf(runtime(mailbox));
  mailbox.failNext("roamingSettings.saveAsync", "GenericSettingsError");
  r.set("k", 1);
  expect((await save(r)).error?.code).toBe(9019);
});

test("classic Outlook on Windows: the handler has OfficeRuntime.storage and no localStorage; the task pane the reverse", () => {
  const mailbox = createSimulatedMailbox({ platform: "PC" });
  const handler = runtime(mailbox, "handler");
  const pane = runtime(mailbox, "taskpane");
  expect(handler.OfficeRuntime).toBeDefined();
  expect(handler.localStorage).toBeUndefined();
  expect(pane.OfficeRuntime).toBeUndefined();
  expect(pane.localStorage).toBeDefined();
});

test("Outlook on the web and new Outlook: reading localStorage in the handler throws SecurityError (office-js #2177)", () => {
  for (const client of [{ platform: "OfficeOnline" }, { platform: "OfficeOnline", hostName: "newOutlookWindows" }]) {
    const handler = runtime(createSimulatedMailbox(client), "handler");
    expect(() => handler.localStorage).toThrow(expect.objectContaining({ name: "SecurityError" }));
  }
});

test("each task-pane instance has its own localStorage on every client (nothing shared with the handler)", () => {
  for (const platform of ["PC", "Mac", "OfficeOnline"]) {
    const mailbox = createSimulatedMailbox({ platform });
    const a = runtime(mailbox, "taskpane").localStorage as Storage;
    a.setItem("k", "v");
    const handler = runtime(mailbox, "handler");
    let seen: string | null = null;
    try {
      seen = (handler.localStorage as Storage | undefined)?.getItem("k") ?? null;
    } catch {
      seen = null;
    }
    expect(seen).toBeNull();
  }
});
