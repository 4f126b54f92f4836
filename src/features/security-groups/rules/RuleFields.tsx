import { ANY_PORT } from "@/engine/validate";
import { FieldError } from "../../../components/ProblemMessage";
import type { Direction } from "../../../engine/types";
import { hasPorts } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { Field } from "../../../ui/Field";
import { PrefixListSelect, prefixListWeightHint } from "../../prefix-lists/picker/PrefixListSelect";
import type { PrefixListChoice } from "../../prefix-lists/rule-weight";
import { type PeerKind, PROTOCOLS, type RuleField, type RuleForm, type RuleProblems } from "./rule-form";

interface RuleFieldsProps {
  direction: Direction;
  form: RuleForm;
  onChange: (patch: Partial<RuleForm>) => void;
  onBlurField: (field: RuleField) => void;
  /** Problems to show now (the caller decides: touched fields, or all after a submit). */
  problems: RuleProblems;
  enterprise: boolean;
  /** Edit in place: the kind of source/destination cannot change (RULE-4). */
  lockPeerKind: boolean;
  /** Id of a <datalist> of security groups for the group peer. */
  groupOptionsId?: string;
  /** In the add dialog the column headers name the fields; labels stay for screen readers. */
  labelsHidden: boolean;
  /** Offer "Prefix list" as the kind of peer (not for classic-network groups). */
  offerPrefixLists?: boolean;
  /** The region's prefix lists for the picker; undefined while loading. */
  prefixLists?: readonly PrefixListChoice[];
}

/** The inputs of one rule, shared by the add dialog (one row per rule) and edit in place. */
export function RuleFields({
  direction,
  form,
  onChange,
  onBlurField,
  problems,
  enterprise,
  lockPeerKind,
  groupOptionsId,
  labelsHidden,
  offerPrefixLists = false,
  prefixLists,
}: RuleFieldsProps) {
  const t = useT();
  const ingress = direction === "ingress";
  const error = (field: RuleField) => {
    const problem = problems[field];
    return problem && <FieldError problem={problem} />;
  };
  const kinds: PeerKind[] = enterprise ? ["ipv4", "ipv6"] : ["ipv4", "ipv6", "group"];
  if (offerPrefixLists) kinds.push("prefixList");
  const kindLabel = (kind: PeerKind) =>
    t(
      kind === "ipv4"
        ? "rules.peer.ipv4"
        : kind === "ipv6"
          ? "rules.peer.ipv6"
          : kind === "group"
            ? "rules.peer.group"
            : "rules.peer.prefixList",
    );
  const placeholder =
    form.peerKind === "ipv4"
      ? t("rules.peer.placeholder.ipv4")
      : form.peerKind === "ipv6"
        ? t("rules.peer.placeholder.ipv6")
        : form.peerKind === "group"
          ? t("rules.peer.placeholder.group")
          : "";

  return (
    <>
      <Field className="rf-policy" label={t("rules.field.policy")} labelHidden={labelsHidden} error={error("Policy")}>
        {(control) => (
          <select
            {...control}
            value={form.Policy}
            onChange={(event) => onChange({ Policy: event.target.value === "drop" ? "drop" : "accept" })}
            title={enterprise ? t("rules.enterpriseAcceptOnly") : undefined}
          >
            <option value="accept">{t("rules.policy.accept")}</option>
            {!enterprise && <option value="drop">{t("rules.policy.drop")}</option>}
          </select>
        )}
      </Field>
      <Field
        className="rf-priority"
        label={t("rules.field.priority")}
        labelHidden={labelsHidden}
        error={error("Priority")}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={form.Priority}
            title={t("rules.field.priorityHint")}
            onChange={(event) => onChange({ Priority: event.target.value })}
            onBlur={() => onBlurField("Priority")}
          />
        )}
      </Field>
      <Field
        className="rf-protocol"
        label={t("rules.field.protocol")}
        labelHidden={labelsHidden}
        error={error("IpProtocol")}
      >
        {(control) => (
          <select
            {...control}
            value={form.IpProtocol}
            onChange={(event) => {
              const next = PROTOCOLS.find((protocol) => protocol === event.target.value) ?? "TCP";
              const keep = hasPorts(next) && hasPorts(form.IpProtocol);
              onChange({ IpProtocol: next, PortRange: hasPorts(next) ? (keep ? form.PortRange : "") : ANY_PORT });
            }}
          >
            {PROTOCOLS.map((protocol) => (
              <option key={protocol} value={protocol}>
                {t(`rules.protocol.${protocol}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field className="rf-port" label={t("rules.field.port")} labelHidden={labelsHidden} error={error("PortRange")}>
        {(control) => (
          <input
            {...control}
            value={hasPorts(form.IpProtocol) ? form.PortRange : ANY_PORT}
            disabled={!hasPorts(form.IpProtocol)}
            title={hasPorts(form.IpProtocol) ? t("rules.field.portHint") : t("rules.field.portNone")}
            placeholder="22/22"
            spellCheck={false}
            onChange={(event) => onChange({ PortRange: event.target.value })}
            onBlur={() => onBlurField("PortRange")}
          />
        )}
      </Field>
      {lockPeerKind ? (
        <div className="field rf-kind">
          <span className={labelsHidden ? "visually-hidden" : "field-label"}>
            {t(ingress ? "rules.field.sourceType" : "rules.field.destinationType")}
          </span>
          <span className="static-value">{kindLabel(form.peerKind)}</span>
        </div>
      ) : (
        <Field
          className="rf-kind"
          label={t(ingress ? "rules.field.sourceType" : "rules.field.destinationType")}
          labelHidden={labelsHidden}
        >
          {(control) => (
            <select
              {...control}
              value={form.peerKind}
              onChange={(event) => onChange({ peerKind: event.target.value as PeerKind, peer: "" })}
            >
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        className="rf-peer"
        label={t(ingress ? "rules.field.source" : "rules.field.destination")}
        labelHidden={labelsHidden}
        error={error("peer")}
        hint={form.peerKind === "prefixList" ? prefixListWeightHint(t, form.peer, prefixLists) : undefined}
      >
        {(control) =>
          form.peerKind === "prefixList" ? (
            <PrefixListSelect
              control={control}
              value={form.peer}
              onChange={(peer) => onChange({ peer })}
              onBlur={() => onBlurField("peer")}
              lists={prefixLists}
              protocol={form.IpProtocol}
            />
          ) : (
            <input
              {...control}
              value={form.peer}
              placeholder={placeholder}
              spellCheck={false}
              autoComplete="off"
              list={form.peerKind === "group" ? groupOptionsId : undefined}
              onChange={(event) => onChange({ peer: event.target.value })}
              onBlur={() => onBlurField("peer")}
            />
          )
        }
      </Field>
      <Field
        className="rf-description"
        label={t("rules.field.description")}
        labelHidden={labelsHidden}
        error={error("Description")}
      >
        {(control) => (
          <input
            {...control}
            value={form.Description}
            onChange={(event) => onChange({ Description: event.target.value })}
            onBlur={() => onBlurField("Description")}
          />
        )}
      </Field>
    </>
  );
}
