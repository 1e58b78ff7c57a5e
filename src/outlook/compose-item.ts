/** The compose item the handler works on, typed as Office.js declares it. */

export type ComposeItem = Office.MessageCompose;

export function currentComposeItem(): ComposeItem {
  const item = Office.context?.mailbox?.item as ComposeItem | undefined;
  if (!item) throw new Error("No message is open in compose mode");
  return item;
}
