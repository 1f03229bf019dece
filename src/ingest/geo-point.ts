/**
 * Coordinates from feeds and wires → GeoPoint. Every source spells them its
 * own way (georss point, W3C geo lat/long, GeoJSON [lon, lat], NewsML-G2
 * latitude/longitude attributes); all end here, where a value outside the
 * globe or not a number is refused rather than stored.
 */
import type { GeoPoint } from './entry.ts';

export function geoPoint(lat: unknown, lon: unknown): GeoPoint | null {
  const latitude = typeof lat === 'string' && lat.trim() ? Number(lat) : lat;
  const longitude = typeof lon === 'string' && lon.trim() ? Number(lon) : lon;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { lat: latitude, lon: longitude };
}
