/** The bookkeeping exports the Data page offers (a module of its own: Node scripts read it without the locale files). */
export const EXPORT_KINDS = ['orders', 'lines', 'returns', 'decisions', 'batches', 'savings'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
