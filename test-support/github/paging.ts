/** GitHub-style pagination: `per_page` (max 100) and `page`, with a `Link` header to the next and last page. */
import type { StandinRequest, StandinResponse } from '../http.js';

export function paginate<T>(
  req: StandinRequest,
  items: T[],
  base: string,
  view: (item: T) => unknown,
  wrap?: (page: unknown[], total: number) => unknown,
): StandinResponse {
  const perPage = Math.min(Number(req.url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(req.url.searchParams.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage).map(view);
  const headers: Record<string, string> = {};
  const last = Math.max(1, Math.ceil(items.length / perPage));
  if (page < last) {
    const link = (p: number): string => {
      const u = new URL(`${base}${req.url.pathname}${req.url.search}`);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
  }
  return { status: 200, body: wrap ? wrap(slice, items.length) : slice, headers };
}
