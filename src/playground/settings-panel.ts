/** The client settings a person can change: display language, Mailbox version, the policy server's behaviour. */
import { byId } from "./dom";
import type { PolicyServerMode } from "./fetch-intercept";
import { DISPLAY_LANGUAGES, MAILBOX_VERSIONS } from "./session";

export interface SettingsValues {
  displayLanguage: string;
  mailboxVersion: string;
  policyServer: PolicyServerMode;
}

export interface SettingsPanel {
  values(): SettingsValues;
  onChange(listener: (values: SettingsValues) => void): void;
}

function fill(select: HTMLSelectElement, values: readonly string[], selected: string): void {
  for (const v of values) {
    const option = document.createElement("option");
    option.value = v;
    option.textContent = v;
    select.appendChild(option);
  }
  select.value = selected;
}

export function mountSettingsPanel(initial: SettingsValues): SettingsPanel {
  const language = byId<HTMLSelectElement>("display-language");
  const version = byId<HTMLSelectElement>("mailbox-version");
  const server = byId<HTMLSelectElement>("policy-server");
  fill(language, DISPLAY_LANGUAGES, initial.displayLanguage);
  fill(version, MAILBOX_VERSIONS, initial.mailboxVersion);
  server.value = initial.policyServer;

  const values = (): SettingsValues => ({
    displayLanguage: language.value,
    mailboxVersion: version.value,
    policyServer: server.value as PolicyServerMode,
  });
  const listeners: Array<(v: SettingsValues) => void> = [];
  for (const el of [language, version, server]) el.addEventListener("change", () => listeners.forEach((l) => l(values())));
  return { values, onChange: (l) => void listeners.push(l) };
}
