import { describe, expect, it } from 'vitest';
import { minPasswordLength, passwordProblems, type PasswordCandidate } from './passwordPolicy';

// A stand-in for the bundled list (the server passes the real one): lower case, as the rule expects.
const COMMON = new Set(['password', '12345678', 'qwertyuiop', 'iloveyou', 'password123456']);

const officer = (password: string, username = 'can.bo.xa'): PasswordCandidate => ({ password, username, role: 'unit_officer' });

describe('passwordProblems', () => {
  const cases: [string, PasswordCandidate, string[]][] = [
    ['a long, uncommon passphrase', officer('ruộng lúa Giồng Riềng'), []],
    ['exactly 8 characters', officer('Xg7#kq2m'), []],
    ['8 Vietnamese letters, counted as characters not bytes', officer('đường ướt'), []],
    ['7 characters', officer('Xg7#kq2'), ['Phải có ít nhất 8 ký tự']],
    ['empty', officer(''), ['Phải có ít nhất 8 ký tự']],
    ['"password"', officer('password'), ['Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ']],
    ['"PassWord": the list is compared without case', officer('PassWord'), ['Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ']],
    ['"12345678"', officer('12345678'), ['Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ']],
    ['"aaaaaaaa"', officer('aaaaaaaa'), ['Không được chỉ là một ký tự lặp lại']],
    ['"ẩẩẩẩẩẩẩẩ"', officer('ẩẩẩẩẩẩẩẩ'), ['Không được chỉ là một ký tự lặp lại']],
    ['eight spaces', officer('        '), ['Không được chỉ gồm khoảng trắng']],
    ['tabs and spaces', officer(' \t \t \t \t \u00a0'), ['Không được chỉ gồm khoảng trắng']],
    ['the username itself', officer('can.bo.xa.2021', 'can.bo.xa.2021'), ['Không được trùng với tên đăng nhập']],
    ['the username in another case', officer('CAN.BO.XA.2021', 'can.bo.xa.2021'), ['Không được trùng với tên đăng nhập']],
    ['containing the username', officer('Can.Bo.Xa@2021'), ['Không được chứa tên đăng nhập']],
    ['a 2-letter username inside is no reason', officer('Xg7#anq2m', 'an'), []],
    ['129 characters', officer('Xg7#'.repeat(32) + 'k'), ['Không được dài quá 128 ký tự']],
    ['128 characters', officer('Xg7#'.repeat(32)), []],
    ['several reasons at once', officer('can.bo', 'can.bo'), ['Phải có ít nhất 8 ký tự', 'Không được trùng với tên đăng nhập']],
  ];
  it.each(cases)('%s', (_name, candidate, expected) => {
    expect(passwordProblems(candidate, COMMON)).toEqual(expected);
  });

  const privileged: [PasswordCandidate['role'], string, string[]][] = [
    ['admin', 'Xg7#kq2m-pz', ['Phải có ít nhất 12 ký tự với vai trò Quản trị hệ thống']],
    ['admin', 'Xg7#kq2m-pz!', []],
    ['province_secretariat', 'Xg7#kq2m-pz', ['Phải có ít nhất 12 ký tự với vai trò Sở Nội vụ — Phòng CCHC và TCPCP']],
    ['province_approver', 'Xg7#kq2m-pz', ['Phải có ít nhất 12 ký tự với vai trò Lãnh đạo UBND tỉnh']],
    ['council_member', 'Xg7#kq2m', []],
    ['district_aggregator', 'Xg7#kq2m', []],
    ['unit_head', 'Xg7#kq2m', []],
    ['admin', 'password123456', ['Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ']],
  ];
  it.each(privileged)('%s: "%s"', (role, password, expected) => {
    expect(passwordProblems({ password, username: 'nguoi.dung', role }, COMMON)).toEqual(expected);
  });

  it('asks 12 characters of admin and the Sở Nội vụ roles, 8 of the others', () => {
    expect([minPasswordLength('admin'), minPasswordLength('province_secretariat'), minPasswordLength('province_approver')]).toEqual([12, 12, 12]);
    expect([minPasswordLength('council_member'), minPasswordLength('unit_officer'), minPasswordLength('district_aggregator'), minPasswordLength('unit_head')]).toEqual([8, 8, 8, 8]);
  });
});
