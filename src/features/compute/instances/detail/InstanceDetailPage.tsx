import { Outlet } from "react-router";
import { vpcsQuery } from "@/api/shared-reads";
import { usePrefetchedQuery } from "../../../../api/queries";
import { DocumentTitle } from "../../../../components/DocumentTitle";
import { PageHeader } from "../../../../components/PageHeader";
import { RouteTabs } from "../../../../components/RouteTabs";
import { formatTime, useLanguage, useT } from "../../../../i18n";
import { pb } from "../../../../paths";
import { EmptyState } from "../../../../ui/EmptyState";
import { TagsSummaryItem, VpcLabel } from "../../../security-groups/labels";
import { instanceEnisQuery, vswitchesQuery } from "../../api";
import { InstanceStatusBadge, VSwitchLabel } from "../../labels";
import { ExposureCallout } from "../../rules/ExposureCallout";
import { useInterfaceGroups } from "../../rules/interface-groups";
import { useCurrentInstance } from "./current-instance";
import { InstanceHeaderActions } from "./InstanceHeaderActions";

/** ENI-1/ENI-3: the instance's header, key facts, the SSH/RDP warning (ENI-2) and its tabs. */
export function InstanceDetailPage() {
  const t = useT();
  const language = useLanguage();
  const { regionId, instanceId, instance } = useCurrentInstance();
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const vswitches = usePrefetchedQuery(vswitchesQuery(regionId)).VSwitches.VSwitch;
  const enis = usePrefetchedQuery(instanceEnisQuery(regionId, instanceId)).NetworkInterfaceSets.NetworkInterfaceSet;
  const { exposed } = useInterfaceGroups(regionId, instance?.SecurityGroupIds.SecurityGroupId ?? []);

  if (!instance) {
    // Released elsewhere (another tab) while this page was open.
    return (
      <div className="page page-narrow">
        <EmptyState
          icon="warning"
          title={t("inst.detail.notFoundTitle")}
          body={t("inst.detail.notFoundBody", { id: instanceId, region: regionId })}
        />
      </div>
    );
  }

  const name = instance.InstanceName || instanceId;
  const params = { regionId, instanceId };
  const privateIps = instance.VpcAttributes.PrivateIpAddress.IpAddress;
  const publicIps = instance.PublicIpAddress.IpAddress;

  return (
    <div className="page">
      <DocumentTitle title={name} />
      <PageHeader
        title={name}
        badges={<InstanceStatusBadge status={instance.Status} />}
        subtitle={<code className="mono">{instanceId}</code>}
        actions={<InstanceHeaderActions regionId={regionId} instance={instance} />}
      >
        <dl className="summary">
          <div>
            <dt>{t("inst.detail.privateIp")}</dt>
            <dd className="mono">{privateIps.join(", ") || t("common.none")}</dd>
          </div>
          <div>
            <dt>{t("inst.detail.publicIp")}</dt>
            <dd className="mono">{publicIps.join(", ") || t("common.none")}</dd>
          </div>
          <div>
            <dt>{t("inst.detail.vpc")}</dt>
            <dd>
              <VpcLabel vpcId={instance.VpcAttributes.VpcId} vpcs={vpcs} />
            </dd>
          </div>
          <div>
            <dt>{t("inst.detail.vswitch")}</dt>
            <dd>
              <VSwitchLabel vswitchId={instance.VpcAttributes.VSwitchId} vswitches={vswitches} />
            </dd>
          </div>
          <div>
            <dt>{t("inst.detail.zone")}</dt>
            <dd>{instance.ZoneId}</dd>
          </div>
          <div>
            <dt>{t("inst.detail.type")}</dt>
            <dd className="mono">{instance.InstanceType}</dd>
          </div>
          <div>
            <dt>{t("inst.detail.image")}</dt>
            <dd className="mono truncate" title={instance.ImageId}>
              {instance.ImageId}
            </dd>
          </div>
          <div>
            <dt>{t("inst.detail.created")}</dt>
            <dd>
              <time dateTime={instance.CreationTime}>{formatTime(instance.CreationTime, language)}</time>
            </dd>
          </div>
          <TagsSummaryItem tags={instance.Tags.Tag} />
        </dl>
      </PageHeader>
      <ExposureCallout regionId={regionId} groups={exposed} />
      <RouteTabs
        label={t("inst.detail.tabs")}
        tabs={[
          {
            to: pb.instance(params, "security-groups"),
            label: t("inst.tab.groups"),
            count: instance.SecurityGroupIds.SecurityGroupId.length,
          },
          { to: pb.instance(params, "network-interfaces"), label: t("inst.tab.enis"), count: enis.length },
        ]}
      />
      <section className="panel tab-panel">
        <Outlet />
      </section>
    </div>
  );
}
