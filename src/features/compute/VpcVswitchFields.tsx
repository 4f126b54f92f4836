import type { Vpc, VSwitch } from "@/api/types";
import { FieldError } from "../../components/ProblemMessage";
import type { Problem } from "../../components/problem";
import { useT } from "../../i18n";
import { Field } from "../../ui/Field";
import { VpcOptions } from "../security-groups/labels";
import { vswitchOptionLabel } from "./labels";

interface VpcVswitchFieldsProps {
  vpcs: readonly Vpc[];
  vswitches: readonly VSwitch[];
  vpcId: string;
  vswitchId: string;
  /** A VPC was picked; `vswitchId` is its first vSwitch ("" when it has none). */
  onVpc: (vpcId: string, vswitchId: string) => void;
  onVswitch: (vswitchId: string) => void;
  labels: { vpc: string; vpcHint?: string; vswitch: string; vswitchHint: string };
  vpcProblem?: Problem;
  vswitchProblem?: Problem;
}

/** Where a new interface or instance goes: a VPC, then one of its vSwitches. */
export function VpcVswitchFields({
  vpcs,
  vswitches,
  vpcId,
  vswitchId,
  onVpc,
  onVswitch,
  labels,
  vpcProblem,
  vswitchProblem,
}: VpcVswitchFieldsProps) {
  const t = useT();
  const inVpc = vswitches.filter((vswitch) => vswitch.VpcId === vpcId);
  return (
    <>
      <Field label={labels.vpc} hint={labels.vpcHint} error={vpcProblem && <FieldError problem={vpcProblem} />}>
        {(control) => (
          <select
            {...control}
            value={vpcId}
            onChange={(event) =>
              onVpc(
                event.target.value,
                vswitches.find((vswitch) => vswitch.VpcId === event.target.value)?.VSwitchId ?? "",
              )
            }
          >
            <VpcOptions vpcs={vpcs} />
          </select>
        )}
      </Field>
      <Field
        label={labels.vswitch}
        hint={labels.vswitchHint}
        error={vswitchProblem && <FieldError problem={vswitchProblem} />}
      >
        {(control) => (
          <select {...control} value={vswitchId} onChange={(event) => onVswitch(event.target.value)}>
            {inVpc.length === 0 && <option value="">{t("eni.field.vswitchNone")}</option>}
            {inVpc.map((vswitch) => (
              <option key={vswitch.VSwitchId} value={vswitch.VSwitchId}>
                {vswitchOptionLabel(vswitch)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
