import { createEngine, type Engine, type EngineOptions } from "./engine.js";
import { type FeatureOptions, featureList } from "./features/index.js";

/** The engine with every feature: what the bots run. Tests may pass their own feature list. */
export function createPeerbridge(
  options: Omit<EngineOptions, "features"> & FeatureOptions & { features?: EngineOptions["features"] },
): Engine {
  return createEngine({ ...options, features: options.features ?? featureList(options) });
}
