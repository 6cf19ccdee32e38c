// The API input types the MCP tools take, by their names in jpseller.d.ts: scripts/mcp-schemas.mjs
// derives a JSON Schema for each into schemas.json at build time (tools.js reads them).
export const SCHEMA_TYPES = ['LintOptions', 'EstimateOrderInput', 'EstimateMonthInput', 'CompareMarketplacesInput', 'SolvePriceInput', 'PriceWithTaxInput', 'InvoiceTaxInput', 'ImportTaxInput', 'FeeSchedulesInput', 'StoreHealthInput', 'ReplyRiskInput'];
