import { useState } from "react";
import { Link, Outlet, useNavigate } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import { MAX_RULES_PER_GROUP } from "@/engine/validate";
import { usePrefetchedQuery } from "../../../api/queries";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { PageHeader } from "../../../components/PageHeader";
import { RouteTabs } from "../../../components/RouteTabs";
import { formatTime, useLanguage, useT } from "../../../i18n";
import { type GroupTab, pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { useGroupRuleUsage } from "../../prefix-lists/rule-weight";
import { CloneGroupButton } from "../../rule-tools/CloneGroupButton";
import { DeleteGroupDialog } from "../delete/DeleteGroupDialog";
import { GroupBadges, managedServiceName, VpcLabel } from "../labels";
import { useCurrentGroup } from "./current-group";

/** SG-4 detail: the group's header and key facts, its tabs (each with a URL), and the tab. */
export function GroupDetailPage() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { regionId, securityGroupId, group, attribute } = useCurrentGroup();
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const [deleting, setDeleting] = useState(false);
  // RULE-8: prefix-list rules count as their list's MaxEntries.
  const ruleUsage = useGroupRuleUsage(regionId, attribute.Permissions.Permission);

  if (!group) {
    // Deleted elsewhere (another tab) while this page was open.
    return (
      <div className="page page-narrow">
        <EmptyState
          icon="warning"
          title={t("sg.detail.notFoundTitle")}
          body={t("sg.detail.notFoundBody", { id: securityGroupId, region: regionId })}
        />
      </div>
    );
  }

  const params = { regionId, securityGroupId };
  const rules = attribute.Permissions.Permission;
  const tab = (id: GroupTab, label: string, count?: number) => ({ to: pb.securityGroup(params, id), label, count });
  const name = group.SecurityGroupName || securityGroupId;
  const service = managedServiceName(t, group.ServiceID);

  return (
    <div className="page">
      <DocumentTitle title={name} />
      <PageHeader
        title={name}
        badges={<GroupBadges group={group} />}
        subtitle={
          <>
            <code className="mono">{securityGroupId}</code>
            {group.Description && (
              <span className="subtitle-description truncate" title={group.Description}>
                {group.Description}
              </span>
            )}
          </>
        }
        actions={
          <>
            {/* DIAG-1: the troubleshooting page, with one of this group's member instances picked. */}
            <Link className="btn btn-secondary" to={pb.troubleshooting({ regionId }, { group: securityGroupId })}>
              <Icon name="wrench" />
              {t("diag.link.troubleshoot")}
            </Link>
            <CloneGroupButton regionId={regionId} group={group} />
            <Button className="btn-danger-outline" onClick={() => setDeleting(true)}>
              <Icon name="trash" />
              {t("sg.detail.delete")}
            </Button>
          </>
        }
      >
        <dl className="summary">
          <div>
            <dt>{t("sg.detail.vpc")}</dt>
            <dd>
              <VpcLabel vpcId={group.VpcId} vpcs={vpcs} />
            </dd>
          </div>
          <div>
            <dt>{t("sg.detail.innerPolicy")}</dt>
            <dd>{t(attribute.InnerAccessPolicy === "Accept" ? "sg.inner.accept" : "sg.inner.drop")}</dd>
          </div>
          <div>
            <dt>{t("sg.detail.members")}</dt>
            <dd>{group.EcsCount}</dd>
          </div>
          <div>
            <dt>{t("sg.detail.ruleUsage")}</dt>
            <dd>{t("rules.usage", { used: ruleUsage, limit: MAX_RULES_PER_GROUP })}</dd>
          </div>
          <div>
            <dt>{t("sg.detail.created")}</dt>
            <dd>
              <time dateTime={group.CreationTime}>{formatTime(group.CreationTime, language)}</time>
            </dd>
          </div>
        </dl>
      </PageHeader>
      {group.ServiceManaged && (
        <Callout tone="warning" title={t("sg.managed.title", { service })}>
          {t("sg.managed.body", { service })}
        </Callout>
      )}
      <RouteTabs
        label={t("sg.detail.tabs")}
        tabs={[
          tab("inbound", t("sg.tab.inbound"), rules.filter((rule) => rule.Direction === "ingress").length),
          tab("outbound", t("sg.tab.outbound"), rules.filter((rule) => rule.Direction === "egress").length),
          tab("instances", t("sg.tab.instances")),
          tab("network-interfaces", t("sg.tab.networkInterfaces")),
          tab("snapshots", t("sg.tab.snapshots")),
          tab("details", t("sg.tab.details")),
        ]}
      />
      <section className="panel tab-panel">
        <Outlet />
      </section>
      {deleting && (
        <DeleteGroupDialog
          regionId={regionId}
          group={group}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate(pb.securityGroups({ regionId }))}
        />
      )}
    </div>
  );
}
