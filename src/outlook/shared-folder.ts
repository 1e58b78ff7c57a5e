/**
 * Outlook's refusal of an API for an item in a shared mailbox or a delegated (shared) folder:
 * APINotSupportedForSharedFolders, code 9055, from the Outlook error table Office.js registers
 * (`addErrorMessage(9055, "APINotSupportedForSharedFolders", …)` in @microsoft/office-js
 * outlook-web-16.01, outlook-win32-16.02 and outlook-mac-16.00; English text "API not supported
 * for shared folders."). Microsoft documents the scenario and the manifest's SupportsSharedFolders
 * (https://learn.microsoft.com/office/dev/add-ins/outlook/delegate-access) but not which APIs
 * refuse, so a check that can run without the refused API names what it skipped instead.
 */
import { OfficeCallError } from "./office-call";

export const SHARED_FOLDER_REFUSAL = { name: "APINotSupportedForSharedFolders", code: 9055 } as const;

export function isSharedFolderRefusal(err: unknown): boolean {
  return err instanceof OfficeCallError && (err.officeName === SHARED_FOLDER_REFUSAL.name || err.code === SHARED_FOLDER_REFUSAL.code);
}
