import Ecs from "@alicloud/ecs20140526";
import * as OpenApi from "@alicloud/openapi-core";

// Under vitest the default import is the class; in native ESM it is the module (TOOLCHAIN.md).
const EcsClass = (typeof Ecs === "function" ? Ecs : (Ecs as unknown as { default: typeof Ecs }).default) as typeof Ecs;

export type EcsClient = InstanceType<typeof Ecs>;

/** The official client pointed at `endpoint` (host[:port]) over plain HTTP; keys are never checked. */
export function sdkClientFor(endpoint: string): EcsClient {
  return new EcsClass(
    new OpenApi.$OpenApiUtil.Config({
      accessKeyId: "test-ak",
      accessKeySecret: "test-secret",
      regionId: "cn-hangzhou",
      endpoint,
      protocol: "http",
    }),
  );
}
