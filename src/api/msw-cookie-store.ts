/**
 * Stands in for MSW's cookie store (see vite.config.ts). MSW keeps request cookies in a
 * tough-cookie jar, which pulls the whole public-suffix list (about 100 KB gzip) into the
 * page. The ECS API uses no cookies, so handlers see none and responses set none.
 */
export const cookieStore = {
  getCookies(_url: string): Array<{ key: string; value: string }> {
    return [];
  },
  async setCookie(_cookie: string, _url: string): Promise<void> {},
};
