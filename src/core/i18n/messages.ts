/**
 * Every sentence the user reads, in Japanese and English. Checks build their lines from here so
 * the two languages stay side by side and complete (a test compares their keys).
 */

type Vars = Record<string, string | number>;
type Text = string | ((v: Vars) => string);

export const messages = {
  ja: {
    product: "Outbound Guard",
    headerConfirm: "送信前に確認してください。",
    headerBlock: "このメールは送信できません。",
    headerInfo: "送信時に次の処理を行いました。",
    footerConfirm: "問題がなければ、もう一度［送信］を押してください。",
    footerBlock: "該当箇所を修正してから送信してください。",
    externalHeading: (v: Vars) => `社外の宛先 (${v.domains} ドメイン、${v.count} 件):`,
    externalDomainLine: (v: Vars) => `・${v.domain}: ${v.addresses}`,
    unknownDomain: "(ドメイン不明)",
    moreItems: (v: Vars) => `…ほか ${v.count} 件`,
    supervisorAdded: (v: Vars) => `上長 ${v.address} を ${String(v.field).toUpperCase()} に追加しました。`,
    supervisorNotAddedBlock: (v: Vars) =>
      `上長 ${v.address} を ${String(v.field).toUpperCase()} に追加できなかったため、このメールは送信されていません。ご自身で ${v.address} を ${String(v.field).toUpperCase()} に追加してから送信するか、もう一度［送信］を押して追加をやり直してください。`,
    supervisorNotAdded: (v: Vars) =>
      `上長 ${v.address} を ${String(v.field).toUpperCase()} に追加できませんでした。ご自身で ${v.address} を ${String(v.field).toUpperCase()} に追加してから送信するか、もう一度［送信］を押して追加をやり直してください (再び追加できない場合は、上長を入れずに送信されます)。`,
    cancelLabel: "戻って確認",
    sharedFolderMemory: "共有メールボックスのため、Outlook がこのメールの記録を拒否しました。確認は送信のたびにたずねられ、作業ウィンドウに結果は表示されません。",
    sharedFolderAuditHeader: "共有メールボックスのため、Outlook が監査ヘッダーを拒否しました。社外宛ての場合、組織のメール ルールで保留されることがあります。",
    handlerFailedPlain: "Outbound Guard はこのメールを確認できませんでした。もう一度［送信］を押すと、確認なしで送信します。続く場合は IT 部門に連絡してください。",
    attachmentsUnprotectedBlock:
      "添付ファイルを暗号化できなかったため、このメールは送信できません。もう一度［送信］を押してください。続く場合は、添付を外して社内のファイル共有で渡すか、IT 部門に連絡してください。",
    stateUnreadableBlock:
      "このメールの保護の記録を Outlook から読み取れなかったため (添付済みの暗号化 ZIP のパスワードが含まれている場合があります)、このメールは送信できません。添付ファイルは変更していません。もう一度［送信］を押してください。続く場合は、メールを保存して開き直すか、IT 部門に連絡してください。",
    policyFallbackPlain: "会社のポリシーを読み込めなかったため、既定の設定で確認しました。続く場合は IT 部門に連絡してください。",
    policyCachedPlain: "会社のポリシーを読み込めなかったため、この端末に保存された前回のポリシーで確認しました。",
    policyInvalidDefaultsPlain: "会社のポリシーに誤りがあるため、既定の設定で確認しました。IT 部門に知らせてください。",
    policyInvalidCachedPlain: "会社のポリシーに誤りがあるため、この端末に保存された前回のポリシーで確認しました。IT 部門に知らせてください。",
    headlineRecipients: "宛先の誤りの恐れ",
    headlineRecipientsPlain: "【宛先の誤りの恐れ】",
    noAnswer: (v: Vars) => `Outlook から時間内に応答がありませんでした: ${v.what} (${v.call})。`,
    sendOutOfTime: (v: Vars) =>
      `Outbound Guard が時間内に確認を終えられなかったため、このメールは送信されていません。${v.waiting ? `Outlook の応答を待っていた処理: ${v.waiting}。` : ""}もう一度［送信］を押してください。続く場合は Outlook を再起動するか、IT 部門に連絡してください。`,
    whatAttachmentRead: "添付ファイルの読み取り",
    whatArchiveAdd: "暗号化した ZIP の添付",
    whatAttachmentRemove: "元の添付ファイルの取り外し",
    whatAttachmentList: "添付ファイル一覧の確認",
    whatStateRead: "このメールの記録の読み込み",
    whatStateSave: "このメールの記録 (パスワードを含む) の保存",
    whatRecipients: "宛先の読み取りまたは変更",
    whatAuditHeader: "監査ヘッダーの設定",
    whatDelivery: "配信の保留",
    whatInfoBar: "情報バーの表示",
    whatNoticeQueue: "パスワード通知の保存",
    whatMessageRead: "件名・本文の読み取り",
    whatOther: "Outlook の処理",
  },
  en: {
    product: "Outbound Guard",
    headerConfirm: "Please check before sending.",
    headerBlock: "This message cannot be sent.",
    headerInfo: "Outbound Guard made these changes at Send.",
    footerConfirm: "If everything is right, press Send again.",
    footerBlock: "Resolve the points listed, then send again.",
    externalHeading: (v: Vars) => `External recipients (${v.count} in ${v.domains} domain${v.domains === 1 ? "" : "s"}):`,
    externalDomainLine: (v: Vars) => `- ${v.domain}: ${v.addresses}`,
    unknownDomain: "(no domain)",
    moreItems: (v: Vars) => `…and ${v.count} more`,
    supervisorAdded: (v: Vars) => `Added your supervisor ${v.address} to ${String(v.field).toUpperCase()}.`,
    supervisorNotAddedBlock: (v: Vars) =>
      `Your supervisor ${v.address} could not be added to ${String(v.field).toUpperCase()}, so this message was not sent. Add ${v.address} to ${String(v.field).toUpperCase()} yourself and send, or press Send again to try adding them again.`,
    supervisorNotAdded: (v: Vars) =>
      `Your supervisor ${v.address} could not be added to ${String(v.field).toUpperCase()}. Add ${v.address} to ${String(v.field).toUpperCase()} yourself and send, or press Send again to try adding them again (if that fails too, the message is sent without them).`,
    cancelLabel: "Review",
    sharedFolderMemory: "Shared mailbox: Outlook refused this message's memory, so confirmations are asked again at each Send and the task pane shows no result.",
    sharedFolderAuditHeader: "Shared mailbox: Outlook refused the audit header; if this message goes outside, your organisation's mail rule may hold it.",
    handlerFailedPlain: "Outbound Guard could not check this message. Press Send again to send it without the check. If this keeps happening, contact your IT department.",
    attachmentsUnprotectedBlock:
      "The attachments could not be encrypted, so this message cannot be sent. Press Send again. If it keeps failing, remove the attachments and share them through your company's file sharing, or contact your IT department.",
    stateUnreadableBlock:
      "Outbound Guard could not read this message's protection record from Outlook (it may hold the password of an encrypted ZIP already attached), so this message cannot be sent. No attachment was changed. Press Send again. If this keeps happening, save and reopen the message, or contact your IT department.",
    policyFallbackPlain: "The company policy could not be loaded, so the built-in defaults were used. If this keeps happening, contact your IT department.",
    policyCachedPlain: "The company policy could not be loaded, so the last good copy on this device was used.",
    policyInvalidDefaultsPlain: "The company policy has an error, so the built-in defaults were used. Please tell your IT department.",
    policyInvalidCachedPlain: "The company policy has an error, so the last good copy on this device was used. Please tell your IT department.",
    headlineRecipients: "Check who receives this",
    headlineRecipientsPlain: "[Check who receives this]",
    noAnswer: (v: Vars) => `Outlook did not answer in time: ${v.what} (${v.call}).`,
    sendOutOfTime: (v: Vars) =>
      `Outbound Guard could not finish checking this message in time, so it was not sent.${v.waiting ? ` Still waiting for Outlook: ${v.waiting}.` : ""} Press Send again. If this keeps happening, restart Outlook or contact your IT department.`,
    whatAttachmentRead: "reading an attachment",
    whatArchiveAdd: "attaching the encrypted ZIP",
    whatAttachmentRemove: "removing an original attachment",
    whatAttachmentList: "listing the attachments",
    whatStateRead: "reading this message's record",
    whatStateSave: "saving this message's record (with the password)",
    whatRecipients: "reading or changing the recipients",
    whatAuditHeader: "setting the audit header",
    whatDelivery: "holding the delivery",
    whatInfoBar: "showing the info bar",
    whatNoticeQueue: "saving the password notice",
    whatMessageRead: "reading the subject and body",
    whatOther: "an Outlook operation",
  },
} satisfies Record<"ja" | "en", Record<string, Text>>;

export type MessageKey = keyof (typeof messages)["en"];
