import type { PrefixList } from "@/api/types";
import { EditNameDescriptionDrawer } from "../../../components/EditNameDescriptionDrawer";
import { FieldError } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { checkPrefixListDescription, checkPrefixListName, problemOf } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { PREFIX_LIST_WRITE_INVALIDATES } from "../api";
import { modifyPrefixList } from "./entry-writes";

/** PL-1 ModifyPrefixList: the name and description (family and MaxEntries are fixed). */
export function EditPrefixListDrawer({
  regionId,
  list,
  onClose,
}: {
  regionId: string;
  list: PrefixList;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <EditNameDescriptionDrawer
      title={t("pl.edit.title")}
      savedMessage={t("pl.edit.saved")}
      initial={{ name: list.PrefixListName, description: list.Description }}
      nameParameter="PrefixListName"
      nameLabel={t("pl.field.name")}
      nameHint={t("pl.field.nameHint")}
      nameIssue={(name) => {
        const problem = problemOf(() => checkPrefixListName(name));
        return problem && <FieldError problem={toProblem(problem)} />;
      }}
      descriptionLabel={t("pl.field.description")}
      descriptionHint={t("pl.edit.descriptionHint")}
      checkDescription={checkPrefixListDescription}
      save={(values) => modifyPrefixList(regionId, list.PrefixListId, values)}
      invalidates={PREFIX_LIST_WRITE_INVALIDATES}
      onClose={onClose}
    >
      <p className="field-hint">{t("pl.edit.fixed", { family: list.AddressFamily, max: list.MaxEntries })}</p>
    </EditNameDescriptionDrawer>
  );
}
