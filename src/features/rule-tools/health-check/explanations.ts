import type { Permission, RedundancyKind } from "@/api/types";
import type { MessageKey } from "../../../i18n";

/** The one-sentence explanation of a finding, by kind and by the redundant rule's action. */
export function explanationKey(kind: RedundancyKind, policy: Permission["Policy"]): MessageKey {
  if (kind === "Duplicate") return "hc.explain.Duplicate";
  const action = policy === "Drop" ? "Drop" : "Accept";
  return kind === "Covered" ? `hc.explain.Covered.${action}` : `hc.explain.Shadowed.${action}`;
}

/** How the covering rules are labelled next to the redundant one. */
export const COVERING_ROLE: Readonly<Record<RedundancyKind, MessageKey>> = {
  Duplicate: "hc.role.Duplicate",
  Covered: "hc.role.Covered",
  Shadowed: "hc.role.Shadowed",
};

export const KIND_LABEL: Readonly<Record<RedundancyKind, MessageKey>> = {
  Duplicate: "hc.kind.Duplicate",
  Covered: "hc.kind.Covered",
  Shadowed: "hc.kind.Shadowed",
};
