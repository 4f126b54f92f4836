import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import { usePrefetchedQuery } from "../../../../api/queries";
import { DataTable } from "../../../../components/DataTable";
import { DocumentTitle } from "../../../../components/DocumentTitle";
import { PageHeader } from "../../../../components/PageHeader";
import { formatTime, useLanguage, useT } from "../../../../i18n";
import { pb } from "../../../../paths";
import { Button } from "../../../../ui/Button";
import { EmptyState } from "../../../../ui/EmptyState";
import { Icon } from "../../../../ui/Icon";
import { TagsSummaryItem, VpcLabel } from "../../../security-groups/labels";
import { instancesByIdsQuery, vswitchesQuery } from "../../api";
import { EniStatusBadge, EniTypeLabel, InstanceLink, VSwitchLabel } from "../../labels";
import { InterfaceLimitMeters } from "../../limits/InterfaceLimitMeters";
import { ExposureCallout } from "../../rules/ExposureCallout";
import { interfaceGroupColumns } from "../../rules/interface-group-columns";
import { useInterfaceGroups } from "../../rules/interface-groups";
import { MergedRulesTable } from "../../rules/MergedRulesTable";
import { AttachDrawer } from "./AttachDrawer";
import { ChangeGroupsDrawer } from "./ChangeGroupsDrawer";
import { useCurrentEni } from "./current-eni";
import { EditEniDrawer } from "./EditEniDrawer";
import { askDeleteEni, askDetach } from "./eni-writes";

type Drawer = "groups" | "attach" | "edit";

/** ENI-4: one network interface: its facts, attach/detach/delete, its groups and their merged rules. */
export function EniDetailPage() {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { regionId, networkInterfaceId, eni } = useCurrentEni();
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const vswitches = usePrefetchedQuery(vswitchesQuery(regionId)).VSwitches.VSwitch;
  const groupIds = eni?.SecurityGroupIds.SecurityGroupId ?? [];
  const { groups, rules, exposed } = useInterfaceGroups(regionId, groupIds);
  const instanceName = useInstanceName(regionId, eni?.InstanceId ?? "");
  const [drawer, setDrawer] = useState<Drawer>();

  if (!eni) {
    return (
      <div className="page page-narrow">
        <EmptyState
          icon="warning"
          title={t("eni.detail.notFoundTitle")}
          body={t("eni.detail.notFoundBody", { id: networkInterfaceId, region: regionId })}
        />
      </div>
    );
  }

  const secondary = eni.Type === "Secondary";
  const available = eni.Status === "Available";
  const name = eni.NetworkInterfaceName || networkInterfaceId;
  const ruleCount = groups.reduce((sum, group) => sum + group.RuleCount, 0);

  return (
    <div className="page">
      <DocumentTitle title={name} />
      <PageHeader
        title={name}
        badges={<EniStatusBadge status={eni.Status} />}
        subtitle={
          <>
            <code className="mono">{networkInterfaceId}</code>
            {eni.Description && (
              <span className="subtitle-description truncate" title={eni.Description}>
                {eni.Description}
              </span>
            )}
          </>
        }
        actions={
          <>
            <Button onClick={() => setDrawer("edit")}>{t("eni.action.edit")}</Button>
            {secondary && available && (
              <Button variant="primary" onClick={() => setDrawer("attach")}>
                {t("eni.action.attach")}
              </Button>
            )}
            {secondary && eni.InstanceId && (
              <Button onClick={() => askDetach(t, regionId, eni)}>{t("eni.action.detach")}</Button>
            )}
            {secondary && (
              <Button
                className="btn-danger-outline"
                disabled={!available}
                title={available ? undefined : t("eni.delete.detachFirst")}
                onClick={() => askDeleteEni(t, regionId, eni, () => navigate(pb.networkInterfaces({ regionId })))}
              >
                <Icon name="trash" />
                {t("eni.action.delete")}
              </Button>
            )}
          </>
        }
      >
        <dl className="summary">
          <div>
            <dt>{t("eni.detail.type")}</dt>
            <dd>
              <EniTypeLabel type={eni.Type} />
            </dd>
          </div>
          <div>
            <dt>{t("eni.detail.instance")}</dt>
            <dd>
              {eni.InstanceId ? (
                <InstanceLink regionId={regionId} instanceId={eni.InstanceId} name={instanceName} />
              ) : (
                <span className="muted">{t("eni.notAttached")}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t("eni.detail.privateIp")}</dt>
            <dd className="mono">{eni.PrivateIpSets.PrivateIpSet.map((set) => set.PrivateIpAddress).join(", ")}</dd>
          </div>
          <div>
            <dt>{t("eni.detail.vpc")}</dt>
            <dd>
              <VpcLabel vpcId={eni.VpcId} vpcs={vpcs} />
            </dd>
          </div>
          <div>
            <dt>{t("eni.detail.vswitch")}</dt>
            <dd>
              <VSwitchLabel vswitchId={eni.VSwitchId} vswitches={vswitches} />
            </dd>
          </div>
          <div>
            <dt>{t("eni.detail.zone")}</dt>
            <dd>{eni.ZoneId}</dd>
          </div>
          <div>
            <dt>{t("eni.detail.mac")}</dt>
            <dd className="mono">{eni.MacAddress}</dd>
          </div>
          <div>
            <dt>{t("eni.detail.created")}</dt>
            <dd>
              <time dateTime={eni.CreationTime}>{formatTime(eni.CreationTime, language)}</time>
            </dd>
          </div>
          <TagsSummaryItem tags={eni.Tags.Tag} />
        </dl>
      </PageHeader>
      {!secondary && eni.InstanceId && (
        <p className="page-note">
          {t("eni.detail.primaryNote")}{" "}
          <Link to={pb.instance({ regionId, instanceId: eni.InstanceId }, "security-groups")}>
            {t("eni.detail.primaryLink")}
          </Link>
        </p>
      )}
      <ExposureCallout regionId={regionId} groups={exposed} />
      <section className="panel" aria-labelledby="eni-groups-title">
        <div className="panel-toolbar">
          <h2 id="eni-groups-title" className="section-title">
            {t("eni.detail.groups")}
          </h2>
          <div className="toolbar-meters">
            <InterfaceLimitMeters groupCount={groupIds.length} ruleCount={ruleCount} target={networkInterfaceId} />
            {secondary && (
              <Button variant="primary" onClick={() => setDrawer("groups")}>
                {t("eni.action.changeGroups")}
              </Button>
            )}
          </div>
        </div>
        <DataTable
          label={t("eni.detail.groupsLabel")}
          columns={interfaceGroupColumns(t, regionId)}
          rows={groups}
          rowKey={(group) => group.SecurityGroupId}
        />
        <div className="tab-section">
          <MergedRulesTable regionId={regionId} groups={rules} />
        </div>
      </section>
      {drawer === "groups" && (
        <ChangeGroupsDrawer regionId={regionId} eni={eni} current={groups} onClose={() => setDrawer(undefined)} />
      )}
      {drawer === "attach" && <AttachDrawer regionId={regionId} eni={eni} onClose={() => setDrawer(undefined)} />}
      {drawer === "edit" && <EditEniDrawer regionId={regionId} eni={eni} onClose={() => setDrawer(undefined)} />}
    </div>
  );
}

/** The attached instance's name, from the cache the loader filled (fetched after an attach). */
function useInstanceName(regionId: string, instanceId: string): string | undefined {
  const { data } = useQuery({ ...instancesByIdsQuery(regionId, [instanceId]), enabled: instanceId !== "" });
  return data?.Instances.Instance[0]?.InstanceName;
}
