import { describe, expect, it } from 'vitest';
import { derivedTitle } from './titles.js';

describe('derivedTitle', () => {
  it('knows a title cut from the start of the text', () => {
    expect(derivedTitle('已转给我妈看', '已转给我妈看')).toBe(true);
    expect(derivedTitle('这已经不是第一次了吧//@深圳…', '这已经不是第一次了吧//@深圳通勤小林: 今天')).toBe(true);
    expect(derivedTitle('召回满三天', '星澜科技表示，召回启动三天来')).toBe(false);
    expect(derivedTitle('', '正文')).toBe(false);
  });
});
