import { useTranslation } from 'react-i18next';
import { calendarFieldId } from '../../case/calendar-form-issues';
import { HOLIDAY_CHOICES, isHolidayChoice, type CalendarFormValues } from '../../case/calendar-form-values';
import { DateRangeRows } from '../forms/date-range-rows';
import { FormWithProblems, type FormWithProblemsProps } from '../forms/form-with-problems';
import { RadioGroupField } from '../forms/radio-group-field';
import { TextListFields } from '../forms/text-list-fields';

/**
 * A child's school calendar: the terms, the days school is closed, and which holidays business days skip
 * (the federal list, or the district's own). The server checks the dates and names any to fix.
 */
export function SchoolCalendarForm(props: FormWithProblemsProps<CalendarFormValues>) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  return (
    <FormWithProblems {...props} submitLabel={t('calendar.save')} submittingLabel={t('calendar.saving')}>
      <DateRangeRows
        list="terms"
        rows={values.terms}
        onChange={(terms) => {
          onChange({ ...values, terms });
        }}
      />
      <DateRangeRows
        list="closed"
        rows={values.closed}
        onChange={(closed) => {
          onChange({ ...values, closed });
        }}
      />
      <RadioGroupField
        id={calendarFieldId.holidayChoice}
        legend={t('calendar.holidays.legend')}
        hint={t('calendar.holidays.hint')}
        value={values.holidayChoice}
        options={HOLIDAY_CHOICES.map((choice) => ({ value: choice, label: t(`calendar.holidays.${choice}`) }))}
        onChange={(choice) => {
          if (!isHolidayChoice(choice)) return;
          // The district's list starts with one empty day to fill in, not an empty box.
          const holidays = choice === 'district' && values.holidays.length === 0 ? [''] : values.holidays;
          onChange({ ...values, holidayChoice: choice, holidays });
        }}
      />
      {values.holidayChoice === 'district' ? (
        <TextListFields
          idPrefix="calendar"
          path={['holidays']}
          legend={t('calendar.holidays.listLegend')}
          hint={t('calendar.holidays.listHint')}
          itemLabel={(n) => t('calendar.holidays.itemLabel', { n })}
          addLabel={t('calendar.holidays.add')}
          items={values.holidays}
          inputType="date"
          onChange={(holidays) => {
            onChange({ ...values, holidays });
          }}
        />
      ) : null}
    </FormWithProblems>
  );
}
