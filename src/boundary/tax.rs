use super::run;
use crate::tax;
use wasm_bindgen::prelude::*;

/// Splits one price into tax-exclusive, tax and tax-inclusive whole yen.
#[wasm_bindgen(js_name = priceWithTax, unchecked_return_type = "PriceWithTaxResult")]
pub fn price_with_tax(#[wasm_bindgen(unchecked_param_type = "PriceWithTaxInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, tax::price_with_tax)
}

/// Totals a qualified invoice: lines summed per rate, tax rounded once per rate.
#[wasm_bindgen(js_name = invoiceTax, unchecked_return_type = "InvoiceTaxResult")]
pub fn invoice_tax(#[wasm_bindgen(unchecked_param_type = "InvoiceTaxInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, tax::invoice_tax)
}

#[wasm_bindgen(typescript_custom_section)]
const TAX_TYPES: &str = r#"
/** "10" (standard) or "8" (reduced: food and drink). Also accepted: 10, 8, "standard", "reduced". */
export type TaxRateInput = "10" | "8" | 10 | 8 | "standard" | "reduced";
export type TaxRate = "10" | "8";
export interface PriceWithTaxInput {
  price: YenInput;
  rate: TaxRateInput;
  /** true when `price` already includes tax (税込). Default false. */
  includesTax?: boolean;
  /** Default "floor". */
  rounding?: Rounding;
}
export interface PriceWithTaxResult {
  excl: YenString;
  tax: YenString;
  incl: YenString;
  rate: TaxRate;
  includesTax: boolean;
  rounding: Rounding;
  provenance: Provenance;
}
export interface InvoiceLineInput {
  /** Unit price; tax-inclusive when `pricesIncludeTax`. */
  amount: YenInput;
  /** 1 to 1,000,000,000. */
  quantity: number | string;
  rate: TaxRateInput;
}
export interface InvoiceTaxInput {
  lines: InvoiceLineInput[];
  /** Default false. */
  pricesIncludeTax?: boolean;
  /** Default "floor"; applied once per tax rate. */
  rounding?: Rounding;
  /** Also return each line's own split (reference only). Default false. */
  includeLines?: boolean;
}
export interface TaxSplit { excl: YenString; tax: YenString; incl: YenString; }
export interface InvoiceRateTotal { rate: TaxRate; net: YenString; tax: YenString; gross: YenString; }
export interface InvoiceTaxResult {
  /** One entry per rate present, highest rate first. */
  byRate: InvoiceRateTotal[];
  net: YenString;
  tax: YenString;
  gross: YenString;
  pricesIncludeTax: boolean;
  rounding: Rounding;
  roundingScope: "per_invoice_per_rate";
  lines?: TaxSplit[];
  provenance: Provenance;
}
"#;
