/** Names the injected fault on its answer, e.g. `ServiceUnavailable (flaky API preset)`. */
export const FAULT_HEADER = "x-sg-fault";
/** Says how long an answer was held on purpose, e.g. `523 ms (rule 300-800)`. */
export const LATENCY_HEADER = "x-sg-latency";
