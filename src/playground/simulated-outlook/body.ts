/** `item.subject` (Office.Subject) and `item.body` (Office.Body: getAsync, setAsync, getTypeAsync). */
import { ok } from "./async-result";
import { SimulatedClientException } from "./errors";
import type { SimulatedMailbox } from "./mailbox";
import type { BodyType } from "./types";

export function makeSubject(mailbox: SimulatedMailbox): Pick<Office.Subject, "getAsync" | "setAsync"> {
  const { kernel } = mailbox;
  return {
    getAsync: (...rest: unknown[]): void => {
      kernel.call("subject.getAsync", [], rest, () => ok(mailbox.item.subject), { callbackRequired: true });
    },
    setAsync: (subject: unknown, ...rest: unknown[]): void => {
      if (typeof subject !== "string") {
        kernel.throwNow("subject.setAsync", [subject], new SimulatedClientException("Sys.ArgumentTypeException", "subject", typeof subject));
      }
      const text = subject as string;
      if (text.length > mailbox.limits.subjectChars) {
        kernel.throwNow("subject.setAsync", [subject], new SimulatedClientException("Sys.ArgumentOutOfRangeException", "subject", text.length));
      }
      kernel.call("subject.setAsync", [subject], rest, () => {
        mailbox.item.subject = text;
        return ok(undefined);
      });
    },
  };
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** What `body.getAsync("text")` gives for an HTML body: the markup's text, one line per block. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h[1-6])>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** What `body.getAsync("html")` gives for a plain-text body. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const lines = escaped.split(/\r?\n/).map((line) => `<div>${line === "" ? "<br>" : line}</div>`);
  return `<html><body>${lines.join("")}</body></html>`;
}

function coercion(value: unknown): BodyType | undefined {
  return value === "text" || value === "html" ? value : undefined;
}

export function makeBody(mailbox: SimulatedMailbox): Pick<Office.Body, "getAsync" | "setAsync" | "getTypeAsync"> {
  const { kernel } = mailbox;
  const read = (type: BodyType): string => {
    const { bodyType, body } = mailbox.item;
    if (type === bodyType) return body;
    return type === "text" ? htmlToText(body) : textToHtml(body);
  };
  return {
    getAsync: (coercionType: unknown, ...rest: unknown[]): void => {
      const type = coercion(coercionType);
      if (!type) kernel.throwNow("body.getAsync", [coercionType], new SimulatedClientException("Sys.ArgumentException", "coercionType"));
      kernel.call("body.getAsync", [coercionType], rest, () => ok(read(type as BodyType)), { callbackRequired: true });
    },
    setAsync: (data: unknown, ...rest: unknown[]): void => {
      if (typeof data !== "string") {
        kernel.throwNow("body.setAsync", [data], new SimulatedClientException("Sys.ArgumentTypeException", "data", typeof data));
      }
      const options = rest.find((a) => a !== null && typeof a === "object") as { coercionType?: unknown } | undefined;
      const requested = options?.coercionType === undefined ? undefined : coercion(options.coercionType);
      if (options?.coercionType !== undefined && !requested) {
        kernel.throwNow("body.setAsync", [data, options], new SimulatedClientException("Sys.ArgumentException", "coercionType"));
      }
      kernel.call("body.setAsync", [data, options], rest, () => {
        const item = mailbox.item;
        // Setting HTML into a plain-text body or text into an HTML body keeps the body's own type.
        const type = requested ?? item.bodyType;
        if (type === item.bodyType) item.body = data as string;
        else item.body = type === "html" ? htmlToText(data as string) : textToHtml(data as string);
        return ok(undefined);
      });
    },
    getTypeAsync: (...rest: unknown[]): void => {
      kernel.call("body.getTypeAsync", [], rest, () => ok(mailbox.item.bodyType), { callbackRequired: true });
    },
  };
}
