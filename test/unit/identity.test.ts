import fc from 'fast-check';
import {
  idCheckCharacter,
  isValidIdNumber,
  isValidMobile,
  maskIdNumber,
  maskMobile,
  normaliseIdNumber,
  normaliseMobile,
} from '../../shared/domain/identity';

/** Builds a valid ID for a birth date from a region code and a sequence. */
const makeId = (region: string, birth: string, seq: string) =>
  `${region}${birth}${seq}${idCheckCharacter(`${region}${birth}${seq}`)}`;

describe('resident ID number (GB 11643)', () => {
  it('accepts the standard example and a lowercase x', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber(' 110105 19491231 002X ')).toBe(true);
  });

  it('refuses a wrong check character, impossible dates, short or lettered input', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber(makeId('330106', '19900230', '123'))).toBe(false); // 30 February
    expect(isValidIdNumber(makeId('330106', '18991231', '123'))).toBe(false);
    expect(isValidIdNumber('33010619900101123')).toBe(false);
    expect(isValidIdNumber('A30106199001011234')).toBe(false);
    expect(isValidIdNumber(makeId('030106', '19900101', '123'))).toBe(false); // region cannot start with 0
  });

  it('accepts every generated valid ID and refuses every single-character change of the check character', () => {
    const day = fc.date({ min: new Date('1920-01-01'), max: new Date('2025-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 110000, max: 659999 }),
        day,
        fc.integer({ min: 0, max: 999 }),
        (region, date, seq) => {
          const birth = date.toISOString().slice(0, 10).replace(/-/g, '');
          const id = makeId(String(region), birth, String(seq).padStart(3, '0'));
          expect(isValidIdNumber(id)).toBe(true);
          for (const c of '0123456789X') if (c !== id[17]) expect(isValidIdNumber(id.slice(0, 17) + c)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('masks all but the first and last four characters; normalising twice changes nothing', () => {
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
    fc.assert(fc.property(fc.string(), (s) => normaliseIdNumber(normaliseIdNumber(s)) === normaliseIdNumber(s)));
  });
});

describe('mobile number', () => {
  it('checks structure only, with any operator prefix', () => {
    expect(isValidMobile('13912345678')).toBe(true);
    expect(isValidMobile('19212345678')).toBe(true);
    expect(isValidMobile('+86 139-1234-5678')).toBe(true);
    expect(isValidMobile('1391234567')).toBe(false);
    expect(isValidMobile('23912345678')).toBe(false);
    expect(isValidMobile('0571-88888888')).toBe(false);
  });

  it('masks the middle four digits and normalises idempotently', () => {
    expect(maskMobile('+8613912345678')).toBe('139****5678');
    expect(normaliseMobile('+86+8613912345678')).toBe('13912345678');
    fc.assert(fc.property(fc.string(), (s) => normaliseMobile(normaliseMobile(s)) === normaliseMobile(s)));
  });
});
