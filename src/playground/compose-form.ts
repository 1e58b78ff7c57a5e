/**
 * The compose window's fields: From, To, CC, BCC, Subject and Body. The form is how a person
 * edits the simulated item: `writeTo(item)` before Send, `readFrom(item)` after it, so what the
 * handler changed (a supervisor added to BCC) shows in the fields as Outlook would show it.
 */
import { toEmailAddressDetails } from "./simulated-outlook/addresses";
import type { ComposeItemState } from "./simulated-outlook";
import { byId } from "./dom";
import { formatRecipients, splitRecipients } from "./recipient-text";
import type { ExampleMessage } from "./examples";

export interface Sender {
  displayName: string;
  emailAddress: string;
}

export const SENDERS: readonly Sender[] = [
  { displayName: "山田 太郎", emailAddress: "taro@example.co.jp" },
  { displayName: "佐藤 花子", emailAddress: "hanako@example.co.jp" },
  { displayName: "鈴木 次郎", emailAddress: "jiro@sales.example.co.jp" },
];

export const SAMPLE = {
  to: '"田中 一郎" <ichiro.tanaka@minatotech.co.jp>; yamamoto@example.co.jp',
  cc: "",
  bcc: "",
  subject: "お見積もりの件",
  body: "田中様\n\nいつもお世話になっております。\nお見積もりをお送りします。ご確認ください。\n\n山田",
};

export type RecipientField = "to" | "cc" | "bcc";
export const RECIPIENT_FIELDS: readonly RecipientField[] = ["to", "cc", "bcc"];

export interface ComposeForm {
  sender(): Sender;
  /** The fields' contents into the item (recipients, subject, body; From is set by the session). */
  writeTo(item: ComposeItemState): void;
  /** The item's recipients, subject and body into the fields. */
  readFrom(item: ComposeItemState): void;
  reset(): void;
  /** An example message's recipients, subject and body into the fields. */
  load(example: ExampleMessage): void;
  onSendRequested(listener: () => void): void;
}

export function mountComposeForm(): ComposeForm {
  const from = byId<HTMLSelectElement>("from");
  const boxes: Record<RecipientField, HTMLInputElement> = {
    to: byId<HTMLInputElement>("to"),
    cc: byId<HTMLInputElement>("cc"),
    bcc: byId<HTMLInputElement>("bcc"),
  };
  const subject = byId<HTMLInputElement>("subject");
  const body = byId<HTMLTextAreaElement>("body");
  const sendButton = byId<HTMLButtonElement>("send");

  for (const s of SENDERS) {
    const option = document.createElement("option");
    option.value = s.emailAddress;
    option.textContent = `${s.displayName} <${s.emailAddress}>`;
    from.appendChild(option);
  }

  const form: ComposeForm = {
    sender() {
      return SENDERS.find((s) => s.emailAddress === from.value) ?? SENDERS[0];
    },
    writeTo(item) {
      for (const field of RECIPIENT_FIELDS) {
        item[field] = splitRecipients(boxes[field].value).map((entry) => toEmailAddressDetails(entry));
      }
      item.subject = subject.value;
      item.bodyType = "text";
      item.body = body.value;
    },
    readFrom(item) {
      for (const field of RECIPIENT_FIELDS) boxes[field].value = formatRecipients(item[field]);
      subject.value = item.subject;
      if (item.bodyType === "text") body.value = item.body;
    },
    reset() {
      from.value = SENDERS[0].emailAddress;
      boxes.to.value = SAMPLE.to;
      boxes.cc.value = SAMPLE.cc;
      boxes.bcc.value = SAMPLE.bcc;
      subject.value = SAMPLE.subject;
      body.value = SAMPLE.body;
    },
    load(example) {
      boxes.to.value = example.to;
      boxes.cc.value = example.cc;
      boxes.bcc.value = example.bcc;
      subject.value = example.subject;
      body.value = example.body;
    },
    onSendRequested(listener) {
      sendButton.addEventListener("click", listener);
    },
  };
  form.reset();
  return form;
}
