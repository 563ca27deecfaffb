import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) with its default cost: ~20 ms a hash on our machines.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the username does not exist, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash('không-có-tài-khoản-này');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
