/**
 * Attachment calls of a compose item: getAttachmentsAsync, getAttachmentContentAsync,
 * addFileAttachmentFromBase64Async, removeAttachmentAsync (all Mailbox 1.8, remove 1.1).
 *
 * Limits (API reference): Base64 string at most 34,865,152 characters, i.e. 25 MB before
 * encoding; name at most 255 characters. An oversized file fails with AttachmentSizeExceeded; a
 * name that is too long, empty or missing makes Office.js throw (its client-side validation).
 * `removeAttachmentAsync` doesn't remove inline attachments (it succeeds and they stay).
 * `getAttachmentContentAsync` can succeed with empty content on Outlook on the web
 * (office-js#6098): `mailbox.emptyContentNext()` makes it do so.
 */
import { fail, ok } from "./async-result";
import { base64DecodedSize, compactBase64, isBase64 } from "./base64";
import { outlookError, SimulatedClientException } from "./errors";
import type { SimulatedMailbox } from "./mailbox";

export interface AttachmentCalls {
  getAttachmentsAsync: Office.MessageCompose["getAttachmentsAsync"];
  getAttachmentContentAsync: Office.MessageCompose["getAttachmentContentAsync"];
  addFileAttachmentFromBase64Async: Office.MessageCompose["addFileAttachmentFromBase64Async"];
  removeAttachmentAsync: Office.MessageCompose["removeAttachmentAsync"];
}

export function makeAttachmentCalls(mailbox: SimulatedMailbox): AttachmentCalls {
  const { kernel } = mailbox;

  const details = (): Office.AttachmentDetailsCompose[] => {
    // Test-only fault (misreportNext): the attachment added last is listed other than it is.
    const wrong = mailbox.takeMisreport();
    const last = mailbox.item.attachments[mailbox.item.attachments.length - 1];
    return mailbox.item.attachments.map((a) => {
      const m = wrong && a === last ? wrong : {};
      const d: Record<string, unknown> = {
        id: m.id ?? a.id,
        name: m.name ?? a.name,
        size: a.size + (m.sizeDelta ?? 0),
        attachmentType: a.attachmentType,
        isInline: a.isInline,
        isServiceAccessible: false,
      };
      if (a.contentId !== undefined) d.contentId = a.contentId;
      if (a.url !== undefined) d.url = a.url;
      return d as unknown as Office.AttachmentDetailsCompose;
    });
  };

  return {
    getAttachmentsAsync: (...rest: unknown[]): void => {
      kernel.call("getAttachmentsAsync", [], rest, () => ok(details()), { callbackRequired: true });
    },

    getAttachmentContentAsync: (id: unknown, ...rest: unknown[]): void => {
      if (typeof id !== "string" || id === "") {
        kernel.throwNow("getAttachmentContentAsync", [id], new SimulatedClientException("Sys.ArgumentException", "attachmentId"));
      }
      kernel.call(
        "getAttachmentContentAsync",
        [id],
        rest,
        () => {
          const found = mailbox.item.attachments.find((a) => a.id === id);
          if (!found) return fail(outlookError("InvalidAttachmentId"));
          if (found.attachmentType === "file") {
            // office-js#6098: Succeeded, yet `content` is "" — the one fault that is not an error.
            const content = mailbox.takeEmptyContent() ? "" : (found.contentBase64 ?? "");
            return ok({ format: "base64", content } as Office.AttachmentContent);
          }
          if (found.attachmentType === "item") return ok({ format: "eml", content: found.eml ?? "" } as Office.AttachmentContent);
          return ok({ format: "url", content: found.url ?? "" } as Office.AttachmentContent);
        },
        { callbackRequired: true },
      );
    },

    addFileAttachmentFromBase64Async: (base64File: unknown, attachmentName: unknown, ...rest: unknown[]): void => {
      const name = "addFileAttachmentFromBase64Async";
      const args = [typeof base64File === "string" ? `<${base64File.length} Base64 chars>` : base64File, attachmentName, ...rest.filter((a) => typeof a !== "function")];
      if (typeof base64File !== "string" || base64File === "") {
        kernel.throwNow(name, args, new SimulatedClientException("Sys.ArgumentException", "base64Encoded"));
      }
      if (typeof attachmentName !== "string" || attachmentName === "") {
        kernel.throwNow(name, args, new SimulatedClientException("Sys.ArgumentException", "attachmentName"));
      }
      const fileName = attachmentName as string;
      if (fileName.length > mailbox.limits.attachmentNameChars) {
        kernel.throwNow(name, args, new SimulatedClientException("Sys.ArgumentOutOfRangeException", "attachmentName", fileName.length));
      }
      const text = base64File as string;
      if (text.length > mailbox.limits.attachmentBase64Chars) {
        kernel.argumentError(
          name,
          args,
          rest,
          new SimulatedClientException("Sys.ArgumentOutOfRangeException", "base64File", text.length),
          outlookError("AttachmentSizeExceeded"),
        );
        return;
      }
      const options = rest.find((a) => a !== null && typeof a === "object") as { isInline?: unknown } | undefined;
      const isInline = Boolean(options?.isInline);
      const noEffect = () => ok(kernel.nextId("sim-attachment"));
      kernel.call(name, args, rest, () => {
        if (!isBase64(text)) return fail(outlookError("InternalFormatError"));
        const size = base64DecodedSize(text);
        if (size > mailbox.limits.attachmentBytes) return fail(outlookError("AttachmentSizeExceeded"));
        const added = mailbox.addAttachment({ name: fileName, contentBase64: compactBase64(text), size, isInline, attachmentType: "file" });
        return ok(added.id);
      }, { noEffect });
    },

    removeAttachmentAsync: (attachmentId: unknown, ...rest: unknown[]): void => {
      if (typeof attachmentId !== "string" || attachmentId === "") {
        kernel.throwNow("removeAttachmentAsync", [attachmentId], new SimulatedClientException("Sys.ArgumentException", "attachmentId"));
      }
      kernel.call("removeAttachmentAsync", [attachmentId], rest, () => {
        const index = mailbox.item.attachments.findIndex((a) => a.id === attachmentId);
        if (index < 0) return fail(outlookError("InvalidAttachmentId"));
        if (!mailbox.item.attachments[index].isInline) mailbox.item.attachments.splice(index, 1);
        return ok(undefined);
      });
    },
  };
}
