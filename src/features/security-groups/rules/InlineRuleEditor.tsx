import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { Permission, SecurityGroup } from "@/api/types";
import { useEcsMutation } from "../../../api/queries";
import { ProblemCallout } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { toast } from "../../../components/toasts";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { sameFamilyLists } from "../../prefix-lists/picker/rule-family";
import { useRuleWeights } from "../../prefix-lists/rule-weight";
import { ExposureWarning } from "./ExposureWarning";
import { GroupOptions } from "./GroupOptions";
import { RuleFields } from "./RuleFields";
import {
  exposureOf,
  fieldOfParameter,
  fromPermission,
  type RuleField,
  type RuleForm,
  type RuleProblems,
  toPermissionFields,
  validateRule,
} from "./rule-form";
import { modifyRule, RULE_WRITE_INVALIDATES } from "./rule-writes";

interface InlineRuleEditorProps {
  regionId: string;
  group: SecurityGroup;
  rule: Permission;
  columnCount: number;
  onDone: () => void;
}

/** RULE-4 in place: the rule's row turns into its form; Save sends one Modify request. */
export function InlineRuleEditor({ regionId, group, rule, columnCount, onDone }: InlineRuleEditorProps) {
  const t = useT();
  const optionsId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const direction = rule.Direction;
  const [form, setForm] = useState<RuleForm>(() => fromPermission(rule));
  // RULE-4: a prefix-list rule may move to another list of the same family only.
  const listId = rule.Direction === "ingress" ? rule.SourcePrefixListId : rule.DestPrefixListId;
  const weights = useRuleWeights(regionId, group.SecurityGroupId, listId !== "");
  const prefixLists = sameFamilyLists(weights.lists, listId);
  const [touched, setTouched] = useState<ReadonlySet<RuleField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const modify = useEcsMutation(
    (fields: Record<string, string>) =>
      modifyRule({ regionId, securityGroupId: group.SecurityGroupId, direction }, rule.SecurityGroupRuleId, fields),
    { invalidates: RULE_WRITE_INVALIDATES },
  );

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("input:not([disabled]), select")?.focus();
  }, []);

  const clientProblems = validateRule(direction, form, group.SecurityGroupId, weights.lists);
  const server = modify.error ? toProblem(modify.error) : undefined;
  const serverField = fieldOfParameter(server?.parameter);
  const shown: RuleProblems = {};
  for (const [field, problem] of Object.entries(clientProblems) as Array<[RuleField, RuleProblems[RuleField]]>) {
    if (submitted || touched.has(field)) shown[field] = problem;
  }
  if (server && serverField && !shown[serverField]) shown[serverField] = server;

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(clientProblems).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    modify.mutate(toPermissionFields(direction, form), {
      onSuccess: () => {
        toast.success(t("rules.updated", { id: rule.SecurityGroupRuleId }));
        onDone();
      },
    });
  };

  return (
    <td colSpan={columnCount} className="inline-editor-cell">
      <form
        ref={formRef}
        className="inline-editor"
        noValidate
        onSubmit={save}
        onKeyDown={(event) => {
          if (event.key === "Escape") onDone();
        }}
      >
        <fieldset>
          <legend className="inline-editor-legend">{t("rules.editorLabel", { id: rule.SecurityGroupRuleId })}</legend>
          <div className="inline-editor-fields">
            <RuleFields
              direction={direction}
              form={form}
              onChange={(patch) => {
                modify.reset();
                setForm((current) => ({ ...current, ...patch }));
              }}
              onBlurField={(field) => setTouched((current) => new Set(current).add(field))}
              problems={shown}
              enterprise={group.SecurityGroupType === "enterprise"}
              lockPeerKind
              groupOptionsId={optionsId}
              labelsHidden={false}
              prefixLists={prefixLists}
            />
            <div className="inline-editor-actions">
              <Button type="submit" variant="primary" size="sm" busy={modify.isPending}>
                {t("common.save")}
              </Button>
              <Button size="sm" onClick={onDone} disabled={modify.isPending}>
                {t("common.cancel")}
              </Button>
            </div>
          </div>
          <ExposureWarning exposures={exposureOf(direction, form)} />
          {rule.Description !== "" && form.Description.trim() === "" && (
            // The API reads an empty Description as "unchanged": say so rather than let Save look like it cleared it.
            <p className="field-hint" role="note">
              {t("rules.descriptionKept", { description: rule.Description })}
            </p>
          )}
          {server && !serverField && <ProblemCallout problem={server} />}
        </fieldset>
      </form>
      <GroupOptions
        id={optionsId}
        regionId={regionId}
        vpcId={group.VpcId}
        ownGroupId={group.SecurityGroupId}
        enabled={form.peerKind === "group"}
      />
    </td>
  );
}
