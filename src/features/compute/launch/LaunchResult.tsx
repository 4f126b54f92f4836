import { Link, useParams } from "react-router";
import { prefetch, usePrefetchedQuery } from "../../../api/queries";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { PageHeader } from "../../../components/PageHeader";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Callout } from "../../../ui/Callout";
import { instancesByIdsQuery } from "../api";
import { prefetchGroupsByIds } from "../group-lookup";
import { GroupLinks, InstanceStatusBadge } from "../labels";
import { ExposureCallout } from "../rules/ExposureCallout";
import { prefetchGroupRules } from "../rules/group-rules";
import { useInterfaceGroups } from "../rules/interface-groups";

export interface LaunchedSearch {
  instanceIds: string[];
}

/** `?launched=i-1,i-2`: the instances a launch created (at most 100). */
export function readLaunched(params: URLSearchParams): LaunchedSearch {
  const ids = (params.get("launched") ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  return { instanceIds: ids.slice(0, 100) };
}

export async function launchResultLoader(regionId: string, instanceIds: readonly string[]) {
  const body = await prefetch(instancesByIdsQuery(regionId, instanceIds));
  const groupIds = [
    ...new Set(body.Instances.Instance.flatMap((instance) => instance.SecurityGroupIds.SecurityGroupId)),
  ];
  await Promise.all([prefetchGroupsByIds(regionId, groupIds), prefetchGroupRules(regionId, groupIds)]);
  return null;
}

/**
 * ENI-2 after the purchase: what was created, and (derived from the groups' rules, so it stays
 * true after a reload and disappears once fixed) the warning to restrict SSH/RDP.
 */
export function LaunchResult({ launched }: { launched: LaunchedSearch }) {
  const t = useT();
  const regionId = useParams().regionId ?? "";
  const instances = usePrefetchedQuery(instancesByIdsQuery(regionId, launched.instanceIds)).Instances.Instance;
  const groupIds = [...new Set(instances.flatMap((instance) => instance.SecurityGroupIds.SecurityGroupId))];
  const { groups, exposed } = useInterfaceGroups(regionId, groupIds);
  const byId = new Map(groups.map((group) => [group.SecurityGroupId, group]));

  return (
    <div className="page launch-page">
      <DocumentTitle title={t("launch.result.title")} />
      <PageHeader
        title={t("launch.result.title")}
        actions={
          <>
            <Link className="btn btn-secondary" to={pb.instanceLaunch({ regionId })}>
              {t("launch.result.again")}
            </Link>
            <Link className="btn btn-primary" to={pb.instances({ regionId })}>
              {t("launch.result.toList")}
            </Link>
          </>
        }
      />
      {instances.length === 0 ? (
        <Callout tone="info">{t("launch.result.gone")}</Callout>
      ) : (
        <Callout tone="success" title={t("launch.result.created", { count: instances.length })}>
          <ul className="launched-list">
            {instances.map((instance) => (
              <li key={instance.InstanceId}>
                <Link to={pb.instance({ regionId, instanceId: instance.InstanceId })}>
                  {instance.InstanceName || instance.InstanceId}
                </Link>{" "}
                <code className="mono muted">{instance.InstanceId}</code>{" "}
                <InstanceStatusBadge status={instance.Status} />{" "}
                <span className="mono">{instance.VpcAttributes.PrivateIpAddress.IpAddress.join(", ")}</span>
              </li>
            ))}
          </ul>
          <div className="launched-groups">
            <span>{t("launch.result.groups")}</span>
            <GroupLinks regionId={regionId} groupIds={groupIds} groups={byId} />
          </div>
        </Callout>
      )}
      <ExposureCallout regionId={regionId} groups={exposed} />
    </div>
  );
}
