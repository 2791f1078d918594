/**
 * A generated document (model.ts) as the text of a Vietnamese administrative document, in the
 * layout of Nghị định 30/2020/NĐ-CP Phụ lục I as the samples print it: header columns, motto,
 * place and date, type heading, title, the "Căn cứ" / "Thực hiện" preamble, the enacting word,
 * articles with a body mention. Damaged documents read like the OCR'd samples: no diacritics,
 * look-alike glyphs, spaces next to "/".
 */
import type { GenDoc } from './model.ts';

const vnDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

function citation(c: GenDoc['cites'][number]): string {
  const d = c.doc;
  const of = d.issuer.province ? d.issuer.cua : d.issuer.cua;
  return `${d.typeName} số ${d.number} ngày ${vnDate(d.date)} của ${of} ${d.title.charAt(0).toLowerCase()}${d.title.slice(1)}`;
}

function header(doc: GenDoc): string[] {
  const [y, m, d] = doc.date.split('-').map(Number);
  const place = doc.issuer.province || 'Hà Nội';
  const motto = doc.issuer.code === 'TU' ? ['ĐẢNG CỘNG SẢN VIỆT NAM'] : ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  const number = doc.issuer.code === 'TU' ? `Số ${doc.number}` : `Số: ${doc.number}`;
  return [...doc.issuer.header, number, '', ...motto, '', `${place}, ngày ${d} tháng ${m} năm ${y}`, ''];
}

/** The text of `doc`. */
export function renderDocument(doc: GenDoc): string {
  const bases = doc.cites.filter((c) => c.relation === 'BASED_ON').map((c) => `Căn cứ ${citation(c)};`);
  const carried = doc.cites.filter((c) => c.relation === 'IMPLEMENTS').map((c) => `Thực hiện ${citation(c)};`);
  const body = doc.cites.filter((c) => c.relation === 'CITES')
    .map((c) => `Kinh phí thực hiện theo quy định tại ${c.doc.typeName} số ${c.doc.number} ngày ${vnDate(c.doc.date)} của ${c.doc.issuer.cua} và các văn bản hướng dẫn.`);
  const lines = [
    ...header(doc),
    doc.typeName.toUpperCase(), doc.title, '',
    ...bases, ...carried,
    doc.typeCode === 'QĐ' ? 'Xét đề nghị của Giám đốc Sở Nội vụ,' : '', '',
    doc.typeCode === 'QĐ' ? 'QUYẾT ĐỊNH:' : 'I. MỤC ĐÍCH, YÊU CẦU',
    doc.typeCode === 'QĐ' ? `Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ${doc.title.replace(/^Về việc ban hành Kế hoạch /, '')}.` : '1. Mục đích: tổ chức thực hiện có hiệu quả các nhiệm vụ đề ra.',
    ...body,
    doc.typeCode === 'QĐ' ? 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.' : '2. Yêu cầu: bám sát nhiệm vụ, bảo đảm tiến độ.',
    'Nơi nhận:', '- Như trên;', '- Lưu: VT.',
  ];
  const text = lines.join('\n');
  return doc.damaged ? damage(text, doc.id) : text;
}

// OCR's look-alikes as the samples show them: Đ → P or D, Q → 0, "số" → "s6", spaces at "/".
function damage(text: string, seed: number): string {
  let t = text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, seed % 2 ? 'P' : 'D');
  t = t.replace(/\bso (\d)/g, 's6 $1').replace(/\/Q([PD])-/g, '/0$1- ');
  return t;
}
