// The admin API client: the only module that talks to the server. The token lives in sessionStorage (gone when the
// tab closes, never sent automatically like a cookie), so no other site can make the browser act for the vendor.
const tokenKey = 'wharf.vendorToken';

export const session = {
  token: () => sessionStorage.getItem(tokenKey),
  signIn: (token) => sessionStorage.setItem(tokenKey, token),
  signOut: () => sessionStorage.removeItem(tokenKey),
};

/** A failed call: the API's own one-line {"error"} text when it sent one. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let onUnauthorized = () => {};

/** Called when a stored token stops working (e.g. the vendor's token was replaced): the app signs out. */
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

/**
 * Calls /api/v1 + path and returns the parsed JSON (or text, or null for 204). `token` overrides the stored one,
 * so sign-in can check a token before keeping it.
 */
export async function call(method, path, { body, token } = {}) {
  const headers = { Authorization: `Bearer ${token ?? session.token() ?? ''}` };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  let response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, 'cannot reach the Wharf server');
  }

  if (response.status === 204) {
    return null;
  }

  const isJson = (response.headers.get('Content-Type') ?? '').includes('json');
  const data = isJson ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const message = typeof data?.error === 'string' ? data.error : `the server answered ${response.status}`;
    if (response.status === 401 && token === undefined) {
      onUnauthorized(message);
    }

    throw new ApiError(response.status, message);
  }

  return data;
}

/** `?a=1&b=2` from the non-empty entries, or ''. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, String(value));
    }
  }

  const text = search.toString();
  return text ? `?${text}` : '';
}

export const seg = encodeURIComponent;
