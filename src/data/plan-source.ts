// The plan text (data/plan/source/, committed with its provenance), for the reader and the search
// index. Vite inlines it as a string into the chunks that import this module, so it arrives with them
// from the app's own origin and is never on the first map's path.
import planSource from '../../data/plan/source/henan-advanced-manufacturing-plan-2014.txt?raw';

export { planSource };
