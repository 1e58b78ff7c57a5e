/**
 * The manifest and the build for an admin's host: a production build for
 * https://addins.example.com/outbound-guard/ must leave no localhost URL and pass the offline
 * validation; broken manifests must be caught, each with a message that names the problem.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// Plain CommonJS tools shared with `npm run validate` and webpack.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = require("../../tools/validate-manifest.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../../webpack.config.js");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const HOST = "https://addins.example.com/outbound-guard/";
const OUT = path.join(ROOT, "tests", ".out", "manifest-build");
const WEBPACK = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

type Result = { ok: boolean; errors: string[]; warnings: string[]; passed: string[]; version?: string };

function build(extraEnv: string[], out: string, mode = "production") {
  const args = [WEBPACK, "--mode", mode, "--env", `out=${out}`];
  for (const e of extraEnv) args.push("--env", e);
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, CI: "true" } });
}

let manifestText = "";
let scratch = "";

beforeAll(() => {
  fs.rmSync(OUT, { recursive: true, force: true });
  const run = build([`host=${HOST}`], OUT);
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  manifestText = fs.readFileSync(path.join(OUT, "manifest.xml"), "utf8");
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "obg-manifest-test-"));
}, 240_000);

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** Writes a changed copy of the built manifest and validates it against the built files. */
async function validateVariant(change: (xml: string) => string, options: Record<string, unknown> = {}): Promise<Result> {
  const changed = change(manifestText);
  expect(changed).not.toBe(manifestText); // the mutation must have applied
  const file = path.join(scratch, `variant-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, changed);
  return validator.validateManifestFile(file, { production: true, host: HOST, distDir: OUT, ...options });
}

describe("attach-time launch events (issue 11)", () => {
  test("OnMessageAttachmentsChanged and OnMessageRecipientsChanged are declared beside OnMessageSend, with the names launchevent.ts associates (Mailbox 1.11: learn.microsoft.com/office/dev/add-ins/outlook/autolaunch#supported-events)", () => {
    const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const launch = source.slice(source.indexOf("<LaunchEvents>"), source.indexOf("</LaunchEvents>"));
    expect(launch).toContain('<LaunchEvent Type="OnMessageAttachmentsChanged" FunctionName="onMessageAttachmentsChangedHandler"/>');
    expect(launch).toContain('<LaunchEvent Type="OnMessageRecipientsChanged" FunctionName="onMessageRecipientsChangedHandler"/>');
    const entry = fs.readFileSync(path.join(ROOT, "src", "launchevent", "launchevent.ts"), "utf8");
    expect(entry).toContain('ATTACHMENTS_HANDLER_NAME = "onMessageAttachmentsChangedHandler"');
    expect(entry).toContain('RECIPIENTS_HANDLER_NAME = "onMessageRecipientsChangedHandler"');
  });
});

describe("build for an admin's host", () => {
  test("every URL in dist/manifest.xml is on the host; no localhost is left", () => {
    expect(manifestText).not.toMatch(/localhost/i);
    const urls = [...manifestText.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith(HOST)).toBe(true);
    expect(manifestText).toContain("<AppDomain>https://addins.example.com</AppDomain>");
  });

  test("the built manifest passes the whole offline validation, bundle and icons included", async () => {
    const result: Result = await validator.validateManifestFile(path.join(OUT, "manifest.xml"), { production: true, host: HOST });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.passed).toEqual(
      expect.arrayContaining([
        "well-formed XML",
        "Office manifest parser + unified JSON schema",
        "files exist, icon sizes",
        "bundle registers onMessageSendHandler, onNewMessageComposeHandler, onMessageAttachmentsChangedHandler, onMessageRecipientsChangedHandler without a DOM, with ES2016 built-ins only",
      ]),
    );
  });

  test("launchevent.js registers onMessageSendHandler in a context with no DOM", () => {
    const loaded = validator.handlersRegisteredBy(path.join(OUT, "launchevent.js"));
    expect(loaded.error).toBeUndefined();
    expect(loaded.associated.map((a: { name: string }) => a.name)).toContain("onMessageSendHandler");
    expect(loaded.leaked).toEqual([]);
  });

  test("the production launchevent.js is ES2016 syntax (classic Outlook before 2403)", async () => {
    const result = await validator.validateManifestFile(path.join(OUT, "manifest.xml"), { production: true, host: HOST });
    expect(result.warnings).toEqual([]);
    expect(result.passed).toContain("bundle syntax is ES2016");
  });

  test("syntax newer than ES2016 in the bundle is reported", () => {
    const dir = fs.mkdtempSync(path.join(scratch, "syntax-"));
    fs.writeFileSync(path.join(dir, "launchevent.js"), "var m = /a.b/s.exec(x); var y = a?.b;");
    const info = { runtimeHtmlUrl: `${HOST}launchevent.html`, runtimeJsUrl: `${HOST}launchevent.js` };
    const warnings: string[] = validator.bundleSyntaxWarnings(info, dir);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not ES2016 syntax/);
  });

  test("the .well-known allow-list names the bundle on the host, and policy.json holds valid defaults", () => {
    const allowed = JSON.parse(fs.readFileSync(path.join(OUT, ".well-known", "microsoft-officeaddins-allowed.json"), "utf8"));
    expect(allowed).toEqual({ allowed: [`${HOST}launchevent.js`] });
    const policy = JSON.parse(fs.readFileSync(path.join(OUT, "policy.json"), "utf8"));
    expect(policy).toHaveProperty("supervisor");
    expect(policy).toHaveProperty("internalDomains");
  });

  test("the bundle carries the host for its absolute policy.json URL", () => {
    const bundle = fs.readFileSync(path.join(OUT, "launchevent.js"), "utf8");
    expect(bundle).toContain(HOST);
    expect(bundle).not.toMatch(/localhost:3000/);
  });

  test("the version is package.json's MAJOR.MINOR.PATCH plus a growing build number", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const version = /<Version>([^<]+)<\/Version>/.exec(manifestText)?.[1] ?? "";
    const base = /^(\d+\.\d+\.\d+)/.exec(pkg.version)?.[1];
    expect(version).toMatch(new RegExp(`^${base!.replace(/\./g, "\\.")}\\.\\d{1,5}$`));
    // A later build of the same output folder always gets a larger number, even in the same hour.
    const now = Date.now();
    const next: string = webpackConfig.manifestVersion({}, now, OUT);
    expect(Number(next.split(".")[3])).toBeGreaterThan(Number(version.split(".")[3]));
    expect(webpackConfig.manifestVersion({ build: "42" }, now, OUT)).toBe(`${base}.42`);
    expect(() => webpackConfig.manifestVersion({ build: "100000" }, now, OUT)).toThrow(/build/);
  });

  test("a host that is not https is refused", () => {
    expect(() => webpackConfig.normaliseHost("http://addins.example.com/")).toThrow(/https/);
    expect(webpackConfig.normaliseHost("https://addins.example.com/og")).toBe("https://addins.example.com/og/");
  });
});

describe("--env policy", () => {
  test("a bad policy fails the build, each error naming its field path", () => {
    const bad = path.join(scratch, "bad-policy.json");
    fs.writeFileSync(bad, JSON.stringify({ supervisor: { field: "to" }, attachments: { encryption: "rot13" } }));
    const run = build([`host=${HOST}`, `policy=${bad}`], path.join(scratch, "bad-build"), "development");
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).toMatch(/supervisor\.field/);
    expect(output).toMatch(/attachments\.encryption/);
  }, 240_000);

  test("a good policy is copied to policy.json", () => {
    const good = path.join(scratch, "good-policy.json");
    const text = JSON.stringify({ internalDomains: ["example.co.jp"], supervisor: { address: "boss@example.co.jp", field: "bcc", when: "external" } }, null, 2);
    fs.writeFileSync(good, text);
    const out = path.join(scratch, "good-build");
    const run = build([`host=${HOST}`, `policy=${good}`], out, "development");
    expect(run.stderr + run.stdout).not.toMatch(/ERROR/);
    expect(run.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(out, "policy.json"), "utf8"))).toEqual(JSON.parse(text));
  }, 240_000);
});

describe("broken manifests are caught", () => {
  test("a resid that is not defined", async () => {
    const r = await validateVariant((x) => x.replace(/<bt:Url id="RuntimeJs.Url"[^>]*\/>/, ""));
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toMatch(/resid "RuntimeJs\.Url" is not defined/);
  });

  test("a resid longer than 32 characters", async () => {
    const long = "Taskpane.Url.ThatIsFarTooLongForOutlook";
    const r = await validateVariant((x) => x.split('"Taskpane.Url"').join(`"${long}"`));
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toMatch(new RegExp(`"${long.replace(/\./g, "\\.")}" is ${long.length} characters, at most 32`));
  });

  test("an http URL", async () => {
    const r = await validateVariant((x) => x.replace(`${HOST}taskpane.html"`, `http://addins.example.com/outbound-guard/taskpane.html"`));
    expect(r.ok).toBe(false);
    expect(r.errors.join("\n")).toMatch(/must be https, got http:\/\/addins\.example\.com/);
  });

  test("a localhost URL left in a production manifest", async () => {
    const r = await validateVariant((x) => x.replace(`${HOST}assets/icon-16.png`, "https://localhost:3000/assets/icon-16.png"));
    expect(r.errors.join("\n")).toMatch(/localhost URL in a production manifest/);
  });

  test("XML that is not well-formed", async () => {
    const r = await validateVariant((x) => x.replace("</Permissions>", "</Permission>"));
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatch(/not well-formed XML/);
  });

  test("an Id that is not a GUID (refused by Office's parser too)", async () => {
    const r = await validateVariant((x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>outbound-guard</Id>"));
    const text = r.errors.join("\n");
    expect(text).toMatch(/Id: must be a GUID/);
    expect(text).toMatch(/Office manifest parser/);
  });

  test("a version part with more than 5 digits", async () => {
    const r = await validateVariant((x) => x.replace(/<Version>[^<]+<\/Version>/, "<Version>1.0.0.123456</Version>"));
    expect(r.errors.join("\n")).toMatch(/Version: must be n\[\.n\[\.n\[\.n\]\]\]/);
  });

  test("a FunctionName the bundle does not register", async () => {
    const r = await validateVariant((x) => x.replace('FunctionName="onMessageSendHandler"', 'FunctionName="onSendHandler"'), { handlerName: undefined });
    expect(r.errors.join("\n")).toMatch(/does not register "onSendHandler"/);
  });

  test("no JavaScript override for classic Outlook", async () => {
    const r = await validateVariant((x) => x.replace(/<Override type="javascript"[^>]*\/>/, ""));
    expect(r.errors.join("\n")).toMatch(/needs <Override type="javascript"/);
  });

  test("a send mode that does not exist, and Mailbox below 1.12", async () => {
    const r = await validateVariant((x) => x.replace('SendMode="SoftBlock"', 'SendMode="Maybe"').replace('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.10"'));
    const text = r.errors.join("\n");
    expect(text).toMatch(/SendMode must be PromptUser, SoftBlock, Block, got "Maybe"/);
    expect(text).toMatch(/needs Mailbox 1\.12 or later, got 1\.10/);
    // The converted unified manifest fails Microsoft's JSON schema on the same send mode.
    expect(text).toMatch(/unified manifest schema .*sendMode must be equal to one of the allowed values/);
  });

  test("an icon whose file has another size than the manifest says", async () => {
    const r = await validateVariant((x) => x.replace(`${HOST}assets/icon-16.png`, `${HOST}assets/icon-32.png`));
    expect(r.errors.join("\n")).toMatch(/icon-32\.png is 32x32, the manifest says 16x16/);
  });

  test("an icon file that does not exist", async () => {
    const r = await validateVariant((x) => x.replace(`${HOST}assets/icon-80.png`, `${HOST}assets/icon-81.png`));
    expect(r.errors.join("\n")).toMatch(/has no file .*icon-81\.png/);
  });

  test("a resid naming the wrong kind of resource", async () => {
    const r = await validateVariant((x) => x.replace('<Label resid="PaneButton.Label"/>', '<Label resid="Taskpane.Url"/>'));
    expect(r.errors.join("\n")).toMatch(/resid "Taskpane\.Url" must name a short resource, it names a url/);
  });

  // SupportsSharedFolders: child of DesktopFormFactor in Mail 1.1 VersionOverrides, first in the
  // schema's order (https://learn.microsoft.com/javascript/api/manifest/supportssharedfolders).
  test("shared mailboxes: SupportsSharedFolders missing, false, or not the first child of DesktopFormFactor", async () => {
    expect(manifestText).toMatch(/<DesktopFormFactor>\s*(<!--[\s\S]*?-->\s*)?<SupportsSharedFolders>true<\/SupportsSharedFolders>/);
    const missing = await validateVariant((x) => x.replace(/<SupportsSharedFolders>true<\/SupportsSharedFolders>/, ""));
    expect(missing.errors.join("\n")).toMatch(/needs <SupportsSharedFolders>true<\/SupportsSharedFolders>/);
    const off = await validateVariant((x) => x.replace("<SupportsSharedFolders>true<", "<SupportsSharedFolders>false<"));
    expect(off.errors.join("\n")).toMatch(/SupportsSharedFolders: must be true, got "false"/);
    const late = await validateVariant((x) =>
      x.replace(/<SupportsSharedFolders>true<\/SupportsSharedFolders>/, "").replace("</DesktopFormFactor>", "<SupportsSharedFolders>true</SupportsSharedFolders></DesktopFormFactor>"),
    );
    expect(late.errors.join("\n")).toMatch(/SupportsSharedFolders: must be the first child of DesktopFormFactor/);
  });

  test("no Japanese display name", async () => {
    const r = await validateVariant((x) => x.replace(/<Override Locale="ja-JP" Value="Outbound Guard 誤送信[^"]*"\/>/, ""));
    expect(r.errors.join("\n")).toMatch(/need an Override for ja-JP/);
  });
});

describe("the source manifest", () => {
  test("is well-formed and structurally valid before the build moves its URLs", async () => {
    const result: Result = await validator.validateManifestFile(path.join(ROOT, "manifest.xml"), { files: false, production: false });
    expect(result.errors).toEqual([]);
  });

  test("the icons in assets/ are PNGs of their named size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const dims = validator.pngSize(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)));
      expect(dims).toEqual({ width: size, height: size });
    }
  });

  test("the validator's command line exits 1 on a broken manifest and 0 on a good one", () => {
    const bad = path.join(scratch, "cli-bad.xml");
    fs.writeFileSync(bad, manifestText.replace(/<bt:Url id="Taskpane.Url"[^>]*\/>/, ""));
    const tool = path.join(ROOT, "tests", "tools", "validate-manifest.js");
    const badRun = spawnSync(process.execPath, [tool, bad, "--dist", OUT, "--production"], { encoding: "utf8" });
    expect(badRun.status).toBe(1);
    expect(badRun.stdout).toMatch(/ERROR .*"Taskpane\.Url" is not defined/);
    const good = execFileSync(process.execPath, [tool, path.join(OUT, "manifest.xml"), "--production", "--host", HOST], { encoding: "utf8" });
    expect(good).toMatch(/valid \(version/);
  });
});
