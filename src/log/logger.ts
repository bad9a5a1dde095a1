/** The one logger: structured JSON lines (pino). Pass a destination in tests to capture output. */
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const opts = { level, base: { app: 'yuqing' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(opts, destination) : pino(opts);
}

/** A logger that writes nothing, for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
