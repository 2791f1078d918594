/**
 * Diacritics restored from a vocabulary of words common in the names of Vietnamese agencies
 * and in document subjects, for OCR output that lost them ("PHAT TRIEN" → "phát triển").
 * A word is restored only when the vocabulary gives it one accented form; otherwise it is
 * left as it is, so nothing is guessed.
 */
import { fold } from './fold.ts';

const WORDS = `phát triển đầu tư xây dựng công trình giao thông dân dụng công nghiệp nông nghiệp
khu kinh tế di tích rừng phòng hộ bảo tồn dự án quản lý hành chính cải cách tuyên truyền
truyền thông kế hoạch chương trình thành phố thị xã huyện tỉnh xã phường thị trấn văn phòng
trung tâm dịch vụ công đô thị hạ tầng thủy lợi môi trường tài nguyên y tế giáo dục đào tạo
văn hóa thể thao du lịch lao động thương binh xã hội nội vụ tư pháp tài chính kiểm tra thanh tra
chính phủ chính quyền địa phương nhà nước vùng biển đảo sông cảng hàng không điện lực nước sạch
nhân dân ủy ban hội đồng tổ chức hoạt động quy chế chức năng nhiệm vụ quyền hạn cơ cấu năm
giai đoạn tăng cường thông tin đề án ban hành về việc thực hiện triển khai`
  .split(/\s+/)
  .filter((w) => w.length > 0);

const FORMS = new Map<string, string | null>();
for (const word of WORDS) {
  const key = fold(word);
  const known = FORMS.get(key);
  FORMS.set(key, known === undefined || known === word ? word : null);
}

/** `text` (space-separated words) with each word's diacritics restored where the vocabulary is sure. */
export function restoreDiacritics(text: string): string {
  return text
    .split(' ')
    .map((w) => {
      if (fold(w) !== w) return w;
      const form = FORMS.get(w.toLowerCase());
      return form ?? w;
    })
    .join(' ');
}
