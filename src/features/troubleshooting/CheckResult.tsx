import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { Hop } from "@/api/types";
import { invalidateAction } from "../../api/queries";
import { ProblemMessage } from "../../components/ProblemMessage";
import { toProblem } from "../../components/problem";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import { Spinner } from "../../ui/Spinner";
import { diagnoseQuery, type TrafficCheck } from "./api";
import { CheckGuidance } from "./CheckGuidance";
import { HopTrace } from "./HopTrace";
import { type HopContext, useHopContext } from "./hop-context";
import { OpenPortDrawer } from "./OpenPortDrawer";
import { type AllowedTraffic, type AllowPlan, planAllowRule } from "./open-port";
import { ReasonSentence } from "./ReasonSentence";
import { trafficText } from "./traffic-text";
import { VerdictBadge } from "./VerdictBadge";

export interface CheckResultProps {
  regionId: string;
  /** What is checked, e.g. "SSH (22)". */
  title: string;
  /** The packet in words, e.g. "TCP 22 from 203.0.113.10". */
  detail: string;
  check: TrafficCheck;
  /** The addresses a proposed rule names: the source for an inbound rule, the destination for an outbound one. */
  sourceAddress: string;
  destAddress: string;
  /** The source is outside the workspace (DEC-7: only the destination's inbound is judged). */
  outsideSource: boolean;
}

/** Plans for the blocked hop: "open port" for this traffic, and DIAG-3's health-check rule. */
function planFor(hop: Hop, context: HopContext, traffic: AllowedTraffic): AllowPlan {
  const facts = context.groups.map((group) => ({
    SecurityGroupId: group.SecurityGroupId,
    managed: group.ServiceManaged,
  }));
  return planAllowRule(hop, facts, traffic);
}

/**
 * One check (DIAG-1, DIAG-2): its verdict and the reason in one line; the trace of every hop on
 * demand; "open port" for a blocked one, which re-runs the check once the rule is added.
 */
export function CheckResult({
  regionId,
  title,
  detail,
  check,
  sourceAddress,
  destAddress,
  outsideSource,
}: CheckResultProps) {
  const t = useT();
  const titleId = useId();
  const traceId = useId();
  const [expanded, setExpanded] = useState(false);
  const [drawer, setDrawer] = useState<{
    plan: Extract<AllowPlan, { kind: "open" }>;
    heading: string;
    summary: string;
  }>();
  const result = useQuery(diagnoseQuery(regionId, check));
  const body = result.data;
  const hops = body?.Hops.Hop ?? [];
  const blocked = hops.find((hop) => hop.Verdict === "Blocked");
  const shownHop = blocked ?? hops.at(-1);
  const blockedContext = useHopContext(regionId, blocked?.NetworkInterfaceId);
  const shownContext = useHopContext(regionId, shownHop?.NetworkInterfaceId);

  const peer = blocked?.Direction === "egress" ? destAddress : sourceAddress;
  const traffic: AllowedTraffic = {
    IpProtocol: check.IpProtocol,
    port: check.DestPort,
    peer,
    Description: t("diag.openPort.description", { check: title }),
  };
  const plan = blocked && blockedContext.groupsReady ? planFor(blocked, blockedContext, traffic) : undefined;
  const openSummary = t(blocked?.Direction === "egress" ? "diag.openPort.summaryOut" : "diag.openPort.summaryIn", {
    traffic: trafficText(t, check.IpProtocol, check.DestPort),
    peer: peer.includes("/") ? peer : `${peer}/32`,
  });

  const closeDrawer = () => {
    setDrawer(undefined);
    // The rule may have been added: judge the traffic again.
    void invalidateAction("DiagnoseTraffic");
  };

  return (
    <li className="diag-result" aria-labelledby={titleId} aria-busy={result.isFetching || undefined}>
      <div className="diag-result-head">
        <div className="diag-result-verdict">
          {body ? (
            <VerdictBadge verdict={body.Verdict} />
          ) : result.isPending ? (
            <Spinner label={t("diag.checking")} />
          ) : null}
        </div>
        <div className="diag-result-titles">
          <h3 id={titleId} className="diag-result-title">
            {title}
          </h3>
          <span className="diag-result-detail">{detail}</span>
        </div>
        <div className="diag-result-reason">
          {result.error && <ProblemMessage problem={toProblem(result.error)} />}
          {shownHop && <ReasonSentence regionId={regionId} hop={shownHop} context={shownContext} />}
        </div>
        <div className="diag-result-actions">
          {plan?.kind === "open" && (
            <Button
              variant="primary"
              size="sm"
              aria-label={t("diag.openPort.labelFor", { check: title })}
              onClick={() => setDrawer({ plan, heading: t("diag.openPort.introTitle"), summary: openSummary })}
            >
              {t("diag.openPort.button")}
            </Button>
          )}
          {body && (
            <Button
              variant="ghost"
              size="sm"
              aria-expanded={expanded}
              aria-controls={traceId}
              aria-label={t("diag.trace.toggleFor", { check: title })}
              onClick={() => setExpanded((open) => !open)}
            >
              <Icon name="chevron" className={expanded ? "diag-chevron-open" : undefined} />
              {t("diag.trace.toggle")}
            </Button>
          )}
        </div>
      </div>
      {blocked && plan && (
        <CheckGuidance
          regionId={regionId}
          check={check}
          hop={blocked}
          plan={plan}
          context={blockedContext}
          onOpen={(healthPlan, summary) =>
            setDrawer({ plan: healthPlan, heading: t("diag.guide.healthIntroTitle"), summary })
          }
          planFor={(traffic) => planFor(blocked, blockedContext, traffic)}
        />
      )}
      {body && (
        <div id={traceId} className="diag-trace" hidden={!expanded}>
          {expanded &&
            hops.map((hop, index) => (
              <TracedHop
                key={`${hop.NetworkInterfaceId}-${hop.Direction}`}
                regionId={regionId}
                hop={hop}
                step={index + 1}
                steps={hops.length}
              />
            ))}
          {expanded && (
            <ul className="diag-notes">
              <li>{t("diag.note.stateful")}</li>
              <li>{outsideSource ? t("diag.note.outside", { address: sourceAddress }) : t("diag.note.scope")}</li>
            </ul>
          )}
        </div>
      )}
      {drawer && blocked && (
        <OpenPortDrawer
          regionId={regionId}
          plan={drawer.plan}
          groups={blockedContext.groups}
          heading={drawer.heading}
          summary={drawer.summary}
          onClose={closeDrawer}
        />
      )}
    </li>
  );
}

function TracedHop({ regionId, hop, step, steps }: { regionId: string; hop: Hop; step: number; steps: number }) {
  const context = useHopContext(regionId, hop.NetworkInterfaceId);
  return <HopTrace regionId={regionId} hop={hop} step={step} steps={steps} context={context} />;
}
