/**
 * `Query.compareProvinces(provinces, level)`: for each higher document that documents of the
 * given provinces cite (directly or through a chain, cypher/compare-provinces.cypher), which
 * provinces do, how early, and how long after the cited document.
 */
import neo4j from 'neo4j-driver';
import { MAX_KEY_LENGTH } from '../arguments.ts';
import { cypher } from '../cypher.ts';
import { badUserInput } from '../errors.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { integer, toDocument, type DocumentRecord } from '../mapping.ts';

export const DEFAULT_LEVEL = 4;
/** Levels run from 1 (Party centre) to 7 (huyện, xã). */
export const MAX_LEVEL = 7;
/** Most provinces in one comparison (there are 63, 34 since 2025). */
export const MAX_PROVINCES = 70;
/** Most cited documents in one answer. */
export const MAX_ROWS = 1000;

interface Uptake {
  province: string;
  cited: boolean;
  direct: boolean;
  documents: number;
  first: DocumentRecord | null;
  lagDays: number | null;
}

/**
 * Resolve `compareProvinces`.
 * @param provinces null means every province that has documents, by name; duplicates dropped.
 * @param level null means {@link DEFAULT_LEVEL}.
 * @returns the provinces, the level, one row per cited document with one uptake per province
 *   (cited false when none of its documents reach it), and `truncated` past {@link MAX_ROWS}.
 * @throws BAD_USER_INPUT when level is not in 1..{@link MAX_LEVEL} or the list is empty, longer
 *   than {@link MAX_PROVINCES} or holds an over-long name.
 */
export const compareProvinces: NonNullable<QueryResolvers['compareProvinces']> = async (_parent, args, context) => {
  const level = args.level ?? DEFAULT_LEVEL;
  if (!Number.isInteger(level) || level < 1 || level > MAX_LEVEL) {
    throw badUserInput(`level must be between 1 and ${MAX_LEVEL}`, 'level');
  }
  if (args.provinces != null) {
    if (args.provinces.length === 0) throw badUserInput('provinces must name at least one province (or be left out for all)', 'provinces');
    if (args.provinces.length > MAX_PROVINCES || args.provinces.some((p) => p.length > MAX_KEY_LENGTH)) {
      throw badUserInput(`provinces must name at most ${MAX_PROVINCES} provinces`, 'provinces');
    }
  }

  return context.read(async (tx) => {
    const provinces = args.provinces
      ? [...new Set(args.provinces)]
      : (await tx.run(cypher('provinces'))).records.map((r) => r.get('name') as string);
    const result = await tx.run(cypher('compare-provinces'), { provinces, level: neo4j.int(level), limit: neo4j.int(MAX_ROWS + 1) });
    const rows = result.records.slice(0, MAX_ROWS).map((record) => {
      const found = new Map<string, Uptake>();
      for (const u of record.get('uptakes') as Record<string, unknown>[]) {
        const province = u.province as string;
        found.set(province, {
          province,
          cited: true,
          direct: u.direct === true,
          documents: integer(u.documents) ?? 0,
          first: u.first ? toDocument(u.first as Record<string, unknown>) : null,
          lagDays: integer(u.lagDays),
        });
      }
      return {
        document: toDocument(record.get('document')),
        provinces: provinces.map((province) => found.get(province) ?? { province, cited: false, direct: false, documents: 0, first: null, lagDays: null }),
      };
    });
    return { provinces, level, rows, truncated: result.records.length > MAX_ROWS };
  });
};
