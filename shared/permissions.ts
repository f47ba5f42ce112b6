import type { Method } from './contract';

/**
 * Who may call what in team mode (issue 15, point 3). Checked once, at the core's door (electron/auth/gate.ts),
 * before any handler runs; an agency reporter's agency is checked again inside the progress services.
 *
 * - secretariat (เจ้าหน้าที่ฝ่ายเลขานุการ): everything.
 * - reporter (ผู้รายงานของหน่วยงาน): the tracker of their own agency and progress on its directives, and the
 *   lists that tracker's filters read (agencies, series, the meetings' and policies' numbers and titles); nothing else.
 * - reader (ผู้อ่าน): every reading method and the public version; no change, no export that enters the
 *   register of secret documents, no history of who changed what.
 *
 * Typed `Record<Method, …>`: a method added to the contract and not here is a type error, and
 * tests/integration/auth-permissions.test.ts fails too.
 */
export const roles = ['secretariat', 'reporter', 'reader'] as const;
export type Role = (typeof roles)[number];

export const roleTitles: Record<Role, string> = {
  secretariat: 'เจ้าหน้าที่ฝ่ายเลขานุการ',
  reporter: 'ผู้รายงานความคืบหน้าของหน่วยงาน',
  reader: 'ผู้อ่าน',
};

const S = ['secretariat'] as const;
const R = ['secretariat', 'reader'] as const;
const A = ['secretariat', 'reporter', 'reader'] as const;
const P = ['secretariat', 'reporter'] as const;

export const permissions: Record<Method, readonly Role[]> = {
  'session.current': A,
  'reference.sectionTemplates': A,
  'organisations.list': A, 'organisations.create': S, 'organisations.update': S,
  'people.list': R, 'people.create': S, 'people.update': S, 'people.merge': S,
  'series.list': A, 'series.create': S, 'series.update': S,
  'meetings.list': A, 'meetings.page': R, 'meetings.pick': A, 'meetings.get': R, 'meetings.find': R, 'meetings.nextNumber': R, 'meetings.preparation': R,
  'meetings.create': S, 'meetings.update': S, 'meetings.delete': S,
  'attendance.add': S, 'attendance.update': S, 'attendance.remove': S,
  'agenda.create': S, 'agenda.update': S, 'agenda.move': S, 'agenda.delete': S,
  'attachments.list': R, 'attachments.get': R, 'attachments.open': R,
  'attachments.add': S, 'attachments.remove': S, 'attachments.setSecrecy': S,
  'evidence.get': S, 'evidence.setIdentity': S, 'evidence.importReport': S, 'evidence.matchRow': S, 'evidence.removeReport': S,
  'evidence.setRecording': S, 'evidence.clearRecording': S, 'evidence.recordSent': S,
  'actions.create': S, 'actions.update': S, 'actions.delete': S, 'actions.reorder': S, 'actions.bulkStatus': S, 'actions.undoBulk': S,
  'actions.lastBulkChange': S,
  // The reporter's agency is enforced inside these (services/action-tracking.ts), not only here.
  'actions.list': A, 'actions.progress': A, 'actions.addProgress': P, 'reports.actions': A,
  'minutes.get': R, 'minutes.version': R, 'minutes.draftChanges': R, 'minutes.compare': R,
  'minutes.circulate': S, 'minutes.certify': S,
  'stageTemplates.list': R, 'stageTemplates.create': S, 'stageTemplates.update': S,
  'policies.list': A, 'policies.get': R,
  'policies.create': S, 'policies.update': S, 'policies.moveStage': S, 'policies.linkItem': S, 'policies.addQuestion': S,
  'policies.updateQuestion': S, 'policies.addPosition': S, 'policies.addMilestone': S, 'policies.addIndicator': S,
  'policies.addIndicatorValue': S, 'policies.updateMilestone': S, 'policies.removeMilestone': S, 'policies.updatePosition': S,
  'policies.removePosition': S, 'policies.removeIndicatorValue': S,
  // Who changed what, with the text before and after: the secretariat's.
  'audit.list': S,
  'home.summary': R,
  'search.query': R,
  'settings.get': A, 'settings.update': S,
  // Documents of a meeting carry its secret items whole (and secret ones enter the register): the secretariat's.
  'documents.export': S, 'documents.letters': S, 'documents.book': S, 'documents.exportCopies': S,
  'secrets.register': S, 'secrets.printRegister': S,
  'documents.verify': R, 'reports.policies': R, 'reports.press': S,
  'disclosure.list': R, 'disclosure.set': S, 'documents.publicVersion': R,
  'retention.get': R, 'retention.update': S, 'retention.due': S, 'retention.destructionList': S, 'retention.decide': S, 'retention.destroy': S,
  'exchange.exportMeeting': S, 'exchange.importMeeting': S,
};

export const mayCall = (role: Role, method: Method): boolean => permissions[method].includes(role);
