import { useState } from "react";
import { type LoaderFunctionArgs, useNavigate, useParams } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import { prefetch, useEcsMutation, usePrefetchedQuery } from "../../../api/queries";
import { DescriptionField } from "../../../components/DescriptionField";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { FieldError } from "../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../components/problem";
import { knownRegion } from "../../../components/regions";
import { SideModalForm } from "../../../components/SideModalForm";
import { TagsEditor } from "../../../components/TagsEditor";
import { useTagsField } from "../../../components/tags-field";
import { toast } from "../../../components/toasts";
import { checkSecurityGroupDescription, checkSecurityGroupName, problemOf } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Callout } from "../../../ui/Callout";
import { Field } from "../../../ui/Field";
import { groupQuotaOf, quotasQuery } from "../api";
import { VpcOptions } from "../labels";
import { createGroup, followsNamingAdvice } from "./create-group";
import { TypeChoice } from "./TypeChoice";

export async function createGroupLoader({ params }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  await Promise.all([prefetch(vpcsQuery(regionId)), prefetch(quotasQuery(regionId))]);
  return null;
}

const PLACED = ["SecurityGroupName", "Description", "VpcId", "SecurityGroupType"];

/** SG-1, SG-2, SG-10: the create form, a side drawer over the list (its own URL: /new). */
export function CreateGroupDrawer() {
  const t = useT();
  const navigate = useNavigate();
  const regionId = useParams().regionId ?? "";
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const quota = groupQuotaOf(usePrefetchedQuery(quotasQuery(regionId)));
  const [type, setType] = useState<"normal" | "enterprise">("normal");
  const [vpcId, setVpcId] = useState(() => (vpcs.find((vpc) => vpc.IsDefault) ?? vpcs[0])?.VpcId ?? "");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [touched, setTouched] = useState({ name: false, description: false, submitted: false });

  const create = useEcsMutation(createGroup, {
    invalidates: ["DescribeSecurityGroups", "DescribeQuotas"],
  });
  const serverProblem = create.error ? toProblem(create.error) : undefined;

  // Inline validation with the engine's own validators: the same code it would answer.
  const nameProblem = problemOf(() => checkSecurityGroupName(name));
  const descriptionProblem =
    description === "" ? undefined : problemOf(() => checkSecurityGroupDescription(description));
  // Each tag row checks as it is typed: the same code the API would answer.
  const tags = useTagsField(serverProblem);
  const showName = touched.name || touched.submitted;
  const showDescription = touched.description || touched.submitted;
  const nameError =
    (showName && nameProblem ? toProblem(nameProblem) : undefined) ?? problemAt(serverProblem, "SecurityGroupName");
  const descriptionError =
    (showDescription && descriptionProblem ? toProblem(descriptionProblem) : undefined) ??
    problemAt(serverProblem, "Description");
  const vpcError = problemAt(serverProblem, "VpcId");
  const quotaFull = quota !== undefined && quota.Usage >= quota.Value;

  const close = () => navigate(pb.securityGroups({ regionId }));
  const submit = () => {
    setTouched({ name: true, description: true, submitted: true });
    if (nameProblem || descriptionProblem || tags.invalid) {
      document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    create.mutate(
      { regionId, type, vpcId, name, description, tags: tags.param },
      {
        onSuccess: async ({ securityGroupId, outboundProblem }) => {
          if (outboundProblem) toast.error(outboundProblem, t("sg.create.outboundFailed", { id: securityGroupId }));
          else toast.success(t("sg.create.created", { name }));
          await navigate(pb.securityGroup({ regionId, securityGroupId }));
        },
      },
    );
  };

  return (
    <SideModalForm
      title={t("sg.create.title")}
      submitLabel={t("sg.create.submit")}
      onSubmit={submit}
      onDismiss={close}
      busy={create.isPending}
      problem={tags.ownsServerProblem ? undefined : unplacedProblem(serverProblem, PLACED)}
      width="medium"
      footerNote={quota && t("sg.create.quota", { used: quota.Usage, quota: quota.Value })}
    >
      <DocumentTitle title={t("sg.create.title")} />
      {quotaFull && quota && <Callout tone="warning">{t("sg.create.quotaFull", { quota: quota.Value })}</Callout>}
      <TypeChoice value={type} onChange={setType} />
      {type === "enterprise" && <Callout tone="info">{t("sg.create.enterpriseNote")}</Callout>}
      <Field
        label={t("sg.field.vpc")}
        hint={t("sg.field.vpcHint")}
        error={vpcError && <FieldError problem={vpcError} />}
      >
        {(control) => (
          <select {...control} value={vpcId} onChange={(event) => setVpcId(event.target.value)}>
            {vpcs.length === 0 && <option value="">{t("sg.field.vpcNone")}</option>}
            <VpcOptions vpcs={vpcs} />
          </select>
        )}
      </Field>
      <Field
        label={t("sg.field.name")}
        hint={
          <>
            {t("sg.field.nameHint")}
            <br />
            <span className={name && !nameProblem && !followsNamingAdvice(name) ? "advice advice-nudge" : "advice"}>
              {name && !nameProblem && !followsNamingAdvice(name) ? t("sg.naming.nudge") : t("sg.naming.advice")}
            </span>
          </>
        }
        error={nameError && <FieldError problem={nameError} />}
      >
        {(control) => (
          <input
            {...control}
            value={name}
            autoComplete="off"
            spellCheck={false}
            placeholder="prod-mysql-db-sg"
            onChange={(event) => setName(event.target.value)}
            onBlur={() => setTouched((state) => ({ ...state, name: true }))}
          />
        )}
      </Field>
      <DescriptionField
        label={t("sg.field.description")}
        hint={t("sg.field.descriptionHint")}
        value={description}
        onChange={setDescription}
        onBlur={() => setTouched((state) => ({ ...state, description: true }))}
        problem={descriptionError}
      />
      <TagsEditor tags={tags.tags} onChange={tags.setTags} problem={tags.problem} />
    </SideModalForm>
  );
}
