/** Vietnamese names of lineage changes between eras; an unknown code is shown as it is. */
const CHANGE_TYPE_LABELS: Record<string, string> = {
  merge: 'hợp nhất, sáp nhập',
  split: 'chia tách',
  rename: 'đổi tên',
  transfer: 'điều chuyển',
  same: 'giữ nguyên',
};

export function changeTypeLabel(code: string): string {
  return CHANGE_TYPE_LABELS[code] ?? code;
}
