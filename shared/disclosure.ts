/**
 * Section 15 of the Official Information Act B.E. 2540 (พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540):
 * the kinds of official information an agency may order withheld, "having regard to the performance of
 * its duties under the law, the public interest and the interests of the private individuals concerned".
 * Paragraph 2: an order withholding information must state which kind it is and why. The words are the
 * Act's, (1)-(6); (7), "other cases prescribed by Royal Decree", is left out: it needs a decree to name.
 * (To confirm against the Royal Gazette text with a legal officer before it is relied on.)
 */
export const section15Categories = {
  '1': 'การเปิดเผยจะก่อให้เกิดความเสียหายต่อความมั่นคงของประเทศ ความสัมพันธ์ระหว่างประเทศ หรือความมั่นคงในทางเศรษฐกิจหรือการคลังของประเทศ',
  '2': 'การเปิดเผยจะทำให้การบังคับใช้กฎหมายเสื่อมประสิทธิภาพ หรือไม่อาจสำเร็จตามวัตถุประสงค์ได้ ไม่ว่าจะเกี่ยวกับการฟ้องคดี การป้องกัน การปราบปราม การทดสอบ การตรวจสอบ หรือการรู้แหล่งที่มาของข้อมูลข่าวสารหรือไม่ก็ตาม',
  '3': 'ความเห็นหรือคำแนะนำภายในหน่วยงานของรัฐในการดำเนินการเรื่องหนึ่งเรื่องใด แต่ทั้งนี้ไม่รวมถึงรายงานทางวิชาการ รายงานข้อเท็จจริง หรือข้อมูลข่าวสารที่นำมาใช้ในการทำความเห็นหรือคำแนะนำภายในดังกล่าว',
  '4': 'การเปิดเผยจะก่อให้เกิดอันตรายต่อชีวิตหรือความปลอดภัยของบุคคลหนึ่งบุคคลใด',
  '5': 'รายงานการแพทย์หรือข้อมูลข่าวสารส่วนบุคคลซึ่งการเปิดเผยจะเป็นการรุกล้ำสิทธิส่วนบุคคลโดยไม่สมควร',
  '6': 'ข้อมูลข่าวสารของราชการที่มีกฎหมายคุ้มครองมิให้เปิดเผย หรือข้อมูลข่าวสารที่มีผู้ให้มาโดยไม่ประสงค์ให้ทางราชการนำไปเปิดเผยต่อผู้อื่น',
} as const;

export type Section15Category = keyof typeof section15Categories;
export const section15Keys = Object.keys(section15Categories) as Section15Category[];

export const OIA_NAME = 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540';

/** `มาตรา 15 (3)`: how a category is cited. */
export const citeSection15 = (category: Section15Category): string => `มาตรา 15 (${category})`;
