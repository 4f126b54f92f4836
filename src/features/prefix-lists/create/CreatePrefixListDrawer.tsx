import { useState } from "react";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { useEcsMutation } from "../../../api/queries";
import { DescriptionField } from "../../../components/DescriptionField";
import { DocumentTitle } from "../../../components/DocumentTitle";
import { NameField } from "../../../components/NameField";
import { FieldError } from "../../../components/ProblemMessage";
import { problemAt, toProblem, unplacedProblem } from "../../../components/problem";
import { SideModalForm } from "../../../components/SideModalForm";
import { TagsEditor } from "../../../components/TagsEditor";
import { useTagsField } from "../../../components/tags-field";
import { toast } from "../../../components/toasts";
import type { AddressFamily } from "../../../engine/types";
import { checkPrefixListDescription, checkPrefixListName, parseMaxEntries, problemOf } from "../../../engine/validate";
import { useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Field } from "../../../ui/Field";
import { PREFIX_LIST_WRITE_INVALIDATES } from "../api";
import { EntriesEditor } from "../entries/EntriesEditor";
import { checkEntryText, entriesToSend, lineOfParameter } from "../entries/entry-lines";
import { FamilyChoice } from "./FamilyChoice";
import { createPrefixList } from "./prefix-list-writes";

const PLACED = ["PrefixListName", "Description", "MaxEntries", "AddressFamily"];
const DEFAULT_MAX_ENTRIES = "10";

/**
 * PL-1, PL-3: the create form, a side drawer over the list (its own URL: /new). Name, family and
 * MaxEntries (both fixed once created), and the entries pasted one per line, each line checked
 * with the engine's validators as it is typed.
 */
export function CreatePrefixListDrawer() {
  const t = useT();
  const navigate = useNavigate();
  const regionId = useParams().regionId ?? "";
  const [searchParams] = useSearchParams();
  const [family, setFamily] = useState<AddressFamily>(() => (searchParams.get("family") === "IPv6" ? "IPv6" : "IPv4"));
  const [name, setName] = useState("");
  const [maxEntriesText, setMaxEntriesText] = useState(DEFAULT_MAX_ENTRIES);
  const [description, setDescription] = useState("");
  const [entriesText, setEntriesText] = useState("");
  const [touched, setTouched] = useState({ name: false, description: false, maxEntries: false, submitted: false });

  const create = useEcsMutation(createPrefixList, { invalidates: PREFIX_LIST_WRITE_INVALIDATES });
  const server = create.error ? toProblem(create.error) : undefined;

  const maxEntriesProblem = problemOf(() => parseMaxEntries(maxEntriesText));
  const maxEntries = maxEntriesProblem ? undefined : parseMaxEntries(maxEntriesText);
  const nameProblem = problemOf(() => checkPrefixListName(name));
  const descriptionProblem = description === "" ? undefined : problemOf(() => checkPrefixListDescription(description));
  const check = checkEntryText(entriesText, {
    family,
    maxEntries: maxEntries ?? Number.MAX_SAFE_INTEGER,
    parameter: "Entry",
  });
  const serverLine = lineOfParameter(check, server?.parameter);

  const show = (field: "name" | "description" | "maxEntries") => touched[field] || touched.submitted;
  const nameError =
    (show("name") && nameProblem ? toProblem(nameProblem) : undefined) ?? problemAt(server, "PrefixListName");
  const descriptionError =
    (show("description") && descriptionProblem ? toProblem(descriptionProblem) : undefined) ??
    problemAt(server, "Description");
  const maxEntriesError =
    (show("maxEntries") && maxEntriesProblem ? toProblem(maxEntriesProblem) : undefined) ??
    problemAt(server, "MaxEntries");
  const entriesServerProblem = server?.parameter === "Entry" ? server : undefined;
  const tags = useTagsField(server);
  const topProblem =
    serverLine || entriesServerProblem || tags.ownsServerProblem ? undefined : unplacedProblem(server, PLACED);

  const close = () => navigate(pb.prefixLists({ regionId }, { family: searchParams.get("family") ?? undefined }));
  const submit = () => {
    setTouched({ name: true, description: true, maxEntries: true, submitted: true });
    if (
      nameProblem ||
      descriptionProblem ||
      maxEntriesProblem ||
      check.invalidCount > 0 ||
      check.countProblem ||
      tags.invalid
    ) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>("dialog [aria-invalid='true']")?.focus());
      return;
    }
    create.mutate(
      {
        regionId,
        name,
        family,
        maxEntries: maxEntries ?? Number(DEFAULT_MAX_ENTRIES),
        description,
        entries: entriesToSend(check),
        tags: tags.param,
      },
      {
        onSuccess: async (prefixListId) => {
          toast.success(t("pl.create.created", { name }));
          await navigate(pb.prefixList({ regionId, prefixListId }));
        },
      },
    );
  };

  return (
    <SideModalForm
      title={t("pl.create.title")}
      submitLabel={t("pl.create.submit")}
      onSubmit={submit}
      onDismiss={close}
      busy={create.isPending}
      problem={topProblem}
      width="medium"
      footerNote={t("pl.create.quota")}
    >
      <DocumentTitle title={t("pl.create.title")} />
      <NameField
        label={t("pl.field.name")}
        hint={t("pl.field.nameHint")}
        problem={nameError}
        value={name}
        placeholder="office-networks"
        onChange={(next) => {
          create.reset();
          setName(next);
        }}
        onBlur={() => setTouched((state) => ({ ...state, name: true }))}
      />
      <FamilyChoice
        value={family}
        onChange={(next) => {
          create.reset();
          setFamily(next);
        }}
        error={problemAt(server, "AddressFamily")}
      />
      <Field
        label={t("pl.field.maxEntries")}
        hint={t("pl.field.maxEntriesHint", { weight: maxEntries ?? "…" })}
        error={maxEntriesError && <FieldError problem={maxEntriesError} />}
        className="field-narrow"
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={maxEntriesText}
            onChange={(event) => {
              create.reset();
              setMaxEntriesText(event.target.value);
            }}
            onBlur={() => setTouched((state) => ({ ...state, maxEntries: true }))}
          />
        )}
      </Field>
      <DescriptionField
        label={t("pl.field.description")}
        hint={t("pl.field.descriptionHint")}
        value={description}
        onChange={(next) => {
          create.reset();
          setDescription(next);
        }}
        onBlur={() => setTouched((state) => ({ ...state, description: true }))}
        problem={descriptionError}
        rows={2}
      />
      <EntriesEditor
        text={entriesText}
        onChange={(next) => {
          create.reset();
          setEntriesText(next);
        }}
        check={check}
        family={family}
        maxEntries={maxEntries}
        serverLine={serverLine && server ? { lineNumber: serverLine.lineNumber, problem: server } : undefined}
        serverProblem={entriesServerProblem}
      />
      <TagsEditor
        tags={tags.tags}
        onChange={(next) => {
          create.reset();
          tags.setTags(next);
        }}
        problem={tags.problem}
      />
    </SideModalForm>
  );
}
