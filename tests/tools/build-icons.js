#!/usr/bin/env node
/**
 * Draws Outbound Guard's icon (a blue shield holding a white envelope) and writes
 * assets/icon-{16,32,64,80,128}.png. Run once by hand when the mark changes; the PNGs are
 * committed, and the build only copies them. Needs nothing but Node (zlib for deflate and CRC-32).
 *
 *   node tests/tools/build-icons.js [outDir]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SHIELD = [0x1f, 0x5f, 0xaf];
const SHIELD_EDGE = [0x15, 0x45, 0x85];
const WHITE = [0xff, 0xff, 0xff];

/** Half-width of the shield at height y (0..1 over the icon); 0 outside it. */
function shieldHalfWidth(y) {
  const top = 0.06;
  const shoulder = 0.5;
  const tip = 0.95;
  if (y < top || y > tip) return 0;
  if (y <= shoulder) return 0.41 - 0.05 * Math.pow((shoulder - y) / (shoulder - top), 3);
  const t = (y - shoulder) / (tip - shoulder);
  return 0.41 * Math.sqrt(Math.max(0, 1 - t * t));
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour and alpha at one point of the unit square. */
function sample(x, y, size) {
  const hw = shieldHalfWidth(y);
  if (hw === 0 || Math.abs(x - 0.5) > hw) return null;
  const edge = hw - Math.abs(x - 0.5) < 0.045 || y < 0.06 + 0.04 ? SHIELD_EDGE : SHIELD;
  // The envelope: a white rectangle with the flap drawn in the shield's blue.
  const left = 0.26;
  const right = 0.74;
  const top = 0.3;
  const bottom = 0.62;
  if (x >= left && x <= right && y >= top && y <= bottom) {
    const stroke = Math.max(0.045, 1.2 / size);
    const flap = Math.min(
      distToSegment(x, y, left, top, 0.5, 0.48),
      distToSegment(x, y, 0.5, 0.48, right, top),
    );
    return flap < stroke / 2 ? SHIELD : WHITE;
  }
  return edge;
}

function render(size) {
  const ss = 4; // 4x4 supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return rgba;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A truecolour-with-alpha PNG, 8 bits a channel, no filtering. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`${file} (${size}x${size})`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, render, SIZES };
