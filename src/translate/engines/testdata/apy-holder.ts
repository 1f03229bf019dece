/** Starts APY, prints its URL and waits: a desk that the APY watchdog test kills with SIGKILL. */
import { startApy } from '../apy-process.ts';

const apy = await startApy();
process.stdout.write(`${apy.url}\n`);
setInterval(() => {}, 60_000);
