import { ROLE_LABELS, type Role } from '../access/roles';

/**
 * The password rule (NIST SP 800-63B §3.1.1.2, OWASP ASVS 4 §2.1): length, a list of common and breached passwords,
 * the account's own name; no composition rules (no "one digit, one capital") and no expiry. Pure: the list of common
 * passwords is passed in (the server loads it from a maintained package, see src/server/kit/passwordPolicy.ts).
 */

export const PASSWORD_MIN_LENGTH = 8;
/** Accounts that can change rules, users or every unit's data need more: NIST's 8 is a floor. */
export const PASSWORD_MIN_LENGTH_PRIVILEGED = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const PRIVILEGED_ROLES: readonly Role[] = ['admin', 'province_secretariat', 'province_approver'];

/** Usernames shorter than this are only refused as the whole password, not as a part of it ("an" is in many words). */
const USERNAME_MIN_LENGTH_TO_CONTAIN = 3;

export function minPasswordLength(role: Role): number {
  return PRIVILEGED_ROLES.includes(role) ? PASSWORD_MIN_LENGTH_PRIVILEGED : PASSWORD_MIN_LENGTH;
}

export type PasswordCandidate = {
  password: string;
  /** The account's username (compared case-insensitively). */
  username: string;
  role: Role;
};

/**
 * Why a password may not be set for an account: Vietnamese reasons without the field name (the caller adds it,
 * e.g. "Mật khẩu mới: …"), empty when it may. Length counts characters (code points), as a person would.
 * @param commonPasswords common and breached passwords, in lower case; compared with the password in lower case
 */
export function passwordProblems(candidate: PasswordCandidate, commonPasswords: ReadonlySet<string>): string[] {
  const { password, role } = candidate;
  const characters = [...password];
  if (characters.length > 0 && password.trim() === '') return ['Không được chỉ gồm khoảng trắng'];
  const problems: string[] = [];
  const min = minPasswordLength(role);
  if (characters.length < min) {
    problems.push(min === PASSWORD_MIN_LENGTH ? `Phải có ít nhất ${min} ký tự` : `Phải có ít nhất ${min} ký tự với vai trò ${ROLE_LABELS[role]}`);
  }
  if (characters.length > PASSWORD_MAX_LENGTH) problems.push(`Không được dài quá ${PASSWORD_MAX_LENGTH} ký tự`);
  if (characters.length > 1 && new Set(characters).size === 1) problems.push('Không được chỉ là một ký tự lặp lại');
  const lower = password.toLowerCase();
  const username = candidate.username.trim().toLowerCase();
  if (username && lower === username) problems.push('Không được trùng với tên đăng nhập');
  else if (username.length >= USERNAME_MIN_LENGTH_TO_CONTAIN && lower.includes(username)) problems.push('Không được chứa tên đăng nhập');
  if (commonPasswords.has(lower)) problems.push('Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ');
  return problems;
}
