/**
 * Does the writer's own text say something is attached? 添付/添付ファイル/別添, attached/enclosed/
 * "please find … attached" — but not a disclaimer ("このメールおよび添付ファイルは機密…", "any
 * attachments are confidential"), a negation (添付はありません), a reference to an earlier mail
 * (先ほどお送りした添付ファイルのパスワード), a promise (後ほど添付します) or the other side's file
 * (添付いただいた資料).
 */

const JA = /添付|別添/;
const EN = /\b(attached|attaching|enclosed|enclosing|herewith)\b/i;
const DISCLAIMER = /機密|秘密|守秘|誤って|誤送信|お心当たり|削除|破棄|第三者|ウイルス|ウィルス|容量|上限|MB|禁止|パスワード|confidential|privileged|intended|virus|if you (have )?received|disclaimer|password|prohibited/i;
const NEGATION = /(添付|別添)[^。\n]{0,15}(ません|ない|なし|無し|不要|せず|できず)|not (been )?(attached|enclosed)|no attachments?|without (an |any )?attachments?|(isn't|aren't|wasn't) attached/i;
const OTHER_TIME = /先ほど|先程|さきほど|前回|先日|昨日|以前|前の(メール|メッセージ)|別途|別メール|後ほど|のちほど|追って|明日|来週|earlier|previous(ly)?|yesterday|last (week|e-?mail|mail|time)|separately|tomorrow|later|will (send|attach)|next (week|time)/i;
const THEIRS = /添付(いただ|頂|くださ|下さ)|ご添付|拝見|拝受|受け取|受領|届いて|開け|you (sent|attached)|your attach|thank(s| you) for (the|your)|could you|can you|would you|please attach/i;

/** The sentence that says something is attached, trimmed for display, or undefined. */
export function attachmentMention(text: string): string | undefined {
  for (const sentence of text.split(/[。！？!?\n]|\.\s/)) {
    const s = sentence.trim();
    if (!s || !(JA.test(s) || EN.test(s))) continue;
    if (DISCLAIMER.test(s) || NEGATION.test(s) || OTHER_TIME.test(s) || THEIRS.test(s)) continue;
    return s.length > 40 ? `${s.slice(0, 39)}…` : s;
  }
  return undefined;
}
