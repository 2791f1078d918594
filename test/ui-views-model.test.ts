/**
 * The model behind the page's views (ui/src/model): the address, the layered placement, the
 * source-text span, the audit table's counts and CSV, the province comparison, the SVG export
 * and the two languages. Pure functions, no browser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countByCode, findingEdges, findingsCsv, withCode } from '../ui/src/model/audit.ts';
import { cascadeTimeline, daysBetween, lagShade } from '../ui/src/model/compare.ts';
import { csvField } from '../ui/src/model/csv.ts';
import { toDrawing } from '../ui/src/model/elements.ts';
import { EN, VI } from '../ui/src/model/i18n.ts';
import { mergeGraphs } from '../ui/src/model/merge.ts';
import { crossings, placeLayers, type PlaceNode } from '../ui/src/model/placement.ts';
import { citationId, DEFAULT_ROUTE, formatRoute, parseRoute, type Route } from '../ui/src/model/route.ts';
import { locateQuote } from '../ui/src/model/source.ts';
import { shapeOf } from '../ui/src/model/style.ts';
import { drawingToSvg } from '../ui/src/model/svg.ts';
import type { DocumentSummary, Finding, Graph } from '../ui/src/model/types.ts';

const doc = (key: string, over: Partial<DocumentSummary> = {}): DocumentSummary => ({
  key, number: null, type: null, issuer: null, province: null, date: null, title: null, level: null, ingested: true, ...over,
});

describe('the address', () => {
  it('reads the first format (?doc=) as that document’s lineage', () => {
    const r = parseRoute('?doc=vn/khanh-hoa/ubnd/qd/2020/489');
    expect(r.view).toBe('lineage');
    expect(r.doc).toBe('vn/khanh-hoa/ubnd/qd/2020/489');
    expect(r.depth).toBe(3);
  });

  it('writes only what the view uses, and leaves defaults out', () => {
    const route: Route = { ...DEFAULT_ROUTE, view: 'lineage', doc: 'vn/a', depth: 2, rels: ['BASED_ON', 'CITES'], color: 'province', expand: ['vn/b', 'vn/c'], sel: 'vn/a -> vn/b', q: 'stale' };
    expect(formatRoute(route)).toBe('?view=lineage&doc=vn%2Fa&depth=2&rels=BASED_ON%2CCITES&color=province&expand=vn%2Fb%2Cvn%2Fc&sel=vn%2Fa+-%3E+vn%2Fb');
    expect(formatRoute(DEFAULT_ROUTE)).toBe('');
    expect(formatRoute({ ...DEFAULT_ROUTE, lang: 'en' })).toBe('?lang=en');
  });

  it('drops malformed values instead of failing', () => {
    const r = parseRoute('?view=nope&depth=99&dir=SIDEWAYS&rels=BASED_ON,BOGUS&severity=LOUD&from=abc&level=0');
    expect([r.view, r.depth, r.dir, r.rels, r.audit.severity, r.audit.yearFrom, r.level]).toEqual(['search', 3, 'UP', ['BASED_ON'], null, null, 4]);
  });

  it('reads back what it writes, for every view', () => {
    const key = fc.stringMatching(/^[a-z0-9/\-_]{1,30}$/).filter((s) => s.trim() === s && !s.includes(','));
    const route = fc.record({
      view: fc.constantFrom('search', 'document', 'lineage', 'audit', 'compare'),
      lang: fc.constantFrom('vi', 'en'),
      doc: fc.option(key, { nil: null }),
      depth: fc.integer({ min: 1, max: 10 }),
      expand: fc.uniqueArray(key, { maxLength: 3 }),
      province: fc.option(fc.constantFrom('Khánh Hòa', 'Bình Định'), { nil: null }),
      yearFrom: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
    });
    fc.assert(
      fc.property(route, (r) => {
        const full: Route = { ...DEFAULT_ROUTE, view: r.view as Route['view'], lang: r.lang as Route['lang'], doc: r.doc, depth: r.depth, expand: r.expand, audit: { ...DEFAULT_ROUTE.audit, province: r.province, yearFrom: r.yearFrom } };
        const back = parseRoute(formatRoute(full));
        const again = formatRoute(back);
        expect(again).toBe(formatRoute(full));
        expect(back.view).toBe(full.view);
        expect(back.lang).toBe(full.lang);
      }),
    );
  });

  it('names a citation by relation, cited document and source', () => {
    expect(citationId({ relation: 'BASED_ON', to: { key: 'vn/b' }, source: 'vn/a' })).toBe('BASED_ON|vn/b|vn/a');
  });
});

describe('layered placement', () => {
  const node = (key: string, layer: number, width = 100): PlaceNode => ({ key, layer, width, height: 40 });

  it('puts each layer on its own row, top to bottom, with no overlaps', () => {
    const nodes = [node('a', 0), node('b', 1), node('c', 1, 160), node('d', 2), node('e', 2), node('f', 2)];
    const pos = placeLayers(nodes, [{ from: 'b', to: 'a' }, { from: 'c', to: 'a' }, { from: 'd', to: 'b' }, { from: 'e', to: 'c' }, { from: 'f', to: 'c' }], { gap: 20 });
    expect(pos.get('a')!.y).toBeLessThan(pos.get('b')!.y);
    expect(pos.get('b')!.y).toBe(pos.get('c')!.y);
    expect(pos.get('c')!.y).toBeLessThan(pos.get('d')!.y);
    const row2 = ['d', 'e', 'f'].map((k) => pos.get(k)!.x).sort((x, y) => x - y);
    expect(row2[1] - row2[0]).toBeGreaterThanOrEqual(100 + 20 - 1e-9);
    expect(Math.abs(pos.get('b')!.x - pos.get('c')!.x)).toBeGreaterThanOrEqual(130 + 20 - 1e-9);
  });

  it('untangles a crossing that the given order makes', () => {
    // Given order: top a, b; bottom c (cites b), d (cites a): crossed unless reordered.
    const nodes = [node('a', 0), node('b', 0), node('c', 1), node('d', 1)];
    const edges = [{ from: 'c', to: 'b' }, { from: 'd', to: 'a' }];
    const layers = new Map(nodes.map((n) => [n.key, n.layer]));
    expect(crossings(placeLayers(nodes, edges, { sweeps: 0 }), layers, edges)).toBe(1);
    expect(crossings(placeLayers(nodes, edges), layers, edges)).toBe(0);
  });

  it('never overlaps two boxes of a row, whatever the graph', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ layer: fc.integer({ min: 0, max: 4 }), width: fc.integer({ min: 40, max: 200 }) }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
        (specs, pairs) => {
          const nodes = specs.map((s, i) => node(`n${i}`, s.layer, s.width));
          const edges = pairs.map(([a, b]) => ({ from: `n${a % nodes.length}`, to: `n${b % nodes.length}` }));
          const pos = placeLayers(nodes, edges, { gap: 10 });
          expect(pos.size).toBe(nodes.length);
          const rows = new Map<number, PlaceNode[]>();
          for (const n of nodes) rows.set(pos.get(n.key)!.y, [...(rows.get(pos.get(n.key)!.y) ?? []), n]);
          for (const row of rows.values()) {
            const sorted = row.sort((p, q) => pos.get(p.key)!.x - pos.get(q.key)!.x);
            for (let i = 1; i < sorted.length; i++) {
              const gap = pos.get(sorted[i].key)!.x - sorted[i].width / 2 - (pos.get(sorted[i - 1].key)!.x + sorted[i - 1].width / 2);
              expect(gap).toBeGreaterThanOrEqual(10 - 1e-6);
            }
          }
        },
      ),
    );
  });

  it('wraps a very long row onto several lines', () => {
    const nodes = [node('top', 0), ...Array.from({ length: 30 }, (_, i) => node(`n${i}`, 1))];
    const pos = placeLayers(nodes, [], { maxPerRow: 12 });
    expect(new Set(nodes.slice(1).map((n) => pos.get(n.key)!.y)).size).toBe(3);
    expect(Math.min(...nodes.slice(1).map((n) => pos.get(n.key)!.y))).toBeGreaterThan(pos.get('top')!.y);
  });
});

describe('the quote in its source text', () => {
  const text = 'Căn cứ Quyết định số 3595/QĐ-UBND ngày 31/12/2020 của UBND tỉnh;';
  it('cuts at the offsets when the text there is the quote', () => {
    const quote = 'Quyết định số 3595/QĐ-UBND ngày 31/12/2020';
    expect(locateQuote(text, 7, 7 + quote.length, quote)).toEqual({
      before: 'Căn cứ ', match: 'Quyết định số 3595/QĐ-UBND ngày 31/12/2020', after: ' của UBND tỉnh;', found: 'offsets',
    });
  });
  it('finds the quote when the offsets are off, and gives up plainly when it is absent', () => {
    expect(locateQuote(text, 0, 10, '3595/QĐ-UBND').found).toBe('quote');
    expect(locateQuote(text, 0, 10, '3595/QĐ-UBND').match).toBe('3595/QĐ-UBND');
    expect(locateQuote(text, 500, 600, 'không có')).toEqual({ before: text, match: '', after: '', found: 'none' });
  });
  it('counts offsets in UTF-16 code units, as the extractor does', () => {
    const t = '𝐀 Quyết định';
    expect(locateQuote(t, 3, 13, null).match).toBe('Quyết định');
  });
});

const ref = (key: string, number: string) => doc(key, { number });
const finding = (code: string, severity: Finding['severity'], citing: string, cited: string | null): Finding => ({
  code, severity, citing: ref(citing, citing.toUpperCase()), cited: cited ? ref(cited, cited.toUpperCase()) : null, quote: 'Thông tư số 26/2012/TT-BTC ngày 10/05/2019', related: [], reason: 'lý do, "có dấu phẩy"', reasonEn: 'reason',
});

describe('audit table', () => {
  const findings = [
    finding('UNRESOLVED', 'INFO', 'a', 'x'),
    finding('NUMBER_YEAR_MISMATCH', 'WARNING', 'a', 'tt'),
    finding('NUMBER_YEAR_MISMATCH', 'WARNING', 'b', 'tt'),
    finding('ISSUER_CONFLICT', 'ERROR', 'c', 'y'),
  ];
  it('counts per code, most severe first', () => {
    expect(countByCode(findings)).toEqual([
      { code: 'ISSUER_CONFLICT', severity: 'ERROR', count: 1 },
      { code: 'NUMBER_YEAR_MISMATCH', severity: 'WARNING', count: 2 },
      { code: 'UNRESOLVED', severity: 'INFO', count: 1 },
    ]);
    expect(withCode(findings, 'NUMBER_YEAR_MISMATCH').map((f) => f.citing.key)).toEqual(['a', 'b']);
    expect(findingEdges(findings).has('b -> tt')).toBe(true);
  });
  it('writes CSV that a spreadsheet reads back', () => {
    const csv = findingsCsv(findings.slice(3), 'vi');
    expect(csv.startsWith('\uFEFFmức,mã,phát hiện')).toBe(true);
    expect(csv).toContain('ERROR,ISSUER_CONFLICT,Có thể sai cơ quan ban hành,C,c,');
    expect(csv).toContain('"lý do, ""có dấu phẩy"""');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});

describe('province comparison', () => {
  it('shades later uptake darker', () => {
    expect(lagShade(10).fill).not.toBe(lagShade(1000).fill);
    expect(lagShade(44)).toEqual(lagShade(61));
    expect(lagShade(null).fill).toBe('#f3f4f6');
    expect(daysBetween('2016-09-05', '2016-12-22')).toBe(108);
  });
  it('lays a cascade out by province and issuer, in the order they took it up', () => {
    const graph: Graph = {
      nodes: [
        doc('ct26', { number: '26/CT-TTg', date: '2016-09-05', level: 3 }),
        doc('kh', { number: '10316/KH-UBND', date: '2016-12-22', province: 'Khánh Hòa', issuer: 'UBND tỉnh Khánh Hòa', level: 5 }),
        doc('so', { number: '28/KH-SLĐTBXH', date: '2021-01-10', province: 'Hà Tĩnh', issuer: 'Sở LĐTBXH tỉnh Hà Tĩnh', level: 6 }),
        doc('ht', { number: '1/KH-UBND', date: '2017-03-01', province: 'Hà Tĩnh', issuer: 'UBND tỉnh Hà Tĩnh', level: 5 }),
        doc('nodate', { number: '9/KH', province: 'Hà Tĩnh' }),
      ],
      edges: [],
    };
    const t = cascadeTimeline(graph, 'ct26')!;
    expect(t.rows.map((r) => [r.province, r.issuer, r.items.map((i) => [i.name, i.lagDays])])).toEqual([
      ['Khánh Hòa', 'UBND tỉnh Khánh Hòa', [['10316/KH-UBND', 108]]],
      ['Hà Tĩnh', 'UBND tỉnh Hà Tĩnh', [['1/KH-UBND', 177]]],
      ['Hà Tĩnh', 'Sở LĐTBXH tỉnh Hà Tĩnh', [['28/KH-SLĐTBXH', 1588]]],
    ]);
    expect(t.rows[2].items[0].at).toBe(1);
    expect(t.ticks.map((x) => x.label)).toEqual(['2017', '2018', '2019', '2020', '2021']);
    expect(t.undated.map((d) => d.number)).toEqual(['9/KH']);
    expect(cascadeTimeline(graph, 'nodate')).toBeNull();
  });
});

describe('drawing', () => {
  it('shapes by type, fills by province or level, marks findings', () => {
    const graph: Graph = {
      nodes: [doc('a', { number: '18/QĐ-BQL', type: 'Quyết định', province: 'Khánh Hòa', level: 6 }), doc('b', { number: '26/2012/TT-BTC', type: 'Thông tư', level: 4, ingested: false })],
      edges: [{ from: 'a', to: 'b', relation: 'CITES', quote: null }],
    };
    const byProvince = toDrawing(graph, 'a', { colorBy: 'province', findings: new Set(['a -> b']) });
    expect(byProvince.colors.map((c) => c.label)).toEqual(['Trung ương', 'Khánh Hòa']);
    const [a, b, e] = byProvince.elements;
    expect([a.data, b.data].map((d) => ('shape' in d ? d.shape : null))).toEqual(['round-rectangle', 'cut-rectangle']);
    expect(e.classes).toEqual(['rel', 'cites', 'finding']);
    expect(toDrawing(graph, 'a', { colorBy: 'level', lang: 'en' }).colors.map((c) => c.label)).toEqual(['4 — Ministry', '6 — Provincial department']);
    expect(shapeOf('Luật')).toBe('hexagon');
    expect(shapeOf(null)).toBe('rectangle');
  });
  it('writes a standalone SVG with escaped labels', () => {
    const svg = drawingToSvg(
      [{ x: 0, y: 0, width: 100, height: 40, label: '18/QĐ-BQL\nQĐ <&>', shape: 'barrel', fill: '#fff', border: '#000', borderWidth: 1.5, dashed: true, bold: false }],
      [{ x1: 0, y1: 20, x2: 0, y2: 100, color: '#35537a', width: 1.5, line: 'dashed', arrow: 'triangle', label: 'Căn cứ' }],
      'Căn cứ của 18/QĐ-BQL',
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<tspan x="0" y="-9.1">18/QĐ-BQL</tspan><tspan x="0" y="9.1">QĐ &lt;&amp;&gt;</tspan>');
    expect(svg).toContain('<title>Căn cứ của 18/QĐ-BQL</title>');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
  it('merges expansions without duplicates, the start first', () => {
    const g1: Graph = { nodes: [doc('a'), doc('b')], edges: [{ from: 'a', to: 'b', relation: 'BASED_ON', quote: 'q' }] };
    const g2: Graph = { nodes: [doc('b'), doc('c')], edges: [{ from: 'a', to: 'b', relation: 'BASED_ON', quote: null }, { from: 'b', to: 'c', relation: 'CITES', quote: null }], truncated: true };
    const m = mergeGraphs([g1, g2]);
    expect(m.nodes.map((n) => n.key)).toEqual(['a', 'b', 'c']);
    expect(m.edges.map((e) => e.quote)).toEqual(['q', null]);
    expect(m.truncated).toBe(true);
  });
});

describe('languages', () => {
  it('has every Vietnamese message in English too, and they differ', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(EN).sort()).toEqual(keys(VI).sort());
    expect(EN.views.audit).toBe('Audit');
    expect(VI.views.audit).toBe('Kiểm tra trích dẫn');
  });
});
