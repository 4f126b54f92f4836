import { Link } from "react-router";
import type { SecurityGroup, Vpc } from "@/api/types";
import type { Column } from "../../../components/DataTable";
import { IdNameCell } from "../../../components/IdNameCell";
import { formatTime, type Language, type Translate } from "../../../i18n";
import { pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { GroupBadges, TagList, VpcLabel } from "../labels";

interface ColumnContext {
  t: Translate;
  language: Language;
  regionId: string;
  vpcs: readonly Vpc[];
  onDelete: (group: SecurityGroup) => void;
  onClone: (group: SecurityGroup) => void;
}

export function groupColumns({
  t,
  language,
  regionId,
  vpcs,
  onDelete,
  onClone,
}: ColumnContext): Column<SecurityGroup>[] {
  const detail = (group: SecurityGroup) => pb.securityGroup({ regionId, securityGroupId: group.SecurityGroupId });
  return [
    {
      id: "idName",
      header: t("sg.col.idName"),
      className: "col-name",
      cell: (group) => (
        <IdNameCell
          to={detail(group)}
          id={group.SecurityGroupId}
          name={group.SecurityGroupName}
          unnamed={t("sg.unnamed")}
        />
      ),
    },
    {
      id: "vpc",
      header: t("sg.col.vpc"),
      className: "col-vpc",
      cell: (group) => <VpcLabel vpcId={group.VpcId} vpcs={vpcs} />,
    },
    {
      id: "type",
      header: t("sg.col.type"),
      className: "col-type",
      cell: (group) => (
        <span className="badges">
          <GroupBadges group={group} />
        </span>
      ),
    },
    { id: "rules", header: t("sg.col.rules"), className: "col-num", cell: (group) => group.RuleCount },
    { id: "members", header: t("sg.col.members"), className: "col-members", cell: (group) => group.EcsCount },
    {
      id: "created",
      header: t("sg.col.created"),
      className: "col-time",
      cell: (group) => <time dateTime={group.CreationTime}>{formatTime(group.CreationTime, language)}</time>,
    },
    { id: "tags", header: t("sg.col.tags"), className: "col-tags", cell: (group) => <TagList tags={group.Tags.Tag} /> },
    {
      id: "actions",
      header: t("common.actions"),
      className: "col-actions",
      cell: (group) => (
        <div className="row-actions">
          <Link to={detail(group)} className="link-action">
            {t("sg.action.manageRules")}
          </Link>
          <Button variant="link" onClick={() => onClone(group)}>
            {t("sg.action.clone")}
          </Button>
          <Button variant="link" onClick={() => onDelete(group)}>
            {t("sg.action.delete")}
          </Button>
        </div>
      ),
    },
  ];
}
