import { useTranslation } from 'react-i18next';
import type { Plan504Content } from '../../../core/schemas/plan-504';
import { formatDate } from '../../i18n/format-date';
import { Accommodation504List } from './accommodation-504-list';
import { PlainText } from '../app/plain-text';

/** A final 504 plan version to read: impairment, major life activities, accommodations, review date. */
export function Plan504Summary({ content }: { content: Plan504Content }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="summary">
      <h3>{t('plan504.sections.impairment')}</h3>
      <dl className="details-block">
        <PlainText label={t('plan504.impairment')} text={content.impairment} linkTerms />
        <PlainText label={t('plan504.majorLifeActivities')} text={content.majorLifeActivities.join(', ')} linkTerms />
      </dl>
      <h3>{t('plan504.sections.accommodations')}</h3>
      <Accommodation504List accommodations={content.accommodations} headingLevel={4} />
      <h3>{t('plan504.sections.review')}</h3>
      <dl className="details-block">
        <PlainText
          label={t('plan504.reviewDate')}
          text={content.reviewDate === null ? '' : formatDate(content.reviewDate, i18n.language)}
        />
      </dl>
    </div>
  );
}
