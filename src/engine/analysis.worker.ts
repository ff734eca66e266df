/** The analysis worker: what-ifs and the route search run here, off the main thread. */
import { serveAnalysis } from './analysis';

serveAnalysis(self);
