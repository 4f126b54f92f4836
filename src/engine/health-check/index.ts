/** HC-1: pure analysis of one group's rules (no I/O). */
export type { PrefixListEntries, PrefixListLookup } from "./match-space";
export { findRedundantRules, type RedundancyKind, type RedundantRule } from "./redundant-rules";
