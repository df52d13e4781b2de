import { useTranslation } from 'react-i18next';
import { ACCOMMODATION_CATEGORIES, type Plan504Content } from '../../../core/schemas/plan-504';
import { fieldId } from '../../case/field-id';
import { newAccommodation } from '../../case/new-items';
import { Accommodation504Fields } from './accommodation-504-fields';
import { EditorSection } from '../forms/editor-section';
import { TextAreaField } from '../forms/text-area-field';
import { TextField } from '../forms/text-field';
import { TextListFields } from '../forms/text-list-fields';
import { useFocusAfterRender } from '../app/use-focus-after-render';

/**
 * The 504 plan's parts: the impairment, the major life activities it limits, and the accommodations by
 * category with who is responsible. No goals: the page explains why (a 504 plan is not an IEP).
 */
export function Plan504Editor(props: { content: Plan504Content; onChange: (content: Plan504Content) => void }) {
  const { t } = useTranslation();
  const { content, onChange } = props;
  const focusLater = useFocusAfterRender();
  const set = <K extends keyof Plan504Content>(key: K, value: Plan504Content[K]) => {
    onChange({ ...content, [key]: value });
  };
  const suggestions = t('plan504.activitySuggestions')
    .split('|')
    .map((item) => item.trim());
  return (
    <div className="editor">
      <EditorSection
        title={t('plan504.sections.impairment')}
        intro={t('plan504.intro.impairment')}
        citation="34 CFR 104.3(j)"
      >
        <TextAreaField
          id="plan-impairment"
          label={t('plan504.impairment')}
          value={content.impairment}
          onChange={(value) => {
            set('impairment', value);
          }}
        />
        <TextListFields
          idPrefix="plan"
          path={['majorLifeActivities']}
          legend={t('plan504.majorLifeActivities')}
          hint={t('plan504.majorLifeActivitiesHint')}
          itemLabel={(n) => t('plan504.activityN', { n })}
          addLabel={t('plan504.addActivity')}
          items={content.majorLifeActivities}
          suggestions={suggestions}
          onChange={(items) => {
            set('majorLifeActivities', items);
          }}
        />
      </EditorSection>
      <EditorSection
        title={t('plan504.sections.accommodations')}
        intro={t('plan504.intro.accommodations')}
        citation="34 CFR 104.33"
      >
        {ACCOMMODATION_CATEGORIES.map((category) => {
          const categoryLabel = t(`plan504.category.${category}`);
          let numberInCategory = 0;
          return (
            <fieldset key={category} className="group">
              <legend>{categoryLabel}</legend>
              <p className="hint">{t(`plan504.categoryHint.${category}`)}</p>
              {content.accommodations.map((accommodation, index) => {
                if (accommodation.category !== category) return null;
                numberInCategory += 1;
                return (
                  <Accommodation504Fields
                    key={accommodation.id}
                    index={index}
                    numberInCategory={numberInCategory}
                    categoryLabel={categoryLabel}
                    accommodation={accommodation}
                    onChange={(next) => {
                      set(
                        'accommodations',
                        content.accommodations.map((a) => (a.id === accommodation.id ? next : a)),
                      );
                    }}
                    onRemove={() => {
                      set(
                        'accommodations',
                        content.accommodations.filter((a) => a.id !== accommodation.id),
                      );
                      focusLater(`plan-accommodations-add-${category}`);
                    }}
                  />
                );
              })}
              <button
                id={`plan-accommodations-add-${category}`}
                type="button"
                className="secondary"
                onClick={() => {
                  set('accommodations', [...content.accommodations, newAccommodation(category)]);
                  focusLater(fieldId('plan', 'accommodations', content.accommodations.length, 'description'));
                }}
              >
                {t('plan504.addAccommodation', { category: categoryLabel })}
              </button>
            </fieldset>
          );
        })}
      </EditorSection>
      <EditorSection title={t('plan504.sections.review')} intro={t('plan504.intro.review')} citation="34 CFR 104.35(d)">
        <TextField
          id="plan-reviewDate"
          type="date"
          label={t('plan504.reviewDate')}
          value={content.reviewDate ?? ''}
          onChange={(value) => {
            set('reviewDate', value === '' ? null : value);
          }}
        />
      </EditorSection>
    </div>
  );
}
