import { installSimulatedOffice, type SimulatedMailbox, type SimulatedOffice } from "../../../src/playground/simulated-outlook";

/** Promise over one simulated call, returning the raw AsyncResult. */
export function result<T>(start: (cb: (r: Office.AsyncResult<T>) => void) => void): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

/** A fresh `Office` for the mailbox, without touching the real global. */
export function officeFor(mailbox: SimulatedMailbox): SimulatedOffice {
  return installSimulatedOffice({}, mailbox).Office;
}

export function addresses(n: number, domain = "example.co.jp"): string[] {
  return Array.from({ length: n }, (_, i) => `user${i}@${domain}`);
}
