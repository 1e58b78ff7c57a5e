/**
 * PLACEHOLDER written by the build engineer so the build has an entry; the playground's owner
 * replaces this file. Contract with the build: this script runs first and installs a simulated
 * `Office` global; the page then loads ../launchevent.js (the build adds that <script> tag after
 * this one), which registers its handler through Office.actions.associate.
 */
const handlers: Record<string, (event: unknown) => void> = {};

(window as unknown as { Office: unknown }).Office = {
  actions: {
    associate(name: string, handler: (event: unknown) => void): void {
      handlers[name] = handler;
      const out = document.getElementById("registered");
      if (out) out.textContent = Object.keys(handlers).join(", ");
    },
  },
};
