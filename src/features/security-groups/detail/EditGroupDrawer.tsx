import type { SecurityGroup } from "@/api/types";
import { EditNameDescriptionDrawer } from "../../../components/EditNameDescriptionDrawer";
import { FieldError } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { checkSecurityGroupDescription, checkSecurityGroupName, problemOf } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { followsNamingAdvice } from "../create/create-group";
import { modifyGroupAttribute } from "./group-writes";

/** SG-5: rename and describe a group (ModifySecurityGroupAttribute). */
export function EditGroupDrawer({
  regionId,
  group,
  onClose,
}: {
  regionId: string;
  group: SecurityGroup;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <EditNameDescriptionDrawer
      title={t("sg.edit.title")}
      savedMessage={t("sg.edit.saved")}
      initial={{ name: group.SecurityGroupName, description: group.Description }}
      nameParameter="SecurityGroupName"
      nameLabel={t("sg.field.name")}
      nameHint={(name, valid) => (
        <>
          {t("sg.field.nameHint")}
          <br />
          <span className="advice">
            {name && valid && !followsNamingAdvice(name) ? t("sg.naming.nudge") : t("sg.naming.advice")}
          </span>
        </>
      )}
      nameIssue={(name) => {
        const problem = problemOf(() => checkSecurityGroupName(name));
        return problem && <FieldError problem={toProblem(problem)} />;
      }}
      descriptionLabel={t("sg.field.description")}
      descriptionHint={t("sg.field.descriptionHint")}
      checkDescription={checkSecurityGroupDescription}
      save={(values) => modifyGroupAttribute(regionId, group.SecurityGroupId, values)}
      invalidates={["DescribeSecurityGroups", "DescribeSecurityGroupAttribute"]}
      onClose={onClose}
    />
  );
}
