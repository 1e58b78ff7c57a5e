/**
 * The roaming-settings store (src/outlook/roaming-store.ts) over the simulated roamingSettings:
 * one setting holds every key; a failed save is undone in memory, so a later save of the same
 * runtime does not carry it (saveAsync sends the whole copy: Office.js saveSettingsRequest).
 */
import { ROAMING_SETTING, roamingStore, RoamingStoreError } from "../../../src/outlook/roaming-store";
import { createSimulatedMailbox, installSimulatedOffice } from "../../../src/playground/simulated-outlook";

function settings(mailbox = createSimulatedMailbox()) {
  const scope: { Office?: { context: { roamingSettings: Office.RoamingSettings } } } = {};
  installSimulatedOffice(scope, mailbox);
  return scope.Office!.context.roamingSettings;
}

test("set / get / remove, saved at once under one setting", async () => {
  const mailbox = createSimulatedMailbox();
  const store = roamingStore(settings(mailbox));
  await store.set("a", "1");
  await store.set("b", "2");
  await store.remove("a");
  expect(JSON.parse(mailbox.roamingServer.settings[ROAMING_SETTING])).toEqual({ b: "2" });
  expect(await roamingStore(settings(mailbox)).get("b")).toBe("2");
});

test("a failed save throws and is undone in memory: the next save does not carry it", async () => {
  const mailbox = createSimulatedMailbox();
  const store = roamingStore(settings(mailbox));
  mailbox.failNext("roamingSettings.saveAsync", "GenericSettingsError");
  await expect(store.set("secret", "pw")).rejects.toBeInstanceOf(RoamingStoreError);
  expect(await store.get("secret")).toBeNull();
  await store.set("other", "x");
  expect(mailbox.roamingServer.settings[ROAMING_SETTING]).not.toContain("secret");
});

test("over its budget it refuses before saving (code full) and keeps what was there", async () => {
  const mailbox = createSimulatedMailbox();
  const store = roamingStore(settings(mailbox), 2000);
  await store.set("a", "x".repeat(500));
  await expect(store.set("b", "y".repeat(2000))).rejects.toMatchObject({ code: "full" });
  expect(await roamingStore(settings(mailbox)).get("a")).toBe("x".repeat(500));
  expect(await store.get("b")).toBeNull();
});
