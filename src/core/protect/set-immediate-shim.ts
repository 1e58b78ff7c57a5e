/**
 * For bundles only (webpack ProvidePlugin `setImmediate`): archiver calls a bare `setImmediate`,
 * which browsers and the classic-Outlook runtime lack — without it, zipping hangs forever.
 * Built on setTimeout, the one timer every runtime has.
 */
export function setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]): number {
  return setTimeout(() => callback(...args), 0) as unknown as number;
}

export function clearImmediate(handle: number): void {
  clearTimeout(handle);
}

export default setImmediate;
