/**
 * Drives the real OnMessageSend handler (TypeScript source, freshly loaded per test) against the
 * simulated Outlook mailbox, with policy.json served by a stub fetch.
 */
import {
  createSimulatedMailbox,
  installSimulatedOffice,
  pressSend,
  type InstallOptions,
  type PressSendOptions,
  type SimulatedMailbox,
  type SimulatedMailboxOptions,
} from "../../../src/playground/simulated-outlook";
import type { CallTiming } from "../../../src/outlook/call-deadlines";

export const COMPANY_POLICY = {
  internalDomains: ["example.co.jp", "*.example.co.jp"],
  supervisor: { address: "compliance@example.co.jp", field: "bcc", when: "external" },
};

export type PolicyAnswer = { status: number; body: string } | "unreachable" | "hang";

export interface Harness {
  mailbox: SimulatedMailbox;
  send: (options?: PressSendOptions) => ReturnType<typeof pressSend>;
  policyRequests: string[];
  setPolicy: (answer: PolicyAnswer) => void;
  /**
   * A fresh runtime after a silent end (mailbox.haltAfterCalls): the add-in is installed and its
   * module loaded anew on the same item state; the ended runtime's handler never resumes.
   */
  restart: () => void;
  uninstall: () => void;
  /**
   * Shorter deadlines for Office calls and handlers (src/outlook/call-deadlines.ts), for the
   * add-in loaded now and after each restart: hang tests wait milliseconds, not minutes.
   */
  setTiming: (timing: Partial<CallTiming>) => void;
}

export function startHarness(options: SimulatedMailboxOptions, policy: PolicyAnswer | object = COMPANY_POLICY, install: InstallOptions = {}): Harness {
  const mailbox = createSimulatedMailbox({ from: "taro@example.co.jp", ...options });
  let installation = installSimulatedOffice(globalThis, mailbox, install);
  let answer: PolicyAnswer = isAnswer(policy) ? policy : { status: 200, body: JSON.stringify(policy) };
  const policyRequests: string[] = [];
  const g = globalThis as { fetch?: unknown };
  const realFetch = g.fetch;
  g.fetch = async (url: string) => {
    policyRequests.push(String(url));
    if (answer === "unreachable") throw new TypeError("Failed to fetch");
    if (answer === "hang") return new Promise(() => undefined);
    const { status, body } = answer;
    return { ok: status >= 200 && status < 300, status, text: async () => body };
  };
  // A fresh module registry: no failure memory or store choice left over from another test.
  // (Not isolateModules: archiver's streams load a module late, while writing, and inside an
  // isolated registry that late load gets a second copy and the ZIP write fails.)
  let timing: Partial<CallTiming> | undefined;
  const applyTiming = () => {
    // The module instance the freshly loaded add-in uses (same registry as the require above).
    if (timing) (require("../../../src/outlook/call-deadlines") as typeof import("../../../src/outlook/call-deadlines")).setCallTiming(timing);
  };
  const load = () => {
    jest.resetModules();
    require("../../../src/launchevent/launchevent");
    applyTiming();
  };
  load();
  return {
    mailbox,
    send: (o) => pressSend(mailbox, o),
    policyRequests,
    setPolicy: (a) => void (answer = a),
    restart: () => {
      // The ended runtime's deadlines and budgets never fire (in Outlook it runs nothing again).
      (require("../../../src/outlook/call-deadlines") as typeof import("../../../src/outlook/call-deadlines")).endRuntimeTimers();
      installation.uninstall();
      mailbox.restartRuntime();
      mailbox.actions.clear();
      installation = installSimulatedOffice(globalThis, mailbox, install);
      load();
    },
    setTiming: (t) => {
      timing = { ...(timing ?? {}), ...t };
      applyTiming();
    },
    uninstall: () => {
      installation.uninstall();
      g.fetch = realFetch;
    },
  };
}

function isAnswer(p: unknown): p is PolicyAnswer {
  return p === "unreachable" || p === "hang" || (typeof p === "object" && p !== null && "status" in p && "body" in p);
}

export function addresses(list: Office.EmailAddressDetails[]): string[] {
  return list.map((r) => r.emailAddress);
}
