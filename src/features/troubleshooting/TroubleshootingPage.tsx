import { useQuery } from "@tanstack/react-query";
import { type LoaderFunctionArgs, redirect, useNavigate, useParams, useSearchParams } from "react-router";
import { groupRulesQuery, groupsByIdQuery } from "@/api/shared-reads";
import { prefetch } from "../../api/queries";
import { DocumentTitle } from "../../components/DocumentTitle";
import { PageHeader } from "../../components/PageHeader";
import { knownRegion } from "../../components/regions";
import { useT } from "../../i18n";
import { pb } from "../../paths";
import { Callout } from "../../ui/Callout";
import { EmptyState } from "../../ui/EmptyState";
import {
  byDeviceIndex,
  eniQuery,
  groupMemberQuery,
  instanceEnisQuery,
  instancePickerQuery,
  instanceQuery,
  pickEni,
} from "./api";
import { CustomCheck } from "./CustomCheck";
import { DiagSection } from "./DiagSection";
import { OneClickChecks } from "./OneClickChecks";
import { PeerCheck } from "./PeerCheck";
import { type DiagSearch, diagSearchValues, readDiagSearch } from "./search";
import { TargetPicker } from "./TargetPicker";

/**
 * The page's data before it renders: the picker's first page and the picked instance with its
 * ENIs. Opened from a group (`?group=`), it picks the group's first member instance.
 */
export async function troubleshootingLoader({ params, request }: LoaderFunctionArgs) {
  const regionId = await knownRegion(params);
  const search = readDiagSearch(new URL(request.url).searchParams);
  if (!search.instanceId && search.groupId) {
    const first = (await prefetch(groupMemberQuery(regionId, search.groupId))).Instances.Instance[0];
    if (first) {
      return redirect(pb.troubleshooting({ regionId }, diagSearchValues({ ...search, instanceId: first.InstanceId })));
    }
  }
  const [, , enis] = await Promise.all([
    prefetch(instancePickerQuery(regionId, "")),
    search.instanceId ? prefetch(instanceQuery(regionId, search.instanceId)) : undefined,
    search.instanceId ? prefetch(instanceEnisQuery(regionId, search.instanceId)) : undefined,
  ]);
  const eni = pickEni(enis?.NetworkInterfaceSets.NetworkInterfaceSet ?? [], search.eniId);
  if (eni) await prefetchTraceContext(regionId, eni.NetworkInterfaceId, eni.SecurityGroupIds.SecurityGroupId);
  return null;
}

/** What the checks' traces read (see useHopContext), fetched with the page instead of after each verdict. */
async function prefetchTraceContext(regionId: string, eniId: string, groupIds: readonly string[]) {
  await Promise.all([
    prefetch(eniQuery(regionId, eniId)),
    groupIds.length > 0 ? prefetch(groupsByIdQuery(regionId, groupIds)) : undefined,
    ...groupIds.map((groupId) => prefetch(groupRulesQuery(regionId, groupId))),
  ]);
}

/** DIAG-1..3: the security-group rule diagnosis of one instance's network interface. */
export function TroubleshootingPage() {
  const t = useT();
  const regionId = useParams().regionId ?? "";
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const search = readDiagSearch(searchParams);
  const go = (next: DiagSearch) => navigate(pb.troubleshooting({ regionId }, diagSearchValues(next)));

  const picked = search.instanceId;
  const instance = useQuery({ ...instanceQuery(regionId, picked), enabled: Boolean(picked) }).data?.Instances
    .Instance[0];
  const enis = byDeviceIndex(
    useQuery({ ...instanceEnisQuery(regionId, picked), enabled: Boolean(picked) }).data?.NetworkInterfaceSets
      .NetworkInterfaceSet ?? [],
  );
  const eni = pickEni(enis, search.eniId);

  return (
    <div className="page diag-page">
      <DocumentTitle title={t("diag.title")} />
      <PageHeader title={t("diag.title")} subtitle={t("diag.intro")} />
      <DiagSection title={t("diag.target.title")}>
        <TargetPicker
          regionId={regionId}
          instanceId={picked}
          instance={instance}
          enis={enis}
          eni={eni}
          onPick={(instanceId, eniId) =>
            go({ ...search, instanceId, eniId, groupId: "", peer: instanceId === picked ? search.peer : undefined })
          }
        />
        {picked && !instance && (
          <Callout tone="warning" title={t("diag.target.missingTitle")}>
            {t("diag.target.missing", { id: picked })}
          </Callout>
        )}
        {search.groupId && !picked && (
          <Callout tone="info" title={t("diag.target.noMembersTitle")}>
            {t("diag.target.noMembers", { id: search.groupId })}
          </Callout>
        )}
        {instance?.Status === "Stopped" && (
          <Callout tone="info" title={t("diag.target.stoppedTitle")}>
            {t("diag.target.stoppedBody")}
          </Callout>
        )}
      </DiagSection>
      {instance && eni ? (
        <>
          <OneClickChecks
            key={`${eni.NetworkInterfaceId}-${search.source}`}
            regionId={regionId}
            eni={eni}
            source={search.source}
            onSource={(source) => go({ ...search, source })}
          />
          <CustomCheck
            key={`custom-${eni.NetworkInterfaceId}`}
            regionId={regionId}
            eni={eni}
            defaultSource={search.source}
            current={search.custom}
            onRun={(custom) => go({ ...search, custom })}
          />
          <PeerCheck
            key={`peer-${eni.NetworkInterfaceId}`}
            regionId={regionId}
            instance={instance}
            eni={eni}
            current={search.peer}
            onRun={(peer) => go({ ...search, peer })}
          />
        </>
      ) : (
        !picked && (
          <section className="panel">
            <EmptyState icon="wrench" title={t("diag.empty.title")} body={t("diag.empty.body")} />
          </section>
        )
      )}
    </div>
  );
}
