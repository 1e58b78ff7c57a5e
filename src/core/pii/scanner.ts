/**
 * The scanner: normalise once, run the detectors, drop what sits in an exclusion zone, keep the
 * best of overlapping candidates, and map every finding back to the exact original text.
 * Digits split by a line break are found by a second, joined reading, kept only where they
 * cross such a break and do not overlap a finding of the first reading.
 */
import { ScanDoc } from "./context";
import { windowsOf } from "./chunks";
import { ExclusionZones } from "./exclusions";
import { maskValue } from "./mask";
import { joinDigitBreaks, normalize, type Normalized } from "./normalize";
import { DETECTORS } from "./registry";
import type { Candidate, PiiMatch, ScanOptions } from "./types";

/** Findings of one reading, with the score each won its place by. */
interface Reading {
  matches: PiiMatch[];
  scores: number[];
}

function detectAll(norm: Normalized, options: ScanOptions): Reading {
  const doc = new ScanDoc(norm.text);
  // Lazy: the lines are walked at the first candidate, and only the blocks candidates fall in are judged.
  const useZones = options.exclusions !== false;
  let zones: ExclusionZones | null = null;
  const excluded = (pos: number): boolean => {
    if (!useZones) return false;
    if (zones === null) zones = new ExclusionZones(doc);
    return zones.has(pos);
  };
  const wanted = options.types ? new Set(options.types) : null;
  const cands: Candidate[] = [];
  for (const d of DETECTORS) {
    if (wanted && !wanted.has(d.type)) continue;
    // (a detector may propose a second type: the address detector, the postcode after an English address)
    for (const c of d.detect(doc)) if ((!wanted || wanted.has(c.type)) && !excluded(c.start)) cands.push(c);
  }
  const kept = resolveOverlaps(cands);
  const matches = kept.map((c) => {
    const start = norm.toOriginalStart(c.start);
    const end = norm.toOriginalEnd(c.end);
    const text = norm.original.slice(start, end);
    return { type: c.type, start, end, text, masked: maskValue(c.type, text) };
  });
  return { matches, scores: kept.map((c) => c.score) };
}

/**
 * Overlaps: within each cluster of overlapping candidates, the higher score wins, then the
 * longer span, then the earlier detector. Clusters are small in real text; a huge cluster
 * (adversarial input) is thinned left to right so the cost stays linear.
 */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const order = orderByStart(cands);
  const kept: Candidate[] = [];
  let k = 0;
  while (k < order.length) {
    let j = k + 1;
    let clusterEnd = cands[order[k]].end;
    while (j < order.length && cands[order[j]].start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, cands[order[j]].end);
      j++;
    }
    if (j - k === 1) kept.push(cands[order[k]]);
    else if (j - k > 64) {
      let lastEnd = -1;
      for (let q = k; q < j; q++) {
        const c = cands[order[q]];
        if (c.start >= lastEnd) {
          kept.push(c);
          lastEnd = c.end;
        }
      }
    } else {
      const cluster: number[] = [];
      for (let q = k; q < j; q++) cluster.push(order[q]);
      cluster.sort((ia, ib) => {
        const a = cands[ia];
        const b = cands[ib];
        return b.score - a.score || b.end - b.start - (a.end - a.start) || ia - ib;
      });
      const chosen: Candidate[] = [];
      for (const i of cluster) {
        const c = cands[i];
        if (!chosen.some((x) => c.start < x.end && x.start < c.end)) chosen.push(c);
      }
      kept.push(...chosen);
    }
    k = j;
  }
  // Clusters come in order and most hold one candidate: usually already sorted, and a stable sort
  // of a sorted list changes nothing.
  if (!sortedByStartEnd(kept)) kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return kept;
}

function sortedByStartEnd(list: readonly Candidate[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/**
 * Candidate indices by start, ties in detection order. A big table has a candidate per cell
 * (750,000 in a 20 MB customer list): there, two stable counting passes over 16 bits of the start
 * each, in linear time; a comparison sort of that many cost as much as a detector.
 */
function orderByStart(cands: readonly Candidate[]): Int32Array | number[] {
  const n = cands.length;
  if (n < 4096) {
    const order: number[] = [];
    for (let i = 0; i < n; i++) order.push(i);
    return order.sort((a, b) => cands[a].start - cands[b].start || a - b);
  }
  let from = new Int32Array(n);
  let to = new Int32Array(n);
  const keys = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = i;
    keys[i] = cands[i].start;
  }
  for (const shift of [0, 16]) {
    const next = new Int32Array(65537);
    for (let i = 0; i < n; i++) next[((keys[i] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d <= 65536; d++) next[d] += next[d - 1];
    for (let i = 0; i < n; i++) {
      const c = from[i];
      to[next[(keys[c] >>> shift) & 0xffff]++] = c;
    }
    [from, to] = [to, from];
  }
  return from;
}

export function scanText(text: string, options: ScanOptions = {}): PiiMatch[] {
  const windows = windowsOf(text);
  if (windows.length === 1) return scanWhole(text, options);
  // A big text, a window at a time (chunks.ts says why the findings are the same).
  const out: PiiMatch[] = [];
  for (const w of windows) {
    for (const m of scanWhole(text.slice(w.from, w.to), options)) {
      const start = m.start + w.from;
      if (start < w.keepFrom || start >= w.keepTo) continue;
      out.push({ ...m, start, end: m.end + w.from });
    }
  }
  return out;
}

/** One reading of the whole text (exported for the test that windows change nothing). */
export function scanWhole(text: string, options: ScanOptions = {}): PiiMatch[] {
  const norm = normalize(text);
  const firstReading = detectAll(norm, options);
  const first = firstReading.matches;
  if (norm.digitBreaks.length === 0) return first;
  const joined = detectAll(joinDigitBreaks(norm), options);
  const breaks = norm.digitBreaks;
  const crossesBreak = (m: PiiMatch): boolean => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < m.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < breaks.length && breaks[lo] < m.end;
  };
  const extra: PiiMatch[] = [];
  const dropped = new Set<number>();
  joined.matches.forEach((m, k) => {
    if (!crossesBreak(m)) return;
    const overlapped: number[] = [];
    first.forEach((f, i) => {
      if (m.start < f.end && f.start < m.end) overlapped.push(i);
    });
    if (overlapped.length === 0) {
      extra.push(m);
      return;
    }
    // "5229 7921 0708⏎7294": a wrapped value that scores higher than the parts of it read on one
    // line (an unlabelled My Number-looking first 12 digits of a card) replaces them.
    const score = joined.scores[k];
    if (overlapped.every((i) => first[i].start >= m.start && first[i].end <= m.end && firstReading.scores[i] < score)) {
      for (const i of overlapped) dropped.add(i);
      extra.push(m);
    }
  });
  if (extra.length === 0) return first;
  const kept = dropped.size === 0 ? first : first.filter((_, i) => !dropped.has(i));
  return [...kept, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}
