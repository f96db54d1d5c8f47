import bcrypt from "bcryptjs";

/**
 * bcryptjs: pure JavaScript, so nothing native to build on a fresh machine, and
 * the de-facto standard for bcrypt on Node. Cost 10 keeps sign-in near 100 ms here.
 */
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) return Promise.resolve(false);
  return bcrypt.compare(password, hash);
}
