/**
 * The simulated compose window behind the page: ONE mailbox for the page's lifetime (so
 * item.sessionData and OfficeRuntime.storage live across Sends, as they do in Outlook), and the
 * `Office` global installed on the window for the launchevent bundle loaded after this script.
 *
 * The simulated `Office` reads the client settings when it is installed, so a settings change
 * re-installs it on the same mailbox; the handler the bundle associated stays registered there.
 */
import { createSimulatedMailbox, installSimulatedOffice, type SimulatedMailbox } from "./simulated-outlook";
import { toEmailAddressDetails } from "./simulated-outlook/addresses";
import type { Sender } from "./compose-form";

export interface ClientSettings {
  displayLanguage: string;
  mailboxVersion: string;
  sender: Sender;
  /** "never": the client raises no attachment/recipient change events (Send-time path only). */
  changeEvents?: "fire" | "never";
}

export const DISPLAY_LANGUAGES = ["ja-JP", "en-US"] as const;
export const MAILBOX_VERSIONS = ["1.12", "1.13", "1.14", "1.15"] as const;

export interface Session {
  readonly mailbox: SimulatedMailbox;
  /** Applies the client settings and the sender, and re-installs `Office` to match. */
  configure(settings: ClientSettings): void;
  /** A new compose window: empty item, no session data; device storage is kept. */
  newMessage(): void;
}

export function createSession(win: Window, initial: ClientSettings): Session {
  const mailbox = createSimulatedMailbox({
    from: { emailAddress: initial.sender.emailAddress, displayName: initial.sender.displayName },
    displayLanguage: initial.displayLanguage,
    mailboxVersion: initial.mailboxVersion,
    platform: "OfficeOnline",
    changeEvents: initial.changeEvents ?? "fire",
  });
  installSimulatedOffice(win, mailbox);

  return {
    mailbox,
    configure(settings) {
      const s = mailbox.settings;
      s.displayLanguage = settings.displayLanguage;
      s.mailboxVersion = settings.mailboxVersion;
      s.userProfile.emailAddress = settings.sender.emailAddress;
      s.userProfile.displayName = settings.sender.displayName;
      mailbox.item.from = toEmailAddressDetails(
        { emailAddress: settings.sender.emailAddress, displayName: settings.sender.displayName },
        "user",
      );
      installSimulatedOffice(win, mailbox);
    },
    newMessage() {
      const item = mailbox.item;
      item.to = [];
      item.cc = [];
      item.bcc = [];
      item.subject = "";
      item.body = "";
      item.attachments.splice(0, item.attachments.length);
      item.sessionData.clear();
      item.internetHeaders.clear();
      item.notifications.clear();
      item.delayDeliveryTime = null;
    },
  };
}
