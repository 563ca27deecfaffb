import path from 'node:path';

/** Settings from the environment (documented in README "Environment variables"). */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Connections each node keeps to PostgreSQL (DATABASE_POOL_SIZE); the database's cores, not the clients, bound it. */
  databasePoolSize: number;
  bootstrapAdminPassword: string | null;
  sessionTtlHours: number;
  /** Failed logins for one username within the window before it is throttled. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from a load balancer. */
  trustProxy: boolean;
  bodyLimitBytes: number;
  /** Largest uploaded file (signed scans), checked on the route before the body is read. */
  uploadLimitBytes: number;
  /**
   * Data rows above which an uploaded import runs as a background job: about a second of import work when the
   * rows are new (README «Long work in the background» has the measurement).
   */
  importBackgroundRows: number;
  logLevel: string;
  webDir: string;
  /** The mail server notices are e-mailed through; null (no SMTP_HOST) → notices stay in the app only. */
  smtp: SmtpConfig | null;
  /** The address users open the app at (links in e-mails), e.g. https://thidua.kiengiang.gov.vn; null → no link. */
  publicUrl: string | null;
  /** Comments one sender (by address) may leave on the public page per window (README "Công khai lấy ý kiến"). */
  publicCommentLimit: number;
  publicCommentWindowMinutes: number;
  /** Rows read per keyset page by a streamed export (kit/tableStream.ts): its memory is bounded by one page. */
  exportPageRows: number;
  /**
   * Also encode every JSON response with its zod contract and require the same JSON as the fast serializer
   * (kit/responseSerializer.ts). On in tests (CHECK_RESPONSES=1 elsewhere); off in production, where it costs CPU.
   */
  checkResponses: boolean;
};

/** SMTP settings (README "Thông báo, thư điện tử và hàng đợi công việc"). */
export type SmtpConfig = {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** The sender, e.g. "Sở Nội vụ tỉnh Kiên Giang <thidua@kiengiang.gov.vn>". */
  from: string;
};

function smtpFrom(env: NodeJS.ProcessEnv): SmtpConfig | null {
  if (!env.SMTP_HOST) return null;
  if (!env.SMTP_FROM) throw new Error('Biến môi trường SMTP_FROM (địa chỉ gửi thư) phải có khi đặt SMTP_HOST');
  const secure = env.SMTP_SECURE === '1' || env.SMTP_SECURE === 'true';
  return {
    host: env.SMTP_HOST,
    port: int(env.SMTP_PORT, secure ? 465 : 587, 'SMTP_PORT'),
    secure,
    user: env.SMTP_USER || null,
    password: env.SMTP_PASSWORD || null,
    from: env.SMTP_FROM,
  };
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Biến môi trường ${name} phải là số nguyên không âm (đang là "${value}")`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || null,
    databasePoolSize: int(env.DATABASE_POOL_SIZE, 10, 'DATABASE_POOL_SIZE'),
    bootstrapAdminPassword: env.BOOTSTRAP_ADMIN_PASSWORD || null,
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 12, 'SESSION_TTL_HOURS'),
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5, 'LOGIN_MAX_FAILURES'),
    loginWindowMinutes: int(env.LOGIN_WINDOW_MINUTES, 15, 'LOGIN_WINDOW_MINUTES'),
    secureCookies: env.SECURE_COOKIES === '1' || env.SECURE_COOKIES === 'true',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 10 * 1024 * 1024, 'BODY_LIMIT_BYTES'),
    uploadLimitBytes: int(env.UPLOAD_LIMIT_BYTES, 10 * 1024 * 1024, 'UPLOAD_LIMIT_BYTES'),
    importBackgroundRows: int(env.IMPORT_BACKGROUND_ROWS, 500, 'IMPORT_BACKGROUND_ROWS'),
    logLevel: env.LOG_LEVEL || 'info',
    webDir: path.resolve(env.WEB_DIR || './dist/web'),
    smtp: smtpFrom(env),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    publicCommentLimit: int(env.PUBLIC_COMMENT_LIMIT, 5, 'PUBLIC_COMMENT_LIMIT'),
    publicCommentWindowMinutes: int(env.PUBLIC_COMMENT_WINDOW_MINUTES, 60, 'PUBLIC_COMMENT_WINDOW_MINUTES'),
    exportPageRows: Math.max(1, int(env.EXPORT_PAGE_ROWS, 1000, 'EXPORT_PAGE_ROWS')),
    checkResponses: env.CHECK_RESPONSES === '1' || env.CHECK_RESPONSES === 'true',
  };
}

/** Defaults for tests: in-memory, quiet, no web bundle needed. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), logLevel: 'silent', port: 0, host: '127.0.0.1', checkResponses: true, ...overrides };
}
