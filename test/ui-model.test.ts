/**
 * The page's model (ui/src/model): pure functions, no browser, no React, no Cytoscape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toElements, type EdgeElement, type NodeElement } from '../ui/src/model/elements.ts';
import { documentFacts, relationsOf } from '../ui/src/model/facts.ts';
import { documentLine, formatDate, nodeLabel, shortenTitle } from '../ui/src/model/format.ts';
import { GraphQLClient } from '../ui/src/model/graphql.ts';
import { levelLabel, relationLabel, shortType } from '../ui/src/model/labels.ts';
import { assignLayers, separateRows } from '../ui/src/model/layering.ts';
import type { DocumentSummary, Graph } from '../ui/src/model/types.ts';
import { docFromSearch, searchWithDoc } from '../ui/src/model/url.ts';

function doc(over: Partial<DocumentSummary> & { key: string }): DocumentSummary {
  return {
    number: null,
    type: null,
    issuer: null,
    province: null,
    date: null,
    title: null,
    level: null,
    ingested: false,
    ...over,
  };
}

describe('shortType', () => {
  it.each([
    ['Quyết định', 'QĐ'],
    ['Kế hoạch', 'KH'],
    ['Nghị định', 'NĐ'],
    ['Thông tư', 'TT'],
    ['Thông tư liên tịch', 'TTLT'],
    ['Chỉ thị', 'CT'],
    ['Nghị quyết', 'NQ'],
    ['Luật', 'Luật'],
    ['Công văn', 'CV'],
    ['Hướng dẫn', 'HD'],
    ['Chương trình', 'CTr'],
    ['Chương trình hành động', 'CTr'],
    ['Quy định', 'QyĐ'],
    ['QUYẾT ĐỊNH', 'QĐ'],
    ['  kế   hoạch ', 'KH'],
    ['Quyết định'.normalize('NFD'), 'QĐ'],
    ['Bản ghi nhớ', 'Bản ghi nhớ'],
    [null, ''],
  ])('%j → %j', (type, short) => {
    expect(shortType(type)).toBe(short);
  });
});

describe('relationLabel', () => {
  it.each([
    ['BASED_ON', 'Căn cứ'],
    ['IMPLEMENTS', 'Thực hiện'],
    ['GUIDES', 'Hướng dẫn'],
    ['AMENDS', 'Sửa đổi, bổ sung'],
    ['REPLACES', 'Thay thế'],
    ['REPEALS', 'Bãi bỏ'],
    ['CITES', 'Dẫn chiếu'],
    ['SOMETHING_NEW', 'SOMETHING_NEW'],
  ])('%s → %s', (relation, label) => {
    expect(relationLabel(relation)).toBe(label);
  });
});

describe('formatDate', () => {
  it.each([
    ['2021-03-24', '24/03/2021'],
    ['2020-12-31', '31/12/2020'],
    ['2016-05-15', '15/05/2016'],
    ['2021-03-24T00:00:00.000Z', '24/03/2021'],
    [null, ''],
    ['', ''],
    ['ngày 11 tháng 3 năm 2020', 'ngày 11 tháng 3 năm 2020'],
  ])('%j → %j', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});

describe('levelLabel', () => {
  it.each([
    [1, '1 — Trung ương Đảng'],
    [5, '5 — Cấp tỉnh'],
    [6, '6 — Sở, ban, ngành cấp tỉnh'],
    [9, '9'],
    [null, ''],
  ])('%j → %j', (level, label) => {
    expect(levelLabel(level)).toBe(label);
  });
});

describe('node labels', () => {
  it.each([
    [{ number: '18/QĐ-BQL', type: 'Quyết định', title: 'Ban hành Kế hoạch …' }, '18/QĐ-BQL\nQĐ'],
    [{ number: '3595/QĐ-UBND', type: 'Quyết định', title: null }, '3595/QĐ-UBND\nQĐ'],
    [{ number: '05-CT/TW', type: 'Chỉ thị', title: null }, '05-CT/TW\nCT'],
    [{ number: '61/2018/NĐ-CP', type: 'Nghị định', title: null }, '61/2018/NĐ-CP\nNĐ'],
    [{ number: '12-CTr/TU', type: 'Chương trình hành động', title: null }, '12-CTr/TU\nCTr'],
    [{ number: '345/SNV-CCHC', type: 'Công văn', title: null }, '345/SNV-CCHC\nCV'],
    [{ number: '493/KH-UBND', type: null, title: null }, '493/KH-UBND'],
    [
      { number: null, type: 'Luật', title: 'Luật Tổ chức chính quyền địa phương' },
      'Luật Tổ chức chính quyền địa…\nLuật',
    ],
    [{ number: null, type: 'Luật', title: 'Luật Cán bộ, công chức' }, 'Luật Cán bộ, công chức\nLuật'],
    [{ number: null, type: 'Kế hoạch', title: null }, 'Văn bản không rõ số\nKH'],
  ])('%j → %j', (d, label) => {
    expect(nodeLabel(d)).toBe(label);
  });

  it.each([
    ['Luật Tổ chức chính quyền địa phương', 32, 'Luật Tổ chức chính quyền địa…'],
    ['Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2021', 32, 'Ban hành Kế hoạch tuyên truyền…'],
    ['  Luật   Đất đai ', 32, 'Luật Đất đai'],
    ['Một, hai, ba, bốn, năm, sáu', 14, 'Một, hai, ba…'],
  ])('shortenTitle(%j, %i) → %j', (title, max, short) => {
    const result = shortenTitle(title, max);
    expect(result).toBe(short);
    expect(result.length).toBeLessThanOrEqual(max);
  });

  it('describes a search result on one line', () => {
    expect(
      documentLine({ type: 'Quyết định', issuer: 'Ban QLDA Phát triển tỉnh Khánh Hòa', date: '2021-03-24' }),
    ).toBe('Quyết định · Ban QLDA Phát triển tỉnh Khánh Hòa · 24/03/2021');
    expect(documentLine({ type: 'Chỉ thị', issuer: null, date: null })).toBe('Chỉ thị');
  });
});

// The authority chain of 18/QĐ-BQL (DOMAIN.md section 7), as lineage(UP) returns it.
const BQL18 = 'vn/khanh-hoa/ban-qlda/qd/2021/18';
const UBND3595 = 'vn/khanh-hoa/ubnd/qd/2020/3595';
const UBND590 = 'vn/khanh-hoa/ubnd/qd/2021/590';
const UBND3322 = 'vn/khanh-hoa/ubnd/qd/2017/3322';
const BQL05 = 'vn/khanh-hoa/ban-qlda/qd/2021/05';
const TW05 = 'vn/tw/bct/ct/2016/05';
const CP01 = 'vn/cp/nq/2021/01';
const UBND166 = 'vn/khanh-hoa/ubnd/qd/2021/166';

const lineage18: Graph = {
  nodes: [
    doc({
      key: BQL18,
      number: '18/QĐ-BQL',
      type: 'Quyết định',
      issuer: 'Ban QLDA Phát triển tỉnh Khánh Hòa',
      province: 'Khánh Hòa',
      date: '2021-03-24',
      title: 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2021 của Ban QLDA Phát triển tỉnh Khánh Hòa',
      level: 6,
      ingested: true,
    }),
    doc({ key: UBND3595, number: '3595/QĐ-UBND', type: 'Quyết định', issuer: 'UBND tỉnh Khánh Hòa', date: '2020-12-31', level: 5 }),
    doc({ key: UBND590, number: '590/QĐ-UBND', type: 'Quyết định', issuer: 'UBND tỉnh Khánh Hòa', date: '2021-03-11', level: 5 }),
    doc({ key: UBND3322, number: '3322/QĐ-UBND', type: 'Quyết định', issuer: 'UBND tỉnh Khánh Hòa', date: '2017-11-03', level: 5 }),
    doc({ key: BQL05, number: '05/QĐ-BQL', type: 'Quyết định', issuer: 'Ban QLDA Phát triển tỉnh Khánh Hòa', date: '2021-01-26', level: 6 }),
    doc({ key: TW05, number: '05-CT/TW', type: 'Chỉ thị', issuer: 'Bộ Chính trị', date: '2016-05-15', level: 1 }),
    doc({ key: CP01, number: '01/NQ-CP', type: 'Nghị quyết', issuer: 'Chính phủ', date: '2021-01-01', level: 3 }),
    doc({ key: UBND166, number: '166/QĐ-UBND', type: 'Quyết định', issuer: 'UBND tỉnh Khánh Hòa', date: '2021-01-18', level: 5 }),
  ],
  edges: [
    { from: BQL18, to: UBND3595, relation: 'BASED_ON', quote: '3595/0D-UBND ngay 31/12/2020' },
    { from: BQL18, to: UBND590, relation: 'IMPLEMENTS', quote: '590/QD-UBND ngay 11/3/2021' },
    { from: BQL18, to: UBND590, relation: 'BASED_ON', quote: '590/OD-UBND ngay 11/3/2021' },
    { from: BQL18, to: UBND3322, relation: 'BASED_ON', quote: '3322/QD-UBND ngay 03/11/2017' },
    { from: BQL18, to: BQL05, relation: 'BASED_ON', quote: '05/0D-BOL ngay 26/01/2021' },
    { from: BQL18, to: TW05, relation: 'CITES', quote: '05-CT/TW, ngay 15/5/2016' },
    { from: BQL18, to: UBND166, relation: 'CITES', quote: '166/QD-UBND ngay 18/01/2021' },
    { from: UBND166, to: CP01, relation: 'IMPLEMENTS', quote: null },
    // Repeated, and pointing outside the graph: both left out.
    { from: BQL18, to: UBND3595, relation: 'BASED_ON', quote: null },
    { from: BQL18, to: 'vn/nowhere', relation: 'CITES', quote: null },
  ],
};

describe('toElements', () => {
  const elements = toElements(lineage18, BQL18);
  const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
  const edges = elements.filter((e): e is EdgeElement => e.group === 'edges');
  const node = (key: string) => nodes.find((n) => n.data.key === key)!;

  it('labels nodes with number and short type', () => {
    expect(nodes.map((n) => [n.data.id, n.data.label])).toEqual([
      [BQL18, '18/QĐ-BQL\nQĐ'],
      [UBND3595, '3595/QĐ-UBND\nQĐ'],
      [UBND590, '590/QĐ-UBND\nQĐ'],
      [UBND3322, '3322/QĐ-UBND\nQĐ'],
      [BQL05, '05/QĐ-BQL\nQĐ'],
      [TW05, '05-CT/TW\nCT'],
      [CP01, '01/NQ-CP\nNQ'],
      [UBND166, '166/QĐ-UBND\nQĐ'],
    ]);
  });

  it('marks the focused document and the stubs', () => {
    expect(node(BQL18).classes).toEqual(['doc', 'ingested', 'focus']);
    expect(node(BQL18).data.focus).toBe(true);
    expect(node(UBND3595).classes).toEqual(['doc', 'stub']);
    expect(nodes.filter((n) => n.data.focus)).toHaveLength(1);
  });

  it('draws one edge per pair, citing → cited, labelled with its relations', () => {
    expect(edges.map((e) => [e.data.source, e.data.target, e.data.label, e.classes])).toEqual([
      [BQL18, UBND3595, 'Căn cứ', ['rel', 'based_on']],
      [BQL18, UBND590, 'Căn cứ · Thực hiện', ['rel', 'based_on']],
      [BQL18, UBND3322, 'Căn cứ', ['rel', 'based_on']],
      [BQL18, BQL05, 'Căn cứ', ['rel', 'based_on']],
      [BQL18, TW05, 'Dẫn chiếu', ['rel', 'cites']],
      [BQL18, UBND166, 'Dẫn chiếu', ['rel', 'cites']],
      [UBND166, CP01, 'Thực hiện', ['rel', 'implements']],
    ]);
    expect(edges.find((e) => e.data.target === UBND590)!.data.relations).toEqual(['BASED_ON', 'IMPLEMENTS']);
    expect(new Set(elements.map((e) => e.data.id)).size).toBe(elements.length);
  });

  it('puts higher authority in higher rows, and cited above citing within a level', () => {
    const layer = (key: string) => node(key).data.layer;
    expect(layer(TW05)).toBe(0);
    expect(layer(CP01)).toBe(1);
    expect([layer(UBND3595), layer(UBND590), layer(UBND3322), layer(UBND166)]).toEqual([2, 2, 2, 2]);
    expect(layer(BQL05)).toBe(3);
    expect(layer(BQL18)).toBe(4);
  });

  it('returns plain data that survives a structured clone', () => {
    expect(structuredClone(elements)).toEqual(elements);
  });

  it('draws nothing for an empty graph', () => {
    expect(toElements({ nodes: [], edges: [] }, 'vn/x')).toEqual([]);
  });
});

describe('assignLayers', () => {
  it.each([
    {
      name: 'a lower body citing a higher one',
      nodes: [
        { key: 'so', level: 6 },
        { key: 'ubnd', level: 5 },
      ],
      edges: [{ from: 'so', to: 'ubnd' }],
      layers: { ubnd: 0, so: 1 },
    },
    {
      name: 'a higher body citing a lower one (345/SNV-CCHC cited by 489/QĐ-UBND) stays below',
      nodes: [
        { key: '489/QĐ-UBND', level: 5 },
        { key: '345/SNV-CCHC', level: 6 },
      ],
      edges: [{ from: '489/QĐ-UBND', to: '345/SNV-CCHC' }],
      layers: { '489/QĐ-UBND': 0, '345/SNV-CCHC': 1 },
    },
    {
      name: 'a chain inside one level',
      nodes: [
        { key: '18/QĐ-BQL', level: 6 },
        { key: '05/QĐ-BQL', level: 6 },
        { key: '3595/QĐ-UBND', level: 5 },
      ],
      edges: [
        { from: '18/QĐ-BQL', to: '05/QĐ-BQL' },
        { from: '18/QĐ-BQL', to: '3595/QĐ-UBND' },
      ],
      layers: { '3595/QĐ-UBND': 0, '05/QĐ-BQL': 1, '18/QĐ-BQL': 2 },
    },
    {
      name: 'a law without level sits above the document citing it',
      nodes: [
        { key: '489/QĐ-UBND', level: 5 },
        { key: 'Luật', level: null },
        { key: '3490/QĐ-BNV', level: 4 },
      ],
      edges: [
        { from: '489/QĐ-UBND', to: 'Luật' },
        { from: '489/QĐ-UBND', to: '3490/QĐ-BNV' },
      ],
      layers: { '3490/QĐ-BNV': 0, Luật: 1, '489/QĐ-UBND': 2 },
    },
    {
      name: 'a cycle is cut',
      nodes: [
        { key: 'a', level: 5 },
        { key: 'b', level: 5 },
      ],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
      layers: { a: 1, b: 0 },
    },
    {
      name: 'no levels at all',
      nodes: [
        { key: 'a', level: null },
        { key: 'b', level: null },
      ],
      edges: [{ from: 'a', to: 'b' }],
      layers: { b: 0, a: 1 },
    },
  ])('$name', ({ nodes, edges, layers }) => {
    expect(Object.fromEntries(assignLayers(nodes, edges))).toEqual(layers);
  });

  const graphs = fc
    .array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }), { minLength: 1, maxLength: 12 })
    .chain((levels) =>
      fc.record({
        nodes: fc.constant(levels.map((level, i) => ({ key: `n${i}`, level }))),
        edges: fc.array(
          fc
            .tuple(fc.nat(levels.length - 1), fc.nat(levels.length - 1))
            .map(([a, b]) => ({ from: `n${a}`, to: `n${b}` })),
          { maxLength: 30 },
        ),
      }),
    );

  it('never puts a higher level below a lower one', () => {
    fc.assert(
      fc.property(graphs, ({ nodes, edges }) => {
        const layers = assignLayers(nodes, edges);
        for (const a of nodes) {
          for (const b of nodes) {
            if (a.level != null && b.level != null && a.level < b.level) {
              expect(layers.get(a.key)!).toBeLessThan(layers.get(b.key)!);
            }
          }
        }
        expect([...layers.keys()].sort()).toEqual(nodes.map((n) => n.key).sort());
      }),
    );
  });

  it('puts the cited document above the citing one when both have the same level and no cycle', () => {
    fc.assert(
      fc.property(graphs, ({ nodes, edges }) => {
        // Keep only edges from a higher index to a lower one: no cycles.
        const acyclic = edges.filter((e) => Number(e.from.slice(1)) > Number(e.to.slice(1)));
        const layers = assignLayers(nodes, acyclic);
        const level = new Map(nodes.map((n) => [n.key, n.level]));
        for (const e of acyclic) {
          if (level.get(e.from) != null && level.get(e.from) === level.get(e.to)) {
            expect(layers.get(e.to)!).toBeLessThan(layers.get(e.from)!);
          }
        }
      }),
    );
  });
});

describe('separateRows', () => {
  it('spreads overlapping nodes of a row, keeping order and centre', () => {
    const xs = separateRows(
      [
        { key: 'a', layer: 0, x: 0, width: 100 },
        { key: 'b', layer: 0, x: 10, width: 100 },
        { key: 'c', layer: 1, x: 0, width: 100 },
      ],
      20,
    );
    expect(xs.get('b')! - xs.get('a')!).toBe(120);
    expect((xs.get('a')! + xs.get('b')!) / 2).toBe(5);
    expect(xs.get('c')).toBe(0);
  });

  it('leaves rows without overlaps alone', () => {
    const xs = separateRows(
      [
        { key: 'a', layer: 0, x: 0, width: 100 },
        { key: 'b', layer: 0, x: 300, width: 100 },
      ],
      20,
    );
    expect([xs.get('a'), xs.get('b')]).toEqual([0, 300]);
  });
});

describe('facts panel', () => {
  it('lists the fields with their Vietnamese labels', () => {
    expect(documentFacts(lineage18.nodes[0]).map((f) => [f.label, f.value])).toEqual([
      ['Số ký hiệu', '18/QĐ-BQL'],
      ['Loại văn bản', 'Quyết định'],
      ['Cơ quan ban hành', 'Ban QLDA Phát triển tỉnh Khánh Hòa'],
      ['Tỉnh', 'Khánh Hòa'],
      ['Ngày ban hành', '24/03/2021'],
      ['Trích yếu', 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2021 của Ban QLDA Phát triển tỉnh Khánh Hòa'],
      ['Cấp', '6 — Sở, ban, ngành cấp tỉnh'],
      ['Nguồn', 'Đã nhập'],
    ]);
    const stub = documentFacts(lineage18.nodes[1]);
    expect(stub.find((f) => f.field === 'ingested')!.value).toBe('Chỉ biết qua trích dẫn');
    expect(stub.find((f) => f.field === 'province')!.value).toBe('');
  });

  it('lists what a document cites and what cites it', () => {
    const { cites, citedBy } = relationsOf(lineage18, UBND166);
    expect(cites.map((r) => [r.relationLabel, r.name])).toEqual([['Thực hiện', '01/NQ-CP']]);
    expect(citedBy.map((r) => [r.relationLabel, r.name, r.quote])).toEqual([
      ['Dẫn chiếu', '18/QĐ-BQL', '166/QD-UBND ngay 18/01/2021'],
    ]);
  });
});

describe('address', () => {
  it.each([
    ['?doc=vn%2Fkhanh-hoa%2Fubnd%2Fqd%2F2020%2F489', 'vn/khanh-hoa/ubnd/qd/2020/489'],
    ['?doc=vn/khanh-hoa/ubnd/qd/2020/489&x=1', 'vn/khanh-hoa/ubnd/qd/2020/489'],
    ['?doc=', null],
    ['', null],
  ])('docFromSearch(%j) → %j', (search, key) => {
    expect(docFromSearch(search)).toBe(key);
  });

  it.each([
    ['', 'vn/a/b', '?doc=vn%2Fa%2Fb'],
    ['?x=1&doc=old', 'vn/new', '?x=1&doc=vn%2Fnew'],
    ['?doc=old', null, ''],
  ])('searchWithDoc(%j, %j) → %j', (search, key, result) => {
    expect(searchWithDoc(search, key)).toBe(result);
    if (key) expect(docFromSearch(result)).toBe(key);
  });
});

describe('GraphQLClient', () => {
  function fakeFetch(status: number, body: unknown) {
    const calls: Array<{ url: string; body: { query: string; variables: Record<string, unknown> } }> = [];
    const fetchImpl = async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    };
    return { calls, client: new GraphQLClient('/graphql', fetchImpl) };
  }

  it('asks search with the text and returns the documents', async () => {
    const found = [lineage18.nodes[0]];
    const { calls, client } = fakeFetch(200, { data: { search: found } });
    await expect(client.search('18/QD-BQL', 5)).resolves.toEqual(found);
    expect(calls[0].url).toBe('/graphql');
    expect(calls[0].body.variables).toEqual({ text: '18/QD-BQL', first: 5 });
    expect(calls[0].body.query).toContain('search(text: $text, first: $first)');
  });

  it('asks lineage upwards, three deep, by default', async () => {
    const { calls, client } = fakeFetch(200, { data: { lineage: lineage18 } });
    await expect(client.lineage(BQL18)).resolves.toEqual(lineage18);
    // Every relation unless some are asked for.
    expect(calls[0].body.variables).toEqual({ key: BQL18, direction: 'UP', depth: 3, relations: null });
    expect(calls[0].body.query).toContain('edges { from to relation quote ocr confidence }');
  });

  it.each([
    [200, { errors: [{ message: 'depth must be between 1 and 6' }], data: null }, 'depth must be between 1 and 6'],
    [400, { errors: [{ message: 'Variable "$key" of required type "ID!" was not provided.' }] }, 'Variable "$key" of required type "ID!" was not provided.'],
    [200, { errors: [{ message: 'một' }, { message: 'hai' }] }, 'một; hai'],
    [500, 'Internal Server Error', 'Máy chủ trả lỗi HTTP 500'],
    [200, { data: null }, 'Máy chủ không trả dữ liệu'],
  ])('HTTP %i %j → Error %j', async (status, body, message) => {
    const { client } = fakeFetch(status, body);
    await expect(client.search('x')).rejects.toThrow(message);
  });

  it('says when the server cannot be reached', async () => {
    const client = new GraphQLClient('/graphql', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(client.lineage('k')).rejects.toThrow('Không kết nối được máy chủ (fetch failed)');
  });
});
