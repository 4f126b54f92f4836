import type { ErrorCode } from "../errors/catalogue";
import { ecsError } from "../errors/ecs-error";
import type { Tag } from "../types";
import { MAX_GROUP_NAME_LENGTH, MAX_TAGS } from "./limits";

// Letters include CJK ideographs and kana: the real console accepts Chinese and Japanese names.
const NAME_START = /^[\p{L}]/u;
const NAME_BODY = /^[\p{L}\p{N}:_.-]+$/u;
const URL_START = /^https?:\/\//i;

/** A resource name: 2-128 characters, starts with a letter, letters/digits/`:`/`_`/`.`/`-`, no URL. */
export function isValidResourceName(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= MAX_GROUP_NAME_LENGTH &&
    NAME_START.test(name) &&
    NAME_BODY.test(name) &&
    !URL_START.test(name)
  );
}

const COPY_SUFFIX = "-copy";

/** (project) CLONE-1: a clone's default name, `<source name>-copy`, cut to fit; "" stays "". */
export function copyName(sourceName: string): string {
  if (sourceName === "") return "";
  return `${sourceName.slice(0, MAX_GROUP_NAME_LENGTH - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
}

export function checkSecurityGroupName(name: string, field = "SecurityGroupName"): void {
  if (!isValidResourceName(name)) throw ecsError("InvalidSecurityGroupName.Malformed", { field });
}

interface DescriptionRules {
  min?: number;
  max?: number;
  field?: string;
  /** The catalogue entry's wording for this kind of description, and its `%s` values. */
  variant?: string;
  args?: readonly string[];
}

/** A description: `min`-`max` characters, not starting with http:// or https://. */
export function checkDescription(
  description: string,
  code: ErrorCode,
  { min = 2, max = 256, field = "Description", variant, args }: DescriptionRules = {},
): void {
  if (description.length < min || description.length > max || URL_START.test(description)) {
    throw ecsError(code, { field, variant, args });
  }
}

export function checkSecurityGroupDescription(description: string, field = "Description"): void {
  checkDescription(description, "InvalidSecurityGroupDiscription.Malformed", { field });
}

/** `Tag.N.Key/Value` pairs: at most 20, keys 1-128 and not aliyun/acs:, values up to 128, unique keys. */
export function checkTags(tags: readonly Tag[]): void {
  if (tags.length > MAX_TAGS) throw ecsError("QuotaExceed.Tags", { field: "Tag" });
  const seen = new Set<string>();
  tags.forEach((tag, index) => {
    const key = tag.TagKey;
    if (key.length < 1 || key.length > 128 || /^(aliyun|acs:)/i.test(key) || URL_START.test(key)) {
      throw ecsError("InvalidTagKey.Malformed", { field: `Tag.${index + 1}.Key` });
    }
    if (tag.TagValue.length > 128 || URL_START.test(tag.TagValue)) {
      throw ecsError("InvalidTagValue.Malformed", { field: `Tag.${index + 1}.Value` });
    }
    if (seen.has(key)) throw ecsError("Duplicate.TagKey", { field: `Tag.${index + 1}.Key` });
    seen.add(key);
  });
}
