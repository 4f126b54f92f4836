import { useState } from "react";
import { type LoaderFunctionArgs, useNavigate, useParams } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import type { SecurityGroup } from "@/api/types";
import { prefetch, useEcsMutation, usePrefetchedQuery } from "../../../../api/queries";
import { DescriptionField } from "../../../../components/DescriptionField";
import { DocumentTitle } from "../../../../components/DocumentTitle";
import { FieldError } from "../../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../../components/problem";
import { knownRegion } from "../../../../components/regions";
import { SideModalForm } from "../../../../components/SideModalForm";
import { TagsEditor } from "../../../../components/TagsEditor";
import { useTagsField } from "../../../../components/tags-field";
import { toast } from "../../../../components/toasts";
import { checkDescription, isValidResourceName, problemOf } from "../../../../engine/validate";
import { useT } from "../../../../i18n";
import { pb } from "../../../../paths";
import { Field } from "../../../../ui/Field";
import { MEMBERSHIP_INVALIDATES, vswitchesQuery } from "../../api";
import { FieldNote } from "../../FieldNote";
import { GroupSetField } from "../../limits/GroupSetField";
import { isGroupsParameter } from "../../limits/group-parameter";
import { VpcVswitchFields } from "../../VpcVswitchFields";
import { type CreateEniValues, createEni } from "../detail/eni-writes";

export async function createEniLoader({ params }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  await Promise.all([prefetch(vpcsQuery(regionId)), prefetch(vswitchesQuery(regionId))]);
  return null;
}

const PLACED = ["VSwitchId", "NetworkInterfaceName", "Description", "PrimaryIpAddress"];

/** ENI-4: create a secondary network interface in a vSwitch, in 1-10 groups of its VPC. */
export function CreateEniDrawer() {
  const t = useT();
  const navigate = useNavigate();
  const regionId = useParams().regionId ?? "";
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const vswitches = usePrefetchedQuery(vswitchesQuery(regionId)).VSwitches.VSwitch;
  const [vpcId, setVpcId] = useState(() => (vpcs.find((vpc) => vpc.IsDefault) ?? vpcs[0])?.VpcId ?? "");
  const [vswitchId, setVswitchId] = useState(
    () => vswitches.find((vswitch) => vswitch.VpcId === vpcId)?.VSwitchId ?? "",
  );
  const [chosen, setChosen] = useState<SecurityGroup[]>([]);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [primaryIp, setPrimaryIp] = useState("");
  const [submitted, setSubmitted] = useState(false);

  const create = useEcsMutation((values: CreateEniValues) => createEni(regionId, values), {
    invalidates: MEMBERSHIP_INVALIDATES,
  });
  const server = create.error ? toProblem(create.error) : undefined;
  const groupsProblem = server && isGroupsParameter(server.parameter) ? server : undefined;
  const tags = useTagsField(server);
  const nameInvalid = name !== "" && !isValidResourceName(name);
  const descriptionProblem =
    description === "" ? undefined : problemOf(() => checkDescription(description, "InvalidDescription.Malformed"));
  const vswitch = vswitches.find((candidate) => candidate.VSwitchId === vswitchId);

  const close = () => navigate(pb.networkInterfaces({ regionId }));
  const submit = () => {
    setSubmitted(true);
    if (nameInvalid || descriptionProblem || tags.invalid || chosen.length === 0) return;
    create.mutate(
      {
        vswitchId,
        groupIds: chosen.map((group) => group.SecurityGroupId),
        name,
        description,
        primaryIp,
        tags: tags.param,
      },
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
      problem={groupsProblem || tags.ownsServerProblem ? undefined : unplacedProblem(server, PLACED)}
      width="medium"
    >
      <DocumentTitle title={t("eni.create.title")} />
      <VpcVswitchFields
        vpcs={vpcs}
        vswitches={vswitches}
        vpcId={vpcId}
        vswitchId={vswitchId}
        onVpc={(nextVpcId, firstVswitchId) => {
          edit(setVpcId)(nextVpcId);
          setVswitchId(firstVswitchId);
          setChosen([]);
        }}
        onVswitch={edit(setVswitchId)}
        labels={{ vpc: t("eni.field.vpc"), vswitch: t("eni.field.vswitch"), vswitchHint: t("eni.field.vswitchHint") }}
        vswitchProblem={vswitchError}
      />
      <GroupSetField
        regionId={regionId}
        vpcId={vpcId}
        current={[]}
        chosen={chosen}
        onChange={edit(setChosen)}
        legend={t("eni.field.groups")}
        target={t("eni.limit.newEni")}
        showEmpty={submitted}
        problem={groupsProblem}
      />
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
      <DescriptionField
        label={t("eni.field.description")}
        hint={t("eni.field.descriptionHint")}
        value={description}
        onChange={edit(setDescription)}
        problem={descriptionError}
        rows={2}
      />
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
      <TagsEditor tags={tags.tags} onChange={edit(tags.setTags)} problem={tags.problem} />
    </SideModalForm>
  );
}
