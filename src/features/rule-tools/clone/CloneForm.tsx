import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { groupRulesQuery, vpcsQuery } from "@/api/shared-reads";
import type { CloneSecurityGroupBody, SecurityGroup } from "@/api/types";
import { useEcsMutation, usePrefetchedQuery } from "../../../api/queries";
import { NameField } from "../../../components/NameField";
import { FieldError } from "../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../components/problem";
import { regionsQuery } from "../../../components/regions";
import { SideModalForm } from "../../../components/SideModalForm";
import { checkSecurityGroupName, MAX_PRIORITY, problemOf } from "../../../engine/validate";
import { useLanguage, useT } from "../../../i18n";
import { Callout } from "../../../ui/Callout";
import { Field } from "../../../ui/Field";
import { VpcOptions } from "../../security-groups/labels";
import { type CloneValues, cloneGroup, defaultCloneName, defaultTargetVpc } from "./clone-writes";

const PLACED = ["SecurityGroupName", "TargetVpcId", "TargetRegionId"];

interface CloneFormProps {
  regionId: string;
  group: SecurityGroup;
  onCloned: (done: { values: CloneValues; body: CloneSecurityGroupBody }) => void;
  onClose: () => void;
}

/** CLONE-1's options: target region, its VPC or the classic network, name, keep rules, copy tags. */
export function CloneForm({ regionId, group, onCloned, onClose }: CloneFormProps) {
  const t = useT();
  const language = useLanguage();
  const keepRulesHintId = useId();
  const copyTagsHintId = useId();
  const regions = usePrefetchedQuery(regionsQuery(language)).Regions.Region;
  const [targetRegionId, setTargetRegionId] = useState(regionId);
  const [vpcChoice, setVpcChoice] = useState<string>();
  const [name, setName] = useState(() => defaultCloneName(group.SecurityGroupName));
  const [keepRules, setKeepRules] = useState(true);
  const [copyTags, setCopyTags] = useState(false);
  const [touched, setTouched] = useState(false);

  const vpcs = useQuery(vpcsQuery(targetRegionId));
  const sourceRules = useQuery(groupRulesQuery(regionId, group.SecurityGroupId));
  const targetVpcs = vpcs.data?.Vpcs.Vpc ?? [];
  const sameRegion = targetRegionId === regionId;
  const enterprise = group.SecurityGroupType === "enterprise";
  const vpcId = vpcChoice ?? (vpcs.data ? defaultTargetVpc(sameRegion, group.VpcId, targetVpcs) : "");
  const legacyRules = (sourceRules.data?.Permissions.Permission ?? []).filter((rule) => rule.Priority > MAX_PRIORITY);
  const tagCount = group.Tags.Tag.length;
  const targetName = regions.find((region) => region.RegionId === targetRegionId)?.LocalName ?? targetRegionId;
  const sourceRegionName = regions.find((region) => region.RegionId === regionId)?.LocalName ?? regionId;

  const clone = useEcsMutation(cloneGroup, { invalidates: ["DescribeSecurityGroups", "DescribeQuotas"] });
  const serverProblem = clone.error ? toProblem(clone.error) : undefined;
  const nameProblem = problemOf(() => checkSecurityGroupName(name));
  const nameError =
    (touched && nameProblem ? toProblem(nameProblem) : undefined) ?? problemAt(serverProblem, "SecurityGroupName");
  const vpcError = problemAt(serverProblem, "TargetVpcId");
  const regionError = problemAt(serverProblem, "TargetRegionId");

  const submit = () => {
    setTouched(true);
    if (nameProblem) {
      document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    const values: CloneValues = {
      regionId,
      securityGroupId: group.SecurityGroupId,
      targetRegionId,
      targetVpcId: vpcId,
      name,
      keepRules,
      copyTags,
    };
    clone.mutate(values, { onSuccess: (body) => onCloned({ values, body }) });
  };

  return (
    <SideModalForm
      title={t("clone.title")}
      submitLabel={t("clone.submit")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={clone.isPending}
      submitDisabled={vpcs.isPending}
      problem={unplacedProblem(serverProblem, PLACED)}
    >
      <div className="identity">
        <span className="field-label">{t("clone.source")}</span>
        <span className="truncate">{group.SecurityGroupName || t("sg.unnamed")}</span>
        <span className="muted">
          <code className="mono">{group.SecurityGroupId}</code> · {sourceRegionName}
        </span>
      </div>
      <Field
        label={t("clone.field.region")}
        hint={t("clone.field.regionHint")}
        error={regionError && <FieldError problem={regionError} />}
      >
        {(control) => (
          <select
            {...control}
            value={targetRegionId}
            onChange={(event) => {
              setTargetRegionId(event.target.value);
              setVpcChoice(undefined);
            }}
          >
            {regions.map((region) => (
              <option key={region.RegionId} value={region.RegionId}>
                {`${region.LocalName} (${region.RegionId})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t("clone.field.vpc")}
        hint={enterprise ? t("clone.field.vpcHintEnterprise") : t("clone.field.vpcHint")}
        error={vpcError && <FieldError problem={vpcError} />}
      >
        {(control) => (
          <select
            {...control}
            value={vpcs.isPending ? "" : vpcId}
            disabled={vpcs.isPending}
            onChange={(event) => setVpcChoice(event.target.value)}
          >
            {vpcs.isPending ? (
              <option value="">{t("common.loading")}</option>
            ) : (
              <>
                <VpcOptions vpcs={targetVpcs} />
                <option value="" disabled={enterprise}>
                  {t("sg.classic")}
                </option>
              </>
            )}
          </select>
        )}
      </Field>
      <NameField
        label={t("clone.field.name")}
        hint={t("sg.field.nameHint")}
        problem={nameError}
        value={name}
        onChange={setName}
        onBlur={() => setTouched(true)}
      />
      <div className="check-field">
        <label className="check-label">
          <input
            type="checkbox"
            checked={keepRules}
            aria-describedby={keepRulesHintId}
            onChange={(event) => setKeepRules(event.target.checked)}
          />
          {t("clone.keepRules")}
        </label>
        <div id={keepRulesHintId} className="field-hint">
          <p>{t("clone.keepRulesHint")}</p>
          {keepRules && legacyRules.length > 0 && (
            <p className="clone-legacy">{t("clone.legacyRules", { count: legacyRules.length })}</p>
          )}
        </div>
      </div>
      <div className="check-field">
        <label className="check-label">
          <input
            type="checkbox"
            checked={copyTags}
            aria-describedby={copyTagsHintId}
            onChange={(event) => setCopyTags(event.target.checked)}
          />
          {t("clone.copyTags")}
        </label>
        <p id={copyTagsHintId} className="field-hint">
          {tagCount === 0 ? t("clone.noTags") : t("clone.tagCount", { count: tagCount })}
        </p>
      </div>
      {keepRules && !sameRegion && (
        <Callout tone="info">{t("clone.crossRegion", { region: sourceRegionName, target: targetName })}</Callout>
      )}
    </SideModalForm>
  );
}
