/** Team mode's sign-in and the signed-in officer in the header. */
export const session = {
  'session.title': 'เข้าสู่ระบบ',
  'session.intro': 'เลขาเครื่องนี้ใช้ร่วมกันเป็นทีม กรุณาเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านที่ฝ่ายเลขานุการออกให้',
  'session.username': 'ชื่อผู้ใช้',
  'session.password': 'รหัสผ่าน',
  'session.signIn': 'เข้าสู่ระบบ',
  'session.signingIn': 'กำลังเข้าสู่ระบบ…',
  'session.signOut': 'ออกจากระบบ',
  'session.signedInAs': 'ผู้ใช้ที่เข้าสู่ระบบ',
  'session.role.secretariat': 'ฝ่ายเลขานุการ',
  'session.role.reporter': 'ผู้รายงานของหน่วยงาน',
  'session.role.reader': 'ผู้อ่าน',
  // The same words as locked.readerBanner, for the pages outside a meeting.
  'session.readerNote': 'บัญชีของท่านเป็นผู้อ่าน ดูได้อย่างเดียว หากต้องแก้ไข โปรดแจ้งฝ่ายเลขานุการ',
} as const;
