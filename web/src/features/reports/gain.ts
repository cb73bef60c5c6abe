import { generationRank, type Generation } from '@lintas/shared';

interface Cell { generation?: Generation | null; paired: number; meanGain: number }
interface Side { paired: number; meanGain: number }

/** Baby Boomers and Gen X are the seniors; Gen Y and younger the juniors. */
const JUNIOR_FROM = generationRank('GEN_Y');

/** Mean gain of the senior and of the junior generations, each weighted by its pairs. */
export function gainComparison(cells: readonly Cell[]): { senior: Side; junior: Side } {
  const side = (pick: (g: Generation) => boolean): Side => {
    const mine = cells.filter((c) => c.generation && pick(c.generation));
    const paired = mine.reduce((n, c) => n + c.paired, 0);
    return { paired, meanGain: paired ? mine.reduce((n, c) => n + c.meanGain * c.paired, 0) / paired : 0 };
  };
  return { senior: side((g) => generationRank(g) < JUNIOR_FROM), junior: side((g) => generationRank(g) >= JUNIOR_FROM) };
}
