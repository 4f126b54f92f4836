import type { ReactNode } from "react";
import type { Permission } from "@/api/types";
import { type Translate, useT } from "../../../i18n";
import { Badge, type BadgeTone } from "../../../ui/Badge";
import { VisuallyHidden } from "../../../ui/VisuallyHidden";
import type { ChangeKind, DiffAspect, DirectionDiff, RuleChange } from "./rule-diff";

const KIND_TONE: Record<ChangeKind, BadgeTone> = {
  changed: "orange",
  added: "green",
  removed: "red",
  unchanged: "neutral",
};

export function kindLabel(t: Translate, kind: ChangeKind): string {
  return t(`snap.diff.kind.${kind}`);
}

function aspectLabel(t: Translate, aspect: DiffAspect, ingress: boolean): string {
  if (aspect === "peer") return t(ingress ? "rules.col.source" : "rules.col.destination");
  return t(`snap.diff.aspect.${aspect}`);
}

/** The rule's source (inbound) or destination (outbound) as text: an address, a group or a prefix list. */
function peerText(rule: Permission): string {
  const ingress = rule.Direction === "ingress";
  const cidr = ingress ? rule.SourceCidrIp || rule.Ipv6SourceCidrIp : rule.DestCidrIp || rule.Ipv6DestCidrIp;
  if (cidr) return cidr;
  const groupId = ingress ? rule.SourceGroupId : rule.DestGroupId;
  const groupName = ingress ? rule.SourceGroupName : rule.DestGroupName;
  if (groupId) return groupName ? `${groupName} (${groupId})` : groupId;
  const listId = ingress ? rule.SourcePrefixListId : rule.DestPrefixListId;
  const listName = ingress ? rule.SourcePrefixListName : rule.DestPrefixListName;
  return listName ? `${listName} (${listId})` : listId;
}

type Shown = (rule: Permission) => ReactNode;

/** A cell: the value, or for a changed setting the current value struck through and the restored one. */
function DiffCell({ change, aspect, show }: { change: RuleChange; aspect: DiffAspect; show: Shown }) {
  const t = useT();
  if (change.kind === "changed" && change.aspects.includes(aspect)) {
    return (
      <span className="diff-value">
        <del className="diff-old">
          <VisuallyHidden>{t("snap.diff.currentValue")} </VisuallyHidden>
          {show(change.current) || "—"}
        </del>
        <span aria-hidden="true" className="diff-arrow">
          →
        </span>
        <ins className="diff-new">
          <VisuallyHidden>{t("snap.diff.restoredValue")} </VisuallyHidden>
          {show(change.restored) || "—"}
        </ins>
      </span>
    );
  }
  const rule = change.kind === "added" || change.kind === "changed" ? change.restored : change.current;
  return <>{show(rule)}</>;
}

/** SNAP-4: one direction's rules as the restore would change them, each row marked and coloured. */
export function DiffTable({ diff, label }: { diff: DirectionDiff; label: string }) {
  const t = useT();
  const ingress = diff.direction === "ingress";
  const columns: ReadonlyArray<{ aspect: DiffAspect; header: string; className: string; show: Shown }> = [
    {
      aspect: "policy",
      header: t("rules.col.policy"),
      className: "col-policy",
      show: (rule) => t(rule.Policy === "Drop" ? "rules.policy.drop" : "rules.policy.accept"),
    },
    { aspect: "priority", header: t("rules.col.priority"), className: "col-priority", show: (rule) => rule.Priority },
    {
      aspect: "protocol",
      header: t("rules.col.protocol"),
      className: "col-protocol",
      show: (rule) => t(`rules.protocol.${rule.IpProtocol}`),
    },
    {
      aspect: "port",
      header: t("rules.col.port"),
      className: "col-port",
      show: (rule) => <span className="mono">{rule.PortRange}</span>,
    },
    {
      aspect: "peer",
      header: t(ingress ? "rules.col.source" : "rules.col.destination"),
      className: "col-peer",
      show: peerText,
    },
    {
      aspect: "description",
      header: t("rules.col.description"),
      className: "col-description",
      show: (rule) => rule.Description,
    },
  ];

  if (diff.changes.length === 0) {
    return <p className="diff-empty">{t(ingress ? "snap.diff.noneInbound" : "snap.diff.noneOutbound")}</p>;
  }

  return (
    <div className="table-wrap">
      <table className="data-table diff-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col" className="col-change">
              {t("snap.diff.col.change")}
            </th>
            {columns.map((column) => (
              <th key={column.aspect} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {diff.changes.map((change) => (
            <tr key={change.id} className={`diff-row diff-${change.kind}`}>
              <td className="col-change">
                <span className="stacked">
                  <Badge tone={KIND_TONE[change.kind]}>{kindLabel(t, change.kind)}</Badge>
                  {change.kind === "changed" && (
                    <span className="diff-aspects">
                      {change.aspects.map((aspect) => aspectLabel(t, aspect, ingress)).join(", ")}
                    </span>
                  )}
                  <span className="mono muted truncate" title={change.id}>
                    {change.id}
                  </span>
                </span>
              </td>
              {columns.map((column) => (
                <td key={column.aspect} className={column.className}>
                  <DiffCell change={change} aspect={column.aspect} show={column.show} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
