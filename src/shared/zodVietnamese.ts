import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  date: 'ngày',
  bigint: 'số nguyên',
};

type Issue = z.core.$ZodRawIssue;

/**
 * One Vietnamese message per zod issue, worded for officials ("Không được để trống"), used by the server
 * and the web forms alike. A schema's own `error` message always wins.
 */
export function vietnameseIssueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Không được để trống';
      return `Phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'Không được để trống' : `Phải có ít nhất ${min} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Phải có ít nhất ${min} mục`;
      return issue.inclusive ? `Phải lớn hơn hoặc bằng ${min}` : `Phải lớn hơn ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `Không được dài quá ${max} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Không được nhiều hơn ${max} mục`;
      return issue.inclusive ? `Không được lớn hơn ${max}` : `Phải nhỏ hơn ${max}`;
    }
    case 'invalid_format':
      if (issue.format === 'email') return 'Địa chỉ thư điện tử không hợp lệ';
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Mã định danh không hợp lệ';
      if (issue.format === 'date') return 'Ngày không hợp lệ (định dạng YYYY-MM-DD)';
      if (issue.format === 'datetime') return 'Thời điểm không hợp lệ';
      return 'Không đúng định dạng';
    case 'invalid_value':
      return `Phải là một trong các giá trị: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `Trường không được phép: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `Phải là bội số của ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'Giá trị không hợp lệ';
    default:
      return undefined;
  }
}

let installed = false;
/** Installs the Vietnamese messages as zod's global error map (idempotent). */
export function installZodVietnamese(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => vietnameseIssueMessage(issue) });
}
installZodVietnamese();
