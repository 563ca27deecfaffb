import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { users } from '../../../db/schema';
import { createTestDatabase } from '../../../db/test/testDatabase';
import { passwordProblems } from '../../../domain/auth/passwordPolicy';
import { commonPasswords } from '../../kit/passwordPolicy';
import { bootstrapAdmin } from './bootstrapAdmin';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('bootstrapAdmin', () => {
  it.each([
    ['password', 'Phải có ít nhất 12 ký tự với vai trò Quản trị hệ thống'],
    ['password1234', 'Quá phổ biến'],
    ['admin@KienGiang', 'Không được chứa tên đăng nhập'],
    ['            ', 'Không được chỉ gồm khoảng trắng'],
  ])('refuses BOOTSTRAP_ADMIN_PASSWORD=%j, naming it and the reason, and creates nothing', async (password, reason) => {
    await expect(bootstrapAdmin(database.db, password)).rejects.toThrow(new RegExp(`BOOTSTRAP_ADMIN_PASSWORD: ${reason}`));
    expect(await database.db.select().from(users)).toHaveLength(0);
  });

  it('generates, when none is given, a password that passes the rule for an administrator, to change at first login', async () => {
    const result = await bootstrapAdmin(database.db, null);
    expect(result.created).toBe(true);
    expect(passwordProblems({ password: result.generatedPassword!, username: 'admin', role: 'admin' }, await commonPasswords())).toEqual([]);
    const [admin] = await database.db.select().from(users).where(eq(users.username, 'admin'));
    expect(admin.mustChangePassword).toBe(true);
  });
});
