/**
 * Signed blob URLs in the shape of an Azure SAS: `se` (expiry), `sp` (permissions: r, c, w) and `sig`,
 * an HMAC over path, permissions and expiry. Hex, because the Azure SDK strips `=` padding from `sig`
 * (a base64 signature would stop matching).
 */
import { createHmac, randomBytes } from 'node:crypto';

export class Signer {
  private readonly secret = randomBytes(32);

  private mac(path: string, sp: string, se: string): string {
    return createHmac('sha256', this.secret).update(`${path}\n${sp}\n${se}`).digest('hex');
  }

  /** `base` + `path` + a SAS query granting `sp` until `expires`. */
  sign(base: string, path: string, sp: string, expires: Date): string {
    const se = expires.toISOString();
    const q = new URLSearchParams({ sv: '2024-11-04', sr: 'b', sp, se, sig: this.mac(path, sp, se) });
    return `${base}${path}?${q.toString()}`;
  }

  /** Why a request may not do `need` (one of r, c, w) on `path`, or undefined when it may. */
  check(
    path: string,
    query: URLSearchParams,
    need: string,
    now: Date,
  ): { code: string; message: string } | undefined {
    const sp = query.get('sp') ?? '';
    const se = query.get('se') ?? '';
    const sig = query.get('sig') ?? '';
    if (!sig || sig !== this.mac(path, sp, se))
      return { code: 'AuthenticationFailed', message: 'Signature did not match.' };
    if (!(new Date(se).getTime() > now.getTime()))
      return { code: 'AuthenticationFailed', message: 'Signed expiry time has passed.' };
    if (![...need].some((p) => sp.includes(p)))
      return {
        code: 'AuthorizationPermissionMismatch',
        message: 'This request is not authorized to perform this operation using this permission.',
      };
    return undefined;
  }
}
