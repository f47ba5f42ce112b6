import type { Letterhead } from '../../shared/schemas/letters';

/** A letterhead as an office would fill it in (MNRE's permanent secretary's office; numbers illustrative). */
export const testLetterhead: Letterhead = {
  agencyName: 'สำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม',
  address: 'เลขที่ 92 ซอยพหลโยธิน 7 ถนนพหลโยธิน\nแขวงพญาไท เขตพญาไท กรุงเทพฯ 10400',
  referenceNo: 'ทส 0202.3/',
  ownerUnit: 'กองติดตามและประเมินผล',
  phone: '0 2265 6231',
  fax: '0 2265 6232',
  email: 'secretariat@mnre.example',
  signerName: 'นายทดสอบ ลงนาม',
  signerPosition: 'รองปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม\nรักษาราชการแทนปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม',
};
