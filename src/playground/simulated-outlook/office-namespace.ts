/**
 * The `Office` global an add-in bundle reads: enums (with their run-time string values),
 * `Office.context` (mailbox, displayLanguage, requirements, diagnostics), `Office.actions`,
 * `Office.onReady`.
 */
import { ASYNC_STATUS } from "./async-result";
import { makeComposeItem, type SimulatedComposeItem } from "./compose-item";
import type { SimulatedMailbox } from "./mailbox";
import { makeIsSetSupported } from "./requirements";
import { makeRoamingSettings } from "./roaming-settings";

export const ENUMS = {
  AsyncResultStatus: ASYNC_STATUS,
  CoercionType: { Text: "text", Matrix: "matrix", Table: "table", Html: "html", Ooxml: "ooxml", SlideRange: "slideRange", Image: "image", XmlSvg: "xmlSvg" },
  EventType: {
    ItemChanged: "olkItemSelectedChanged",
    RecipientsChanged: "olkRecipientsChanged",
    AttachmentsChanged: "olkAttachmentsChanged",
  },
  HostType: { Outlook: "Outlook" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  MailboxEnums: {
    AttachmentType: { Base64: "base64", Cloud: "cloud", File: "file", Item: "item" },
    AttachmentStatus: { Added: "added", Removed: "removed" },
    AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
    SendModeOverride: { PromptUser: "promptUser" },
    ItemType: { Message: "message", Appointment: "appointment" },
    RecipientType: { DistributionList: "distributionList", User: "user", ExternalUser: "externalUser", Other: "other" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    BodyType: { Text: "text", Html: "html" },
  },
} as const;

export interface SimulatedOffice {
  AsyncResultStatus: typeof ENUMS.AsyncResultStatus;
  CoercionType: typeof ENUMS.CoercionType;
  EventType: typeof ENUMS.EventType;
  HostType: typeof ENUMS.HostType;
  PlatformType: typeof ENUMS.PlatformType;
  MailboxEnums: typeof ENUMS.MailboxEnums;
  context: {
    displayLanguage: string;
    contentLanguage: string;
    requirements: Office.RequirementSetSupport;
    diagnostics: { host: string; platform: string; version: string };
    /** This runtime's copy of the mailbox's roaming settings, loaded when the namespace is made. */
    roamingSettings: Office.RoamingSettings;
    mailbox: {
      item: SimulatedComposeItem;
      userProfile: Office.UserProfile;
      diagnostics: { hostName: string; hostVersion: string; OWAView?: string };
    };
  };
  actions: Pick<Office.Actions, "associate">;
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
}

export function makeOfficeNamespace(shared: SimulatedMailbox): SimulatedOffice {
  // The calls of this installation belong to the runtime running now (haltAfterCalls).
  const mailbox = shared.forThisRuntime();
  const { settings } = mailbox;
  const info = { host: "Outlook", platform: settings.platform };
  const isSetSupported = makeIsSetSupported({ Mailbox: settings.mailboxVersion, ...settings.extraRequirementSets });
  return {
    ...structuredCloneEnums(),
    context: {
      displayLanguage: settings.displayLanguage,
      contentLanguage: settings.displayLanguage,
      requirements: { isSetSupported } as Office.RequirementSetSupport,
      diagnostics: { host: "Outlook", platform: settings.platform, version: settings.hostVersion },
      roamingSettings: makeRoamingSettings(mailbox.roamingServer, mailbox.kernel),
      mailbox: {
        item: makeComposeItem(mailbox),
        userProfile: { ...settings.userProfile },
        diagnostics: { hostName: settings.hostName, hostVersion: settings.hostVersion },
      },
    },
    actions: {
      associate(actionId: string, actionFunction: (arg?: unknown) => void): void {
        if (typeof actionId !== "string" || typeof actionFunction !== "function") {
          throw new TypeError("Office.actions.associate(actionId: string, actionFunction: function)");
        }
        mailbox.actions.set(actionId, actionFunction);
      },
    },
    onReady(callback) {
      return new Promise((resolve) => {
        setTimeout(() => {
          if (callback) callback({ ...info });
          resolve({ ...info });
        }, 0);
      });
    },
  };
}

/** Fresh copies, so an add-in that mutates an enum cannot affect another installation. */
function structuredCloneEnums() {
  return JSON.parse(JSON.stringify(ENUMS)) as typeof ENUMS;
}
