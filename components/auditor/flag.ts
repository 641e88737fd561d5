/** Set in the content scripts' own world (not the page's) once the auditor runs in the frame. */
export const AUDITOR_FLAG = '__xxgkAuditor';
