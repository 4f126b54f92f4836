import { ACTION_NAMES } from "../../engine/engine";

/** Every action the API answers (the engine's), sorted: what a rule may name besides `*`. */
export const API_ACTION_NAMES: readonly string[] = [...ACTION_NAMES].sort();
