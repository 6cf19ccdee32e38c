/**
 * `import 'jpseller/widgets'` (or one `<script type="module" src=".../widgets/index.js">`)
 * registers every jpseller custom element; the wasm module loads once for all of them:
 * `<jpseller-tax-calculator lang="zh|ja|en" rate="10|8" rounding="floor|half_up|ceil|half_even">`,
 * `<jpseller-fee-calculator lang platform="rakuten|tiktok|amazon|yahoo|qoo10" as-of="YYYY-MM-DD">`,
 * `<jpseller-marketplace-compare lang as-of="YYYY-MM-DD">` (every marketplace side by side for one price),
 * `<jpseller-campaign-simulator lang>`,
 * `<jpseller-copy-checker lang channel="rakuten_listing|…" product-class="cosmetics|…">`,
 * `<jpseller-store-health lang evaluation-date="YYYY-MM-DD" window-days="30">`,
 * `<jpseller-bulk-checker lang platform product-class>`.
 */
import type * as Jpseller from '../jpseller.js';

/** Resolves to the initialized jpseller API (the same instance the widgets use). */
export declare function loadJpseller(): Promise<typeof Jpseller>;

export type WidgetLang = 'zh' | 'ja' | 'en';

/** What every jpseller widget offers besides its attributes. */
export interface JpsellerWidget extends HTMLElement {
  /** `lang` attribute; falls back to the page's `<html lang>`, then Chinese. */
  lang: string;
  /**
   * The widget's inputs as plain JSON (what the page stores in the URL hash). With
   * `withPrivate: false`, without pasted copy, CSV files and customer data (what the page's links
   * leave out unless the user asks to share them).
   */
  getState(options?: { withPrivate?: boolean }): unknown;
  /** Restores inputs saved by `getState()`; unknown keys and wrong types are ignored. */
  setState(state: unknown): void;
}

export interface BulkRow {
  row: number;
  text: string;
  findings: { ruleId: string; severity: 'error' | 'warning' | 'info'; text: string; start: number; end: number; title: { zh: string; ja: string; en: string } }[];
  summary: { error: number; warning: number; info: number } | null;
  price: string | null;
  fees: Jpseller.EstimateBatchResult['rows'][number] | null;
}

export interface JpsellerBulkChecker extends JpsellerWidget {
  /** Lints and fees every row of a CSV (File, bytes or text) in a Web Worker. */
  process(input: Blob | ArrayBuffer | string): Promise<BulkRow[]>;
  /** Stops a running file; its promise rejects with `code: "cancelled"`. */
  cancel(): void;
}

export interface JpsellerResultDetail {
  /** Which computation produced it, e.g. "priceWithTax", "invoiceTax", "bulk". */
  kind: string;
  result: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    'jpseller-tax-calculator': JpsellerWidget;
    'jpseller-fee-calculator': JpsellerWidget;
    'jpseller-marketplace-compare': JpsellerWidget;
    'jpseller-campaign-simulator': JpsellerWidget;
    'jpseller-copy-checker': JpsellerWidget;
    'jpseller-store-health': JpsellerWidget;
    'jpseller-bulk-checker': JpsellerBulkChecker;
  }
  interface HTMLElementEventMap {
    'jpseller:result': CustomEvent<JpsellerResultDetail>;
    'jpseller:state': CustomEvent<{ state: unknown }>;
  }
  /** The events bubble out of shadow roots (composed), so a portal can listen on document. */
  interface DocumentEventMap {
    'jpseller:result': CustomEvent<JpsellerResultDetail>;
    'jpseller:state': CustomEvent<{ state: unknown }>;
  }
}
