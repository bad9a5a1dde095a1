/** A write that hit a unique constraint becomes 409 `conflict` naming what already exists. */
import { AppError } from '../errors/catalogue.js';
import { isUniqueViolation } from '../store/queries/index.js';

export async function orConflict<T>(work: Promise<T>, field: string, problem: string): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', `This ${field} is already taken.`, [{ field, problem }]);
    throw err;
  }
}
