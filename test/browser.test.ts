/**
 * The page in a real browser against the real API: ingest the sample corpus into the test
 * Neo4j, start the server in-process, drive Debian's Chromium with playwright-core.
 * Needs Chromium (`apt-get install chromium`, or CHROMIUM_PATH). Builds ui/dist first.
 * Leaves a screenshot of each view in test/artifacts/ and the README's in docs/.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../api/server.ts';
import { applySchema, ingestPaths } from '../ingest/index.ts';
import { clearDatabase, testDriver } from './setup/db.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const DOCS = path.join(ROOT, 'docs');

/** DOMAIN.md §7: the authority chain of 18/QĐ-BQL. */
const FOCUS = '18/QĐ-BQL';
const FOCUS_KEY = 'vn/khanh-hoa/ban-qlda-phat-trien/qd/2021/18';
const BASES = ['3595/QĐ-UBND', '590/QĐ-UBND', '3322/QĐ-UBND', '05/QĐ-BQL'];
/** File 000, the Sở LĐTBXH Khánh Hòa's 2020 plan (no number of its own). */
const FILE_000 = 'vn/khanh-hoa/sldtbxh/qd/_/ban-hanh-ke-hoach-tuyen-truyen-cai-cach-hanh-chinh-nam-2020-cua-so-lao-dong-thuo';

interface Drawn {
  nodes: Array<{ key: string; label: string; x: number; y: number }>;
  edges: Array<{ from: string; to: string; relation: string; finding: boolean }>;
  focus: string | null;
  selected: string[];
}

/** The số ký hiệu drawn on a node: the first line of its label. */
const numberOf = (label: string) => label.split('\n')[0];

async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const hook = window.__cancu!;
    return { nodes: hook.nodes(), edges: hook.edges(), focus: hook.focus(), selected: hook.selected() };
  });
}

/** Waits until the drawing shows a lineage whose focused node is labelled `number`. */
async function waitForLineage(page: Page, number: string): Promise<Drawn> {
  await page.waitForFunction(
    (n) => {
      const hook = window.__cancu;
      const focus = hook?.focus();
      return !!focus && hook!.nodes().some((node) => node.key === focus && node.label.split('\n')[0] === n);
    },
    number,
    { timeout: 30_000 },
  );
  return drawn(page);
}

async function shoot(page: Page, name: string, alsoInDocs = false): Promise<void> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (alsoInDocs) await copyFile(file, path.join(DOCS, 'screenshots', `${name}.png`));
}

describe('the page', () => {
  let driver: Driver;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const open = async (p: Page, query: string) => {
    await p.goto(`${server.url}${query}`);
  };
  const watch = (p: Page) => {
    p.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    // Nothing swallowed, nothing shouted: the console stays clean (the favicon aside).
    p.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warning') && !/favicon|Failed to load resource: .*404/.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
    });
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
    }
    await build({ configFile: path.join(ROOT, 'ui', 'vite.config.ts'), logLevel: 'warn' });

    driver = testDriver();
    await clearDatabase(driver);
    await applySchema(driver);
    const summary = await ingestPaths(driver, [path.join(ROOT, 'examples', 'corpus')]);
    expect(summary.failed).toEqual([]);
    // Search uses a full-text index, which fills in the background.
    await driver.executeQuery('CALL db.awaitIndexes(60)');

    server = await startServer({ driver, port: 0, host: '127.0.0.1', api: { timeoutMs: 30_000 } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    watch(page);
    await mkdir(path.join(DOCS, 'screenshots'), { recursive: true });
    await mkdir(ARTIFACTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('search → suggestion → lineage → node → source text with the quote highlighted', async () => {
    await open(page, '');
    await expect(page.title()).resolves.toBe('Căn cứ — đồ thị căn cứ pháp lý');

    // Without diacritics: the suggestions come as one types.
    const box = page.getByRole('combobox', { name: 'Tìm văn bản' });
    await box.fill('18/QD-BQL');
    const suggestion = page.getByRole('option').filter({ hasText: FOCUS });
    await suggestion.first().waitFor({ timeout: 20_000 });
    await expect(suggestion.first().innerText()).resolves.toContain('Ban QLDA Phát triển tỉnh Khánh Hòa · 24/03/2021');
    await box.press('Enter');
    await expect.poll(() => page.locator('.search-view .results .result-number').allInnerTexts(), { timeout: 20_000 }).toContain(FOCUS);
    expect(new URL(page.url()).searchParams.get('q')).toBe('18/QD-BQL');
    await shoot(page, 'search', true);

    await page.locator('.result').filter({ hasText: FOCUS }).getByRole('link', { name: 'Sơ đồ' }).click();
    const { nodes, edges, focus } = await waitForLineage(page, FOCUS);
    expect(focus).toBe(FOCUS_KEY);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(FOCUS_KEY);
    const byNumber = new Map(nodes.map((n) => [numberOf(n.label), n]));
    const focusNode = byNumber.get(FOCUS)!;
    for (const number of BASES) {
      const node = byNumber.get(number);
      expect(node, `${number} is drawn`).toBeDefined();
      expect(edges.some((e) => e.from === focusNode.key && e.to === node!.key), `an edge ${FOCUS} → ${number}`).toBe(true);
      // Cited documents are drawn above the citing one.
      expect(node!.y, `${number} above ${FOCUS}`).toBeLessThan(focusNode.y);
    }
    // 26/2012/TT-BTC's number year disagrees with its date: that citation is marked.
    const tt = byNumber.get('26/2012/TT-BTC')!;
    await expect.poll(async () => (await drawn(page)).edges.find((e) => e.from === FOCUS_KEY && e.to === tt.key)?.finding, { timeout: 20_000 }).toBe(true);

    // Click the node of 3595/QĐ-UBND on the canvas: its facts appear.
    const target = byNumber.get('3595/QĐ-UBND')!;
    const canvas = (await page.getByTestId('lineage-graph').boundingBox())!;
    await page.mouse.click(canvas.x + target.x, canvas.y + target.y);
    const panel = page.getByRole('complementary', { name: 'Thông tin văn bản' });
    await expect.poll(() => panel.locator('.fact-number dd').innerText(), { timeout: 10_000 }).toBe('3595/QĐ-UBND');
    await expect(panel.locator('.fact-date dd').innerText()).resolves.toBe('31/12/2020');
    await expect(panel.locator('.fact-ingested dd').innerText()).resolves.toBe('Chỉ biết qua trích dẫn');
    expect(new URL(page.url()).searchParams.get('sel')).toBe(target.key);
    await shoot(page, 'lineage', true);
    await copyFile(path.join(ARTIFACTS, 'lineage.png'), path.join(DOCS, 'screenshot.png'));

    // From the picked node's relations to the focused document, then its document view.
    await panel.getByRole('button', { name: FOCUS }).click();
    await expect.poll(() => panel.locator('.fact-number dd').innerText()).toBe(FOCUS);
    await panel.getByRole('link', { name: 'Xem văn bản' }).click();
    await page.getByRole('heading', { name: FOCUS, level: 2 }).waitFor({ timeout: 20_000 });
    const group = page.locator('.citation-group[data-relation="BASED_ON"]');
    await expect(group.locator('h3').innerText()).resolves.toBe('Căn cứ (4)');
    const citation = group.locator('.citation').filter({ hasText: '3595/QĐ-UBND' });
    await citation.getByRole('button', { name: 'Xem trong văn bản gốc' }).click();
    const mark = page.getByTestId('source-highlight');
    await expect.poll(() => mark.innerText(), { timeout: 20_000 }).toBe('Quyét dinh sé 3595/0D-UBND ngay 31/12/2020');
    const sourceText = await page.getByTestId('source-text').innerText();
    expect(sourceText.indexOf('Quyét dinh sé 3595/0D-UBND ngay 31/12/2020')).toBe(359);
    // Scrolled to the highlight: it is inside the text box's visible part.
    const [boxRect, markRect] = await Promise.all([page.getByTestId('source-text').boundingBox(), mark.boundingBox()]);
    expect(markRect!.y).toBeGreaterThanOrEqual(boxRect!.y);
    expect(markRect!.y + markRect!.height).toBeLessThanOrEqual(boxRect!.y + boxRect!.height);
    expect(new URL(page.url()).searchParams.get('cite')).toBe('BASED_ON|vn/khanh-hoa/ubnd/qd/2020/3595|' + FOCUS_KEY);
    // Its finding: the Thông tư cited with a number year that disagrees with its date.
    await expect.poll(() => page.locator('.doc-findings').innerText(), { timeout: 20_000 }).toContain('Năm trong số ký hiệu lệch ngày');
    await shoot(page, 'document', true);

    // A reload restores the view from the address: same document, same highlighted quote.
    await page.reload();
    await expect.poll(() => page.getByTestId('source-highlight').innerText(), { timeout: 20_000 }).toBe('Quyét dinh sé 3595/0D-UBND ngay 31/12/2020');
  }, 180_000);

  it('lists the audit findings of the samples, filters them and leads to the citation in the graph', async () => {
    await open(page, '?view=audit');
    const table = page.getByTestId('audit-table');
    await table.waitFor({ timeout: 30_000 });
    const counts = page.getByTestId('audit-counts');
    const count = async (code: string) => Number((await counts.locator(`[data-code="${code}"] .count-n`).innerText()).trim());
    expect(await count('SUPERSEDED_IN_SERIES')).toBe(2);
    expect(await count('NUMBER_YEAR_MISMATCH')).toBe(2);
    expect(await count('ISSUER_CONFLICT')).toBe(1);
    expect(await count('PAST_PERIOD')).toBe(1);
    expect(await count('DATE_BEFORE_SUBJECT_YEAR')).toBe(1);
    expect(await count('UNRESOLVED')).toBeGreaterThan(0);
    const text = await table.innerText();
    for (const s of ['489/QĐ-SLĐTBXH', '4089/QĐ-UBND', '572/QĐ-UBND', '27/KH-SLĐTBXH', '828/QĐ-UBND', '26/2012/TT-BTC']) expect(text).toContain(s);
    await shoot(page, 'audit', true);

    // Filter by code (a click on its count), then by province.
    await counts.locator('[data-code="NUMBER_YEAR_MISMATCH"]').click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('26/2012/TT-BTC'), expect.stringContaining('26/2012/TT-BTC')]);
    expect(new URL(page.url()).searchParams.get('code')).toBe('NUMBER_YEAR_MISMATCH');
    await counts.locator('[data-code="NUMBER_YEAR_MISMATCH"]').click();
    await page.getByLabel('Tỉnh').selectOption('Hà Tĩnh');
    await expect.poll(async () => (await table.locator('tbody tr').allInnerTexts()).some((r) => r.includes('27/KH-SLĐTBXH')), { timeout: 20_000 }).toBe(true);
    expect((await table.innerText()).includes('489/QĐ-SLĐTBXH')).toBe(false);
    await page.getByLabel('Tỉnh').selectOption('');

    // The CSV holds the rows shown.
    await page.getByLabel('Mã phát hiện').selectOption('ISSUER_CONFLICT');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBe(1);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV' }).click()]);
    const csvText = await readFile((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csvText).toContain('ISSUER_CONFLICT');
    expect(csvText).toContain('489/QĐ-SLĐTBXH');

    // From the finding to its citation in the lineage graph: the edge is drawn, marked and selected.
    await table.getByTestId('finding-graph-link').click();
    await page.waitForFunction(() => (window.__cancu?.nodes().length ?? 0) > 0, undefined, { timeout: 30_000 });
    const conflict = await drawn(page);
    const citedKey = conflict.nodes.find((n) => numberOf(n.label) === '489/QĐ-SLĐTBXH')!.key;
    expect(conflict.focus).toBe(FILE_000);
    // Findings arrive with their own request; the edge is marked once they have.
    await expect.poll(async () => (await drawn(page)).edges.find((e) => e.from === FILE_000 && e.to === citedKey)?.finding, { timeout: 20_000 }).toBe(true);
    await expect.poll(async () => (await drawn(page)).selected).toEqual([`${FILE_000} -> ${citedKey}`]);
    await expect(page.locator('.picked-edge').innerText()).resolves.toContain('Có thể sai cơ quan ban hành');
  }, 180_000);

  it('compares Khánh Hòa and Bình Định and draws a central document’s cascade', async () => {
    await open(page, '?view=compare');
    const matrix = page.getByTestId('compare-matrix');
    await matrix.waitFor({ timeout: 30_000 });
    const heads = await matrix.locator('thead th').allInnerTexts();
    expect(heads).toContain('Khánh Hòa');
    expect(heads).toContain('Bình Định');
    const row = (number: string) => matrix.locator('tbody tr').filter({ has: page.getByRole('button', { name: number, exact: true }) });
    // Khánh Hòa carries out 3490/QĐ-BNV, Bình Định 905/QĐ-BNV of the Bộ Nội vụ.
    await expect(row('3490/QĐ-BNV').locator('td[data-province="Khánh Hòa"]').innerText()).resolves.toContain('489/QĐ-UBND');
    await expect(row('3490/QĐ-BNV').locator('td[data-province="Bình Định"]').innerText()).resolves.toBe('Chưa dẫn');
    await expect(row('905/QĐ-BNV').locator('td[data-province="Bình Định"]').innerText()).resolves.toMatch(/44 ngày/);
    await expect(row('26/CT-TTg').locator('td[data-province="Khánh Hòa"]').innerText()).resolves.toMatch(/108 ngày\s+10316\/KH-UBND/);

    await row('26/CT-TTg').getByRole('button', { name: '26/CT-TTg' }).click();
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.locator('.tl-row').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(timeline.innerText()).resolves.toContain('10316/KH-UBND');
    await expect(timeline.locator('.tl-row[data-province="Khánh Hòa"]').first().innerText()).resolves.toContain('Khánh Hòa');
    expect(new URL(page.url()).searchParams.get('central')).toBe('vn/tw/ttg/ct/2016/26');
    await shoot(page, 'compare', true);
  }, 120_000);

  it('exports the lineage as a non-empty PNG and SVG', async () => {
    await open(page, `?view=lineage&doc=${encodeURIComponent(FOCUS_KEY)}`);
    await waitForLineage(page, FOCUS);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất PNG' }).click()]);
    const pngBytes = await readFile((await png.path())!);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(pngBytes.length).toBeGreaterThan(5_000);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất SVG' }).click()]);
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const n of [FOCUS, ...BASES]) expect(svgText).toContain(`>${n}</tspan>`);
    expect((svgText.match(/<path d="M[^"]*" fill="none"|<g><path/g) ?? []).length).toBeGreaterThan(10);
  }, 120_000);

  it('restores a view from a link, in a fresh tab', async () => {
    const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    watch(tab);
    const sel = 'vn/khanh-hoa/ubnd/qd/2020/3595';
    await open(tab, `?view=lineage&doc=${encodeURIComponent(FOCUS_KEY)}&depth=1&color=province&rels=BASED_ON&sel=${encodeURIComponent(sel)}`);
    const d = await waitForLineage(tab, FOCUS);
    // Depth 1 through BASED_ON only: the four bases and nothing else.
    expect(d.nodes.map((n) => numberOf(n.label)).sort()).toEqual([FOCUS, ...BASES].sort());
    expect(d.selected).toEqual([sel]);
    await expect(tab.getByLabel('Tô màu theo').inputValue()).resolves.toBe('province');
    await expect(tab.getByLabel('Số bậc').inputValue()).resolves.toBe('1');
    await expect(tab.getByRole('checkbox', { name: 'Dẫn chiếu' }).isChecked()).resolves.toBe(false);
    await expect(tab.getByTestId('legend').innerText()).resolves.toContain('Khánh Hòa');
    await expect(tab.getByRole('complementary', { name: 'Thông tin văn bản' }).locator('.fact-number dd').innerText()).resolves.toBe('3595/QĐ-UBND');
    // A double-click expands one more hop, and the address keeps it.
    const bql05 = d.nodes.find((n) => numberOf(n.label) === '05/QĐ-BQL')!;
    const canvas = (await tab.getByTestId('lineage-graph').boundingBox())!;
    await tab.mouse.dblclick(canvas.x + bql05.x, canvas.y + bql05.y);
    await expect.poll(() => new URL(tab.url()).searchParams.get('expand'), { timeout: 10_000 }).toBe(bql05.key);
    await tab.close();
  }, 120_000);

  it('switches to English and back, keeping the view', async () => {
    await open(page, `?view=document&doc=${encodeURIComponent(FOCUS_KEY)}`);
    await page.getByRole('heading', { name: FOCUS, level: 2 }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('navigation', { name: 'Views' }).innerText()).resolves.toMatch(/Search[\s\S]*Document[\s\S]*Lineage graph[\s\S]*Audit[\s\S]*Compare provinces/);
    await expect(page.locator('.fact-number dt').innerText()).resolves.toBe('Number');
    await expect(page.locator('.citation-group[data-relation="BASED_ON"] h3').innerText()).resolves.toBe('Based on (4)');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await shoot(page, 'document-en');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await expect(page.locator('.fact-number dt').innerText()).resolves.toBe('Số ký hiệu');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  }, 60_000);

  it('shows the API’s own message when a request fails', async () => {
    await open(page, `?view=lineage&doc=${encodeURIComponent(FOCUS_KEY)}&depth=3`);
    await waitForLineage(page, FOCUS);
    await open(page, '?view=lineage&doc=vn/nowhere/qd/1');
    const alert = page.locator('.graph-status [role="alert"]');
    await alert.first().waitFor({ timeout: 20_000 });
    await expect(alert.first().innerText()).resolves.toContain('No document has the key "vn/nowhere/qd/1"');
    await expect(alert.first().getByRole('button', { name: 'Thử lại' }).isVisible()).resolves.toBe(true);
    // Expected API errors are shown, not thrown: nothing reached the console.
    expect(problems).toEqual([]);
  }, 60_000);
});
