/** Pure geometry for the ten-minute circle (十分钟救助服务圈): great-circle distance, no I/O. */

const EARTH_RADIUS_M = 6_371_008.8;

/** About ten minutes on foot for an older resident. */
export const TEN_MINUTE_RADIUS_M = 1000;

/** Rough bounding box of Xihu District (WGS-84/GCJ-02 alike at this scale), used to refuse far-away coordinates. */
export const XIHU_BOUNDS = { minLat: 30.05, maxLat: 30.4, minLng: 119.95, maxLng: 120.2 } as const;

export type LatLng = { lat: number; lng: number };

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Haversine distance between two points in metres, rounded to the metre.
 * Accurate to well under 0.5 % at city scale, which is all "near me" needs.
 */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** True when a point lies inside the district's bounding box. */
export function isInsideXihu(p: LatLng): boolean {
  return (
    p.lat >= XIHU_BOUNDS.minLat &&
    p.lat <= XIHU_BOUNDS.maxLat &&
    p.lng >= XIHU_BOUNDS.minLng &&
    p.lng <= XIHU_BOUNDS.maxLng
  );
}

/** About 3 km around the district's box: a point on the boundary road or just across it is still accepted. */
export const XIHU_MARGIN_DEG = 0.03;

/** True when a point lies inside the district's bounding box or within XIHU_MARGIN_DEG of it. */
export function isNearXihu(p: LatLng): boolean {
  return (
    p.lat >= XIHU_BOUNDS.minLat - XIHU_MARGIN_DEG &&
    p.lat <= XIHU_BOUNDS.maxLat + XIHU_MARGIN_DEG &&
    p.lng >= XIHU_BOUNDS.minLng - XIHU_MARGIN_DEG &&
    p.lng <= XIHU_BOUNDS.maxLng + XIHU_MARGIN_DEG
  );
}
