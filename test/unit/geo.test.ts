import { TEN_MINUTE_RADIUS_M, distanceMetres, isInsideXihu } from '../../shared/domain/geo';

describe('distanceMetres', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 30.2741, lng: 120.1551 };
    const b = { lat: 30.2841, lng: 120.1251 };
    expect(distanceMetres(a, a)).toBe(0);
    expect(distanceMetres(a, b)).toBe(distanceMetres(b, a));
  });

  it('measures one degree of latitude as about 111 km', () => {
    expect(distanceMetres({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeGreaterThan(111_000);
    expect(distanceMetres({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeLessThan(111_400);
  });

  it('shrinks a degree of longitude by cos(latitude) (about 96 km at Hangzhou)', () => {
    const d = distanceMetres({ lat: 30.27, lng: 120 }, { lat: 30.27, lng: 121 });
    expect(d).toBeGreaterThan(95_800);
    expect(d).toBeLessThan(96_500);
  });

  it('tells what is inside the ten-minute circle', () => {
    const home = { lat: 30.27, lng: 120.13 };
    expect(distanceMetres(home, { lat: 30.278, lng: 120.13 })).toBeLessThanOrEqual(TEN_MINUTE_RADIUS_M);
    expect(distanceMetres(home, { lat: 30.28, lng: 120.13 })).toBeGreaterThan(TEN_MINUTE_RADIUS_M);
  });
});

describe('isInsideXihu', () => {
  it('accepts West Lake and refuses Beijing', () => {
    expect(isInsideXihu({ lat: 30.25, lng: 120.14 })).toBe(true);
    expect(isInsideXihu({ lat: 39.9, lng: 116.4 })).toBe(false);
  });
});
