/** What other features may use of the series: the form that creates one (also on the new-meeting page) (they import this file, never the folder's other files). */
export { SeriesForm } from './series-form';
