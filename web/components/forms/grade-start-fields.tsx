import { useTranslation } from 'react-i18next';
import { GRADE_MAX, GRADE_MIN } from '../../../core/schemas/grade-start';
import { emptyGradeStart, type GradeStartValues } from '../../case/student-form-values';
import { fieldId } from '../../case/field-id';
import { SelectField, type SelectOption } from './select-field';
import { TextField } from './text-field';

/**
 * The first day of each school grade the family knows, for deadlines that start on entering a grade
 * (Delaware: transition at 14 or on entering grade 8). Optional: none means the age alone decides.
 */
export function GradeStartFields(props: {
  idPrefix: string;
  gradeStarts: readonly GradeStartValues[];
  onChange: (gradeStarts: readonly GradeStartValues[]) => void;
}) {
  const { t } = useTranslation();
  const { gradeStarts, onChange } = props;
  const grades: SelectOption[] = [
    { value: '', label: t('student.chooseGrade') },
    ...Array.from({ length: GRADE_MAX - GRADE_MIN + 1 }, (_, offset) => {
      const grade = GRADE_MIN + offset;
      return {
        value: String(grade),
        label: grade === 0 ? t('student.kindergarten') : t('student.gradeN', { n: grade }),
      };
    }),
  ];
  const replace = (key: string, next: GradeStartValues) => {
    onChange(gradeStarts.map((start) => (start.key === key ? next : start)));
  };
  return (
    <fieldset className="group">
      <legend>{t('student.gradeStarts')}</legend>
      <p className="hint">{t('student.gradeStartsHint')}</p>
      {gradeStarts.map((start, index) => (
        <fieldset key={start.key} className="group">
          <legend>{t('student.gradeStartN', { n: index + 1 })}</legend>
          <div className="field-row">
            <SelectField
              id={fieldId(props.idPrefix, 'gradeStarts', index, 'grade')}
              label={t('student.fields.gradeStart.grade')}
              value={start.grade}
              options={grades}
              isRequired
              onChange={(grade) => {
                replace(start.key, { ...start, grade });
              }}
            />
            <TextField
              id={fieldId(props.idPrefix, 'gradeStarts', index, 'date')}
              type="date"
              label={t('student.fields.gradeStart.date')}
              value={start.date}
              isRequired
              onChange={(date) => {
                replace(start.key, { ...start, date });
              }}
            />
          </div>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onChange(gradeStarts.filter((other) => other.key !== start.key));
            }}
          >
            {t('student.removeGradeStart', { n: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => {
          onChange([...gradeStarts, emptyGradeStart()]);
        }}
      >
        {t('student.addGradeStart')}
      </button>
    </fieldset>
  );
}
