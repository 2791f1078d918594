/**
 * The page in a real browser against the real API: ingest the sample corpus into the test
 * Neo4j, start the server in-process, drive Debian's Chromium with playwright-core.
 * Needs Chromium (`apt-get install chromium`, or CHROMIUM_PATH). Builds ui/dist first.
 * Leaves screenshots in test/artifacts/lineage.png and docs/screenshot.png.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../api/server.ts';
import { ingestPaths } from '../ingest/index.ts';
import { clearDatabase, testDriver } from './setup/db.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const SCREENSHOTS = [path.join(ARTIFACTS, 'lineage.png'), path.join(ROOT, 'docs', 'screenshot.png')];

/** DOMAIN.md §7: the authority chain of 18/QĐ-BQL. */
const FOCUS = '18/QĐ-BQL';
const BASES = ['3595/QĐ-UBND', '590/QĐ-UBND', '3322/QĐ-UBND', '05/QĐ-BQL'];

interface Drawn {
  nodes: Array<{ key: string; label: string; x: number; y: number }>;
  edges: Array<{ from: string; to: string; relation: string }>;
  focus: string | null;
}

/** The số ký hiệu drawn on a node: the first line of its label. */
const numberOf = (label: string) => label.split('\n')[0];

async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const hook = window.__cancu!;
    return { nodes: hook.nodes(), edges: hook.edges(), focus: hook.focus() };
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
    { timeout: 20_000 },
  );
  return drawn(page);
}

describe('the page', () => {
  let driver: Driver;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
    }
    await build({ configFile: path.join(ROOT, 'ui', 'vite.config.ts'), logLevel: 'warn' });

    driver = testDriver();
    await clearDatabase(driver);
    const summary = await ingestPaths(driver, [path.join(ROOT, 'examples', 'corpus')]);
    expect(summary.failed).toEqual([]);

    server = await startServer({ driver, port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('finds 18/QĐ-BQL, draws its legal bases above it and shows a document’s facts', async () => {
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe('Căn cứ — đồ thị căn cứ pháp lý');

    const searchBox = page.getByRole('searchbox', { name: 'Tìm văn bản' });
    await searchBox.fill(FOCUS);
    await searchBox.press('Enter');

    const result = page.locator('.result').filter({
      has: page.locator('.result-number', { hasText: new RegExp(`^${FOCUS}$`) }),
    });
    await result.first().waitFor({ timeout: 20_000 });
    await result.first().click();

    const { nodes, edges, focus } = await waitForLineage(page, FOCUS);
    const byNumber = new Map(nodes.map((n) => [numberOf(n.label), n]));
    const focusNode = byNumber.get(FOCUS)!;
    expect(focusNode.key).toBe(focus);
    expect(new URL(page.url()).searchParams.get('doc')).toBe(focus);

    for (const number of BASES) {
      const node = byNumber.get(number);
      expect(node, `${number} is drawn`).toBeDefined();
      expect(
        edges.some((e) => e.from === focusNode.key && e.to === node!.key),
        `an edge ${FOCUS} → ${number}`,
      ).toBe(true);
      // Cited documents are drawn above the citing one.
      expect(node!.y, `${number} above ${FOCUS}`).toBeLessThan(focusNode.y);
    }
    expect(edges.filter((e) => e.from === focusNode.key).map((e) => e.relation)).toContain('BASED_ON');

    // Click the node of 3595/QĐ-UBND on the canvas: its facts appear.
    const target = byNumber.get('3595/QĐ-UBND')!;
    const canvas = (await page.getByTestId('lineage-graph').boundingBox())!;
    await page.mouse.click(canvas.x + target.x, canvas.y + target.y);
    const panel = page.getByRole('complementary', { name: 'Thông tin văn bản' });
    const numberField = panel.locator('.fact-number dd');
    await expect.poll(() => numberField.innerText(), { timeout: 10_000 }).toBe('3595/QĐ-UBND');
    await expect(panel.locator('.fact-date dt').innerText()).resolves.toBe('Ngày ban hành');
    await expect(panel.locator('.fact-date dd').innerText()).resolves.toBe('31/12/2020');
    await expect(panel.locator('.fact-ingested dd').innerText()).resolves.toBe('Chỉ biết qua trích dẫn');
    await expect(panel.locator('.fact-number dt').innerText()).resolves.toBe('Số ký hiệu');

    await mkdir(ARTIFACTS, { recursive: true });
    for (const file of SCREENSHOTS) {
      await mkdir(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file });
    }

    // A reload restores the document from the address.
    await page.reload();
    const again = await waitForLineage(page, FOCUS);
    expect(again.focus).toBe(focus);
    expect(again.nodes.length).toBe(nodes.length);

    expect(pageErrors).toEqual([]);
  }, 120_000);
});
