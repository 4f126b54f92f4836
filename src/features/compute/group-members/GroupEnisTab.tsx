import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type LoaderFunctionArgs, useParams } from "react-router";
import { prefetch } from "../../../api/queries";
import { DataTable } from "../../../components/DataTable";
import { ProblemMessage } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { Spinner } from "../../../ui/Spinner";
import { groupEnisQuery } from "../api";
import { useGroupsByIds } from "../group-lookup";
import { eniColumns } from "../network-interfaces/eni-columns";
import { MEMBER_PAGE_SIZE, useTokenTrail } from "./member-pages";

export async function groupEnisLoader({ params }: LoaderFunctionArgs) {
  await prefetch(groupEnisQuery(params.regionId ?? "", params.securityGroupId ?? "", MEMBER_PAGE_SIZE));
  return null;
}

/** SG-4: the secondary network interfaces in a security group (primary ones stand for instances). */
export function GroupEnisTab() {
  const t = useT();
  const params = useParams();
  const regionId = params.regionId ?? "";
  const securityGroupId = params.securityGroupId ?? "";
  const trail = useTokenTrail();
  const page = useQuery({
    ...groupEnisQuery(regionId, securityGroupId, MEMBER_PAGE_SIZE, trail.token),
    placeholderData: keepPreviousData,
  });
  const enis = page.data?.NetworkInterfaceSets.NetworkInterfaceSet ?? [];
  const groups = useGroupsByIds(
    regionId,
    enis.flatMap((eni) => eni.SecurityGroupIds.SecurityGroupId),
  );
  if (page.error) return <ProblemMessage problem={toProblem(page.error)} />;
  if (!page.data) return <Spinner label={t("common.loading")} />;

  return (
    <div>
      <p className="toolbar-note tab-intro">{t("eni.members.enisIntro")}</p>
      <DataTable
        label={t("eni.members.enisLabel")}
        columns={eniColumns({ t, regionId, groups })}
        rows={enis}
        rowKey={(eni) => eni.NetworkInterfaceId}
        empty={<EmptyState headingLevel={3} icon="network" title={t("eni.members.noEnis")} />}
      />
      {(trail.hasPrevious || page.data.NextToken) && (
        <nav className="pager" aria-label={t("pager.label")}>
          <Button size="sm" onClick={trail.previous} disabled={!trail.hasPrevious}>
            {t("pager.previous")}
          </Button>
          <span className="pager-page" aria-current="page">
            {t("pager.page", { page: trail.page })}
          </span>
          <Button size="sm" onClick={() => trail.next(page.data?.NextToken ?? "")} disabled={!page.data.NextToken}>
            {t("pager.next")}
          </Button>
        </nav>
      )}
    </div>
  );
}
