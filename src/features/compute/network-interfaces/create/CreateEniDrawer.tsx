import { useState } from "react";
import { type LoaderFunctionArgs, useNavigate, useParams } from "react-router";
import { callEcs } from "../../../../api/client";
import { prefetch, useEcsMutation, usePrefetchedQuery } from "../../../../api/queries";
import { DocumentTitle } from "../../../../components/DocumentTitle";
import { FieldError } from "../../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../../components/problem";
import { knownRegion } from "../../../../components/regions";
import { SideModalForm } from "../../../../components/SideModalForm";
import { toast } from "../../../../components/toasts";
import { checkDescription, isValidResourceName, problemOf } from "../../../../engine/validate";
import { useT } from "../../../../i18n";
import { pb } from "../../../../paths";
import { Field } from "../../../../ui/Field";
import { type SecurityGroup, vpcsQuery } from "../../../security-groups/api";
import { MEMBERSHIP_INVALIDATES, vswitchesQuery } from "../../api";
import { FieldNote } from "../../FieldNote";
import { vswitchOptionLabel } from "../../labels";
import { GroupPicker } from "../../limits/GroupPicker";
import { GroupSetMeter } from "../../limits/GroupSetMeter";
import { isGroupsParameter } from "../../limits/group-parameter";
import { checkGroupSet } from "../../limits/group-set";

export async function createEniLoader({ params }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  await Promise.all([prefetch(vpcsQuery(regionId)), prefetch(vswitchesQuery(regionId))]);
  return null;
}

const PLACED = ["VSwitchId", "NetworkInterfaceName", "Description", "PrimaryIpAddress"];

interface CreateValues {
  vswitchId: string;
  groupIds: string[];
  name: string;
  description: string;
  primaryIp: string;
}

/** ENI-4: create a secondary network interface in a vSwitch, in 1-10 groups of its VPC. */
export function CreateEniDrawer() {
  const t = useT();
  const navigate = useNavigate();
  const regionId = useParams().regionId ?? "";
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const vswitches = usePrefetchedQuery(vswitchesQuery(regionId)).VSwitches.VSwitch;
  const [vpcId, setVpcId] = useState(() => (vpcs.find((vpc) => vpc.IsDefault) ?? vpcs[0])?.VpcId ?? "");
  const inVpc = vswitches.filter((vswitch) => vswitch.VpcId === vpcId);
  const [vswitchId, setVswitchId] = useState(() => inVpc[0]?.VSwitchId ?? "");
  const [chosen, setChosen] = useState<SecurityGroup[]>([]);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [primaryIp, setPrimaryIp] = useState("");
  const [submitted, setSubmitted] = useState(false);

  const create = useEcsMutation(
    (values: CreateValues) =>
      callEcs<{ NetworkInterfaceId: string }>("CreateNetworkInterface", {
        RegionId: regionId,
        VSwitchId: values.vswitchId,
        SecurityGroupIds: values.groupIds,
        NetworkInterfaceName: values.name,
        Description: values.description,
        PrimaryIpAddress: values.primaryIp,
      }),
    { invalidates: MEMBERSHIP_INVALIDATES },
  );
  const server = create.error ? toProblem(create.error) : undefined;
  const groupsProblem = server && isGroupsParameter(server.parameter) ? server : undefined;
  const check = checkGroupSet({ vpcId, current: [] }, chosen);
  const nameInvalid = name !== "" && !isValidResourceName(name);
  const descriptionProblem =
    description === "" ? undefined : problemOf(() => checkDescription(description, "InvalidDescription.Malformed"));
  const vswitch = vswitches.find((candidate) => candidate.VSwitchId === vswitchId);

  const close = () => navigate(pb.networkInterfaces({ regionId }));
  const submit = () => {
    setSubmitted(true);
    if (nameInvalid || descriptionProblem || chosen.length === 0) return;
    create.mutate(
      { vswitchId, groupIds: chosen.map((group) => group.SecurityGroupId), name, description, primaryIp },
      {
        onSuccess: async ({ NetworkInterfaceId }) => {
          toast.success(t("eni.create.done", { id: NetworkInterfaceId }));
          await navigate(pb.networkInterface({ regionId, networkInterfaceId: NetworkInterfaceId }));
        },
      },
    );
  };
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      create.reset();
      set(value);
    };

  const vswitchError = problemAt(server, "VSwitchId");
  const ipError = problemAt(server, "PrimaryIpAddress");
  const nameError = problemAt(server, "NetworkInterfaceName");
  const descriptionError =
    (submitted && descriptionProblem ? toProblem(descriptionProblem) : undefined) ?? problemAt(server, "Description");

  return (
    <SideModalForm
      title={t("eni.create.title")}
      submitLabel={t("eni.create.submit")}
      onSubmit={submit}
      onDismiss={close}
      busy={create.isPending}
      problem={groupsProblem ? undefined : unplacedProblem(server, PLACED)}
      width="medium"
    >
      <DocumentTitle title={t("eni.create.title")} />
      <Field label={t("eni.field.vpc")}>
        {(control) => (
          <select
            {...control}
            value={vpcId}
            onChange={(event) => {
              edit(setVpcId)(event.target.value);
              setVswitchId(vswitches.find((candidate) => candidate.VpcId === event.target.value)?.VSwitchId ?? "");
              setChosen([]);
            }}
          >
            {vpcs.map((vpc) => (
              <option key={vpc.VpcId} value={vpc.VpcId}>
                {`${vpc.VpcName || vpc.VpcId} (${vpc.VpcId}, ${vpc.CidrBlock})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t("eni.field.vswitch")}
        hint={t("eni.field.vswitchHint")}
        error={vswitchError && <FieldError problem={vswitchError} />}
      >
        {(control) => (
          <select {...control} value={vswitchId} onChange={(event) => edit(setVswitchId)(event.target.value)}>
            {inVpc.length === 0 && <option value="">{t("eni.field.vswitchNone")}</option>}
            {inVpc.map((candidate) => (
              <option key={candidate.VSwitchId} value={candidate.VSwitchId}>
                {vswitchOptionLabel(candidate)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <GroupPicker
        regionId={regionId}
        vpcId={vpcId}
        current={[]}
        chosen={chosen}
        onChange={edit(setChosen)}
        legend={t("eni.field.groups")}
        invalid={Boolean(groupsProblem) || (submitted && chosen.length === 0)}
      >
        <GroupSetMeter check={check} target={t("eni.limit.newEni")} vpcId={vpcId} showEmpty={submitted} />
        {groupsProblem && (
          <div className="field-error" role="alert">
            <FieldError problem={groupsProblem} />
          </div>
        )}
      </GroupPicker>
      <Field
        label={t("eni.field.name")}
        optional={t("common.optional")}
        hint={t("eni.field.nameHint")}
        error={
          (submitted && nameInvalid && <FieldNote>{t("eni.field.nameInvalid")}</FieldNote>) ||
          (nameError && <FieldError problem={nameError} />)
        }
      >
        {(control) => (
          <input
            {...control}
            value={name}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => edit(setName)(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t("eni.field.description")}
        optional={t("common.optional")}
        hint={t("eni.field.descriptionHint")}
        error={descriptionError && <FieldError problem={descriptionError} />}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={description}
            onChange={(event) => edit(setDescription)(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t("eni.field.primaryIp")}
        optional={t("common.optional")}
        hint={t("eni.field.primaryIpHint", { cidr: vswitch?.CidrBlock ?? "-" })}
        error={ipError && <FieldError problem={ipError} />}
      >
        {(control) => (
          <input
            {...control}
            value={primaryIp}
            className="mono"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => edit(setPrimaryIp)(event.target.value.trim())}
          />
        )}
      </Field>
    </SideModalForm>
  );
}
