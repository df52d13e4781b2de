import { useTranslation } from 'react-i18next';
import type { NoticeCheckAnswer } from '../../../core/schemas/meeting';
import { leftToRightIn } from '../../i18n/languages';

/** What the notice rule says of a scheduled IEP meeting, in words with its citation (34 CFR 300.322; state days). */
export function NoticeCheckText({ check }: { check: NoticeCheckAnswer }) {
  const { t, i18n } = useTranslation();
  const unconfirmed = check.status === 'unconfirmed' ? ` ${t('meetingLife.notice.unconfirmed')}` : '';
  const required = check.requiredDays ?? 0;
  switch (check.kind) {
    case 'short':
      return (
        <p className="problem">
          <span aria-hidden="true">⚠ </span>
          {t('meetingLife.notice.short', {
            given: check.givenDays,
            required,
            citation: leftToRightIn(i18n.language, check.citation),
          })}
          {unconfirmed}
        </p>
      );
    case 'enough':
      return (
        <p>
          {t('meetingLife.notice.enough', {
            given: check.givenDays,
            required,
            citation: leftToRightIn(i18n.language, check.citation),
          })}
          {unconfirmed}
        </p>
      );
    case 'no-day-count':
      return (
        <p>
          {t('meetingLife.notice.noDayCount', {
            given: check.givenDays,
            citation: leftToRightIn(i18n.language, check.citation),
          })}
        </p>
      );
  }
}
