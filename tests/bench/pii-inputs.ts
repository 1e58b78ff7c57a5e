/** Inputs shared by the PII bench and tests: adversarial megabytes and mixed ja/en mail text. */

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Each is about `size` UTF-16 code units (1 MB by default) built to hurt a backtracking regex. */
export function adversarialInputs(size = 1 << 20): Array<{ name: string; text: string }> {
  return [
    { name: "long digit run", text: repeatTo("1234567890", size) },
    { name: "digits with single hyphens", text: repeatTo("1-", size) },
    { name: "digits with single spaces", text: repeatTo("0 ", size) },
    { name: "card-like groups", text: repeatTo("4111 ", size) },
    { name: "phone-like chains", text: repeatTo("090-1234-", size) },
    { name: "pathological separators", text: repeatTo("1 - ( ) . / ", size) },
    { name: "digits split by line breaks", text: repeatTo("12\n", size) },
    { name: "full-width digits and dashes", text: repeatTo("０９０－", size) },
    { name: "repeated keywords", text: repeatTo("マイナンバー電話番号生年月日口座", size) },
    { name: "keywords then digits", text: repeatTo("マイナンバー 1234 ", size) },
    { name: "repeated prefecture", text: repeatTo("東京都港区1-", size) },
    { name: "long local-part without @", text: repeatTo("a", size) },
    { name: "@ storm", text: repeatTo("a@", size) },
    { name: "dots and @", text: repeatTo("a.b@c.", size) },
    { name: "CSV of digits", text: repeatTo("1,2,3\n", size) },
    { name: "signature markers", text: repeatTo("--\nTEL: 03-\n", size) },
    { name: "dates without labels", text: repeatTo("1985/1/1 ", size) },
  ];
}

/** About `size` characters of mixed Japanese and English business mail (deterministic). */
export function mixedMailText(size: number): string {
  // Ordinary prose most of the time; personal data, signatures and tables now and then.
  const prose = [
    "いつも大変お世話になっております。先日はお忙しいところお時間をいただき、誠にありがとうございました。打ち合わせでいただいたご意見をもとに、提案内容を見直しております。来週中には改訂版をお送りできる見込みです。\n",
    "Thanks for the productive discussion yesterday. As agreed, we will prepare the revised proposal and share it with the steering committee by the end of next week. Please let me know if the timeline does not work for your team.\n",
    "本件につきましては、社内で検討のうえ改めてご連絡差し上げます。ご不明な点がございましたら、お気軽にお問い合わせください。引き続きよろしくお願い申し上げます。\n\n",
    "The quarterly review covered the migration plan, the budget for the next fiscal year and the staffing of the support desk. Action items are listed in the shared document.\n\n",
  ];
  const paragraphs = [
    "お世話になっております。株式会社ミナトテックの山田です。\n先日お送りした見積書（見積番号 Q-2024-0512）について、納期は2024年6月28日を予定しております。\n",
    "新入社員の情報です。\nマイナンバー：1234 5678 9018\n生年月日：昭和60年1月1日\n携帯：090-1234-5678\n住所：〒150-0001 東京都渋谷区神宮前1-2-3 サクラハイツ201号室\n",
    "Hi Emily,\n\nThe release v2.4.1 shipped on June 3, 2024. Server 10.0.12.7 was patched. Order number 4111111111111111 was refunded.\nPlease call me at +81 90-2345-6789 if anything comes up.\n",
    "会議のご案内\n日時：2024年7月10日 14:00-15:00\nZoom ミーティングID: 812 3456 7890\nパスコード: 482913\n",
    "--\n株式会社サンプル商事 営業部\n鈴木 一郎\nTEL: 03-1234-5678 / FAX: 03-1234-5679\nMail: suzuki@sample-shoji.co.jp\n\n",
    "振込先：みずほ銀行 新宿支店 普通 1234567 カ）サンプル\n請求書番号 5500000000000004 の件、よろしくお願いいたします。\n",
    "Customer: Akiko Tanaka, DOB: April 1, 1985, email akiko.tanaka@gmail.com, card 4111-1111-1111-1111.\n",
    "氏名,電話番号,メールアドレス\n佐藤 花子,080-1111-2222,hanako.sato@yahoo.co.jp\n田中 太郎,070-3333-4444,taro.tanaka@gmail.com\n\n",
  ];
  const out: string[] = [];
  let n = 0;
  let k = 0;
  while (n < size) {
    const p = k % 4 === 3 ? paragraphs[(k >> 2) % paragraphs.length] : prose[k % prose.length];
    out.push(p);
    n += p.length;
    k++;
  }
  return out.join("").slice(0, size);
}
