/**
 * The guards that keep files, passwords and recipients safe at Send, each broken on purpose by one
 * exact text replacement. `npm run mutate` (mutate.js) applies them one at a time in a scratch
 * copy and runs the tests named here: each must fail (KILLED). A guard whose tests still pass is
 * not tested. `find` must occur exactly once in `file`; tests/unit/tools/mutations.test.ts keeps
 * the list alive through refactors.
 *
 * runs: jest files, each with an optional -t name filter (to keep the run short).
 */
"use strict";

const FLOW = "src/outlook/protect-attachments.ts";
const STEP = "src/launchevent/steps/protect-attachments-step.ts";
const FAULTS = "tests/unit/outlook/protect-faults.test.ts";
const PROTECT = "tests/unit/outlook/protect-attachments.test.ts";
const FAIL_CLOSED = "tests/unit/outlook/fail-closed.test.ts";

/** @type {Array<{ name: string; file: string; find: string; replace: string; runs: Array<{ file: string; t?: string }> }>} */
const MUTATIONS = [
  {
    name: "confirm-present-deleted",
    file: FLOW,
    find: "    if (!found) throw new Error(`${archiveName} is not among the attachments`);\n",
    replace: "",
    runs: [{ file: FAULTS, t: "add reports success but attaches nothing" }],
  },
  {
    name: "write-ahead-save-deleted",
    file: FLOW,
    find: "    await input.persist(pending);\n",
    replace: "    void pending;\n",
    runs: [{ file: "tests/unit/outlook/silent-end.test.ts" }],
  },
  {
    name: "failed-save-ahead-still-adds",
    file: FLOW,
    find: '    result.failure = { kind: "save", reason: reasonOf(err), archive: archiveName, size: zipBytes.length };\n    result.stillAttached = await removeAll(item, leftovers);\n    return result;\n',
    replace: "    void err;\n",
    runs: [{ file: FAULTS, t: "save ahead of the add fails" }],
  },
  {
    name: "remove-originals-before-add",
    file: FLOW,
    find: "  // 4. Attach it.\n",
    replace: "  await removeAll(item, chosen.map((c) => c.info));\n  // 4. Attach it.\n",
    runs: [{ file: PROTECT, t: "fault injection" }],
  },
  {
    name: "failed-add-removes-originals",
    file: FLOW,
    find: '    result.failure = { kind: "add", reason: reasonOf(err), archive: archiveName, size: zipBytes.length };\n    result.stillAttached = await removeAll(item, leftovers);\n',
    replace: '    result.failure = { kind: "add", reason: reasonOf(err), archive: archiveName, size: zipBytes.length };\n    result.stillAttached = await removeAll(item, [...chosen.map((c) => c.info), ...leftovers]);\n',
    runs: [{ file: PROTECT, t: "addFileAttachmentFromBase64Async" }],
  },
  {
    name: "unconfirmed-removes-originals",
    file: FLOW,
    find: '    result.failure = { kind: "confirm", reason: reasonOf(err), archive: archiveName, size: zipBytes.length };\n    return result;\n',
    replace: '    result.failure = { kind: "confirm", reason: reasonOf(err), archive: archiveName, size: zipBytes.length };\n    await removeAll(item, chosen.map((c) => c.info));\n    return result;\n',
    runs: [{ file: FAULTS, t: "add reports success but attaches nothing" }],
  },
  {
    name: "confirm-ignores-name",
    file: FLOW,
    find: "now.find((a) => a.id === newId && a.name === archiveName)",
    replace: "now.find((a) => a.id === newId)",
    runs: [{ file: FAULTS, t: "under another name" }],
  },
  {
    name: "confirm-ignores-size",
    file: FLOW,
    find: "now.find((a) => a.name === archiveName && a.size === zipBytes.length)",
    replace: "now.find((a) => a.name === archiveName)",
    runs: [{ file: FAULTS, t: "under another id and size" }],
  },
  {
    name: "read-size-check-deleted",
    file: "src/outlook/attachment-content.ts",
    find: "    if (!isCompleteRead(bytes.length, attachment.size)) throw new AttachmentIncompleteError(attachment.name, bytes.length, attachment.size);\n",
    replace: "",
    runs: [{ file: FAIL_CLOSED, t: "empty content" }],
  },
  {
    name: "unreadable-file-not-blocking",
    file: STEP,
    find: '    lines.push(pt(lang, "unreadableLeft", { files: nameList(lang, flow.unreadable) }));\n    unprotected = true;\n',
    replace: '    lines.push(pt(lang, "unreadableLeft", { files: nameList(lang, flow.unreadable) }));\n',
    runs: [{ file: FAULTS, t: "never hands over one file" }],
  },
  {
    name: "original-left-beside-archive-not-blocking",
    file: STEP,
    find: '    lines.push(pt(lang, "stillAttached", { archive, files: nameList(lang, flow.stillAttached) }));\n    unprotected = true;\n',
    replace: '    lines.push(pt(lang, "stillAttached", { archive, files: nameList(lang, flow.stillAttached) }));\n',
    runs: [{ file: FAULTS, t: "can never be removed beside its confirmed archive" }],
  },
  {
    name: "move-to-bcc-skips-read-back",
    file: "src/outlook/move-to-bcc.ts",
    find: "  if (missing.length > 0) throw new MoveToBccError(`${missing.length} recipient(s) did not arrive in BCC; nothing was removed from To/CC`);\n",
    replace: "",
    runs: [{ file: FAULTS, t: "bcc.addAsync reports success" }],
  },
  {
    name: "move-to-bcc-rewrites-to-before-bcc-add",
    file: "src/outlook/move-to-bcc.ts",
    find: '  await addAll(item, "bcc", plan.addToBcc);\n',
    replace:
      '  await officeCall<void>("to.setAsync", (cb) => item.to.setAsync(plan.keepTo.map(asInput), cb));\n' +
      '  await addAll(item, "bcc", plan.addToBcc);\n',
    runs: [{ file: "tests/unit/outlook/silent-end.test.ts" }],
  },
  {
    name: "fail-safely-lets-at-risk-go",
    file: "src/launchevent/fail-safely.ts",
    find: "  if (atRisk) {\n",
    replace: "  if (atRisk && false) {\n",
    runs: [{ file: FAIL_CLOSED, t: "fails closed" }],
  },
  {
    name: "unreadable-attachment-list-not-at-risk",
    file: "src/launchevent/attachments-at-risk.ts",
    find: "  if (!attachments) return true;\n",
    replace: "  if (!attachments) return false;\n",
    runs: [{ file: FAULTS, t: "attachment list cannot be read at all" }],
  },
  {
    name: "failure-path-drops-saved-password",
    file: "src/launchevent/on-message-send.ts",
    find: "steps: live?.state.steps ?? loaded.steps };",
    replace: "steps: loaded.steps };",
    runs: [{ file: FAULTS, t: "save after the add fails" }],
  },
  {
    name: "held-notice-allows-send-anyway",
    file: "src/launchevent/steps/password-notice-step.ts",
    find: '    if (report.kind === "held") return { lines, requireResend: true };\n',
    replace: '    if (report.kind === "held") return { lines };\n',
    runs: [{ file: "tests/unit/notices/password-notice-step.test.ts", t: "Send anyway" }],
  },
  {
    name: "unstored-notice-not-blocking",
    file: "src/launchevent/steps/password-notice-step.ts",
    find: '    if (report.kind === "store_failed") return { lines, verdict: "block", requireResend: true };\n',
    replace: "",
    runs: [{ file: FAULTS, t: "notice queue cannot be saved" }],
  },
  {
    name: "unreadable-record-taken-as-empty",
    file: "src/outlook/session-state.ts",
    find: "    if (!(err instanceof OfficeCallError && err.officeName === KEY_NOT_FOUND)) raw = await readFromAll(item, err);\n",
    replace: "",
    runs: [{ file: "tests/unit/outlook/state-unreadable.test.ts", t: "record of an attached archive cannot be read" }],
  },
  {
    name: "expired-run-keeps-calling",
    file: "src/outlook/handler-run.ts",
    find: "    expire: () => void (expired = true),\n",
    replace: "    expire: () => undefined,\n",
    runs: [{ file: "tests/unit/outlook/expired-run.test.ts", t: "reading a file answers only after the budget expired" }],
  },
];

module.exports = { MUTATIONS };
