/** The toolbar's example picker: each misdirection case one choice away (examples.ts). */
import { byId } from "./dom";
import { EXAMPLES, type ExampleMessage } from "./examples";

export function mountExamplePicker(onPick: (example: ExampleMessage) => void): void {
  const select = byId<HTMLSelectElement>("example");
  const none = document.createElement("option");
  none.value = "";
  none.dataset.i18n = "exampleNone";
  select.appendChild(none);
  for (const e of EXAMPLES) {
    const option = document.createElement("option");
    option.value = e.id;
    option.dataset.i18n = e.label;
    select.appendChild(option);
  }
  select.addEventListener("change", () => {
    const example = EXAMPLES.find((e) => e.id === select.value);
    select.value = "";
    if (example) onPick(example);
  });
}
