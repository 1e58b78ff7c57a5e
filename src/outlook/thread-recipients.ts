/**
 * The people of the thread a reply or forward answers: at OnNewMessageCompose Outlook has filled
 * To/CC (and From) from the original, before the user changes anything. Kept in the item's
 * session data so the Send handler can tell a domain new to the thread from one already in it.
 */
import type { ComposeItem } from "./compose-item";
import { officeCall } from "./office-call";

const KEY = "outboundGuard.thread";

export async function recordThreadRecipients(item: ComposeItem): Promise<string[]> {
  if (!item.sessionData || typeof item.sessionData.setAsync !== "function") return [];
  const lists = await Promise.all(
    (["to", "cc"] as const).map((f) => officeCall<Office.EmailAddressDetails[]>(`${f}.getAsync`, (cb) => item[f].getAsync(cb))),
  );
  const addresses = [...new Set(lists.flat().map((r) => (r.emailAddress ?? "").trim().toLowerCase()).filter((a) => a.includes("@")))];
  // A new message starts empty: nothing to remember, and nothing to compare against later.
  if (addresses.length === 0) return [];
  await officeCall<void>("sessionData.setAsync", (cb) => item.sessionData.setAsync(KEY, JSON.stringify(addresses), cb));
  return addresses;
}

export async function loadThreadRecipients(item: ComposeItem): Promise<string[]> {
  if (!item.sessionData || typeof item.sessionData.getAsync !== "function") return [];
  try {
    const raw = await officeCall<string>("sessionData.getAsync", (cb) => item.sessionData.getAsync(KEY, cb));
    const parsed: unknown = JSON.parse(raw || "[]");
    return Array.isArray(parsed) ? parsed.filter((a): a is string => typeof a === "string") : [];
  } catch {
    return []; // never recorded (a new message, or a client without OnNewMessageCompose)
  }
}
