/** How a series member's standing role is printed in the attendance of each meeting (zod-free, for the renderer too). */
export const memberRoleTitles = {
  chair: 'ประธาน',
  vice_chair: 'รองประธาน',
  member: 'กรรมการ',
  member_secretary: 'กรรมการและเลขานุการ',
  assistant_secretary: 'กรรมการและผู้ช่วยเลขานุการ',
} as const;
export type MemberRole = keyof typeof memberRoleTitles;
