/** `item.internetHeaders` (Office.InternetHeaders, Mailbox 1.8): custom headers of the draft. */
import { ok } from "./async-result";
import { SimulatedClientException } from "./errors";
import type { SimulatedMailbox } from "./mailbox";

export function makeInternetHeaders(mailbox: SimulatedMailbox): Office.InternetHeaders {
  const { kernel } = mailbox;
  const headers = () => mailbox.item.internetHeaders;
  const names = (call: "internetHeaders.getAsync" | "internetHeaders.removeAsync", value: unknown): string[] => {
    if (!Array.isArray(value) || value.some((n) => typeof n !== "string")) {
      kernel.throwNow(call, [value], new SimulatedClientException("Sys.ArgumentException", "names"));
    }
    return value as string[];
  };
  // Header names compare case-insensitively, as in MIME.
  const find = (name: string) => [...headers().keys()].find((k) => k.toLowerCase() === name.toLowerCase());
  return {
    getAsync: (requested: unknown, ...rest: unknown[]): void => {
      const list = names("internetHeaders.getAsync", requested);
      kernel.call(
        "internetHeaders.getAsync",
        [requested],
        rest,
        () => {
          const value: Record<string, string> = {};
          for (const n of list) {
            const key = find(n);
            if (key !== undefined) value[key] = headers().get(key) as string;
          }
          return ok(value);
        },
        { callbackRequired: true },
      );
    },
    setAsync: (pairs: unknown, ...rest: unknown[]): void => {
      if (pairs === null || typeof pairs !== "object" || Array.isArray(pairs) || Object.values(pairs).some((v) => typeof v !== "string")) {
        kernel.throwNow("internetHeaders.setAsync", [pairs], new SimulatedClientException("Sys.ArgumentException", "headers"));
      }
      kernel.call("internetHeaders.setAsync", [pairs], rest, () => {
        for (const [k, v] of Object.entries(pairs as Record<string, string>)) {
          const existing = find(k);
          if (existing !== undefined) headers().delete(existing);
          headers().set(k, v);
        }
        return ok(undefined);
      });
    },
    removeAsync: (requested: unknown, ...rest: unknown[]): void => {
      const list = names("internetHeaders.removeAsync", requested);
      kernel.call("internetHeaders.removeAsync", [requested], rest, () => {
        for (const n of list) {
          const key = find(n);
          if (key !== undefined) headers().delete(key);
        }
        return ok(undefined);
      });
    },
  } as Office.InternetHeaders;
}
