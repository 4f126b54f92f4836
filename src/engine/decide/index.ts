/** The decision model (SPEC section 4): pure functions, no I/O. */
export { compileEni } from "./compile";
export { decideReference } from "./reference";
export type {
  CompiledEni,
  Decision,
  DecisionReason,
  EniContext,
  GroupContext,
  MatchedRule,
  Packet,
  PacketProtocol,
  Verdict,
} from "./types";
