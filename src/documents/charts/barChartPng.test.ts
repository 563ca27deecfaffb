import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { axisMax, encodePng, renderBarChart } from './barChartPng';

/** Reads a PNG written by encodePng back: size, and the RGB pixels (filter 0 scanlines), checking each chunk's CRC. */
function decode(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  const types: string[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    types.push(type);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((width * 3 + 1) * height);
  return { width, height, pixel: (x, y) => [...raw.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 1 + x * 3 + 3)] };
}

describe('PNG bar charts without a rasteriser', () => {
  it('encodes pixels losslessly', () => {
    const rgb = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
    const img = decode(encodePng(2, 2, rgb));
    expect([img.width, img.height]).toEqual([2, 2]);
    expect([img.pixel(0, 0), img.pixel(1, 0), img.pixel(0, 1), img.pixel(1, 1)]).toEqual([[255, 0, 0], [0, 255, 0], [0, 0, 255], [10, 20, 30]]);
  });

  it.each([
    [0, 1],
    [3, 5],
    [7, 10],
    [10, 10],
    [12, 20],
    [48, 50],
    [51, 100],
  ])('puts the top of the axis for a largest value of %i at %i', (max, top) => expect(axisMax(max)).toBe(top));

  it('draws each bar in its series colour, as tall as its value, on a white ground', () => {
    const chart = renderBarChart({ categories: ['A', 'B'], series: [{ label: 's', color: [31, 78, 121], values: [10, 5] }] }, { width: 200, height: 130 });
    const img = decode(chart.png);
    // Plot from y=20 to y=100 (height 130 − 30), top of axis 10: value 10 fills to y=20, value 5 to y=60.
    const groupCentre = (g: number) => Math.round(40 + (g + 0.5) * 70);
    expect(img.pixel(groupCentre(0), 25)).toEqual([31, 78, 121]);
    expect(img.pixel(groupCentre(1), 55)).toEqual([255, 255, 255]);
    expect(img.pixel(groupCentre(1), 65)).toEqual([31, 78, 121]);
    expect(img.pixel(195, 5)).toEqual([255, 255, 255]);
  });
});
