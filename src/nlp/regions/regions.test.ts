import { describe, expect, it } from 'vitest';
import { findPlaces, placeFromLabel, placeTags } from './resolve.js';

const tags = (text: string) => placeTags(findPlaces(text));

describe('regions', () => {
  it('finds provinces and cities, a city bringing its province', () => {
    expect(tags('广东省深圳市一家工厂起火，杭州也有类似事件')).toEqual(['广东', '深圳', '浙江', '杭州']);
  });
  it('reads short names only in context', () => {
    expect(tags('他下周来沪工作，之后赴京开会')).toEqual(['上海', '北京']);
    expect(tags('在京东买的手机')).toEqual([]);
    expect(tags('一辆粤牌车辆')).toEqual(['广东']);
  });
  it('keeps look-alikes apart', () => {
    expect(tags('南海局势引发关注')).toEqual([]);
    expect(tags('海南自贸港')).toEqual(['海南']);
    expect(tags('两者大同小异')).toEqual([]);
    expect(tags('内蒙古呼和浩特')).toEqual(['内蒙古', '呼和浩特']);
    expect(tags('浙江西部山区')).toEqual(['浙江']);
  });
  it('tells 吉林 the province from 吉林市 the city', () => {
    expect(findPlaces('吉林')).toEqual([{ kind: 'province', province: '吉林' }]);
    expect(findPlaces('吉林市')).toEqual([{ kind: 'city', province: '吉林', city: '吉林' }]);
  });
  it('finds countries in Chinese and English', () => {
    expect(tags('美国和日本的销量')).toEqual(['国家:美国', '国家:日本']);
    expect(tags('Sales fell in Germany and the U.S. while Shenzhen grew')).toEqual(['国家:德国', '国家:美国', '广东', '深圳']);
    expect(tags('let us go')).toEqual([]);
  });
  it('reads platform labels', () => {
    expect(placeFromLabel('IP属地：广东')).toEqual({ kind: 'province', province: '广东' });
    expect(placeFromLabel('IP属地:美国')).toEqual({ kind: 'country', country: '美国' });
    expect(placeFromLabel('发布于 上海')).toEqual({ kind: 'province', province: '上海' });
    expect(placeFromLabel('沪')).toEqual({ kind: 'province', province: '上海' });
    expect(placeFromLabel('中国广东深圳')).toEqual({ kind: 'city', province: '广东', city: '深圳' });
    expect(placeFromLabel('未知')).toBeNull();
    expect(placeFromLabel(null)).toBeNull();
  });
});

describe('abbreviations that are common characters', () => {
  it('count only in platform labels', () => {
    expect(tags('他回新单位上班，来台工作')).toEqual([]);
    expect(placeFromLabel('IP属地：苏')).toEqual({ kind: 'province', province: '江苏' });
  });
});
