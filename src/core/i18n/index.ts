export { pickLanguage } from "./language";
export { t } from "./translate";
export { messages, type MessageKey } from "./messages";
