/** Form pieces shared by the staff workbench and the admin pages. */
import './index.scss';

export { default as Field } from './Field';
export { default as Choice, type ChoiceOption } from './Choice';
export { default as Sheet } from './Sheet';
export { check, errorsFromIssues, fieldError, type FieldErrors } from './validate';
