// The page's tabs, in order. Each tab hosts one widget from ./widgets/.
export const tabs = [
  { id: 'fees', element: 'jpseller-fee-calculator', label: { zh: '费用与利润', ja: '手数料・利益', en: 'Fees & profit' } },
  { id: 'compare', element: 'jpseller-marketplace-compare', label: { zh: '多平台比较', ja: 'モール比較', en: 'Compare marketplaces' } },
  { id: 'campaign', element: 'jpseller-campaign-simulator', label: { zh: '达人投放模拟', ja: '施策シミュレーター', en: 'Campaign simulator' } },
  { id: 'copy', element: 'jpseller-copy-checker', label: { zh: '文案合规检查', ja: '広告表現チェック', en: 'Copy check' } },
  { id: 'health', element: 'jpseller-store-health', label: { zh: '店铺健康', ja: 'ショップ健全性', en: 'Store health' } },
  { id: 'tax', element: 'jpseller-tax-calculator', label: { zh: '消费税计算', ja: '消費税計算', en: 'Consumption tax' } },
  { id: 'bulk', element: 'jpseller-bulk-checker', label: { zh: '批量检查', ja: '一括チェック', en: 'Bulk check' } },
];
