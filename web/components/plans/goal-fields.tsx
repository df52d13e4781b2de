import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IepGoal } from '../../../core/schemas/iep';
import { fieldId } from '../../case/field-id';
import { GoalCheckFeedback } from './goal-check-feedback';
import { NumberField } from '../forms/number-field';
import { RadioGroupField } from '../forms/radio-group-field';
import { TextAreaField } from '../forms/text-area-field';
import { TextField } from '../forms/text-field';

/** One measurable annual goal: what, from where (baseline) to where (target), how measured and reported. */
export function GoalFields(props: {
  index: number;
  goal: IepGoal;
  onChange: (goal: IepGoal) => void;
  onRemove: () => void;
  onValidityChange: (id: string, invalidLabel: string | null) => void;
}) {
  const { t } = useTranslation();
  const { goal, index, onValidityChange } = props;
  const id = (...path: (string | number)[]) => fieldId('plan', 'goals', index, ...path);
  const title = t('iep.goalTitle', { n: index + 1, area: goal.area.trim() === '' ? t('iep.goalUnnamed') : goal.area });
  const onValidity = useCallback(
    (fieldId: string, label: string | null) => {
      onValidityChange(fieldId, label === null ? null : `${title} — ${label}`);
    },
    [onValidityChange, title],
  );
  const set = <K extends keyof IepGoal>(key: K, value: IepGoal[K]) => {
    props.onChange({ ...goal, [key]: value });
  };
  return (
    <fieldset className="item" id={id('fieldset')}>
      <legend>{title}</legend>
      <TextField
        id={id('area')}
        label={t('iep.goal.area')}
        hint={t('iep.goal.areaHint')}
        value={goal.area}
        onChange={(value) => {
          set('area', value);
        }}
      />
      <TextAreaField
        id={id('statement')}
        label={t('iep.goal.statement')}
        hint={t('iep.goal.statementHint')}
        value={goal.statement}
        rows={3}
        onChange={(value) => {
          set('statement', value);
        }}
      />
      <GoalCheckFeedback id={id('statement', 'check')} text={goal.statement} />
      <div className="field-row">
        <TextField
          id={id('unit')}
          label={t('iep.goal.unit')}
          hint={t('iep.goal.unitHint')}
          value={goal.unit}
          onChange={(value) => {
            set('unit', value);
          }}
        />
        <RadioGroupField
          id={id('direction')}
          legend={t('iep.goal.direction')}
          value={goal.direction}
          isInline
          options={[
            { value: 'increase', label: t('iep.goal.increase') },
            { value: 'decrease', label: t('iep.goal.decrease') },
          ]}
          onChange={(value) => {
            set('direction', value === 'decrease' ? 'decrease' : 'increase');
          }}
        />
      </div>
      <div className="field-row">
        <NumberField
          id={id('baseline', 'value')}
          label={t('iep.goal.baselineValue')}
          value={goal.baseline.value}
          className="field-narrow"
          onValidityChange={onValidity}
          onChange={(value) => {
            set('baseline', { ...goal.baseline, value });
          }}
        />
        <TextField
          id={id('baseline', 'date')}
          type="date"
          label={t('iep.goal.baselineDate')}
          value={goal.baseline.date ?? ''}
          onChange={(value) => {
            set('baseline', { ...goal.baseline, date: value === '' ? null : value });
          }}
        />
      </div>
      <div className="field-row">
        <NumberField
          id={id('target', 'value')}
          label={t('iep.goal.targetValue')}
          value={goal.target.value}
          className="field-narrow"
          onValidityChange={onValidity}
          onChange={(value) => {
            set('target', { ...goal.target, value });
          }}
        />
        <TextField
          id={id('target', 'date')}
          type="date"
          label={t('iep.goal.targetDate')}
          value={goal.target.date ?? ''}
          onChange={(value) => {
            set('target', { ...goal.target, date: value === '' ? null : value });
          }}
        />
      </div>
      <TextAreaField
        id={id('measurementMethod')}
        label={t('iep.goal.measurementMethod')}
        hint={t('iep.goal.measurementHint')}
        value={goal.measurementMethod}
        rows={2}
        onChange={(value) => {
          set('measurementMethod', value);
        }}
      />
      <TextField
        id={id('reportingSchedule')}
        label={t('iep.goal.reportingSchedule')}
        hint={t('iep.goal.reportingHint')}
        value={goal.reportingSchedule}
        onChange={(value) => {
          set('reportingSchedule', value);
        }}
      />
      <button type="button" className="link-button" onClick={props.onRemove}>
        {t('iep.removeGoal', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
