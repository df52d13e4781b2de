/**
 * Field ids shared by the forms and the API's error issues. The API names a field `contacts[0].email` or
 * `content.goals[1].target.value`; the form's input for it has the id `student-contacts-0-email` or
 * `plan-goals-1-target-value`, so an issue finds its input (error summary links, messages beside fields).
 */
export function fieldId(prefix: string, ...path: readonly (string | number)[]): string {
  return [prefix, ...path.map(String)].join('-');
}

/** The id of the input an API issue names, e.g. (`plan`, `content.goals[1].unit`, `content.`) → `plan-goals-1-unit`. */
export function fieldIdForIssue(prefix: string, field: string, stripPrefix = ''): string {
  const path = field.startsWith(stripPrefix) ? field.slice(stripPrefix.length) : field;
  const segments = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '');
  return fieldId(prefix, ...segments);
}
