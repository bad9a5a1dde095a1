/** SSRF address policy: blocked ranges, embedded IPv4 forms, CIDR allow-lists. */
import { describe, expect, it } from 'vitest';
import { blockedReason, formatIp, inCidr, isAllowed, parseCidr, parseIp } from './address.js';

const reason = (s: string) => blockedReason(parseIp(s)!);

describe('blockedReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.0.0.5', 'private network'],
    ['172.16.0.1', 'private network'],
    ['172.31.255.255', 'private network'],
    ['192.168.1.1', 'private network'],
    ['169.254.169.254', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
    ['169.254.10.1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified address'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified address'],
    ['fe80::1%eth0', 'link-local'],
    ['fd12:3456::1', 'unique-local network'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['ff02::1', 'multicast'],
  ])('%s is refused as %s', (ip, why) => {
    expect(reason(ip)).toBe(why);
  });

  it('refuses IPv4-mapped IPv6 and names the inner address', () => {
    expect(reason('::ffff:127.0.0.1')).toBe('IPv4-mapped IPv6 of 127.0.0.1, loopback');
    expect(reason('::ffff:7f00:1')).toBe('IPv4-mapped IPv6 of 127.0.0.1, loopback');
    expect(reason('::ffff:8.8.8.8')).toBe('IPv4-mapped IPv6 of 8.8.8.8');
  });

  it('looks inside NAT64 and 6to4 addresses', () => {
    expect(reason('64:ff9b::a00:5')).toBe('private network, via IPv6 of 10.0.0.5');
    expect(reason('2002:a9fe:a9fe::1')).toBe('cloud metadata, via IPv6 of 169.254.169.254');
    expect(reason('64:ff9b::808:808')).toBeNull();
  });

  it.each(['8.8.8.8', '1.1.1.1', '114.114.114.114', '172.32.0.1', '2606:4700:4700::1111', '240e::1'])('%s is public', (ip) => {
    expect(reason(ip)).toBeNull();
  });
});

describe('parsing', () => {
  it('formats what it parses', () => {
    expect(formatIp(parseIp('10.1.2.3')!)).toBe('10.1.2.3');
    expect(formatIp(parseIp('[0:0:0:0:0:0:0:1]')!)).toBe('::1');
    expect(parseIp('example.com')).toBeNull();
    expect(parseIp('0x7f.1')).toBeNull();
  });

  it('reads CIDRs and bare addresses; rejects nonsense', () => {
    expect(inCidr(parseIp('10.9.8.7')!, parseCidr('10.0.0.0/8'))).toBe(true);
    expect(inCidr(parseIp('11.0.0.1')!, parseCidr('10.0.0.0/8'))).toBe(false);
    expect(inCidr(parseIp('127.0.0.1')!, parseCidr('127.0.0.1'))).toBe(true);
    expect(inCidr(parseIp('fd00::5')!, parseCidr('fd00::/8'))).toBe(true);
    expect(() => parseCidr('10.0.0.0/33')).toThrow(/not an IP address or CIDR/);
    expect(() => parseCidr('intranet')).toThrow(/not an IP address or CIDR/);
  });

  it('an allow-listed IPv4 also admits its IPv4-mapped form', () => {
    const allow = [parseCidr('127.0.0.1/32')];
    expect(isAllowed(parseIp('127.0.0.1')!, allow)).toBe(true);
    expect(isAllowed(parseIp('::ffff:127.0.0.1')!, allow)).toBe(true);
    expect(isAllowed(parseIp('127.0.0.2')!, allow)).toBe(false);
  });
});
