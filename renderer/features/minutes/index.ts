/** What other features may use of the minutes: the meeting page's drafting tab (they import this file, never the folder's other files). */
export { MinutesDrafting } from './minutes-drafting';
