/** MediaCrawler exports (Weibo, Xiaohongshu, Douyin, Kuaishou, Bilibili, Tieba, Zhihu; posts and comments) into the file import. */
import type { ImportOptions } from '../../intake/import-file.js';
import type { MapOptions } from './map-record.js';
import { formatOfMediaCrawlerFile, type MediaCrawlerFormat, mediaCrawlerReader } from './read-records.js';

export { detectRecord } from './detect.js';
export { mapRecord } from './map-record.js';
export { mediaCrawlerKindOf, mediaCrawlerKindOfFile } from './sniff.js';

import { type PlatformKey, platformFromName, platformKeys } from './platforms.js';

export { type PlatformKey, platformFromName, platformKeys };

/** The parts of `ImportOptions` that make `importFile` read a MediaCrawler file; throws when the file name gives no format. */
export function mediaCrawlerImportOptions(
  path: string,
  opts: MapOptions & { format?: MediaCrawlerFormat },
): Pick<ImportOptions, 'format' | 'readRecords'> {
  const format = opts.format ?? formatOfMediaCrawlerFile(path);
  if (!format) throw new Error(`cannot tell the format of ${path}: MediaCrawler files end in .json, .jsonl or .csv`);
  return { format: format === 'csv' ? 'csv' : 'jsonl', readRecords: mediaCrawlerReader(format, opts) };
}

/** For the command line: `--platform` checked by name (weibo|wb, xhs|xiaohongshu, dy|douyin, ks|kuaishou, bili|bilibili, tieba, zhihu). */
export function mediaCrawlerCliOptions(
  path: string,
  flags: { platform?: string; source?: string },
): Pick<ImportOptions, 'format' | 'readRecords'> {
  let platform: PlatformKey | undefined;
  if (flags.platform !== undefined) {
    platform = platformFromName(flags.platform) ?? undefined;
    if (!platform) throw new Error(`unknown platform "${flags.platform}"; use ${platformKeys.join('|')}`);
  }
  return mediaCrawlerImportOptions(path, { ...(platform ? { platform } : {}), ...(flags.source ? { source: flags.source } : {}) });
}
