import { parseByteRange } from '../../server/src/features/media/byte-range';

describe('parseByteRange', () => {
  it.each([
    [undefined, { kind: 'full' }],
    ['bytes=0-0', { kind: 'partial', start: 0, end: 0 }],
    ['bytes=10-', { kind: 'partial', start: 10, end: 99 }],
    ['bytes=-1', { kind: 'partial', start: 99, end: 99 }],
    ['bytes=-1000', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=90-1000', { kind: 'partial', start: 90, end: 99 }],
    ['BYTES=1-2', { kind: 'partial', start: 1, end: 2 }],
    ['bytes=100-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=2-1', { kind: 'full' }],
    ['bytes=-', { kind: 'full' }],
    ['bytes=0-1,3-4', { kind: 'full' }],
    ['lines=1-2', { kind: 'full' }],
  ])('%s of 100 bytes → %j', (header, expected) => {
    expect(parseByteRange(header, 100)).toEqual(expected);
  });
});
