import type { Sample } from './dataset';
export async function pageTimes(_path: string, _s: Sample): Promise<{ page: string; what: string; runs: number; p50: number; max: number }[]> {
  return [];
}
