/** What other features may use of certification: the meeting page's certification and versions tab (they import this file, never the folder's other files). */
export { CertificationView } from './certification-view';
