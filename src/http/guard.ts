/** The SSRF guard: resolve a URL's host ourselves, refuse blocked addresses, and return the one address to pin. */
import { lookup as dnsLookup } from 'node:dns/promises';
import { blockedReason, type Cidr, formatIp, isAllowed, parseIp } from './address.js';
import { HttpError } from './errors.js';

/** Resolves a host name to its addresses (all of them), like getaddrinfo. */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) => {
  const found = await dnsLookup(host, { all: true, verbatim: true });
  return found.map((a) => a.address);
};

export interface PinnedTarget {
  /** Host name without IPv6 brackets, as used for Host and SNI. */
  host: string;
  address: string;
  family: 4 | 6;
}

/** Only http(s) URLs with a host may be fetched. */
export function checkUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = typeof raw === 'string' ? new URL(raw) : raw;
  } catch {
    throw new HttpError('invalid_url', `not a URL: ${String(raw).slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpError('invalid_url', `only http and https URLs can be fetched, not ${url.protocol.replace(/:$/, '')}`, { url: url.href });
  }
  if (!url.hostname) throw new HttpError('invalid_url', `URL has no host: ${url.href}`, { url: url.href });
  return url;
}

/**
 * Resolves the URL's host and checks every address it resolves to: one blocked address
 * refuses the whole host (a mixed answer is how rebinding attacks start).
 */
export async function pinTarget(url: URL, allow: readonly Cidr[], resolve: Resolver): Promise<PinnedTarget> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = parseIp(host);
  let addresses: string[];
  if (literal) {
    addresses = [host];
  } else {
    try {
      addresses = await resolve(host);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new HttpError('dns_failed', `DNS lookup failed for ${host} (${code})`, {
        url: url.href,
        retryable: code === 'EAI_AGAIN',
        cause: err,
      });
    }
    if (addresses.length === 0) throw new HttpError('dns_failed', `DNS lookup found no address for ${host}`, { url: url.href });
  }
  let first: PinnedTarget | null = null;
  for (const address of addresses) {
    const ip = parseIp(address);
    if (!ip) throw new HttpError('dns_failed', `DNS lookup for ${host} returned a non-address: ${address}`, { url: url.href });
    const reason = blockedReason(ip);
    if (reason && !isAllowed(ip, allow)) {
      const shown = formatIp(ip);
      // An address the URL spells out may be shown; one found by resolving a name is for the server's log only.
      const message = literal ? `blocked address ${shown} (${reason})` : `blocked address for ${host}: it resolves to a ${reason} address`;
      throw new HttpError('blocked_address', message, { url: url.href, address: shown });
    }
    first ??= { host, address: ip.v === 4 ? formatIp(ip) : address.replace(/%.*$/, ''), family: ip.v };
  }
  return first!;
}
