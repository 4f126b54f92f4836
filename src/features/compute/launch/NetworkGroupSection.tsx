import type { ReactNode } from "react";
import type { SecurityGroup } from "@/api/types";
import { FieldError } from "../../../components/ProblemMessage";
import type { Problem } from "../../../components/problem";
import { useT } from "../../../i18n";
import { Callout } from "../../../ui/Callout";
import { Field } from "../../../ui/Field";
import { TypeChoice } from "../../security-groups/create/TypeChoice";
import { GroupSetField } from "../limits/GroupSetField";
import { QUICK_SETUP_PORTS, type QuickPortId } from "./catalog";

export type GroupMode = "new" | "existing";

export interface NewGroupForm {
  type: "normal" | "enterprise";
  name: string;
  ports: ReadonlySet<QuickPortId>;
}

interface NetworkGroupSectionProps {
  regionId: string;
  vpcId: string;
  mode: GroupMode;
  onMode: (mode: GroupMode) => void;
  newGroup: NewGroupForm;
  onNewGroup: (next: NewGroupForm) => void;
  chosen: readonly SecurityGroup[];
  onChosen: (next: SecurityGroup[]) => void;
  submitted: boolean;
  nameError?: Problem;
  rulesError?: Problem;
  groupsError?: Problem;
  /** A note above the choice (e.g. "the group from the last attempt is selected"). */
  note?: ReactNode;
}

/**
 * ENI-2: the purchase page's security-group choice. Either a new basic or enterprise group
 * (editable name, quick-setup ports opened to 0.0.0.0/0, no detailed rules), or existing groups
 * of the VPC with the ENI-5 limits shown while choosing.
 */
export function NetworkGroupSection({
  regionId,
  vpcId,
  mode,
  onMode,
  newGroup,
  onNewGroup,
  chosen,
  onChosen,
  submitted,
  nameError,
  rulesError,
  groupsError,
  note,
}: NetworkGroupSectionProps) {
  const t = useT();
  const remote = [...newGroup.ports].filter((port) => port === "ssh" || port === "rdp");

  return (
    <div className="launch-groups">
      <fieldset className="field">
        <legend className="field-label">{t("launch.group.mode")}</legend>
        <div className="radio-row">
          {(["new", "existing"] as const).map((option) => (
            <label key={option} className={`radio-pill ${mode === option ? "is-checked" : ""}`.trim()}>
              <input
                type="radio"
                name="group-mode"
                value={option}
                checked={mode === option}
                onChange={() => onMode(option)}
              />
              {t(option === "new" ? "launch.group.new" : "launch.group.existing")}
            </label>
          ))}
        </div>
      </fieldset>
      {note}
      {mode === "new" ? (
        <>
          <TypeChoice value={newGroup.type} onChange={(type) => onNewGroup({ ...newGroup, type })} />
          {newGroup.type === "enterprise" && <Callout tone="info">{t("sg.create.enterpriseNote")}</Callout>}
          <Field
            label={t("launch.group.name")}
            hint={t("sg.field.nameHint")}
            error={nameError && <FieldError problem={nameError} />}
          >
            {(control) => (
              <input
                {...control}
                value={newGroup.name}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => onNewGroup({ ...newGroup, name: event.target.value })}
              />
            )}
          </Field>
          <fieldset className={`field quick-setup ${rulesError ? "field-invalid" : ""}`.trim()}>
            <legend className="field-label">{t("launch.quick.legend")}</legend>
            <p className="field-hint">{t("launch.quick.hint")}</p>
            <div className="quick-setup-options">
              {QUICK_SETUP_PORTS.map((port) => (
                <label key={port.id} className="checkbox-label">
                  <input
                    type="checkbox"
                    checked={newGroup.ports.has(port.id)}
                    onChange={(event) => {
                      const ports = new Set(newGroup.ports);
                      if (event.target.checked) ports.add(port.id);
                      else ports.delete(port.id);
                      onNewGroup({ ...newGroup, ports });
                    }}
                  />
                  {port.label}
                </label>
              ))}
            </div>
            {rulesError && (
              <div className="field-error" role="alert">
                <FieldError problem={rulesError} />
              </div>
            )}
          </fieldset>
          {remote.length > 0 && (
            <Callout tone="warning" title={t("launch.quick.warnTitle")}>
              {t("launch.quick.warnBody", {
                ports: remote
                  .map((port) => t(port === "ssh" ? "inst.exposure.ssh" : "inst.exposure.rdp"))
                  .join(t("inst.exposure.and")),
              })}
            </Callout>
          )}
        </>
      ) : (
        <GroupSetField
          regionId={regionId}
          vpcId={vpcId}
          current={[]}
          chosen={chosen}
          onChange={onChosen}
          legend={t("launch.group.existingLegend")}
          target={t("launch.limit.eachInstance")}
          showEmpty={submitted}
          problem={groupsError}
        />
      )}
    </div>
  );
}
