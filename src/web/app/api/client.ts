/**
 * The one way the web app talks to the API: JSON under /api, the session cookie, the CSRF header on
 * every state-changing request, errors parsed into `ApiError`, and a redirect to the login page on 401.
 */

/** One field error as the server sends it; `path` is the field name, e.g. "username". */
export type FieldError = { path: string; message: string };

/** An error answer of the API (`{ error: { code, message, fields } }`), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Remembers the session's CSRF token (from login or /api/auth/me); null after logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers what to do when the session has ended (the router navigates to the login page). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** false for calls where 401 is an expected answer (login, the first /api/auth/me). */
  redirectOn401?: boolean;
  signal?: AbortSignal;
};

const NETWORK_MESSAGE = 'Không kết nối được máy chủ. Kiểm tra kết nối mạng và thử lại.';

/** Builds "/api/x?a=1" from a path and the non-empty query values. */
export function apiUrl(path: string, query?: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

function parseError(status: number, payload: unknown): ApiError {
  const err = (payload as { error?: { code?: string; message?: string; fields?: FieldError[] } } | null)?.error;
  if (err && typeof err.message === 'string') {
    return new ApiError(status, err.code ?? 'ERROR', err.message, Array.isArray(err.fields) ? err.fields : []);
  }
  return new ApiError(status, 'ERROR', `Máy chủ trả lời lỗi ${status}. Vui lòng thử lại.`);
}

function handleUnauthorized(status: number, redirect: boolean): void {
  if (status === 401 && redirect) {
    csrfToken = null;
    if (onUnauthorized) onUnauthorized();
    else window.location.assign('/dang-nhap');
  }
}

function headersFor(method: string, hasBody: boolean, contentType = 'application/json'): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hasBody) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/**
 * Calls the API and returns the parsed JSON.
 * @throws ApiError for any non-2xx answer or a network failure
 */
export async function api<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: headersFor(method, hasBody),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    payload = null;
  }
  if (!response.ok) {
    handleUnauthorized(response.status, options.redirectOn401 ?? true);
    throw parseError(response.status, payload);
  }
  return payload as T;
}

/**
 * Sends a file as the raw request body (imports), reporting upload progress from 0 to 1.
 * XMLHttpRequest is used because fetch cannot report upload progress.
 * @throws ApiError as `api` does
 */
export function apiUpload<T>(url: string, file: Blob, contentType: string, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [key, value] of Object.entries(headersFor('POST', true, contentType))) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', NETWORK_MESSAGE));
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(payload as T);
        return;
      }
      handleUnauthorized(xhr.status, true);
      reject(parseError(xhr.status, payload));
    };
    xhr.send(file);
  });
}

/** The error as an ApiError (unexpected exceptions become a generic one). */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, 'CLIENT', 'Đã có lỗi không mong muốn. Vui lòng tải lại trang và thử lại.');
}
