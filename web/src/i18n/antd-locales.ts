/**
 * antd's locale files are CommonJS with an `exports.default`. The bundler hands us the
 * locale object itself, while the repo's NodeNext type check sees the module wrapper; this
 * unwraps either shape so both agree.
 */

import enUSModule from 'antd/es/locale/en_US.js';
import type { Locale } from 'antd/es/locale/index.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import type { Lang } from './index.js';

function unwrap(mod: Locale | { default: Locale }): Locale {
  return 'default' in mod ? mod.default : mod;
}

export const antdLocales: Record<Lang, Locale> = {
  zh: unwrap(zhCNModule),
  en: unwrap(enUSModule),
};
