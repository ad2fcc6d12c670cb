/** Size and inset of the schematic map on the cities index (shared by the page and its tests). */
import type { CityMapOptions } from './map.ts';

export const CITY_MAP: CityMapOptions = {
  width: 640,
  fontSize: 11,
  dotRadius: 4,
  margin: 1.5,
  // The Yangtze delta cities lie too close together to label at this scale.
  insetKeys: ['shanghai', 'nanjing', 'wuxi', 'suzhou', 'nantong', 'zhenjiang', 'hangzhou', 'ningbo'],
  insetScale: 52,
  legend: { width: 420, height: 18 },
};
