import type { Hop } from "@/api/types";
import type { MessageKey } from "../../i18n";

/**
 * DEC-6 as a person reads it: the engine's Reason and fields turned into a sentence of the
 * console's catalogue. `{group}` is left in the text for the caller to render as a link.
 */
export interface HopSentence {
  key: MessageKey;
  values: Record<string, string>;
  /** The group the `{group}` placeholder names. */
  groupId?: string;
  /** A second sentence (how the deciding rule won among several). */
  more?: { key: MessageKey; values: Record<string, string> };
}

/** At equal priority a drop beats an accept (DEC-1): true when that is how this hop was decided. */
export function dropBeatAccept(hop: Hop): boolean {
  return (
    hop.Reason === "Rule" &&
    hop.Policy === "Drop" &&
    hop.MatchedRules.MatchedRule.some((rule) => rule.Policy === "Accept" && rule.Priority === hop.Priority)
  );
}

/** The sentence for a hop; undefined for a reason this console does not know (show the engine's text). */
export function hopSentence(hop: Hop): HopSentence | undefined {
  const matched = hop.MatchedRules.MatchedRule.length;
  switch (hop.Reason) {
    case "Rule": {
      const values = { rule: hop.SecurityGroupRuleId, priority: String(hop.Priority) };
      if (dropBeatAccept(hop)) return { key: "diag.reason.dropBeatsAccept", values, groupId: hop.SecurityGroupId };
      return {
        key: hop.Policy === "Drop" ? "diag.reason.ruleDrop" : "diag.reason.ruleAccept",
        values,
        groupId: hop.SecurityGroupId,
        more: matched > 1 ? { key: "diag.reason.lowestOf", values: { count: String(matched) } } : undefined,
      };
    }
    case "InnerAccessPolicy":
      return { key: "diag.reason.inner", values: {}, groupId: hop.SecurityGroupId };
    case "DefaultDeny":
      return {
        key: hop.Direction === "ingress" ? "diag.reason.defaultDenyIn" : "diag.reason.defaultDenyOut",
        values: {},
      };
    case "DefaultAllow":
      return { key: "diag.reason.defaultAllow", values: {} };
    case "PlatformRestriction":
      return { key: "diag.reason.platform", values: {} };
    default:
      return undefined;
  }
}
