/**
 * The policy editor: the text the simulated server answers with (see fetch-intercept.ts), and a
 * live check with the same validator the handler uses, so a person sees before Send what the
 * handler will think of it.
 */
import { parsePolicy } from "../core";
import { byId, clear, h } from "./dom";
import { EXAMPLE_POLICY_TEXT } from "./example-policy";
import { tr } from "./i18n";

export interface PolicyEditor {
  text(): string;
  setText(text: string): void;
  refresh(): void;
}

export function mountPolicyEditor(): PolicyEditor {
  const area = byId<HTMLTextAreaElement>("policy-text");
  const status = byId("policy-status");
  const reset = byId<HTMLButtonElement>("policy-reset");

  const refresh = () => {
    clear(status);
    const result = parsePolicy(area.value);
    if (result.ok) {
      status.dataset.state = "valid";
      status.appendChild(h("span", {}, tr("policyValid")));
      return;
    }
    let notJson = false;
    try {
      JSON.parse(area.value);
    } catch {
      notJson = true;
    }
    status.dataset.state = notJson ? "not-json" : "invalid";
    status.appendChild(h("span", {}, tr(notJson ? "policyNotJson" : "policyInvalid")));
    status.appendChild(h("ul", {}, ...result.errors.map((e) => h("li", {}, e))));
  };

  area.value = EXAMPLE_POLICY_TEXT;
  area.addEventListener("input", refresh);
  reset.addEventListener("click", () => {
    area.value = EXAMPLE_POLICY_TEXT;
    refresh();
  });
  refresh();
  return {
    text: () => area.value,
    setText(text) {
      area.value = text;
      refresh();
    },
    refresh,
  };
}
