/**
 * The playground's own words, in the two languages the add-in speaks. The page follows the display
 * language chosen in the settings panel, as Outlook's UI follows the user's language.
 * Elements carry `data-i18n="key"` (text) or `data-i18n-placeholder="key"`; `applyLanguage` fills them.
 */
export type UiLanguage = "ja" | "en";

const en = {
  title: "Outbound Guard playground",
  subtitle: "A simulated Outlook compose window running the real launchevent.js",
  send: "Send",
  newMessage: "New message",
  from: "From",
  to: "To",
  cc: "Cc",
  bcc: "Bcc",
  subject: "Subject",
  body: "Message",
  attach: "Attach files",
  noAttachments: "No attachments",
  remove: "Remove",
  recipientsHint: "Separate with , or ;  —  \"Name\" <address> allowed",
  settings: "Settings",
  displayLanguage: "Display language",
  mailboxVersion: "Mailbox requirement set",
  policyServer: "Policy server",
  serveEditor: "Serve the editor's policy.json",
  serve404: "Answer 404 Not Found",
  serveHang: "Never answer (timeout)",
  faults: "Fault injection",
  faultCall: "Office call",
  faultError: "Error",
  failNext: "Fail next call",
  emptyContentNext: "Next attachment read: empty content (office-js#6098)",
  emptyContentPending: "getAttachmentContentAsync → Succeeded with empty content",
  pendingFaults: "Pending faults",
  none: "none",
  policy: "Policy (policy.json)",
  resetPolicy: "Reset to example",
  policyValid: "Valid policy",
  policyInvalid: "The handler will refuse this policy:",
  policyNotJson: "Not JSON — the handler will fall back:",
  outcome: "What happened",
  notYet: "Press Send to run the add-in's OnMessageSend handler.",
  running: "The add-in is checking the message…",
  slow: "Outlook would now show \"taking longer than expected\".",
  sent: "Sent",
  sentAnyway: "Sent (Send anyway)",
  notSent: "Not sent",
  alertShown: "Smart Alert shown",
  noAlert: "No alert",
  duration: "Handler time",
  sendMode: "Send mode",
  ignoredOptions: "Options this client ignored",
  completedWith: "event.completed(…)",
  driverError: "The Send could not finish",
  handlerError: "The handler threw",
  recipients: "Recipients after the handler",
  added: "added",
  attachments: "Attachments after the handler",
  kindFile: "file",
  kindItem: "attached message",
  kindCloud: "cloud link",
  kindInline: "inline",
  calls: "Office calls",
  call: "Call",
  args: "Arguments",
  result: "Result",
  noCalls: "No calls yet",
  dontSend: "Don't send",
  sendAnyway: "Send anyway",
  alertTitle: "Outbound Guard",
  bytes: "bytes",
  examples: "Example messages",
  exampleNone: "Try an example…",
  exampleLookalike: "Look-alike of our domain",
  exampleNewDomain: "Reply to Gmail (ja), someone new in BCC",
  exampleSalutation: "Salutation names another company (learned from a signature)",
  exampleBccMass: "Mass mailing without BCC",
  exampleBccThread: "Two companies already in the thread (no BCC alarm)",
};

export type UiKey = keyof typeof en;

const ja: Record<UiKey, string> = {
  title: "Outbound Guard プレイグラウンド",
  subtitle: "本物の launchevent.js を動かす、Outlook の作成画面のシミュレーション",
  send: "送信",
  newMessage: "新規メール",
  from: "差出人",
  to: "宛先",
  cc: "CC",
  bcc: "BCC",
  subject: "件名",
  body: "本文",
  attach: "ファイルを添付",
  noAttachments: "添付ファイルなし",
  remove: "削除",
  recipientsHint: "「,」または「;」で区切る — \"名前\" <アドレス> も可",
  settings: "設定",
  displayLanguage: "表示言語",
  mailboxVersion: "Mailbox 要件セット",
  policyServer: "ポリシーサーバー",
  serveEditor: "エディターの policy.json を返す",
  serve404: "404 Not Found を返す",
  serveHang: "応答しない (タイムアウト)",
  faults: "障害の注入",
  faultCall: "Office の呼び出し",
  faultError: "エラー",
  failNext: "次の呼び出しを失敗させる",
  emptyContentNext: "次の添付読み取り: 空の内容 (office-js#6098)",
  emptyContentPending: "getAttachmentContentAsync → 成功だが内容が空",
  pendingFaults: "待機中の障害",
  none: "なし",
  policy: "ポリシー (policy.json)",
  resetPolicy: "例に戻す",
  policyValid: "有効なポリシーです",
  policyInvalid: "ハンドラーはこのポリシーを拒否します:",
  policyNotJson: "JSON ではありません — ハンドラーは既定値に戻ります:",
  outcome: "結果",
  notYet: "［送信］を押すと、アドインの OnMessageSend ハンドラーが動きます。",
  running: "アドインがメールを確認しています…",
  slow: "Outlook はここで「予想より時間がかかっています」と表示します。",
  sent: "送信しました",
  sentAnyway: "送信しました (このまま送信)",
  notSent: "送信されていません",
  alertShown: "Smart Alert を表示",
  noAlert: "アラートなし",
  duration: "ハンドラーの所要時間",
  sendMode: "送信モード",
  ignoredOptions: "このクライアントが無視したオプション",
  completedWith: "event.completed(…)",
  driverError: "送信処理を完了できませんでした",
  handlerError: "ハンドラーの例外",
  recipients: "ハンドラー実行後の宛先",
  added: "追加",
  attachments: "ハンドラー実行後の添付ファイル",
  kindFile: "ファイル",
  kindItem: "添付メール",
  kindCloud: "クラウドのリンク",
  kindInline: "本文内の画像",
  calls: "Office の呼び出し",
  call: "呼び出し",
  args: "引数",
  result: "結果",
  noCalls: "まだ呼び出しはありません",
  dontSend: "送信しない",
  sendAnyway: "このまま送信",
  alertTitle: "Outbound Guard",
  bytes: "バイト",
  examples: "例文",
  exampleNone: "例文を選ぶ…",
  exampleLookalike: "自社ドメインに似たドメイン",
  exampleNewDomain: "Gmail (日本語) への返信、BCC に新しい相手",
  exampleSalutation: "別の会社の宛名 (署名から学習)",
  exampleBccMass: "BCC を使わない一斉送信",
  exampleBccThread: "既にやり取りした 2 社への返信 (BCC 警告なし)",
};

const tables: Record<UiLanguage, Record<UiKey, string>> = { en, ja };

let current: UiLanguage = "ja";

/** Outlook display language ("ja-JP", "en-US") → the page's language. */
export function uiLanguageOf(displayLanguage: string): UiLanguage {
  return displayLanguage.toLowerCase().startsWith("ja") ? "ja" : "en";
}

export function uiLanguage(): UiLanguage {
  return current;
}

export function tr(key: UiKey): string {
  return tables[current][key];
}

/** Switches the page's language and relabels every element that asks for it. */
export function applyLanguage(lang: UiLanguage, root: ParentNode = document): void {
  current = lang;
  document.documentElement.lang = lang;
  root.querySelectorAll<HTMLElement>("[data-i18n]").forEach((el) => {
    el.textContent = tr(el.dataset.i18n as UiKey);
  });
  root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-i18n-placeholder]").forEach((el) => {
    el.placeholder = tr(el.dataset.i18nPlaceholder as UiKey);
  });
  document.title = tr("title");
}
