/** What other features may use of the agenda: the meeting page's agenda tab (they import this file, never the folder's other files). */
export { AgendaEditor } from './agenda-editor';
