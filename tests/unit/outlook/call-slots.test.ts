/** The 3 slots every Office.js call takes (src/outlook/call-slots.ts). */
import { createCallSlots } from "../../../src/outlook/call-slots";

const tick = () => new Promise((r) => setTimeout(r, 0));

test("the 4th call waits for a slot; waiting calls start first come first served, after the freeing callback returns", async () => {
  const slots = createCallSlots(3);
  const started: number[] = [];
  const releases: Array<() => void> = [];
  for (let i = 1; i <= 5; i++) {
    slots.take((release) => {
      started.push(i);
      releases.push(release);
    });
  }
  expect(started).toEqual([1, 2, 3]);
  expect(slots.waiting).toBe(2);
  releases[1]();
  expect(started).toEqual([1, 2, 3]); // not inside the callback that freed the slot
  await tick();
  expect(started).toEqual([1, 2, 3, 4]);
  releases[1](); // released twice: frees nothing more
  releases[0]();
  await tick();
  expect(started).toEqual([1, 2, 3, 4, 5]);
  expect(slots.inFlight).toBe(3);
  for (const r of releases) r();
  await tick();
  expect(slots.inFlight).toBe(0);
  expect(slots.waiting).toBe(0);
});
