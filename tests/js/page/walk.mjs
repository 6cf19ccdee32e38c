// Walks the page as a seller would: every tab with its results on screen, and one wrong input per
// tab. Shared by the layout and language tests.

export const BULK_CSV = '商品管理番号（商品URL）,商品名,キャッチコピー,販売価格\na-1,保湿クリーム 50g,楽天最安値に挑戦！シミが消える,"3,980"\na-2,綿100% Tシャツ,洗濯機で洗えます,\n';

/** Puts a tab's results on screen (the widest and wordiest state a seller meets). */
export async function fillTab(page, tab) {
  const widget = page.locator(tab.element);
  await widget.locator('h2').first().waitFor();
  if (tab.id === 'fees') {
    await widget.locator('[data-out="profit"]').waitFor();
    await widget.locator('button[name="solve-price"]').click();
    await widget.locator('button[name="month"]').click();
    await widget.locator('[data-out="month-profit"]').waitFor();
  } else if (tab.id === 'compare') {
    await widget.locator('[data-market]').first().waitFor();
    // Every card's rules open: the widest and wordiest state (sources, dates, rounding).
    for (const summary of await widget.locator('[data-out="rules"] summary').all()) await summary.click();
  } else if (tab.id === 'campaign') {
    await widget.locator('[data-out="tornado"] svg').waitFor();
    await widget.locator('button[name="allocate"]').click();
    await widget.locator('[data-out="allocation-total"]').waitFor();
  } else if (tab.id === 'health') {
    await widget.locator('[data-out="complaintRate-value"]').waitFor();
  } else if (tab.id === 'bulk') {
    await widget.evaluate((el, csv) => el.process(csv), BULK_CSV);
    await widget.locator('[data-out="rows"] tr').nth(1).waitFor();
  } else if (tab.id === 'copy') {
    await widget.locator('textarea').first().fill('シミが消える！楽天最安値に挑戦');
  }
  await settle(page);
}

/** One wrong input per tab, and the error it must show (a locator that waits for it). */
export async function breakTab(page, tab) {
  const widget = page.locator(tab.element);
  if (tab.id === 'fees') {
    await widget.locator('input[name="price"]').fill('12.5');
    await widget.locator('[data-out="error"]').filter({ hasText: 'invalid_amount' }).waitFor();
  } else if (tab.id === 'compare') {
    await widget.locator('input[name="price"]').fill('12.5');
    await widget.locator('[data-out="error"]').filter({ hasText: 'invalid_amount' }).waitFor();
  } else if (tab.id === 'campaign') {
    await widget.locator('input[name="aov"]').fill('abc');
    await widget.locator('[data-out="error"]').filter({ hasText: '[' }).waitFor();
  } else if (tab.id === 'tax') {
    await widget.locator('input[name="price"]').fill('abc');
    await widget.locator('[data-out="error"]').filter({ hasText: 'invalid_amount' }).waitFor();
  } else if (tab.id === 'health') {
    await widget.locator('input[name="windowDays"]').fill('0');
    await widget.locator('[data-out="health-error"]').filter({ hasText: '[' }).waitFor();
  } else {
    return;
  }
  await settle(page);
}

/** Two frames: charts redraw at their container's width on the next frame. */
export function settle(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
