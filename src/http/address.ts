/** IP address parsing and the SSRF address policy: which ranges are refused, and CIDR allow-lists. */
import { isIP } from 'node:net';

export type Ip = { v: 4; n: bigint } | { v: 6; n: bigint };

/** Parses a textual IPv4 or IPv6 address (brackets and zone ids tolerated); null when it is not one. */
export function parseIp(raw: string): Ip | null {
  let s = raw.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const kind = isIP(s);
  if (kind === 4) return { v: 4, n: parseV4(s) };
  if (kind === 6) return { v: 6, n: parseV6(s) };
  return null;
}

function parseV4(s: string): bigint {
  return s.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(s: string): bigint {
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  let text = s;
  if (last.includes('.')) {
    const v4 = parseV4(last);
    text = `${s.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  const groups = (p: string | undefined) => (p ? p.split(':').map((h) => Number.parseInt(h, 16)) : []);
  const left = groups(halves[0]);
  const right = groups(halves[1]);
  const all = halves.length === 2 ? [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right] : left;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

export function formatIp(ip: Ip): string {
  if (ip.v === 4) return [24n, 16n, 8n, 0n].map((sh) => String((ip.n >> sh) & 0xffn)).join('.');
  const groups: string[] = [];
  for (let sh = 112n; sh >= 0n; sh -= 16n) groups.push(((ip.n >> sh) & 0xffffn).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

export interface Cidr {
  v: 4 | 6;
  base: bigint;
  bits: number;
}

/** `10.0.0.0/8`, `::1`, `127.0.0.1` (a bare address is a /32 or /128). Throws on a malformed entry. */
export function parseCidr(raw: string): Cidr {
  const [addr = '', len] = raw.trim().split('/');
  const ip = parseIp(addr);
  const max = ip?.v === 4 ? 32 : 128;
  const bits = len === undefined ? max : Number(len);
  if (!ip || !Number.isInteger(bits) || bits < 0 || bits > max || (len !== undefined && !/^\d+$/.test(len))) {
    throw new Error(`not an IP address or CIDR range: ${raw}`);
  }
  return { v: ip.v, base: mask(ip.n, bits, max), bits };
}

function mask(n: bigint, bits: number, max: number): bigint {
  const hostBits = BigInt(max - bits);
  return (n >> hostBits) << hostBits;
}

export function inCidr(ip: Ip, cidr: Cidr): boolean {
  if (ip.v !== cidr.v) return false;
  return mask(ip.n, cidr.bits, ip.v === 4 ? 32 : 128) === cidr.base;
}

const v4Ranges: Array<[string, string]> = [
  ['169.254.169.254/32', 'cloud metadata'],
  ['100.100.100.200/32', 'cloud metadata'],
  ['0.0.0.0/8', 'unspecified address'],
  ['10.0.0.0/8', 'private network'],
  ['100.64.0.0/10', 'carrier-grade NAT'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private network'],
  ['192.0.0.0/24', 'reserved'],
  ['192.0.2.0/24', 'documentation range'],
  ['192.168.0.0/16', 'private network'],
  ['198.18.0.0/15', 'benchmarking range'],
  ['198.51.100.0/24', 'documentation range'],
  ['203.0.113.0/24', 'documentation range'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
];

const v6Ranges: Array<[string, string]> = [
  ['::/128', 'unspecified address'],
  ['::1/128', 'loopback'],
  ['::/96', 'IPv4-compatible IPv6 (deprecated)'],
  ['64:ff9b:1::/48', 'local NAT64'],
  ['100::/64', 'discard range'],
  ['2001::/32', 'Teredo tunnel'],
  ['2001:db8::/32', 'documentation range'],
  ['fd00:ec2::254/128', 'cloud metadata'],
  ['fc00::/7', 'unique-local network'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local (deprecated)'],
  ['ff00::/8', 'multicast'],
];

const blocked = [...v4Ranges, ...v6Ranges].map(([cidr, reason]) => ({ cidr: parseCidr(cidr), reason }));
const mapped = parseCidr('::ffff:0:0/96');
const nat64 = parseCidr('64:ff9b::/96');
const sixToFour = parseCidr('2002::/16');

/** The IPv4 address carried inside an IPv4-mapped, NAT64 or 6to4 IPv6 address, if any. */
export function embeddedV4(ip: Ip): Ip | null {
  if (ip.v !== 6) return null;
  if (inCidr(ip, mapped) || inCidr(ip, nat64)) return { v: 4, n: ip.n & 0xffffffffn };
  if (inCidr(ip, sixToFour)) return { v: 4, n: (ip.n >> 80n) & 0xffffffffn };
  return null;
}

/** Why an address may not be fetched (e.g. `private network`), or null when it is a public address. */
export function blockedReason(ip: Ip): string | null {
  if (ip.v === 6 && inCidr(ip, mapped)) {
    const inner = embeddedV4(ip)!;
    const why = blockedReason(inner);
    return `IPv4-mapped IPv6 of ${formatIp(inner)}${why ? `, ${why}` : ''}`;
  }
  const inner = embeddedV4(ip);
  if (inner) {
    const why = blockedReason(inner);
    if (why) return `${why}, via IPv6 of ${formatIp(inner)}`;
  }
  for (const { cidr, reason } of blocked) if (inCidr(ip, cidr)) return reason;
  return null;
}

/** True when the operator allow-listed the address (an IPv4-mapped address matches its IPv4 entry too). */
export function isAllowed(ip: Ip, allow: readonly Cidr[]): boolean {
  const inner = ip.v === 6 && inCidr(ip, mapped) ? embeddedV4(ip) : null;
  return allow.some((c) => inCidr(ip, c) || (inner !== null && inCidr(inner, c)));
}
