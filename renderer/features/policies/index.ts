/** What other features may use of the policies: dates, numbers and item links the agenda and the tracker show too (they import this file, never the folder's other files). */
export { DateText, formatNumber, ItemRefLink, todayIso } from './policy-common';
