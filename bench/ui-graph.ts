/**
 * A generated lineage for the page benchmark: `nodes` documents on the seven levels of
 * authority (few at the top, most at the provincial levels), each citing one to three higher
 * documents, plus cross links between documents of the same level, as a GraphQL `Graph`.
 * Deterministic for a given size.
 */
import type { Graph } from '../ui/src/model/types.ts';

/** A small linear congruential generator, so that every run draws the same graph. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES = ['Luật', 'Nghị định', 'Quyết định', 'Thông tư', 'Quyết định', 'Kế hoạch', 'Kế hoạch'];
const ISSUERS = ['Bộ Chính trị', 'Quốc hội', 'Chính phủ', 'Bộ Nội vụ', 'UBND tỉnh', 'Sở Nội vụ tỉnh', 'UBND huyện'];
const PROVINCES = ['Khánh Hòa', 'Bình Định', 'Hà Tĩnh', 'Đắk Lắk', 'Gia Lai', 'Phú Yên'];
const SHARE = [0.005, 0.01, 0.04, 0.08, 0.25, 0.4, 0.215];
const RELATIONS = ['BASED_ON', 'IMPLEMENTS', 'CITES', 'GUIDES'];

/** The lineage of `bench/0` (the lowest document) over `count` documents. */
export function benchLineage(count: number, crossLinksPerNode = 0.3): Graph {
  const rnd = random(count);
  const levelOf: number[] = [];
  for (let level = 1; level <= 7; level++) {
    const n = level === 7 ? count - levelOf.length : Math.max(1, Math.round(count * SHARE[level - 1]));
    for (let i = 0; i < n; i++) levelOf.push(level);
  }
  // bench/0 is the start: put it last (lowest level) by numbering from the bottom.
  levelOf.reverse();
  const byLevel = new Map<number, number[]>();
  levelOf.forEach((l, i) => byLevel.set(l, [...(byLevel.get(l) ?? []), i]));
  const nodes = levelOf.map((level, i) => {
    const province = level >= 5 ? PROVINCES[i % PROVINCES.length] : null;
    return {
      key: `bench/${i}`,
      number: `${i + 1}/${level >= 5 ? 'QĐ-UBND' : 'NĐ-CP'}`,
      type: TYPES[level - 1],
      issuer: province ? `${ISSUERS[level - 1]} ${province}` : ISSUERS[level - 1],
      province,
      date: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      title: `Văn bản thử số ${i + 1}`,
      level,
      ingested: rnd() < 0.6,
    };
  });
  const edges: Graph['edges'] = [];
  const pick = (list: number[]) => list[Math.floor(rnd() * list.length)];
  levelOf.forEach((level, i) => {
    if (level === 1) return;
    const cites = 1 + Math.floor(rnd() * 3);
    for (let c = 0; c < cites; c++) {
      // Mostly the level just above, sometimes two or three levels up.
      const up = Math.max(1, level - 1 - (rnd() < 0.25 ? Math.floor(rnd() * 2) + 1 : 0));
      edges.push({ from: `bench/${i}`, to: `bench/${pick(byLevel.get(up)!)}`, relation: RELATIONS[Math.floor(rnd() * RELATIONS.length)], quote: null });
    }
    if (rnd() < crossLinksPerNode) {
      const other = pick(byLevel.get(level)!);
      if (other !== i) edges.push({ from: `bench/${i}`, to: `bench/${other}`, relation: 'CITES', quote: null });
    }
  });
  return { nodes, edges, truncated: false };
}
