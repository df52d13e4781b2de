import { useTranslation } from 'react-i18next';
import { ACCOMMODATION_CATEGORIES, type Accommodation504 } from '../../../core/schemas/plan-504';
import { GlossaryText } from '../app/glossary-term';
import { Heading } from '../app/heading';

/** A 504 plan's accommodations grouped by category, each with who is responsible. */
export function Accommodation504List(props: { accommodations: readonly Accommodation504[]; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  if (props.accommodations.length === 0) return <p>{t('plan504.noAccommodations')}</p>;
  return (
    <>
      {ACCOMMODATION_CATEGORIES.map((category) => {
        const items = props.accommodations.filter((a) => a.category === category);
        if (items.length === 0) return null;
        return (
          <div key={category}>
            <Heading level={props.headingLevel}>{t(`plan504.category.${category}`)}</Heading>
            <ul className="compact-list">
              {items.map((item) => (
                <li key={item.id}>
                  {item.description === '' ? t('student.notGiven') : <GlossaryText text={item.description} />}
                  {' — '}
                  {t('plan504.responsibleIs', {
                    who: item.responsible === '' ? t('plan504.responsibleMissing') : item.responsible,
                  })}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
