/**
 * How many network interfaces (the primary one included) an instance type takes, as the ECS
 * instance-type tables list them: burstable and economy types 2; otherwise by size, large 3,
 * xlarge and 2xlarge 4, 3xlarge and up 8 (project: the few families the console offers follow
 * the g7/c7/r7 tables; an unknown size gets the large types' 3). Shared with the console.
 */
export function eniLimitOf(instanceType: string): number {
  const [, family = "", size = ""] = instanceType.toLowerCase().split(".");
  if (/^(t\d|e-)/.test(family)) return 2;
  if (size === "xlarge" || size === "2xlarge") return 4;
  const multiple = /^(\d+)xlarge$/.exec(size);
  if (multiple && Number(multiple[1]) >= 3) return 8;
  return 3;
}
