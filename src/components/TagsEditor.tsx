import { MAX_TAGS } from "../engine/validate";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { Field } from "../ui/Field";
import { Icon } from "../ui/Icon";
import { FieldError } from "./ProblemMessage";
import { type Problem, problemAt } from "./problem";

/** One row of the editor; `id` keeps React's rows stable while rows are removed. */
export interface TagDraft {
  id: number;
  key: string;
  value: string;
}

let nextId = 1;
export const emptyTag = (): TagDraft => ({ id: nextId++, key: "", value: "" });

/** The rows a request sends: blank rows (no key, no value) are left out. */
export function filledTags(tags: readonly TagDraft[]): TagDraft[] {
  return tags.filter((tag) => tag.key !== "" || tag.value !== "");
}

/** `Tag.N.Key` / `Tag.N.Value` as the API numbers them: N counts the filled rows only. */
export function tagParameter(tags: readonly TagDraft[], tag: TagDraft, part: "Key" | "Value"): string | undefined {
  const position = filledTags(tags).indexOf(tag);
  return position < 0 ? undefined : `Tag.${position + 1}.${part}`;
}

interface TagsEditorProps {
  tags: readonly TagDraft[];
  onChange: (next: TagDraft[]) => void;
  /** The form's problem (the validators' or the server's): shown at the row and part it names. */
  problem: Problem | undefined;
}

/**
 * Key-value tag rows for a create form: add up to 20, remove any, each error next to the
 * key or value the engine names (`Tag.N.Key`).
 */
export function TagsEditor({ tags, onChange, problem }: TagsEditorProps) {
  const t = useT();
  const update = (id: number, change: Partial<TagDraft>) =>
    onChange(tags.map((tag) => (tag.id === id ? { ...tag, ...change } : tag)));
  const errorAt = (tag: TagDraft, part: "Key" | "Value") => {
    const parameter = tagParameter(tags, tag, part);
    const found = parameter === undefined ? undefined : problemAt(problem, parameter);
    return found && <FieldError problem={found} />;
  };
  const full = tags.length >= MAX_TAGS;
  return (
    <fieldset className="field tags-editor">
      <legend className="field-label">
        {t("tags.legend")} <span className="field-optional">({t("common.optional")})</span>
      </legend>
      <p className="field-hint">{t("tags.hint", { limit: MAX_TAGS })}</p>
      {tags.map((tag, index) => (
        <div key={tag.id} className="tag-row">
          <Field label={t("tags.key", { n: index + 1 })} labelHidden error={errorAt(tag, "Key")}>
            {(control) => (
              <input
                {...control}
                value={tag.key}
                placeholder={t("tags.keyPlaceholder")}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => update(tag.id, { key: event.target.value })}
              />
            )}
          </Field>
          <Field label={t("tags.value", { n: index + 1 })} labelHidden error={errorAt(tag, "Value")}>
            {(control) => (
              <input
                {...control}
                value={tag.value}
                placeholder={t("tags.valuePlaceholder")}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => update(tag.id, { value: event.target.value })}
              />
            )}
          </Field>
          <Button
            variant="ghost"
            size="sm"
            aria-label={t("tags.remove", { n: index + 1 })}
            onClick={() => onChange(tags.filter((other) => other.id !== tag.id))}
          >
            <Icon name="trash" />
          </Button>
        </div>
      ))}
      <div>
        <Button size="sm" disabled={full} onClick={() => onChange([...tags, emptyTag()])}>
          <Icon name="plus" />
          {t("tags.add")}
        </Button>{" "}
        {tags.length > 0 && (
          <span className="field-hint">{t("tags.count", { used: filledTags(tags).length, limit: MAX_TAGS })}</span>
        )}
      </div>
    </fieldset>
  );
}
