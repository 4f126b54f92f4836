import type { SecurityGroup } from "@/api/types";
import type { Column } from "../../../components/DataTable";
import type { Translate } from "../../../i18n";
import { GroupBadges, GroupLink } from "../../security-groups/labels";

/** The groups table of an instance or network interface: group, type, rule count, description. */
export function interfaceGroupColumns(t: Translate, regionId: string): Column<SecurityGroup>[] {
  return [
    {
      id: "group",
      header: t("inst.groups.col.group"),
      className: "col-name",
      cell: (group) => <GroupLink regionId={regionId} id={group.SecurityGroupId} name={group.SecurityGroupName} />,
    },
    {
      id: "type",
      header: t("inst.groups.col.type"),
      className: "col-type",
      cell: (group) => (
        <span className="badges">
          <GroupBadges group={group} />
        </span>
      ),
    },
    { id: "rules", header: t("inst.groups.col.rules"), className: "col-num", cell: (group) => group.RuleCount },
    {
      id: "description",
      header: t("inst.groups.col.description"),
      className: "col-description",
      cell: (group) => (
        <span className="truncate" title={group.Description}>
          {group.Description}
        </span>
      ),
    },
  ];
}
