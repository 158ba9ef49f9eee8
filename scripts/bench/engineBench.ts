/**
 * The engine's half of the benchmark, run as its own bundled program (see bundledEngineBench):
 * costs the England, synthetic workspace, then the same with staffing structures and a
 * transition, and prints the figures as one line of JSON.
 * Arguments: quick (0 or 1), seed, ccgs.
 */
import { englandSample } from '../../shared/samples/england/englandSample';
import { benchCosting } from './costingBench';
import { benchStaffing } from './staffingBench';

const [quick, seed, ccgs] = process.argv.slice(2).map(Number);
const workspace = englandSample({ seed, ccgs });
const costing = quick ? benchCosting(workspace, 20, 5) : benchCosting(workspace, 200, 30);
const staffing = quick ? benchStaffing(20, 5) : benchStaffing(200, 20);
process.stdout.write(`${JSON.stringify({ ...costing, ...staffing })}\n`);
