import { type FormEvent, useState } from "react";
import { type LoaderFunctionArgs, useNavigate, useParams, useSearchParams } from "react-router";
import { groupQuery, vpcsQuery } from "@/api/shared-reads";
import type { SecurityGroup } from "@/api/types";
import { MAX_INSTANCE_AMOUNT } from "@/engine/validate";
import { prefetch, queryClient, useEcsMutation, usePrefetchedQuery } from "../../../api/queries";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { PageHeader } from "../../../components/PageHeader";
import { FieldError, ProblemCallout } from "../../../components/ProblemMessage";
import { type Problem, problemAt, toProblem } from "../../../components/problem";
import { knownRegion } from "../../../components/regions";
import { TagsEditor } from "../../../components/TagsEditor";
import { isTagRowParameter, useTagsField } from "../../../components/tags-field";
import { toast } from "../../../components/toasts";
import { ecsError } from "../../../engine/errors/ecs-error";
import { checkSecurityGroupName, isValidResourceName, problemOf } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { Field } from "../../../ui/Field";
import { vswitchesQuery } from "../api";
import { isGroupsParameter } from "../limits/group-parameter";
import { VpcVswitchFields } from "../VpcVswitchFields";
import { defaultGroupName, defaultInstanceName, defaultQuickPorts, IMAGES, INSTANCE_TYPES } from "./catalog";
import { LaunchResult, launchResultLoader, readLaunched } from "./LaunchResult";
import { LaunchError, type LaunchValues, launchInstances } from "./launch-writes";
import { type GroupMode, NetworkGroupSection, type NewGroupForm } from "./NetworkGroupSection";

export async function launchLoader(args: LoaderFunctionArgs) {
  const regionId = await knownRegion(args.params);
  const launched = readLaunched(new URL(args.request.url).searchParams);
  if (launched.instanceIds.length > 0) return launchResultLoader(regionId, launched.instanceIds);
  await Promise.all([prefetch(vpcsQuery(regionId)), prefetch(vswitchesQuery(regionId))]);
  return null;
}

/** After a launch the page shows its result (kept in the URL, so a reload shows it again). */
export function LaunchRoute() {
  const [params] = useSearchParams();
  const launched = readLaunched(params);
  return launched.instanceIds.length > 0 ? <LaunchResult launched={launched} /> : <LaunchPage />;
}

/** Where each parameter's error is shown: the form's fields, by request parameter. */
const PLACED = new Set([
  "VpcId",
  "VSwitchId",
  "ImageId",
  "InstanceType",
  "InstanceName",
  "Amount",
  "SecurityGroupName",
]);

function placeOf(problem: Problem | undefined): "groups" | "rules" | "tags" | "field" | "top" | undefined {
  if (!problem) return undefined;
  if (isTagRowParameter(problem.parameter)) return "tags";
  if (isGroupsParameter(problem.parameter)) return "groups";
  if (problem.parameter?.startsWith("Permissions")) return "rules";
  return problem.parameter && PLACED.has(problem.parameter) ? "field" : "top";
}

/** A field's error slot: the problem with its code, or nothing. */
function errorNode(problem: Problem | undefined) {
  return problem && <FieldError problem={problem} />;
}

/** ENI-1/ENI-2: the simplified custom-launch page. */
function LaunchPage() {
  const t = useT();
  const navigate = useNavigate();
  const regionId = useParams().regionId ?? "";
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const vswitches = usePrefetchedQuery(vswitchesQuery(regionId)).VSwitches.VSwitch;
  const [now] = useState(() => new Date());
  const [vpcId, setVpcId] = useState(() => (vpcs.find((vpc) => vpc.IsDefault) ?? vpcs[0])?.VpcId ?? "");
  const [vswitchId, setVswitchId] = useState(
    () => vswitches.find((vswitch) => vswitch.VpcId === vpcId)?.VSwitchId ?? "",
  );
  const [imageId, setImageId] = useState<string>(IMAGES[0].id);
  const [instanceType, setInstanceType] = useState<string>(INSTANCE_TYPES[2].id);
  const [instanceName, setInstanceName] = useState(() => defaultInstanceName(now));
  const [amount, setAmount] = useState("1");
  const [publicIp, setPublicIp] = useState(true);
  const [mode, setMode] = useState<GroupMode>("new");
  const [newGroup, setNewGroup] = useState<NewGroupForm>(() => ({
    type: "normal",
    name: defaultGroupName(now),
    ports: new Set(defaultQuickPorts(IMAGES[0])),
  }));
  const [chosen, setChosen] = useState<SecurityGroup[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [reusedGroup, setReusedGroup] = useState<string>();

  const launch = useEcsMutation(launchInstances, {
    invalidates: [
      "DescribeInstances",
      "DescribeNetworkInterfaces",
      "DescribeSecurityGroups",
      "DescribeSecurityGroupAttribute",
      "DescribeQuotas",
    ],
  });
  const server = launch.error
    ? launch.error instanceof LaunchError
      ? launch.error.problem
      : toProblem(launch.error)
    : undefined;
  const place = placeOf(server);
  const at = (parameter: string) => (place === "field" ? problemAt(server, parameter) : undefined);
  const tags = useTagsField(server);

  const nameProblem = isValidResourceName(instanceName)
    ? undefined
    : ecsError("InvalidInstanceName.Malformed", { field: "InstanceName" });
  const amountNumber = Number(amount);
  const amountProblem =
    /^\d+$/.test(amount) && amountNumber >= 1 && amountNumber <= MAX_INSTANCE_AMOUNT
      ? undefined
      : ecsError("InvalidAmount.Malformed", { field: "Amount" });
  const groupNameProblem = mode === "new" ? problemOf(() => checkSecurityGroupName(newGroup.name)) : undefined;
  const shown = (problem: ReturnType<typeof ecsError> | undefined) =>
    submitted && problem ? toProblem(problem) : undefined;

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      launch.reset();
      set(value);
    };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const blocked =
      nameProblem ||
      amountProblem ||
      groupNameProblem ||
      tags.invalid ||
      (mode === "existing" && chosen.length === 0) ||
      !vswitchId;
    if (blocked) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    const values: LaunchValues = {
      regionId,
      vpcId,
      vswitchId,
      imageId,
      instanceType,
      instanceName,
      amount: amountNumber,
      publicIp,
      tags: tags.param,
      groups:
        mode === "new"
          ? { mode: "new", type: newGroup.type, name: newGroup.name, ports: [...newGroup.ports] }
          : { mode: "existing", groupIds: chosen.map((group) => group.SecurityGroupId) },
    };
    launch.mutate(values, {
      onSuccess: async ({ instanceIds }) => {
        toast.success(t("launch.done", { count: instanceIds.length }));
        await navigate(pb.instanceLaunch({ regionId }, { launched: instanceIds.join(",") }));
      },
      onError: async (error) => {
        // The group exists now: select it, so trying again does not create a second one.
        const createdGroupId = error instanceof LaunchError ? error.createdGroupId : undefined;
        if (!createdGroupId) return;
        const body = await queryClient.fetchQuery(groupQuery(regionId, createdGroupId));
        const group = body.SecurityGroups.SecurityGroup[0];
        if (!group) return;
        setChosen([group]);
        setMode("existing");
        setReusedGroup(group.SecurityGroupName || group.SecurityGroupId);
      },
    });
  };

  const image = IMAGES.find((candidate) => candidate.id === imageId) ?? IMAGES[0];
  const vpcError = at("VpcId");
  const vswitchError = at("VSwitchId");

  return (
    <div className="page launch-page">
      <DocumentTitle title={t("launch.title")} />
      <PageHeader title={t("launch.title")} subtitle={t("launch.intro")} />
      <form className="launch-form" noValidate onSubmit={submit}>
        {server && place === "top" && <ProblemCallout problem={server} />}
        <section className="panel launch-section" aria-labelledby="launch-image">
          <h2 id="launch-image" className="section-title">
            {t("launch.section.image")}
          </h2>
          <div className="launch-grid">
            <Field label={t("launch.field.image")} error={errorNode(at("ImageId"))}>
              {(control) => (
                <select
                  {...control}
                  value={imageId}
                  onChange={(event) => {
                    edit(setImageId)(event.target.value);
                    const next = IMAGES.find((candidate) => candidate.id === event.target.value);
                    if (next && next.os !== image.os) {
                      setNewGroup((current) => ({ ...current, ports: new Set(defaultQuickPorts(next)) }));
                    }
                  }}
                >
                  {IMAGES.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("launch.field.instanceType")} error={errorNode(at("InstanceType"))}>
              {(control) => (
                <select
                  {...control}
                  value={instanceType}
                  onChange={(event) => edit(setInstanceType)(event.target.value)}
                >
                  {INSTANCE_TYPES.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {`${candidate.id} · ${candidate.spec}`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </section>

        <section className="panel launch-section" aria-labelledby="launch-network">
          <h2 id="launch-network" className="section-title">
            {t("launch.section.network")}
          </h2>
          <div className="launch-grid">
            <VpcVswitchFields
              vpcs={vpcs}
              vswitches={vswitches}
              vpcId={vpcId}
              vswitchId={vswitchId}
              onVpc={(nextVpcId, firstVswitchId) => {
                edit(setVpcId)(nextVpcId);
                setVswitchId(firstVswitchId);
                setChosen([]);
              }}
              onVswitch={edit(setVswitchId)}
              labels={{
                vpc: t("launch.field.vpc"),
                vpcHint: t("launch.field.vpcHint"),
                vswitch: t("launch.field.vswitch"),
                vswitchHint: t("launch.field.vswitchHint"),
              }}
              vpcProblem={vpcError}
              vswitchProblem={vswitchError}
            />
          </div>
          <label className="checkbox-label">
            <input type="checkbox" checked={publicIp} onChange={(event) => edit(setPublicIp)(event.target.checked)} />
            {t("launch.field.publicIp")}
          </label>
          <h3 className="subsection-title">{t("launch.section.groups")}</h3>
          <NetworkGroupSection
            regionId={regionId}
            vpcId={vpcId}
            mode={mode}
            onMode={edit(setMode)}
            newGroup={newGroup}
            onNewGroup={edit(setNewGroup)}
            chosen={chosen}
            onChosen={edit(setChosen)}
            submitted={submitted}
            nameError={shown(groupNameProblem) ?? at("SecurityGroupName")}
            rulesError={place === "rules" ? server : undefined}
            groupsError={place === "groups" ? server : undefined}
            note={reusedGroup && <Callout tone="info">{t("launch.group.reused", { name: reusedGroup })}</Callout>}
          />
        </section>

        <section className="panel launch-section" aria-labelledby="launch-instance">
          <h2 id="launch-instance" className="section-title">
            {t("launch.section.instance")}
          </h2>
          <div className="launch-grid">
            <Field
              label={t("launch.field.name")}
              hint={t("sg.field.nameHint")}
              error={errorNode(shown(nameProblem) ?? at("InstanceName"))}
            >
              {(control) => (
                <input
                  {...control}
                  value={instanceName}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => edit(setInstanceName)(event.target.value)}
                />
              )}
            </Field>
            <Field
              label={t("launch.field.amount")}
              hint={t("launch.field.amountHint", { max: MAX_INSTANCE_AMOUNT })}
              error={errorNode(shown(amountProblem) ?? at("Amount"))}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={1}
                  max={MAX_INSTANCE_AMOUNT}
                  value={amount}
                  onChange={(event) => edit(setAmount)(event.target.value)}
                />
              )}
            </Field>
          </div>
          <TagsEditor tags={tags.tags} onChange={edit(tags.setTags)} problem={tags.problem} />
        </section>

        <div className="launch-footer panel">
          <p className="toolbar-note">
            {t("launch.summary", {
              count: Number.isFinite(amountNumber) ? amountNumber : 0,
              type: instanceType,
              image: image.label,
            })}
          </p>
          <div className="toolbar-actions">
            <Button onClick={() => navigate(pb.instances({ regionId }))} disabled={launch.isPending}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" variant="primary" busy={launch.isPending}>
              {t("launch.submit")}
            </Button>
          </div>
        </div>
      </form>
    </div>
  );
}
