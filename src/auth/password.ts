/**
 * Password hashing with argon2id. The cost is a parameter so tests can go fast;
 * the default follows the OWASP recommendation (19 MiB, 2 passes, 1 lane).
 */
import { hash, verify } from '@node-rs/argon2';
import { randomSecret } from './secrets.js';

export interface HashCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export const strongHashCost: HashCost = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** argon2id's `algorithm` value (a const enum in @node-rs/argon2, which isolated modules cannot import). */
const argon2id = 2;

export function hashPassword(password: string, cost: HashCost = strongHashCost): Promise<string> {
  return hash(password, { ...cost, algorithm: argon2id });
}

/** False for a wrong password and for a stored hash that cannot be read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time a real check would, so a missing username cannot be told from a wrong password. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomSecret(16));
  await verifyPassword(await dummyHash, password);
}

/** A strong random password (144 bits) for accounts created without one. */
export function generatePassword(): string {
  return randomSecret(18);
}
