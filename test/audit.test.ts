/**
 * The audit (api/audit): on the sample corpus it lists exactly the findings of DOMAIN.md §7
 * (plus UNRESOLVED, informational), and each rule fires on a document made for it and stays
 * quiet on its near miss. Real Neo4j of the global setup; series names and validity tables pure.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAudit, type AuditFilter, type Finding } from '../api/audit/index.ts';
import { queryRunner } from '../api/audit/run.ts';
import { seriesName, sameSeries } from '../api/audit/series.ts';
import { applySchema, ingestPaths, parseValidity, UnreadableFileError, writeValidity } from '../ingest/index.ts';
import { namedPeriod } from '../ingest/period.ts';
import { clearDatabase, testDriver } from './setup/db.ts';
import { decision } from './setup/documents.ts';

const CORPUS = new URL('../examples/corpus/', import.meta.url).pathname;
let driver: Driver;
let dir: string;

async function audit(filter: AuditFilter = {}): Promise<Finding[]> {
  const session = driver.session();
  try {
    return await session.executeRead((tx) => runAudit(queryRunner(tx), filter));
  } finally {
    await session.close();
  }
}

/** A finding as a short line: code, citing, cited, related. */
const line = (f: Finding) =>
  [f.code, f.citing.number ?? f.citing.title?.slice(0, 24), f.cited?.number ?? f.cited?.title, f.related.map((r) => r.number).join(',')].join(' | ');

async function ingest(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return ingestPaths(driver, Object.keys(files).map((n) => join(dir, n)));
}

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
});
beforeEach(async () => {
  await clearDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), 'cancu-audit-'));
  return () => rm(dir, { recursive: true, force: true });
});
afterAll(async () => driver?.close());

describe('the sample corpus', () => {
  beforeEach(async () => {
    await ingestPaths(driver, [CORPUS]);
  });

  it('lists exactly the findings an auditor expects (DOMAIN.md §7)', async () => {
    const findings = (await audit()).filter((f) => f.code !== 'UNRESOLVED');
    expect(findings.map(line).sort()).toEqual([
      // File 002, a 2023 plan, rests on a decision dated 2022 for a 2023 plan.
      'DATE_BEFORE_SUBJECT_YEAR | Truyền thông về công tác | 828/QĐ-UBND | ',
      // File 000 cites the number and date of the province's own 489/QĐ-UBND under the Sở's code.
      'ISSUER_CONFLICT | Ban hành Kế hoạch tuyên  | 489/QĐ-SLĐTBXH | 489/QĐ-UBND',
      // 26/2012/TT-BTC ngày 10/05/2019 in files 001 and 004.
      'NUMBER_YEAR_MISMATCH | 18/QĐ-BQL | 26/2012/TT-BTC | ',
      'NUMBER_YEAR_MISMATCH | 489/QĐ-UBND | 26/2012/TT-BTC | ',
      // File 003, a 2021 plan, carries out the Sở's 2020 plan.
      'PAST_PERIOD | 28/KH-SLĐTBXH | 27/KH-SLĐTBXH | ',
      // File 000 (2020) rests on the 2019 plans although the 2020 ones exist.
      'SUPERSEDED_IN_SERIES | Ban hành Kế hoạch tuyên  | 4089/QĐ-UBND | 3994/QĐ-UBND',
      'SUPERSEDED_IN_SERIES | Ban hành Kế hoạch tuyên  | 572/QĐ-UBND | 489/QĐ-UBND',
    ]);
    for (const f of findings) {
      expect(f.reason.length).toBeGreaterThan(20);
      expect(f.reasonEn.length).toBeGreaterThan(20);
    }
  });

  it('reports documents absent from the corpus as UNRESOLVED (information), never an ingested one', async () => {
    const unresolved = await audit({ codes: ['UNRESOLVED'] });
    expect(unresolved.length).toBeGreaterThan(20);
    expect(unresolved.every((f) => f.severity === 'INFO' && f.cited?.ingested === false)).toBe(true);
    expect(unresolved.map((f) => f.cited?.number)).not.toContain('489/QĐ-UBND');
  });

  it('filters by province, year, code and severity', async () => {
    expect((await audit({ province: 'Hà Tĩnh' })).filter((f) => f.code !== 'UNRESOLVED').map(line)).toEqual(['PAST_PERIOD | 28/KH-SLĐTBXH | 27/KH-SLĐTBXH | ']);
    expect((await audit({ codes: ['NUMBER_YEAR_MISMATCH'], yearFrom: 2021 })).map(line)).toEqual(['NUMBER_YEAR_MISMATCH | 18/QĐ-BQL | 26/2012/TT-BTC | ']);
    expect(new Set((await audit({ severity: 'ERROR' })).map((f) => f.code))).toEqual(new Set(['ISSUER_CONFLICT', 'NUMBER_YEAR_MISMATCH']));
    // By document: the citations made of 26/2012/TT-BTC, from both files that cite it.
    expect((await audit({ key: 'vn/tw/btc/tt/2012/26' })).map(line)).toEqual([
      'NUMBER_YEAR_MISMATCH | 18/QĐ-BQL | 26/2012/TT-BTC | ', 'UNRESOLVED | 18/QĐ-BQL | 26/2012/TT-BTC | ',
      'NUMBER_YEAR_MISMATCH | 489/QĐ-UBND | 26/2012/TT-BTC | ', 'UNRESOLVED | 489/QĐ-UBND | 26/2012/TT-BTC | ',
    ]);
  });
});

describe('each rule on a document made for it', () => {
  it('DATE_AFTER_CITING: a cited date later than the citing document', async () => {
    await ingest({ 'a.txt': decision('Khánh Hòa', '70/QĐ-UBND', [1, 6, 2020], ['Căn cứ Quyết định số 71/QĐ-UBND ngày 02/8/2020 của UBND tỉnh;', 'Căn cứ Quyết định số 72/QĐ-UBND ngày 02/5/2020 của UBND tỉnh;']) });
    expect((await audit({ codes: ['DATE_AFTER_CITING'] })).map(line)).toEqual(['DATE_AFTER_CITING | 70/QĐ-UBND | 71/QĐ-UBND | ']);
  });

  it('AMENDED_NOT_CITED, REPLACED, REPEALED: a change the graph knows of, not cited by the citing document', async () => {
    await ingest({
      // Stated by a third document: 20/2020/NĐ-CP amends 10/2019/NĐ-CP.
      'stated.txt': decision('Khánh Hòa', '80/QĐ-UBND', [1, 4, 2020], ['Căn cứ Nghị định số 10/2019/NĐ-CP ngày 01/02/2019 của Chính phủ được sửa đổi, bổ sung bởi Nghị định số 20/2020/NĐ-CP ngày 01/3/2020 của Chính phủ;']),
      // The document itself replaces 5/QĐ-UBND and repeals 6/QĐ-UBND.
      'replaces.txt': decision('Khánh Hòa', '81/QĐ-UBND', [1, 5, 2020], ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;'], 'Về việc ban hành Quy chế làm việc',
        ['Điều 2. Quyết định này thay thế Quyết định số 5/QĐ-UBND ngày 01/01/2018 của UBND tỉnh.', 'Điều 3. Bãi bỏ Quyết định số 6/QĐ-UBND ngày 01/01/2018 của UBND tỉnh.']),
      'stale.txt': decision('Khánh Hòa', '90/QĐ-UBND', [1, 6, 2021], [
        'Căn cứ Nghị định số 10/2019/NĐ-CP ngày 01/02/2019 của Chính phủ;',
        'Căn cứ Quyết định số 5/QĐ-UBND ngày 01/01/2018 của UBND tỉnh;',
        'Căn cứ Quyết định số 6/QĐ-UBND ngày 01/01/2018 của UBND tỉnh;',
      ]),
      // Cites the amended decree and its amendment: nothing to report.
      'fresh.txt': decision('Khánh Hòa', '91/QĐ-UBND', [2, 6, 2021], [
        'Căn cứ Nghị định số 10/2019/NĐ-CP ngày 01/02/2019 của Chính phủ;',
        'Căn cứ Nghị định số 20/2020/NĐ-CP ngày 01/3/2020 của Chính phủ;',
      ]),
    });
    expect((await audit({ codes: ['AMENDED_NOT_CITED', 'REPLACED', 'REPEALED'] })).map(line)).toEqual([
      'AMENDED_NOT_CITED | 90/QĐ-UBND | 10/2019/NĐ-CP | 20/2020/NĐ-CP',
      'REPEALED | 90/QĐ-UBND | 6/QĐ-UBND | 81/QĐ-UBND',
      'REPLACED | 90/QĐ-UBND | 5/QĐ-UBND | 81/QĐ-UBND',
    ]);
  });

  it('PAST_PERIOD: a period named "giai đoạn 2016 - 2020" relied on in 2022, not in 2020', async () => {
    const basis = 'Căn cứ Quyết định số 3490/QĐ-BNV ngày 10/10/2016 của Bộ Nội vụ phê duyệt Đề án tuyên truyền cải cách hành chính giai đoạn 2016 - 2020;';
    await ingest({
      'old.txt': decision('Khánh Hòa', '100/QĐ-UBND', [1, 6, 2022], [basis]),
      'ontime.txt': decision('Khánh Hòa', '101/QĐ-UBND', [1, 6, 2020], [basis]),
    });
    expect((await audit({ codes: ['PAST_PERIOD'] })).map(line)).toEqual(['PAST_PERIOD | 100/QĐ-UBND | 3490/QĐ-BNV | ']);
  });

  it('SUPERSEDED_IN_SERIES stays quiet when the citing document also cites the successor', async () => {
    await ingest({
      'plan2021.txt': decision('Bình Định', '200/QĐ-UBND', [20, 12, 2020], [], 'Về việc ban hành Kế hoạch cải cách hành chính tỉnh Bình Định năm 2021'),
      'both.txt': decision('Bình Định', '300/QĐ-UBND', [1, 3, 2021], [
        'Căn cứ Quyết định số 150/QĐ-UBND ngày 20/12/2019 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính tỉnh Bình Định năm 2020;',
        'Căn cứ Quyết định số 200/QĐ-UBND ngày 20/12/2020 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính tỉnh Bình Định năm 2021;',
      ]),
      'stale.txt': decision('Bình Định', '301/QĐ-UBND', [2, 3, 2021], [
        'Căn cứ Quyết định số 150/QĐ-UBND ngày 20/12/2019 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính tỉnh Bình Định năm 2020;',
      ]),
    });
    expect((await audit({ codes: ['SUPERSEDED_IN_SERIES', 'PAST_PERIOD'] })).map(line)).toEqual([
      'PAST_PERIOD | 300/QĐ-UBND | 150/QĐ-UBND | ',
      'SUPERSEDED_IN_SERIES | 301/QĐ-UBND | 150/QĐ-UBND | 200/QĐ-UBND',
    ]);
  });

  it('DATE_BEFORE_SUBJECT_YEAR: a cited date that disagrees with the same document elsewhere', async () => {
    await ingest({ 'a.txt': decision('Khánh Hòa', '400/QĐ-UBND', [1, 6, 2020], ['Căn cứ Quyết định số 401/QĐ-UBND ngày 02/5/2020 của UBND tỉnh;']) });
    await ingest({ 'b.txt': decision('Khánh Hòa', '402/QĐ-UBND', [1, 7, 2020], ['Căn cứ Quyết định số 401/QĐ-UBND ngày 20/5/2020 của UBND tỉnh;']) });
    const found = await audit({ codes: ['DATE_BEFORE_SUBJECT_YEAR'] });
    expect(found.map(line)).toEqual(['DATE_BEFORE_SUBJECT_YEAR | 402/QĐ-UBND | 401/QĐ-UBND | 400/QĐ-UBND']);
    expect(found[0].reason).toBe('401/QĐ-UBND được trích dẫn với ngày 20/05/2020 nhưng nơi khác ghi ngày 02/05/2020.');
  });

  it('EXPIRED: citations made after the expiry date of a validity table, with its source', async () => {
    await ingest({
      'late.txt': decision('Khánh Hòa', '500/QĐ-UBND', [1, 6, 2021], ['Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;']),
      'early.txt': decision('Khánh Hòa', '501/QĐ-UBND', [1, 6, 2020], ['Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;']),
    });
    const table = parseValidity('key,status,date,replaced_by,source\nvn/tw/cp/nd/2018/61,hết hiệu lực một phần,22/10/2021,107/2021/NĐ-CP,https://example.test/validity\n'
      + 'vn/tw/cp/nd/2099/1,hết hiệu lực,01/01/2020,,https://example.test/validity\n');
    expect(await writeValidity(driver, table)).toEqual([1]);
    expect((await audit({ codes: ['EXPIRED'] })).map(line)).toEqual([]);
    await writeValidity(driver, parseValidity('number,issuer,status,date,source\n61/2018/NĐ-CP,Chính phủ,hết hiệu lực,01/01/2021,https://example.test/validity\n'));
    const found = await audit({ codes: ['EXPIRED'] });
    expect(found.map(line)).toEqual(['EXPIRED | 500/QĐ-UBND | 61/2018/NĐ-CP | ']);
    expect(found[0]).toMatchObject({ severity: 'ERROR', reason: '61/2018/NĐ-CP hết hiệu lực từ 01/01/2021 (nguồn: https://example.test/validity).' });
  });
});

describe('validity tables', () => {
  it.each([
    ['key,status,date,source\nvn/x,còn hiệu lực,,https://s\n', [{ key: 'vn/x', status: 'còn hiệu lực', date: null, source: 'https://s' }]],
    ['number,issuer,status,date,replaced_by,source\n61/2018/NĐ-CP,Chính phủ,Hết hiệu lực,2021-01-01,107/2021/NĐ-CP,https://s\n',
      [{ key: null, number: '61/2018/NĐ-CP', issuer: 'Chính phủ', status: 'hết hiệu lực', date: '2021-01-01', replacedBy: '107/2021/NĐ-CP' }]],
  ])('reads %j', (csv, rows) => {
    expect(parseValidity(csv)).toMatchObject(rows);
  });

  it.each([
    ['key,status,date,source\nvn/x,hủy,,https://s\n', 'line 2: status "hủy" is not one of: còn hiệu lực, hết hiệu lực một phần, hết hiệu lực'],
    ['key,status,date,source\nvn/x,hết hiệu lực,31/02,https://s\n', 'line 2: date "31/02" is not dd/mm/yyyy or yyyy-mm-dd'],
    ['key,status,date,source\nvn/x,hết hiệu lực,,\n', 'line 2: no source (where the status was read)'],
    ['number,status,date,source\n1/QĐ-UBND,hết hiệu lực,,https://s\n', 'line 2: give a key, or a number and an issuer'],
  ])('refuses %j', (csv, reason) => {
    expect(() => parseValidity(csv)).toThrow(new UnreadableFileError(reason));
  });
});

describe('periods and series', () => {
  it.each([
    ['ban hành Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2020', { start: 2020, end: 2020 }],
    ['ban hanh Ké hoach cdi cach hanh chinh tinh Khdnh Hoa ndm 2019', { start: 2019, end: 2019 }],
    ['phê duyệt Đề án “Tăng cường công tác thông tin, tuyên truyền cải cách hành chính giai đoạn 2016 - 2020”', { start: 2016, end: 2020 }],
    ['về việc cải tiến lề lối làm việc', null],
  ])('%s → %j', (title, period) => {
    expect(namedPeriod(title)).toEqual(period);
  });

  it('names a series without its year, place and opening words, OCR tolerated', () => {
    expect(seriesName('ban hanh Ké hoach cdi cach hanh chinh tinh Khdnh Hoa ndm 2019')).toBe('ke hoach cdi cach hanh chinh');
    expect(sameSeries('ban hanh Ké hoach cdi cach hanh chinh tinh Khdnh Hoa ndm 2019', 'ban hành Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2020')).toBe(true);
    expect(sameSeries('ban hành Kế hoạch cải cách hành chính năm 2019', 'Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2020')).toBe(false);
    // "Ban" of "ban hành" is not a Ban (board) ending the name.
    expect(seriesName('Về việc ban hành Kế hoạch cải cách hành chính tỉnh Bình Định năm 2021')).toBe('ke hoach cai cach hanh chinh');
  });
});
