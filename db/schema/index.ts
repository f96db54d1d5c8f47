export * from "./enums";
export * from "./users";
export * from "./entities";
export * from "./sources";
export * from "./claims";
export * from "./review";
export * from "./search";
export * from "./collab";
