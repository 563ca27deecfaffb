import { describe, expect, it } from 'vitest';
import { assertPasswordAllowed, commonPasswords, generatePassword } from './passwordPolicy';

describe('the bundled list of common passwords', () => {
  it('holds the maintained list (tens of thousands, lower case) and our Vietnamese additions', async () => {
    const common = await commonPasswords();
    expect(common.size).toBeGreaterThan(40_000);
    for (const p of ['password', '12345678', 'qwertyuiop', 'iloveyou', 'password1', 'matkhau123', 'anhyeuem']) expect(common.has(p), p).toBe(true);
    expect([...common].every((p) => p === p.toLowerCase())).toBe(true);
  });
});

describe('assertPasswordAllowed', () => {
  it('throws a 400 naming the field with each reason', async () => {
    await expect(assertPasswordAllowed('newPassword', 'Mật khẩu mới', { password: 'Password', username: 'x.y', role: 'unit_officer' })).rejects.toMatchObject({
      statusCode: 400,
      fields: [{ path: 'newPassword', message: 'Mật khẩu mới: Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ' }],
    });
    await expect(assertPasswordAllowed('newPassword', 'Mật khẩu mới', { password: 'ruộng lúa Giồng Riềng', username: 'x.y', role: 'admin' })).resolves.toBeUndefined();
  });
});

describe('generatePassword', () => {
  it('draws again until the password passes the rule for the account', async () => {
    const draws = ['aaaaaaaaaaaaaa', 'xx-admin-Xg7#kq', 'qwerty123456', 'Xg7#kq2m-pz!Tb'];
    let i = 0;
    await expect(generatePassword(() => draws[i++], { username: 'admin', role: 'admin' })).resolves.toBe('Xg7#kq2m-pz!Tb');
    expect(i).toBe(4);
  });
});
