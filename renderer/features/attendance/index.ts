/** What other features may use of attendance: the meeting page's attendance and quorum (they import this file, never the folder's other files). */
export { AttendanceEditor } from './attendance-editor';
