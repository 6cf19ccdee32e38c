// The RMS-like item CSV fixture (items.sjis.csv) as data: the tests know every cell's text
// without parsing the file, and make-fixture.mjs writes the file from it. Columns follow the RMS
// item CSV (商品管理番号（商品URL）, 商品名, キャッチコピー, PC用商品説明文, スマートフォン用商品説明文,
// 販売価格); texts are cells as they are written, with HTML, a comma, a line break and quotes.
export const HEADER = ['コントロールカラム', '商品管理番号（商品URL）', '商品番号', '商品名', 'キャッチコピー', '販売価格', 'PC用商品説明文', 'スマートフォン用商品説明文'];
export const COPY_COLUMNS = ['商品名', 'キャッチコピー', 'PC用商品説明文', 'スマートフォン用商品説明文'];

export const ROWS = [
  ['u', 'serum-001', 'S-001', '【楽天1位】美白美容液 30ml', 'シミが消える！', '3980', '<p>使うだけで"シミが消える"と話題。</p>\n<p>顧客満足度Ｎｏ．１</p>', 'シミ・そばかすを防ぐ、うるおい美容液'],
  ['u', 'towel-002', 'T-002', '今治タオル フェイスタオル 2枚セット', 'ふんわり柔らかな肌ざわり', '1980', '綿100%、洗濯機で洗えます。<br>サイズ：34×80cm', ''],
  ['u', 'supp-003', 'P-003', '飲むだけで痩せる 酵素サプリ 60粒', '業界最安値に挑戦', '2480', 'がんに効くと話題の成分を配合。', '1日2粒が目安です。'],
];

/** The file's text: every cell quoted except prices (RMS writes both), "" for a quote, CRLF. */
export function csvText() {
  const cell = (value, i) => (HEADER[i] === '販売価格' && /^\d+$/.test(value) ? value : `"${value.replace(/"/g, '""')}"`);
  return [HEADER, ...ROWS].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The cells `jpseller lint` reads by default: the non-empty copy columns, row by row. */
export function copyCells() {
  return ROWS.flatMap((row, r) =>
    COPY_COLUMNS.map((column) => ({ record: r + 1, column, key: row[1], text: row[HEADER.indexOf(column)] })).filter((c) => c.text.trim() !== ''),
  );
}
