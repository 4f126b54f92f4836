import { useState } from "react";
import { vpcsQuery } from "@/api/shared-reads";
import { usePrefetchedQuery } from "../../../api/queries";
import { formatTime, useLanguage, useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Icon } from "../../../ui/Icon";
import { GroupBadges, TagList, VpcLabel } from "../labels";
import { useCurrentGroup } from "./current-group";
import { EditGroupDrawer } from "./EditGroupDrawer";
import { InnerPolicyControl } from "./InnerPolicyControl";

/** SG-4/5/7: the group's attributes, rename and description, and the inner access policy. */
export function BasicInfoTab() {
  const t = useT();
  const language = useLanguage();
  const { regionId, group, attribute } = useCurrentGroup();
  const vpcs = usePrefetchedQuery(vpcsQuery(regionId)).Vpcs.Vpc;
  const [editing, setEditing] = useState(false);
  if (!group) return null;
  const readOnly = group.ServiceManaged;

  return (
    <div className="basic-info">
      <section aria-labelledby="basic-info-title">
        <div className="section-head">
          <h2 id="basic-info-title" className="section-title">
            {t("sg.tab.details")}
          </h2>
          {!readOnly && (
            <Button onClick={() => setEditing(true)}>
              <Icon name="wrench" />
              {t("sg.detail.editInfo")}
            </Button>
          )}
        </div>
        <dl className="details-grid">
          <div>
            <dt>{t("sg.detail.id")}</dt>
            <dd className="mono">{group.SecurityGroupId}</dd>
          </div>
          <div>
            <dt>{t("sg.detail.name")}</dt>
            <dd className="break">{group.SecurityGroupName || t("sg.unnamed")}</dd>
          </div>
          <div className="details-wide">
            <dt>{t("sg.detail.description")}</dt>
            <dd className="break">
              {group.Description || <span className="muted">{t("sg.detail.noDescription")}</span>}
            </dd>
          </div>
          <div>
            <dt>{t("sg.detail.type")}</dt>
            <dd className="badges">
              <GroupBadges group={group} />
            </dd>
          </div>
          <div>
            <dt>{t("sg.detail.vpc")}</dt>
            <dd>
              <VpcLabel vpcId={group.VpcId} vpcs={vpcs} />
            </dd>
          </div>
          <div>
            <dt>{t("sg.detail.created")}</dt>
            <dd>
              <time dateTime={group.CreationTime}>{formatTime(group.CreationTime, language)}</time>
            </dd>
          </div>
          <div>
            <dt>{t("sg.detail.resourceGroup")}</dt>
            <dd className="mono">{group.ResourceGroupId || t("common.none")}</dd>
          </div>
          <div className="details-wide">
            <dt>{t("sg.detail.tags")}</dt>
            <dd>
              <TagList tags={group.Tags.Tag} />
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="inner-policy-title" className="inner-policy-section">
        <h2 id="inner-policy-title" className="section-title">
          {t("sg.detail.innerPolicy")}
        </h2>
        <InnerPolicyControl regionId={regionId} group={group} policy={attribute.InnerAccessPolicy} />
      </section>
      {editing && <EditGroupDrawer regionId={regionId} group={group} onClose={() => setEditing(false)} />}
    </div>
  );
}
