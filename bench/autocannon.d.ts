// The part of autocannon 8 the benches use; the package ships no types.
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    /** Requests per second across all connections; 0 is as fast as the server answers. */
    overallRate?: number;
    /** Seconds. */
    duration?: number;
    requests?: { method?: 'GET' | 'HEAD' | 'POST'; path?: string }[];
  }
  interface Histogram {
    average: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
  }
  interface Result {
    latency: Histogram;
    requests: Histogram & { total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
