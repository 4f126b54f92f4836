import { useState } from "react";
import { checkTags, problemOf } from "../engine/validate";
import { type Problem, toProblem } from "./problem";
import { filledTags, type TagDraft } from "./TagsEditor";

/** A problem about one tag row (`Tag.N.Key`): the editor shows it there, not the form's top. */
export const isTagRowParameter = (parameter: string | undefined): boolean =>
  /^Tag\.\d+\.(Key|Value)$/.test(parameter ?? "");

/**
 * The state of a create form's tags: the rows, the engine's verdict on them as typed, the
 * problem to show in the editor (the validator's, else the server's about a row), and the
 * `Tag` parameter to send (blank rows left out).
 */
export function useTagsField(server: Problem | undefined) {
  const [tags, setTags] = useState<TagDraft[]>([]);
  const rows = filledTags(tags);
  const invalid = problemOf(() => checkTags(rows.map((tag) => ({ TagKey: tag.key, TagValue: tag.value }))));
  const serverAtRow = isTagRowParameter(server?.parameter) ? server : undefined;
  return {
    tags,
    setTags,
    /** The validator's error, when the rows as typed would be refused (submit must wait). */
    invalid,
    problem: (invalid ? toProblem(invalid) : undefined) ?? serverAtRow,
    /** True when the server's problem is about a tag row (the form then leaves it to the editor). */
    ownsServerProblem: serverAtRow !== undefined,
    param: rows.map((tag) => ({ Key: tag.key, Value: tag.value })),
  };
}
