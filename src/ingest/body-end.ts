/**
 * How the name of an issuing, approving or signing body ends (`…人民政府`, `…办公厅`, `…委员会`,
 * `…总局`, a ministry's `…司`, `…中心`, `中国人民银行`, `中共中央`): one list for the notice line, a bare title's
 * opening, the signature above a date and a joint notice's signer lines.
 */
export const BODY_NAME_END = "政府|局|委|厅|办|室|会|部|院|署|(?<!公)司|海关|银行|分行|支行|中心|中央|领导小组";

/** Whether `name` ends as a body's name does. */
export const ENDS_AS_BODY = new RegExp(`(?:${BODY_NAME_END})$`);
