import { passwordProblems, type PasswordCandidate } from '../../domain/auth/passwordPolicy';
import { validation, type FieldError } from '../errors';

/**
 * Our own additions, in lower case: obvious Vietnamese passwords ("mật khẩu", "anh yêu em", the system's own subject)
 * that the bundled list, drawn mostly from English-language breaches, lacks. Only those of 8 characters or more
 * matter: shorter ones fail on length.
 */
const VIETNAMESE_COMMON_PASSWORDS = [
  'matkhau1',
  'matkhau123',
  'matkhau@123',
  'matkhau1234',
  'matkhaumoi',
  'anhyeuem',
  'emyeuanh',
  'anhyeuem123',
  'yeuemnhieu',
  '123456a@',
  '123456aa',
  'abc123456',
  'vietnam123',
  'thiduakhenthuong',
  'caicachhanhchinh',
];

let loading: Promise<ReadonlySet<string>> | null = null;

/**
 * The common and breached passwords refused everywhere a password is set: the ~49,000 of
 * @zxcvbn-ts/language-common (passwords-common, from public breach corpora), plus VIETNAMESE_COMMON_PASSWORDS.
 * Loaded on first use (the list is decompressed in memory, ~1 MB), then kept.
 */
export function commonPasswords(): Promise<ReadonlySet<string>> {
  loading ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => {
    const list = dictionary['passwords-common'] as readonly string[];
    return new Set([...list.map((p) => p.toLowerCase()), ...VIETNAMESE_COMMON_PASSWORDS]);
  });
  return loading;
}

/** The password's problems as field errors, each naming the field: "Mật khẩu mới: Phải có ít nhất 8 ký tự". */
export async function passwordFieldErrors(path: string, label: string, candidate: PasswordCandidate): Promise<FieldError[]> {
  return passwordProblems(candidate, await commonPasswords()).map((reason) => ({ path, message: `${label}: ${reason}` }));
}

/** @throws validation (400) naming the field when the password may not be set for the account */
export async function assertPasswordAllowed(path: string, label: string, candidate: PasswordCandidate): Promise<void> {
  const fields = await passwordFieldErrors(path, label, candidate);
  if (fields.length > 0) throw validation(fields);
}

/**
 * A system-generated password that passes the rule (a random one fails it only by a freak draw, e.g. containing the
 * username); tries again until it does.
 */
export async function generatePassword(generate: () => string, account: Omit<PasswordCandidate, 'password'>): Promise<string> {
  const common = await commonPasswords();
  for (;;) {
    const password = generate();
    if (passwordProblems({ ...account, password }, common).length === 0) return password;
  }
}
