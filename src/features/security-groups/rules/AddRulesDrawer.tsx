import { type ReactNode, useId, useState } from "react";
import type { SecurityGroup } from "@/api/types";
import { MAX_RULES_PER_GROUP } from "@/engine/validate";
import { useEcsMutation } from "../../../api/queries";
import { toProblem } from "../../../components/problem";
import { SideModalForm } from "../../../components/SideModalForm";
import { toast } from "../../../components/toasts";
import type { Direction } from "../../../engine/types";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Icon } from "../../../ui/Icon";
import { Meter } from "../../../ui/Meter";
import { formWeight, useRuleWeights } from "../../prefix-lists/rule-weight";
import { ExposureWarning } from "./ExposureWarning";
import { GroupOptions } from "./GroupOptions";
import { QUICK_PORTS } from "./quick-ports";
import { RuleFields } from "./RuleFields";
import {
  exposureOf,
  fieldOfParameter,
  isBlank,
  newRuleForm,
  type RuleField,
  type RuleForm,
  type RuleProblems,
  rowOfParameter,
  toPermissionFields,
  validateRule,
} from "./rule-form";
import { addRules, RULE_WRITE_INVALIDATES } from "./rule-writes";

interface AddRulesDrawerProps {
  regionId: string;
  group: SecurityGroup;
  direction: Direction;
  onClose: () => void;
  /** Pre-filled rows (the troubleshooting page's "open port"); one blank row when absent. */
  initialRules?: ReadonlyArray<Partial<Omit<RuleForm, "key">>>;
  /** Shown above the rows: where the rule goes and why (troubleshooting). */
  intro?: ReactNode;
}

/**
 * RULE-7: several rules in one dialog, sent as one Authorize request. Each row is checked with
 * the engine's validators as it is typed; a server error lands next to the field it names
 * (`Permissions.2.PortRange` -> row 2, port range).
 */
export function AddRulesDrawer({ regionId, group, direction, onClose, initialRules, intro }: AddRulesDrawerProps) {
  const t = useT();
  const optionsId = useId();
  const enterprise = group.SecurityGroupType === "enterprise";
  const weights = useRuleWeights(regionId, group.SecurityGroupId, group.VpcId !== "");
  const [rows, setRows] = useState<RuleForm[]>(() =>
    initialRules?.length ? initialRules.map((rule) => newRuleForm(rule)) : [newRuleForm()],
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const add = useEcsMutation(
    (permissions: Array<Record<string, string>>) =>
      addRules({ regionId, securityGroupId: group.SecurityGroupId, direction }, permissions),
    { invalidates: RULE_WRITE_INVALIDATES },
  );

  const server = add.error ? toProblem(add.error) : undefined;
  const serverRow = rowOfParameter(server?.parameter);
  const serverField = fieldOfParameter(server?.parameter);
  const placed =
    server !== undefined && serverRow !== undefined && serverField !== undefined && serverRow < rows.length;
  const clientProblems = rows.map((row) => validateRule(direction, row, group.SecurityGroupId, weights.lists));

  const shownProblems = (index: number): RuleProblems => {
    const row = rows[index];
    const all = clientProblems[index] ?? {};
    const shown: RuleProblems = {};
    for (const [field, problem] of Object.entries(all) as Array<[RuleField, RuleProblems[RuleField]]>) {
      if (row && (submitted || touched.has(`${row.key}:${field}`))) shown[field] = problem;
    }
    if (placed && serverRow === index && serverField && !shown[serverField]) shown[serverField] = server;
    return shown;
  };

  const update = (key: string, patch: Partial<RuleForm>) => {
    add.reset();
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  };
  const quickAdd = (index: number) => {
    const preset = QUICK_PORTS[index];
    if (!preset) return;
    add.reset();
    const fields = { IpProtocol: preset.IpProtocol, PortRange: preset.PortRange, Description: preset.Description };
    setRows((current) => {
      const last = current.at(-1);
      if (last && isBlank(last)) return [...current.slice(0, -1), { ...last, ...fields }];
      return [...current, newRuleForm(fields)];
    });
  };

  const submit = () => {
    setSubmitted(true);
    if (clientProblems.some((problems) => Object.keys(problems).length > 0)) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>("dialog [aria-invalid='true']")?.focus());
      return;
    }
    add.mutate(
      rows.map((row) => toPermissionFields(direction, row)),
      {
        onSuccess: (added) => {
          toast.success(added === 0 ? t("rules.addedNone") : t("rules.added", { count: added }));
          onClose();
        },
      },
    );
  };

  // RULE-8: a rule that uses a prefix list counts as the list's MaxEntries.
  const after =
    (weights.groupWeight ?? group.RuleCount) + rows.reduce((sum, row) => sum + formWeight(row, weights.lists), 0);
  const listWeighted = after !== group.RuleCount + rows.length;
  const peerLabel = direction === "ingress" ? t("rules.field.source") : t("rules.field.destination");
  const kindLabel = direction === "ingress" ? t("rules.field.sourceType") : t("rules.field.destinationType");

  return (
    <SideModalForm
      title={t(direction === "ingress" ? "rules.addTitle.ingress" : "rules.addTitle.egress")}
      submitLabel={t("rules.addSubmit")}
      onSubmit={submit}
      onDismiss={onClose}
      busy={add.isPending}
      problem={placed ? undefined : server}
      width="wide"
      footerNote={
        <div className="usage-note">
          <Meter
            value={after}
            max={MAX_RULES_PER_GROUP}
            label={t("rules.usageLabel", { limit: MAX_RULES_PER_GROUP })}
            text={t("rules.usageAfter", { used: after, limit: MAX_RULES_PER_GROUP })}
          />
          {listWeighted && <span className="field-hint">{t("pl.picker.meterNote")}</span>}
          {after > MAX_RULES_PER_GROUP && (
            <span className="text-danger">{t("rules.overLimit", { limit: MAX_RULES_PER_GROUP })}</span>
          )}
        </div>
      }
    >
      {intro}
      <fieldset className="quick-add">
        <legend className="quick-add-label">{t("rules.quick")}</legend>
        <div className="chips">
          {QUICK_PORTS.map((preset, index) => (
            <button key={preset.label} type="button" className="chip" onClick={() => quickAdd(index)}>
              <Icon name="plus" />
              {preset.label}
            </button>
          ))}
        </div>
        <p className="field-hint">{t("rules.quickHint")}</p>
      </fieldset>
      {enterprise && <p className="field-hint">{t("rules.enterpriseNoGroup")}</p>}
      <div className="rule-rows">
        <div className="rule-row rule-row-head" aria-hidden="true">
          <span>#</span>
          <span>{t("rules.field.policy")}</span>
          <span>{t("rules.field.priority")}</span>
          <span>{t("rules.field.protocol")}</span>
          <span>{t("rules.field.port")}</span>
          <span>{kindLabel}</span>
          <span>{peerLabel}</span>
          <span>{t("rules.field.description")}</span>
          <span />
        </div>
        {rows.map((row, index) => (
          <fieldset key={row.key} className="rule-row-set">
            <legend className="visually-hidden">{t("rules.rowLabel", { n: index + 1 })}</legend>
            <div className="rule-row">
              <span className="rule-row-number" aria-hidden="true">
                {index + 1}
              </span>
              <RuleFields
                direction={direction}
                form={row}
                onChange={(patch) => update(row.key, patch)}
                onBlurField={(field) => setTouched((current) => new Set(current).add(`${row.key}:${field}`))}
                problems={shownProblems(index)}
                enterprise={enterprise}
                lockPeerKind={false}
                groupOptionsId={optionsId}
                labelsHidden
                offerPrefixLists={weights.offered}
                prefixLists={weights.lists}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t("rules.removeRow", { n: index + 1 })}
                disabled={rows.length === 1}
                onClick={() => {
                  add.reset();
                  setRows((current) => current.filter((candidate) => candidate.key !== row.key));
                }}
              >
                <Icon name="trash" />
              </button>
            </div>
            <ExposureWarning exposures={exposureOf(direction, row)} />
          </fieldset>
        ))}
      </div>
      <Button variant="link" onClick={() => setRows((current) => [...current, newRuleForm()])}>
        <Icon name="plus" />
        {t("rules.addRow")}
      </Button>
      <GroupOptions
        id={optionsId}
        regionId={regionId}
        vpcId={group.VpcId}
        ownGroupId={group.SecurityGroupId}
        enabled={rows.some((row) => row.peerKind === "group")}
      />
    </SideModalForm>
  );
}
