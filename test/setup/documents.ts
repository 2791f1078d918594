/**
 * Test documents in the shape of a provincial decision (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * header, motto, place and date, heading, title, preamble lines, enacting word.
 */

/** A decision of the UBND of `province` numbered `number`, dated `date` (d, m, y), whose preamble is `lines`. */
export function decision(province: string, number: string, date: [number, number, number], lines: string[], title = 'Về việc ban hành Kế hoạch thử nghiệm', body: string[] = []): string {
  const [d, m, y] = date;
  return [
    'ỦY BAN NHÂN DÂN', `TỈNH ${province.toUpperCase()}`, `Số: ${number}`, '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
    `${province}, ngày ${d} tháng ${m} năm ${y}`, '', 'QUYẾT ĐỊNH', title, '',
    `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}`, '', ...lines, '', 'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.', ...body,
  ].join('\n');
}
