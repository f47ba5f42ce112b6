/** Subjects, resolutions and directives an officer would look for in this record, as typed (Thai digits too). */
export const queries = [
  'อาชญากรรมทางเทคโนโลยี', 'ปัญญาประดิษฐ์', 'งบประมาณรายจ่าย', 'ไปรษณีย์ไทย', 'อุตุนิยมวิทยา', 'เตือนภัยธรรมชาติ',
  'ศูนย์ดิจิทัลชุมชน', 'ความมั่นคงปลอดภัยไซเบอร์', 'จัดซื้อจัดจ้าง', 'สำนักงานสถิติแห่งชาติ', 'พระราชกำหนด', 'ปี ๒๕๖๗',
];
/** One and two characters: found through the trigrams they begin, then read from the record. */
export const shortQueries = ['ดี', 'ไฟ'];
