/**
 * An uploaded table that cannot be read: a Vietnamese message for the user and the HTTP status it deserves —
 * 413 when the file is over a limit (XLSX_LIMITS), 400 when it is not a readable file.
 */
export class TabularFileError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'TabularFileError';
  }
}

export const NOT_XLSX = 'Tệp không phải là tệp Excel (.xlsx) hợp lệ.';
export const NO_SHEET = 'Tệp Excel không có trang tính nào.';

/** 20000 → "20.000", as Vietnamese writes numbers. */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** 52428800 → "50 MB". */
export const formatMegabytes = (bytes: number) => `${formatCount(Math.round((bytes / 2 ** 20) * 10) / 10).replace(/\.(\d)$/, ',$1')} MB`;
