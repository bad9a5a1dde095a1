import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect.js';
import { normalizeLanguageTag, resolveLanguage } from './resolve.js';

const lang = (t: string) => detectLanguage(t).lang;

describe('language detection', () => {
  it('tells simplified from traditional Chinese by script evidence', () => {
    expect(lang('华为发布了新款手机，价格很实惠')).toBe('zh');
    expect(lang('華為發布了新款手機，價格很實惠')).toBe('zh-Hant');
  });
  it('identifies other scripts', () => {
    expect(lang('今日はとても良い天気ですね')).toBe('ja');
    expect(lang('오늘 날씨가 정말 좋네요')).toBe('ko');
    expect(lang('Сегодня очень хорошая погода')).toBe('ru');
    expect(lang('الطقس جميل جدا اليوم')).toBe('ar');
    expect(lang('วันนี้อากาศดีมาก')).toBe('th');
  });
  it('tells Latin languages apart by function words', () => {
    expect(lang('The service was slow and the food was cold')).toBe('en');
    expect(lang('Le service est lent et la nourriture est froide')).toBe('fr');
    expect(lang('Der Service ist nicht gut und das Essen ist kalt')).toBe('de');
    expect(lang('El servicio es muy lento y la comida está fría')).toBe('es');
  });
  it('says und when there are no letters', () => {
    expect(lang('12345 !!! 😀')).toBe('und');
  });
  it('keeps a declared language only when the text agrees or says too little', () => {
    expect(resolveLanguage('The company announced a recall of its cars today', 'zh-CN')).toBe('en');
    expect(resolveLanguage('华为发布了新款手机，价格很实惠', 'en')).toBe('zh');
    expect(resolveLanguage('華為發布了新款手機，價格很實惠', 'zh-CN')).toBe('zh-Hant');
    expect(resolveLanguage('OK', 'fr')).toBe('fr');
    expect(resolveLanguage('東京都', 'ja')).toBe('ja');
    expect(resolveLanguage('好', null)).toBe('zh');
    expect(normalizeLanguageTag('zh_TW')).toBe('zh-Hant');
    expect(normalizeLanguageTag('en-US')).toBe('en');
  });
});

describe('real-data edge cases', () => {
  it('is not fooled by kaomoji, links or a single traditional character', () => {
    expect(lang('真的难用啊(」゜ロ゜)」，崩溃，再也不买了')).toBe('zh');
    expect(lang('好ヾ ^_^?好ヾ ^_^?好ヾ ^_^?')).toBe('zh');
    expect(lang('原文请见http://twzlm.blog.hexun.com/31436136_d.html')).toBe('zh');
    expect(lang('但意就太貴了呀')).toBe('zh');
    expect(lang('這本書真的很一般，剛開始看就感覺沒什麼意思')).toBe('zh-Hant');
    expect(lang('東京の桜がきれいです')).toBe('ja');
  });
});
