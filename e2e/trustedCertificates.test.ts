import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueTestCertificate, signTestPdf, type TestIdentity } from '../src/documents/signatures/testing/signTestPdf';
import { ADMIN_PASSWORD, login, startE2E, type E2E } from './support';

let e: E2E;
let root: TestIdentity;
let signer: TestIdentity;

/**
 * Ký số in Chromium: the administrator keeps the list of trusted CA certificates (issue 10 item 5) — adds one, sees it
 * listed with its fingerprint, checks a signed PDF against it, and stops trusting it after confirming.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2021-06-01T03:00:00Z') });
  root = await issueTestCertificate({ commonName: 'CA gốc thử nghiệm', organization: 'Ban Cơ yếu Chính phủ (thử)', notBefore: new Date('2019-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
  signer = await issueTestCertificate({ commonName: 'Nguyễn Văn An', organization: 'UBND huyện Giồng Riềng', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: root });
});
afterAll(async () => e?.close());

describe('trusted CA certificates, in Chromium', () => {
  it('the administrator uploads a CA certificate and sees it listed; a signer certificate is refused, naming the field', async () => {
    const { page } = e;
    await login(e, 'admin', ADMIN_PASSWORD);
    await page.getByRole('link', { name: 'Chứng thư số' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chứng thư số tin cậy' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/chung-thu-so');
    await page.getByText('Chưa có chứng thư CA tin cậy nào').waitFor();

    await page.getByRole('button', { name: 'Thêm vào danh sách tin cậy' }).click();
    await page.getByTestId('error-summary').getByText('Tệp chứng thư: chưa chọn tệp').waitFor();

    await page.locator('#trusted-certificate-file').setInputFiles({ name: 'nguoi-ky.cer', mimeType: 'application/x-x509-ca-cert', buffer: Buffer.from(signer.der) });
    await page.getByRole('button', { name: 'Thêm vào danh sách tin cậy' }).click();
    await page.getByTestId('error-summary').getByText('không phải chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA)', { exact: false }).waitFor();

    await page.locator('#trusted-certificate-file').setInputFiles({ name: 'ca-goc.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(root.pem) });
    await page.getByRole('button', { name: 'Thêm vào danh sách tin cậy' }).click();
    await page.getByText('Đã thêm chứng thư "CA gốc thử nghiệm"', { exact: false }).waitFor();
    const table = page.getByTestId('trusted-certificates');
    const row = table.locator('tbody tr').first();
    expect(await row.locator('strong').innerText()).toBe('CA gốc thử nghiệm');
    expect(await row.innerText()).toContain('01/01/2019 – 01/01/2030');
    expect(await row.innerText()).toContain('Đang tin cậy');
    expect(await row.locator('code').innerText()).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('checks a signed PDF against the list, then stops trusting the CA after confirming', async () => {
    const { page } = e;
    const pdf = await signTestPdf({ signer, chain: [root], signingTime: new Date('2021-05-20T02:00:00Z') });
    await page.locator('#signature-check-file').setInputFiles({ name: 'to-trinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await page.getByRole('button', { name: 'Kiểm tra chữ ký' }).click();
    const report = page.getByTestId('signature-report');
    await report.getByText('Đã ký số').waitFor();
    const text = await report.innerText();
    expect(text).toContain('Hợp lệ');
    expect(text).toContain('Nguyễn Văn An — UBND huyện Giồng Riềng');
    expect(text).toContain('CA gốc thử nghiệm');
    expect(text).toContain('20/05/2021 09:00');

    await page.getByRole('button', { name: 'Ngừng tin cậy CA gốc thử nghiệm' }).click();
    await page.getByText('Đã ngừng tin cậy chứng thư "CA gốc thử nghiệm".').waitFor();
    expect(e.confirmations.at(-1)).toContain('Ngừng tin cậy chứng thư "CA gốc thử nghiệm"');
    await page.getByTestId('trusted-certificates').getByText('Đã ngừng tin cậy').waitFor();

    // On a 390 px phone the page does not scroll sideways (the fingerprint wraps; the table scrolls in its frame).
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
