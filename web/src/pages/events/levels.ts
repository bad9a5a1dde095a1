/** How severity levels and statuses look: I–IV with their colours (I red, II orange, III yellow, IV blue). */
import type { EventStatus } from '../../../../src/api/schemas/events.js';
import type { MessageKey } from '../../i18n/index.js';

export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const roman: Record<Level, 'I' | 'II' | 'III' | 'IV'> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };
export const levelColors: Record<Level, string> = { 1: 'red', 2: 'orange', 3: 'gold', 4: 'blue' };
/** The same colours as hex, for charts. */
export const levelHex: Record<Level, string> = { 1: '#cf1322', 2: '#fa8c16', 3: '#fadb14', 4: '#1677ff' };

export const isLevel = (n: number | null | undefined): n is Level => n === 1 || n === 2 || n === 3 || n === 4;
export const levelKey = (level: Level): MessageKey => `level.${level}`;
export const statusKey = (status: EventStatus): MessageKey => `status.${status}`;

export const statusColors: Record<EventStatus, string> = {
  emerging: 'cyan',
  rising: 'volcano',
  peaked: 'red',
  declining: 'green',
  ended: 'default',
};
