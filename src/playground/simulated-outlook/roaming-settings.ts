/**
 * `Office.context.roamingSettings` (Mailbox 1.1): one settings blob per add-in per mailbox, kept on
 * the server. As the shipped Office.js has it (`@microsoft/office-js` dist/outlook-web-16.01.debug.js,
 * `Settings` and `saveSettingsRequest`):
 * - a runtime copies the server blob once, when it loads; get/set/remove only touch that copy
 *   (learn.microsoft.com/javascript/api/outlook/office.roamingsettings: "initialized from the
 *   persisted storage only when the add-in is first loaded"); there is no reload call;
 * - saveAsync sends the WHOLE serialized copy, so the last runtime to save wins the whole blob;
 * - values are serialized one by one with JSON.stringify; when JSON.stringify of that serialized
 *   object is longer than 32 × 1024 characters, saveAsync fails with code 9019
 *   (GenericSettingsError, empty message) and nothing is sent.
 */
import { fail, ok } from "./async-result";
import { outlookError } from "./errors";
import type { Kernel } from "./mailbox";

/** The server side: the serialized settings of the add-in in this mailbox. */
export interface RoamingServer {
  settings: Record<string, string>;
  /** How many saves reached the server. */
  saves: number;
}

export const ROAMING_SETTINGS_CHARS = 32 * 1024;

export function makeRoamingServer(): RoamingServer {
  return { settings: {}, saves: 0 };
}

function serialize(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    const text = JSON.stringify(v);
    if (text !== undefined) out[k] = text;
  }
  return out;
}

function deserialize(serialized: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(serialized)) {
    try {
      out[k] = JSON.parse(v);
    } catch {
      // Office.js skips a value it cannot parse.
    }
  }
  return out;
}

/** Serialized length as Office.js measures it before saving. */
export function roamingSettingsLength(data: Record<string, unknown>): number {
  return JSON.stringify(serialize(data)).length;
}

/** A runtime's RoamingSettings: loads the server copy now (as a runtime does when it starts). */
export function makeRoamingSettings(server: RoamingServer, kernel: Kernel): Office.RoamingSettings {
  const data = deserialize(server.settings);
  return {
    get: (name: string) => data[name],
    set: (name: string, value: unknown) => void (data[name] = value),
    remove: (name: string) => void delete data[name],
    saveAsync(...rest: unknown[]) {
      // Taken now, as Office.js serializes at the call, not when the host answers.
      const snapshot = serialize(data);
      kernel.call("roamingSettings.saveAsync", [], rest, () => {
        if (JSON.stringify(snapshot).length > ROAMING_SETTINGS_CHARS) return fail({ ...outlookError("GenericSettingsError") });
        server.settings = snapshot;
        server.saves += 1;
        return ok(undefined);
      });
    },
  } as Office.RoamingSettings;
}
