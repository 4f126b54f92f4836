/** The validators forms share with the engine (the UI may import this folder, nothing else). */
export * from "./cidr";
export * from "./eni-limits";
export * from "./evaluation-order";
export * from "./limits";
export * from "./names";
export * from "./prefix-lists";
export * from "./result";
export * from "./rules";
export * from "./snapshot-policy";
