#!/usr/bin/env node
/**
 * Offline validation of Outbound Guard's XML manifest (and the files it points at).
 *
 *   node tests/tools/validate-manifest.js [dist/manifest.xml] [--production] [--host URL] [--no-files] [--send-mode Block]
 *
 * Microsoft's `office-addin-manifest validate` posts the manifest to a web service; it cannot run
 * offline. What runs here, in order:
 *   1. Well-formed XML (@xmldom/xmldom, strict: a fatal error stops everything else).
 *   2. Office's own manifest parser: office-addin-manifest-converter carries the OSF manifest
 *      reader that Office clients use (osfmos.js) and converts the XML to the unified JSON
 *      manifest; a manifest it refuses (bad id, unknown structure it cannot map) fails here.
 *   3. The converted JSON against the unified manifest's JSON schema that @microsoft/app-manifest
 *      ships (the version the converter writes), with ajv.
 *   4. Our structural checks of what Outlook needs for this add-in: ids, versions, resid lengths
 *      and definitions, https, the OnMessageSend launch event, the JavaScript override, the
 *      compose button, locale overrides, string lengths.
 *   5. With the built files beside the manifest (unless --no-files): every URL on the add-in's
 *      host maps to a file that exists; icons are PNGs of the size the manifest names; and
 *      launchevent.js, loaded in a bare `vm` context (no window, document, self, localStorage)
 *      stripped of every built-in newer than ES2016 (es2016-context.js: classic Outlook before
 *      2403), registers the manifest's FunctionName through Office.actions.associate.
 * Not checked: the XSD as a whole (Microsoft's XSDs are not shipped by any npm or Debian package
 * reachable here), client-specific quirks, anything only the admin center or a client sees.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const { DOMParser } = require("@xmldom/xmldom");
const { createEs2016Context } = require("./es2016-context");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  vo10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  vo11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
};
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i;
const MAX_RESID = 32;
const MAX_SHORT = 125;
const MAX_LONG = 250;
const SEND_MODES = ["PromptUser", "SoftBlock", "Block"];
const PERMISSIONS = ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"];
const BUTTON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const REQUIRED_BUTTON_ICONS = [16, 32, 80];
const HANDLER_NAME = "onMessageSendHandler";
const MIN_MAILBOX = "1.12";

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

function where(node) {
  return node && node.lineNumber ? ` (line ${node.lineNumber})` : "";
}

/** All elements below `root` (document order) with this namespace and local name. */
function all(root, ns, name) {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

function children(node, ns, name) {
  return Array.from(node.childNodes).filter(
    (c) => c.nodeType === 1 && c.localName === name && (ns === "*" || c.namespaceURI === ns),
  );
}

function child(node, ns, name) {
  return children(node, ns, name)[0];
}

function xsiType(el) {
  const t = el.getAttributeNS(NS.xsi, "type") || "";
  return t.includes(":") ? t.split(":").pop() : t;
}

/** Parses strictly; returns { doc } or { error }. */
function parseXml(text) {
  const problems = [];
  const parser = new DOMParser({
    onError(level, message) {
      if (level !== "warning") problems.push(message);
    },
  });
  let doc;
  try {
    doc = parser.parseFromString(text, "text/xml");
  } catch (err) {
    const loc = err.locator ? ` at line ${err.locator.lineNumber}, column ${err.locator.columnNumber}` : "";
    return { error: `not well-formed XML${loc}: ${err.message}` };
  }
  if (problems.length) return { error: `not well-formed XML: ${problems.join("; ")}` };
  if (!doc || !doc.documentElement) return { error: "not well-formed XML: no root element" };
  return { doc };
}

/**
 * Structural checks on a parsed manifest. Returns { errors, info } where info holds what later
 * checks need (URLs, icons, the handler name).
 */
function checkStructure(doc, options) {
  const errors = [];
  const err = (msg, node) => errors.push(msg + where(node));
  const root = doc.documentElement;
  const info = { urls: [], images: [], functionNames: [], runtimeJsUrl: undefined, runtimeHtmlUrl: undefined };

  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    err(`root element must be OfficeApp in ${NS.app}, got ${root.tagName} in ${root.namespaceURI || "no namespace"}`, root);
    return { errors, info };
  }
  if (xsiType(root) !== "MailApp") err(`OfficeApp xsi:type must be MailApp, got ${JSON.stringify(xsiType(root))}`, root);

  const text = (name) => {
    const el = child(root, NS.app, name);
    return el ? { el, value: (el.textContent || "").trim() } : undefined;
  };

  const id = text("Id");
  if (!id) err("Id: missing");
  else if (!GUID.test(id.value)) err(`Id: must be a GUID, got ${JSON.stringify(id.value)}`, id.el);

  const version = text("Version");
  if (!version) err("Version: missing");
  else if (!VERSION.test(version.value)) err(`Version: must be n[.n[.n[.n]]] with at most 5 digits a part, got ${JSON.stringify(version.value)}`, version.el);
  info.version = version && version.value;

  const provider = text("ProviderName");
  if (!provider || !provider.value) err("ProviderName: missing or empty");
  const locale = text("DefaultLocale");
  if (!locale || !LOCALE.test(locale.value)) err(`DefaultLocale: must be a language tag, got ${JSON.stringify(locale && locale.value)}`);

  for (const [name, max] of [["DisplayName", MAX_SHORT], ["Description", MAX_LONG]]) {
    const el = child(root, NS.app, name);
    if (!el) {
      err(`${name}: missing`);
      continue;
    }
    const dv = el.getAttribute("DefaultValue");
    if (!dv) err(`${name}: DefaultValue missing or empty`, el);
    else if (dv.length > max) err(`${name}: DefaultValue is ${dv.length} characters, at most ${max}`, el);
    for (const ov of children(el, NS.app, "Override")) {
      const loc = ov.getAttribute("Locale");
      const val = ov.getAttribute("Value");
      if (!loc || !LOCALE.test(loc)) err(`${name}: Override Locale must be a language tag, got ${JSON.stringify(loc)}`, ov);
      if (!val) err(`${name}: Override for ${loc} has no Value`, ov);
      else if (val.length > max) err(`${name}: Override for ${loc} is ${val.length} characters, at most ${max}`, ov);
    }
  }
  if (options.requireLocales) {
    for (const loc of options.requireLocales) {
      const found = ["DisplayName", "Description"].every((n) => {
        const el = child(root, NS.app, n);
        return el && children(el, NS.app, "Override").some((o) => (o.getAttribute("Locale") || "").toLowerCase() === loc.toLowerCase());
      });
      if (!found) err(`DisplayName and Description: need an Override for ${loc}`);
    }
  }

  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const el = child(root, NS.app, name);
    if (!el || !el.getAttribute("DefaultValue")) {
      err(`${name}: missing`);
      continue;
    }
    const size = name === "IconUrl" ? 64 : 128;
    info.urls.push({ what: name, url: el.getAttribute("DefaultValue"), node: el });
    info.images.push({ what: name, url: el.getAttribute("DefaultValue"), size, node: el });
  }
  const support = child(root, NS.app, "SupportUrl");
  if (support) info.urls.push({ what: "SupportUrl", url: support.getAttribute("DefaultValue"), node: support });
  for (const ad of all(root, NS.app, "AppDomain")) info.urls.push({ what: "AppDomain", url: (ad.textContent || "").trim(), node: ad, origin: true });

  const hosts = child(root, NS.app, "Hosts");
  if (!hosts || !children(hosts, NS.app, "Host").some((h) => h.getAttribute("Name") === "Mailbox")) err('Hosts: needs <Host Name="Mailbox"/>');
  const reqSets = all(root, NS.app, "Set").filter((s) => s.getAttribute("Name") === "Mailbox");
  if (!reqSets.length) err('Requirements: needs <Set Name="Mailbox" MinVersion="…"/>');
  for (const s of reqSets) if (!VERSION.test(s.getAttribute("MinVersion") || "")) err("Requirements: Mailbox MinVersion is not a version", s);

  const formSettings = child(root, NS.app, "FormSettings");
  if (!formSettings || !all(formSettings, NS.app, "SourceLocation").length) err("FormSettings: needs a Form with a SourceLocation");
  else for (const sl of all(formSettings, NS.app, "SourceLocation")) info.urls.push({ what: "FormSettings SourceLocation", url: sl.getAttribute("DefaultValue"), node: sl });

  const perm = text("Permissions");
  if (!perm || !PERMISSIONS.includes(perm.value)) err(`Permissions: must be one of ${PERMISSIONS.join(", ")}, got ${JSON.stringify(perm && perm.value)}`);
  else if (perm.value === "Restricted" || perm.value === "ReadItem") err(`Permissions: the Send handler changes the message (recipients, attachments): needs ReadWriteItem, got ${perm.value}`, perm.el);
  if (!child(root, NS.app, "Rule")) err("Rule: missing (a MailApp needs an activation rule)");

  // VersionOverrides 1.0 holding 1.1.
  const vo10 = children(root, NS.vo10, "VersionOverrides")[0];
  if (!vo10) {
    err(`VersionOverrides: missing (need ${NS.vo10} with xsi:type VersionOverridesV1_0)`);
    return { errors, info };
  }
  if (xsiType(vo10) !== "VersionOverridesV1_0") err(`VersionOverrides: outer xsi:type must be VersionOverridesV1_0, got ${xsiType(vo10)}`, vo10);
  const vo = children(vo10, NS.vo11, "VersionOverrides")[0];
  if (!vo) {
    err(`VersionOverrides: needs a nested ${NS.vo11} VersionOverrides (VersionOverridesV1_1) for Runtimes and LaunchEvent`, vo10);
    return { errors, info };
  }
  if (xsiType(vo) !== "VersionOverridesV1_1") err(`VersionOverrides: inner xsi:type must be VersionOverridesV1_1, got ${xsiType(vo)}`, vo);

  const sets = all(vo, NS.bt, "Sets")[0];
  const min = sets && sets.getAttribute("DefaultMinVersion");
  const mailboxSet = sets && children(sets, NS.bt, "Set").find((s) => s.getAttribute("Name") === "Mailbox");
  const mailboxMin = (mailboxSet && mailboxSet.getAttribute("MinVersion")) || min;
  if (!mailboxSet || !mailboxMin) err("VersionOverrides Requirements: needs bt:Sets with the Mailbox set and a minimum version");
  else if (!VERSION.test(mailboxMin) || compareVersions(mailboxMin, MIN_MAILBOX) < 0) {
    err(`VersionOverrides Requirements: OnMessageSend (Smart Alerts) needs Mailbox ${MIN_MAILBOX} or later, got ${mailboxMin}`, sets);
  }

  // Resources: ids, lengths, kinds.
  const resources = child(vo, NS.vo11, "Resources");
  const defined = new Map(); // id -> { kind, value, node }
  const kinds = [["Images", "image", 2048], ["Urls", "url", 2048], ["ShortStrings", "short", MAX_SHORT], ["LongStrings", "long", MAX_LONG]];
  if (!resources) err("Resources: missing");
  else {
    for (const [group, kind, max] of kinds) {
      const g = child(resources, NS.bt, group);
      if (!g) continue;
      for (const item of Array.from(g.childNodes).filter((n) => n.nodeType === 1)) {
        const rid = item.getAttribute("id");
        if (!rid) {
          err(`Resources ${group}: an entry has no id`, item);
          continue;
        }
        if (rid.length > MAX_RESID) err(`Resources ${group}: id "${rid}" is ${rid.length} characters, at most ${MAX_RESID}`, item);
        if (defined.has(rid)) err(`Resources: id "${rid}" is defined twice`, item);
        const value = item.getAttribute("DefaultValue");
        if (!value) err(`Resources ${group}: "${rid}" has no DefaultValue`, item);
        else if (value.length > max) err(`Resources ${group}: "${rid}" is ${value.length} characters, at most ${max}`, item);
        for (const ov of children(item, NS.bt, "Override")) {
          const loc = ov.getAttribute("Locale");
          const v = ov.getAttribute("Value") || "";
          if (!loc || !LOCALE.test(loc)) err(`Resources: "${rid}" Override Locale must be a language tag, got ${JSON.stringify(loc)}`, ov);
          if (!v) err(`Resources: "${rid}" Override for ${loc} has no Value`, ov);
          if (v.length > max) err(`Resources: "${rid}" Override for ${loc} is ${v.length} characters, at most ${max}`, ov);
          if (kind === "url" || kind === "image") info.urls.push({ what: `${rid} (${loc})`, url: v, node: ov });
        }
        defined.set(rid, { kind, value, node: item });
        if (kind === "url" || kind === "image") info.urls.push({ what: rid, url: value, node: item });
      }
    }
  }

  // Every resid anywhere must be short, defined, and of the right kind.
  const expectedKind = (el) => {
    const n = el.localName;
    if (n === "Image") return "image";
    if (n === "SourceLocation" || n === "Runtime" || n === "Override") return "url";
    if (n === "Label" || n === "Title") return "short";
    if (n === "Description") return "long";
    return undefined;
  };
  const allElements = Array.from(vo.getElementsByTagName("*"));
  for (const el of allElements) {
    if (!el.hasAttribute("resid")) continue;
    const rid = el.getAttribute("resid");
    if (rid.length > MAX_RESID) err(`${el.localName}: resid "${rid}" is ${rid.length} characters, at most ${MAX_RESID}`, el);
    const def = defined.get(rid);
    if (!def) {
      err(`${el.localName}: resid "${rid}" is not defined in Resources`, el);
      continue;
    }
    const want = expectedKind(el);
    if (want && def.kind !== want) err(`${el.localName}: resid "${rid}" must name a ${want} resource, it names a ${def.kind}`, el);
  }

  // Unique ids among Groups and Controls.
  const seen = new Set();
  for (const el of allElements.filter((e) => ["Group", "Control", "OfficeTab", "CustomTab"].includes(e.localName))) {
    const cid = el.getAttribute("id");
    if (!cid) err(`${el.localName}: missing id`, el);
    else if (seen.has(cid)) err(`${el.localName}: id "${cid}" is used twice`, el);
    else seen.add(cid);
  }

  const hostEl = all(vo, NS.vo11, "Host").find((h) => xsiType(h) === "MailHost");
  if (!hostEl) {
    err('VersionOverrides: needs <Host xsi:type="MailHost">', vo);
    return { errors, info };
  }

  // Runtime with its JavaScript override for classic Outlook.
  const runtimes = all(hostEl, NS.vo11, "Runtime");
  if (runtimes.length !== 1) err(`Runtimes: need exactly one Runtime, got ${runtimes.length}`, hostEl);
  const runtime = runtimes[0];
  let runtimeResid;
  if (runtime) {
    runtimeResid = runtime.getAttribute("resid");
    const html = defined.get(runtimeResid);
    if (html) info.runtimeHtmlUrl = html.value;
    if (html && !/\.html?(\?|#|$)/.test(html.value)) err(`Runtime: resid "${runtimeResid}" must point at the HTML page, got ${html.value}`, runtime);
    const override = children(runtime, NS.vo11, "Override").find((o) => o.getAttribute("type") === "javascript");
    if (!override) err('Runtime: needs <Override type="javascript" resid="…"/> for classic Outlook on Windows', runtime);
    else {
      const js = defined.get(override.getAttribute("resid"));
      if (js) {
        info.runtimeJsUrl = js.value;
        if (!/\.js(\?|#|$)/.test(js.value)) err(`Runtime Override: must point at a .js file, got ${js.value}`, override);
      }
    }
  }

  // LaunchEvent OnMessageSend.
  const launchPoint = all(hostEl, NS.vo11, "ExtensionPoint").find((e) => xsiType(e) === "LaunchEvent");
  if (!launchPoint) err('DesktopFormFactor: needs <ExtensionPoint xsi:type="LaunchEvent">', hostEl);
  else {
    const events = all(launchPoint, NS.vo11, "LaunchEvent");
    const sends = events.filter((e) => e.getAttribute("Type") === "OnMessageSend");
    if (sends.length !== 1) err(`LaunchEvents: need exactly one OnMessageSend, got ${sends.length}`, launchPoint);
    for (const ev of events) {
      const fn = ev.getAttribute("FunctionName");
      if (!fn || !/^[A-Za-z_$][\w$]*$/.test(fn)) err(`LaunchEvent ${ev.getAttribute("Type")}: FunctionName must be a JavaScript name, got ${JSON.stringify(fn)}`, ev);
      else info.functionNames.push(fn);
    }
    for (const ev of sends) {
      const mode = ev.getAttribute("SendMode");
      if (!SEND_MODES.includes(mode)) err(`LaunchEvent OnMessageSend: SendMode must be ${SEND_MODES.join(", ")}, got ${JSON.stringify(mode)}`, ev);
      if (options.sendMode && mode !== options.sendMode) err(`LaunchEvent OnMessageSend: SendMode must be ${options.sendMode}, got ${mode}`, ev);
      if (options.handlerName && ev.getAttribute("FunctionName") !== options.handlerName) {
        err(`LaunchEvent OnMessageSend: FunctionName must be ${options.handlerName}, got ${ev.getAttribute("FunctionName")}`, ev);
      }
    }
    const sl = child(launchPoint, NS.vo11, "SourceLocation");
    if (!sl) err("LaunchEvent ExtensionPoint: needs a SourceLocation (the Runtime's page)", launchPoint);
    else if (runtimeResid && sl.getAttribute("resid") !== runtimeResid) {
      err(`LaunchEvent ExtensionPoint: SourceLocation resid "${sl.getAttribute("resid")}" must be the Runtime's resid "${runtimeResid}"`, sl);
    }
  }

  // Shared mailboxes and delegate access: <SupportsSharedFolders>true</SupportsSharedFolders>, the
  // first child of DesktopFormFactor (Mail 1.1 VersionOverrides; Mailbox 1.8 shared folders, 1.13
  // shared mailboxes: https://learn.microsoft.com/javascript/api/manifest/supportssharedfolders).
  const desktop = all(hostEl, NS.vo11, "DesktopFormFactor")[0];
  if (!desktop) err("Host: needs a DesktopFormFactor", hostEl);
  else {
    const shared = children(desktop, NS.vo11, "SupportsSharedFolders");
    const first = Array.from(desktop.childNodes).find((n) => n.nodeType === 1);
    if (shared.length !== 1) err("DesktopFormFactor: needs <SupportsSharedFolders>true</SupportsSharedFolders> so the check runs in shared mailboxes and delegated folders", desktop);
    else if (shared[0].textContent.trim() !== "true") err(`SupportsSharedFolders: must be true, got ${JSON.stringify(shared[0].textContent.trim())}`, shared[0]);
    else if (first !== shared[0]) err("SupportsSharedFolders: must be the first child of DesktopFormFactor (the schema's order)", shared[0]);
  }

  // The compose button that opens the task pane.
  const compose = all(hostEl, NS.vo11, "ExtensionPoint").find((e) => xsiType(e) === "MessageComposeCommandSurface");
  if (!compose) err('DesktopFormFactor: needs <ExtensionPoint xsi:type="MessageComposeCommandSurface"> (the task pane button)', hostEl);
  else {
    const buttons = all(compose, NS.vo11, "Control").filter((c) => xsiType(c) === "Button");
    const paneButton = buttons.find((b) => all(b, NS.vo11, "Action").some((a) => xsiType(a) === "ShowTaskpane"));
    if (!paneButton) err("MessageComposeCommandSurface: needs a Button whose Action is ShowTaskpane", compose);
    for (const b of buttons) {
      const sizes = all(b, NS.bt, "Image").map((i) => Number(i.getAttribute("size")));
      for (const s of sizes) if (!BUTTON_ICON_SIZES.includes(s)) err(`Button ${b.getAttribute("id")}: icon size ${s} is not one Outlook uses (${BUTTON_ICON_SIZES.join(", ")})`, b);
      for (const s of REQUIRED_BUTTON_ICONS) if (!sizes.includes(s)) err(`Button ${b.getAttribute("id")}: needs a ${s}px icon`, b);
      for (const img of all(b, NS.bt, "Image")) {
        const def = defined.get(img.getAttribute("resid"));
        if (def) info.images.push({ what: `${b.getAttribute("id")} icon ${img.getAttribute("size")}`, url: def.value, size: Number(img.getAttribute("size")), node: img });
      }
    }
  }

  return { errors, info };
}

/** https everywhere (http only for localhost outside --production); in production, on the host. */
function checkUrls(info, options) {
  const errors = [];
  for (const u of info.urls) {
    let url;
    try {
      url = new URL(u.url);
    } catch {
      errors.push(`${u.what}: not an absolute URL: ${JSON.stringify(u.url)}${where(u.node)}`);
      continue;
    }
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    if (url.protocol !== "https:") {
      if (!(url.protocol === "http:" && local && !options.production)) {
        errors.push(`${u.what}: must be https, got ${u.url}${where(u.node)}`);
      }
    }
    if (options.production && local) errors.push(`${u.what}: a localhost URL in a production manifest: ${u.url}${where(u.node)}`);
    if (options.host && !u.origin && !u.url.startsWith(options.host)) errors.push(`${u.what}: not on the host ${options.host}: ${u.url}${where(u.node)}`);
    if (options.host && u.origin && u.url !== new URL(options.host).origin) errors.push(`${u.what}: must be ${new URL(options.host).origin}, got ${u.url}${where(u.node)}`);
  }
  return errors;
}

/** Maps a URL to a file in distDir when it lies under baseUrl (the add-in's host). */
function fileFor(url, baseUrl, distDir) {
  if (!baseUrl || !url.startsWith(baseUrl)) return undefined;
  const rel = decodeURIComponent(url.slice(baseUrl.length).split(/[?#]/)[0]);
  return path.join(distDir, rel || "index.html");
}

function pngSize(buf) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || !sig.every((b, i) => buf[i] === b) || buf.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The base URL of the add-in's files: the directory of the Runtime's HTML page. */
function baseUrlOf(info) {
  const u = info.runtimeHtmlUrl || info.runtimeJsUrl;
  return u ? u.slice(0, u.lastIndexOf("/") + 1) : undefined;
}

function checkFiles(info, distDir) {
  const errors = [];
  const base = baseUrlOf(info);
  if (!base) return ["files: cannot tell the add-in's base URL (no Runtime URL)"];
  for (const u of info.urls) {
    if (u.origin) continue;
    const file = fileFor(u.url, base, distDir);
    if (file && !fs.existsSync(file)) errors.push(`${u.what}: ${u.url} has no file ${path.relative(process.cwd(), file)}`);
  }
  for (const img of info.images) {
    const file = fileFor(img.url, base, distDir);
    if (!file || !fs.existsSync(file)) continue; // reported above, or not ours
    const size = pngSize(fs.readFileSync(file));
    if (!size) errors.push(`${img.what}: ${path.relative(process.cwd(), file)} is not a PNG`);
    else if (size.width !== img.size || size.height !== img.size) {
      errors.push(`${img.what}: ${path.relative(process.cwd(), file)} is ${size.width}x${size.height}, the manifest says ${img.size}x${img.size}`);
    }
  }
  return errors;
}

/**
 * Loads the classic-Outlook bundle in a context with nothing but timers, console and an Office
 * stub, and returns the names it passed to Office.actions.associate (or the load error).
 */
/** "ReferenceError: BigInt is not defined near …E={int64:[BigInt(…" — one line, even for minified code. */
function describeLoadError(err, code) {
  const message = err && err.name ? `${err.name}: ${err.message}` : String(err);
  const at = /:(\d+):(\d+)\)?\s*$/m.exec(String(err && err.stack ? err.stack.split("\n").find((l) => /^\s+at /.test(l)) || "" : ""));
  if (!at) return message;
  const line = code.split("\n")[Number(at[1]) - 1] || "";
  const col = Number(at[2]) - 1;
  return `${message} near …${line.slice(Math.max(0, col - 60), col + 60)}…`;
}

function handlersRegisteredBy(bundlePath) {
  const code = fs.readFileSync(bundlePath, "utf8");
  const associated = [];
  // Classic Outlook before 2403 has ES2016 built-ins only: what the bundle needs newer must come
  // from its own prelude, or it throws here (as it would there) and `npm run validate` fails.
  const sandbox = {
    console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
    Office: {
      actions: { associate: (name, fn) => associated.push({ name, type: typeof fn }) },
      context: { requirements: { isSetSupported: () => false }, diagnostics: {}, mailbox: {} },
      MailboxEnums: {},
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      CoercionType: { Text: "text", Html: "html" },
    },
  };
  const context = createEs2016Context(sandbox);
  try {
    vm.runInContext(code, context, { filename: bundlePath, timeout: 10000 });
  } catch (err) {
    return { error: describeLoadError(err, code), associated };
  }
  const leaked = ["window", "document", "localStorage"].filter((n) => vm.runInContext(`typeof ${n}`, context) !== "undefined");
  return { associated, leaked };
}

function checkBundle(info, distDir) {
  const errors = [];
  const base = baseUrlOf(info);
  const file = info.runtimeJsUrl && (fileFor(info.runtimeJsUrl, base, distDir) || path.join(distDir, path.basename(new URL(info.runtimeJsUrl).pathname)));
  if (!file || !fs.existsSync(file)) return [`bundle: ${info.runtimeJsUrl} not found in ${distDir}`];
  const result = handlersRegisteredBy(file);
  if (result.error) return [`bundle: ${path.basename(file)} throws when loaded without a DOM, with ES2016 built-ins only: ${result.error}`];
  const names = result.associated.map((a) => a.name);
  for (const fn of info.functionNames) {
    if (!names.includes(fn)) errors.push(`bundle: ${path.basename(file)} does not register "${fn}" with Office.actions.associate (it registers: ${names.join(", ") || "nothing"})`);
  }
  for (const a of result.associated) if (a.type !== "function") errors.push(`bundle: "${a.name}" is associated with a ${a.type}, not a function`);
  if (result.leaked.length) errors.push(`bundle: defines ${result.leaked.join(", ")} in a DOM-less runtime (code may think it has a DOM)`);
  return errors;
}

/**
 * Classic Outlook builds before 2403 accept only ES2016 syntax in the DOM-less runtime. A warning,
 * not an error: newer builds and every other client run newer syntax.
 */
function bundleSyntaxWarnings(info, distDir) {
  const base = baseUrlOf(info);
  const file = info.runtimeJsUrl && fileFor(info.runtimeJsUrl, base, distDir);
  if (!file || !fs.existsSync(file)) return [];
  const code = fs.readFileSync(file, "utf8");
  try {
    require("acorn").parse(code, { ecmaVersion: 2016, sourceType: "script" });
    return [];
  } catch (err) {
    const start = Math.max(0, err.pos - 50);
    return [`bundle: ${path.basename(file)} is not ES2016 syntax (classic Outlook before build 2403 cannot load it): ${err.message} near …${code.slice(start, err.pos + 30).replace(/\s+/g, " ")}…`];
  }
}

/** Office's own parser (via office-addin-manifest-converter), then the unified JSON schema. */
async function checkWithOfficeParser(file) {
  const errors = [];
  const converter = require("office-addin-manifest-converter");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "obg-manifest-"));
  const log = console.log;
  try {
    console.log = () => {}; // the converter logs progress on stdout
    await converter.convert(file, out, false, false);
  } catch (err) {
    errors.push(`Office manifest parser (office-addin-manifest-converter) refused it: ${String(err && err.message ? err.message : err).split("\n")[0]}`);
    return errors;
  } finally {
    console.log = log;
  }
  try {
    const json = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
    const schemaVersion = json.manifestVersion;
    const schemaFile = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${schemaVersion}/MicrosoftTeams.schema.json`);
    const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
    // The converter writes `"$schema": true` when not told the URL; the schema wants the URL.
    json.$schema = `https://developer.microsoft.com/json-schemas/teams/v${schemaVersion}/MicrosoftTeams.schema.json`;
    // As @microsoft/app-manifest's own validator does (its index pulls in an ES-module-only
    // dependency, so it is not required here): ajv for draft-04 with uri/email/regex formats.
    const Ajv04 = require("ajv-draft-04");
    const addFormats = require("ajv-formats");
    const ajv = new (Ajv04.default || Ajv04)({ allErrors: true, strictTypes: false });
    (addFormats.default || addFormats)(ajv, ["uri", "email", "regex"]);
    const validate = ajv.compile(schema);
    if (!validate(json)) {
      for (const e of validate.errors || []) {
        errors.push(`unified manifest schema v${schemaVersion} (converted): ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
      }
    }
  } catch (err) {
    errors.push(`unified manifest schema check failed to run: ${err.message}`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
  return errors;
}

/**
 * Validates a manifest file. options: { production, host, files (default true), distDir
 * (default: the manifest's folder), handlerName, sendMode, requireLocales }.
 * Returns { ok, errors, warnings, passed } — passed names the groups of checks that ran clean.
 */
async function validateManifestFile(file, options = {}) {
  const opts = { files: true, handlerName: HANDLER_NAME, sendMode: "SoftBlock", requireLocales: ["ja-JP"], ...options };
  const distDir = opts.distDir || path.dirname(path.resolve(file));
  const errors = [];
  const warnings = [];
  const passed = [];
  const group = (name, errs) => {
    if (errs.length) errors.push(...errs);
    else passed.push(name);
  };
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    return { ok: false, errors: [`cannot read ${file}: ${err.message}`], passed };
  }
  const parsed = parseXml(text);
  if (parsed.error) return { ok: false, errors: [parsed.error], passed };
  passed.push("well-formed XML");

  group("Office manifest parser + unified JSON schema", await checkWithOfficeParser(file));
  const { errors: structural, info } = checkStructure(parsed.doc, opts);
  group("structure (ids, version, resids, runtime, OnMessageSend, compose button, locales)", structural);
  group(opts.production ? "URLs (https, on the host, no localhost)" : "URLs (https, http only on localhost)", checkUrls(info, opts));
  if (opts.files) {
    group("files exist, icon sizes", checkFiles(info, distDir));
    if (info.runtimeJsUrl) group(`bundle registers ${info.functionNames.join(", ")} without a DOM, with ES2016 built-ins only`, checkBundle(info, distDir));
    warnings.push(...bundleSyntaxWarnings(info, distDir));
    if (!warnings.length && info.runtimeJsUrl) passed.push("bundle syntax is ES2016");
  }
  return { ok: errors.length === 0, errors, warnings, passed, version: info.version };
}

async function main(argv) {
  const args = argv.slice(2);
  const opts = { production: false, files: true };
  let file;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--production") opts.production = true;
    else if (a === "--no-files") opts.files = false;
    else if (a === "--host") opts.host = args[++i];
    else if (a === "--dist") opts.distDir = path.resolve(args[++i]);
    // An admin who chose Block (admin-deployed only) validates against that choice.
    else if (a === "--send-mode") opts.sendMode = args[++i];
    else if (a === "-h" || a === "--help") {
      console.log("usage: node tests/tools/validate-manifest.js [dist/manifest.xml] [--production] [--host URL] [--dist DIR] [--no-files] [--send-mode SoftBlock|Block|PromptUser]");
      return 0;
    } else file = a;
  }
  file = file || "dist/manifest.xml";
  if (!fs.existsSync(file)) {
    console.error(`${file}: not found (build first: npm run build)`);
    return 2;
  }
  const result = await validateManifestFile(file, opts);
  for (const p of result.passed) console.log(`ok    ${p}`);
  for (const w of result.warnings || []) console.log(`WARN  ${w}`);
  for (const e of result.errors) console.log(`ERROR ${e}`);
  console.log(result.ok ? `${file}: valid (version ${result.version})` : `${file}: ${result.errors.length} error(s)`);
  return result.ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv).then((code) => process.exit(code), (err) => {
    console.error(err);
    process.exit(2);
  });
}

module.exports = { validateManifestFile, bundleSyntaxWarnings, parseXml, checkStructure, checkUrls, handlersRegisteredBy, pngSize, HANDLER_NAME };
