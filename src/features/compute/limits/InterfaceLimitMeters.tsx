import { MAX_GROUPS_PER_ENI, MAX_RULES_PER_ENI } from "@/engine/validate";
import { useT } from "../../../i18n";
import { Meter } from "../../../ui/Meter";

/**
 * ENI-5 / RULE-8: an interface's groups and rules against their limits. `prospective` words the
 * rules meter for a set being chosen ("This makes …") rather than the set it has now.
 */
export function InterfaceLimitMeters({
  groupCount,
  ruleCount,
  target,
  prospective = false,
}: {
  groupCount: number;
  ruleCount: number;
  /** What the groups are for: an ENI id, "the new network interface", "each new instance". */
  target: string;
  prospective?: boolean;
}) {
  const t = useT();
  return (
    <>
      <Meter
        value={groupCount}
        max={MAX_GROUPS_PER_ENI}
        label={t("eni.limit.groupsLabel", { limit: MAX_GROUPS_PER_ENI })}
        text={t("eni.limit.groups", { used: groupCount, limit: MAX_GROUPS_PER_ENI })}
      />
      <Meter
        value={ruleCount}
        max={MAX_RULES_PER_ENI}
        label={t("eni.limit.rulesLabel", { limit: MAX_RULES_PER_ENI })}
        text={t(prospective ? "eni.limit.rules" : "eni.limit.rulesNow", {
          used: ruleCount,
          limit: MAX_RULES_PER_ENI,
          target,
        })}
      />
    </>
  );
}
