import type { Column } from "../../../components/DataTable";
import type { ImportedRule } from "../../../engine/import-export";
import type { Translate } from "../../../i18n";
import { PolicyBadge, protocolLabel } from "../../security-groups/rules/rule-display";

/** A rule of the file with its 1-based position (the API's Result.Index). */
export interface FileRow {
  index: number;
  rule: ImportedRule;
}

const value = (text: string | undefined) => (text ?? "").trim();

/** The peer a rule names, whichever kind it is; a group or list as its id, with its name when the file has it. */
function peerOf(rule: ImportedRule): { main: string; detail: string } {
  const ingress = value(rule.Direction).toLowerCase() !== "egress";
  const cidr = ingress
    ? value(rule.SourceCidrIp) || value(rule.Ipv6SourceCidrIp)
    : value(rule.DestCidrIp) || value(rule.Ipv6DestCidrIp);
  if (cidr) return { main: cidr, detail: "" };
  const group = ingress ? value(rule.SourceGroupId) : value(rule.DestGroupId);
  if (group) return { main: group, detail: ingress ? value(rule.SourceGroupName) : value(rule.DestGroupName) };
  const list = ingress ? value(rule.SourcePrefixListId) : value(rule.DestPrefixListId);
  return { main: list, detail: ingress ? value(rule.SourcePrefixListName) : value(rule.DestPrefixListName) };
}

export function directionLabel(t: Translate, direction: string | undefined): string {
  const normalized = value(direction).toLowerCase();
  if (normalized === "ingress") return t("io.direction.ingress");
  if (normalized === "egress") return t("io.direction.egress");
  return value(direction) || "—";
}

/** A rule of the file in one line ("Inbound · Allow TCP 22/22 10.0.0.0/8"), for the result table. */
export function fileRuleLine(t: Translate, rule: ImportedRule): string {
  const policy = t(value(rule.Policy).toLowerCase() === "drop" ? "rules.policy.drop" : "rules.policy.accept");
  const ports = value(rule.PortRange) || value(rule.PortRangeListId);
  const parts = [policy, protocolLabel(t, value(rule.IpProtocol)), ports, peerOf(rule).main];
  return `${directionLabel(t, rule.Direction)} · ${parts.filter(Boolean).join(" ")}`;
}

/**
 * The rule columns of the preview table, showing what the file says. Empty action
 * and priority show the API's defaults (Allow, 1), since that is what the import will use.
 */
export function fileRuleColumns(t: Translate): Column<FileRow>[] {
  return [
    {
      id: "direction",
      header: t("io.col.direction"),
      className: "col-direction",
      cell: ({ rule }) => directionLabel(t, rule.Direction),
    },
    {
      id: "policy",
      header: t("rules.col.policy"),
      className: "col-policy",
      cell: ({ rule }) => <PolicyBadge policy={value(rule.Policy) || "accept"} />,
    },
    {
      id: "priority",
      header: t("rules.col.priority"),
      className: "col-priority",
      cell: ({ rule }) => value(rule.Priority) || "1",
    },
    {
      id: "protocol",
      header: t("rules.col.protocol"),
      className: "col-protocol",
      cell: ({ rule }) => protocolLabel(t, value(rule.IpProtocol)) || "—",
    },
    {
      id: "port",
      header: t("rules.col.port"),
      className: "col-port",
      cell: ({ rule }) => <span className="mono">{value(rule.PortRange) || value(rule.PortRangeListId) || "—"}</span>,
    },
    {
      id: "peer",
      header: t("io.col.peer"),
      className: "col-peer",
      cell: ({ rule }) => {
        const peer = peerOf(rule);
        return (
          <span className="stacked">
            <span className="mono truncate" title={peer.main}>
              {peer.main || "—"}
            </span>
            {peer.detail && <span className="muted truncate">{peer.detail}</span>}
          </span>
        );
      },
    },
    {
      id: "description",
      header: t("rules.col.description"),
      className: "col-description",
      cell: ({ rule }) => (
        <span className="truncate" title={rule.Description}>
          {rule.Description}
        </span>
      ),
    },
  ];
}
