import { deflateSync } from 'node:zlib';

/**
 * Bar charts as PNG, drawn without a browser or a native package: no rasteriser (resvg, sharp, canvas) is installed,
 * so the chart is painted into an RGB pixel buffer (bars, axes and grid lines only) and written by a tiny PNG encoder
 * over node:zlib. Labels are not in the picture: the document prints them as text beside it (the caption, the legend
 * and the figures table), where they stay searchable, translatable and sharp in print.
 */

export type Rgb = readonly [number, number, number];
export type BarSeries = { label: string; color: Rgb; values: readonly number[] };
export type BarChart = { categories: readonly string[]; series: readonly BarSeries[] };
export type ChartPng = { png: Buffer; widthPx: number; heightPx: number };

/** Colours that stay apart in greyscale print (dark blue, orange, green, grey). */
export const CHART_COLORS: readonly Rgb[] = [
  [31, 78, 121],
  [230, 126, 34],
  [39, 130, 72],
  [127, 127, 127],
];
/** How a colour is named beside the chart, for the legend. */
export const CHART_COLOR_NAMES = ['xanh đậm', 'cam', 'xanh lá', 'xám'] as const;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG (8-bit RGB, no interlace) of `rgb`, `width` × `height` pixels, rows top to bottom. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  if (rgb.length !== width * height * 3) throw new Error('encodePng: the pixel buffer does not match the size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  // Each scanline starts with its filter byte (0: none).
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(raw, y * (width * 3 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The top of the value axis: a round number at or above `max` (1, 2, 5 × 10^n), so grid lines fall on round values. */
export function axisMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Grouped vertical bars: one group per category (left to right, in the order given), one bar per series, on a white
 * ground with the value axis, four grid lines at quarters of {@link axisMax} and the base line.
 */
export function renderBarChart(chart: BarChart, size: { width: number; height: number } = { width: 1200, height: 560 }): ChartPng {
  const { width, height } = size;
  const rgb = new Uint8Array(width * height * 3).fill(255);
  const fill = (x0: number, y0: number, x1: number, y1: number, color: Rgb) => {
    const [xa, xb] = [Math.max(0, Math.round(Math.min(x0, x1))), Math.min(width, Math.round(Math.max(x0, x1)))];
    const [ya, yb] = [Math.max(0, Math.round(Math.min(y0, y1))), Math.min(height, Math.round(Math.max(y0, y1)))];
    for (let y = ya; y < yb; y++) {
      for (let x = xa; x < xb; x++) {
        const i = (y * width + x) * 3;
        rgb[i] = color[0];
        rgb[i + 1] = color[1];
        rgb[i + 2] = color[2];
      }
    }
  };
  const plot = { left: 40, right: width - 20, top: 20, bottom: height - 30 };
  const top = axisMax(Math.max(0, ...chart.series.flatMap((s) => s.values)));
  const yOf = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / top;
  for (let q = 1; q <= 4; q++) fill(plot.left, yOf((top * q) / 4), plot.right, yOf((top * q) / 4) + 1, [210, 210, 210]);
  const groups = Math.max(1, chart.categories.length);
  const groupWidth = (plot.right - plot.left) / groups;
  const bars = Math.max(1, chart.series.length);
  const barWidth = (groupWidth * 0.75) / bars;
  chart.categories.forEach((_, g) => {
    const x0 = plot.left + g * groupWidth + groupWidth * 0.125;
    chart.series.forEach((s, b) => {
      const v = s.values[g] ?? 0;
      if (v > 0) fill(x0 + b * barWidth + 1, yOf(v), x0 + (b + 1) * barWidth - 1, plot.bottom, s.color);
    });
    // A tick under each group, so a reader counts groups left to right against the table.
    fill(plot.left + (g + 0.5) * groupWidth - 1, plot.bottom, plot.left + (g + 0.5) * groupWidth + 1, plot.bottom + 8, [0, 0, 0]);
  });
  fill(plot.left - 2, plot.top, plot.left, plot.bottom + 2, [0, 0, 0]);
  fill(plot.left - 2, plot.bottom, plot.right, plot.bottom + 2, [0, 0, 0]);
  return { png: encodePng(width, height, rgb), widthPx: width, heightPx: height };
}
