/** Importing `jpseller/widgets` registers the custom elements:
 * `<jpseller-tax-calculator lang="zh|ja|en" rate="10|8" rounding="floor|half_up|ceil|half_even">`,
 * `<jpseller-fee-calculator lang="zh|ja|en" platform="rakuten|tiktok|amazon|yahoo|qoo10" as-of="YYYY-MM-DD">`,
 * `<jpseller-store-health lang="zh|ja|en" evaluation-date="YYYY-MM-DD" window-days="30">`,
 * `<jpseller-campaign-simulator lang="zh|ja|en">`,
 * `<jpseller-copy-checker lang="zh|ja|en" channel="rakuten_listing|…" product-class="cosmetics|…">`.
 * Each emits `jpseller:result` CustomEvents (bubbling, composed) with `detail.kind` and `detail.result`.
 */
export declare function loadJpseller(): Promise<typeof import('../jpseller.js')>;
