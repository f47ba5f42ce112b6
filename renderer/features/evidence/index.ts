/** What other features may use of the e-meeting evidence: the meeting page's evidence tab (they import this file, never the folder's other files). */
export { EvidenceTab } from './evidence-tab';
