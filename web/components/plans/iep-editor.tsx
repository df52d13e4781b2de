import { useTranslation } from 'react-i18next';
import type { IepContent } from '../../../core/schemas/iep';
import { newGoal, newService } from '../../case/new-items';
import { AssessmentFields } from './assessment-fields';
import { EditorSection } from '../forms/editor-section';
import { EsyFields } from './esy-fields';
import { GoalFields } from './goal-fields';
import { LreFields } from './lre-fields';
import { PresentLevelsFields } from './present-levels-fields';
import { ServiceFields } from '../services/service-fields';
import { TextAreaField } from '../forms/text-area-field';
import { TextListFields } from '../forms/text-list-fields';
import { TransitionFields } from './transition-fields';
import { useFocusAfterRender } from '../app/use-focus-after-render';

/** The IEP's parts in the order of 34 CFR 300.320, every one editable; the page saves what changes. */
export function IepEditor(props: {
  content: IepContent;
  onChange: (content: IepContent) => void;
  onValidityChange: (id: string, invalidLabel: string | null) => void;
  transitionAgeNote: string;
}) {
  const { t } = useTranslation();
  const { content, onChange } = props;
  const focusLater = useFocusAfterRender();
  const set = <K extends keyof IepContent>(key: K, value: IepContent[K]) => {
    onChange({ ...content, [key]: value });
  };
  return (
    <div className="editor">
      <EditorSection
        title={t('iep.sections.presentLevels')}
        intro={t('iep.intro.presentLevels')}
        citation="34 CFR 300.320(a)(1)"
      >
        <PresentLevelsFields
          value={content.presentLevels}
          onChange={(value) => {
            set('presentLevels', value);
          }}
        />
      </EditorSection>
      <EditorSection title={t('iep.sections.goals')} intro={t('iep.intro.goals')} citation="34 CFR 300.320(a)(2)–(3)">
        {content.goals.length === 0 ? <p className="muted">{t('iep.noGoals')}</p> : null}
        {content.goals.map((goal, index) => (
          <GoalFields
            key={goal.id}
            index={index}
            goal={goal}
            onValidityChange={props.onValidityChange}
            onChange={(next) => {
              set(
                'goals',
                content.goals.map((g) => (g.id === goal.id ? next : g)),
              );
            }}
            onRemove={() => {
              set(
                'goals',
                content.goals.filter((g) => g.id !== goal.id),
              );
              focusLater('plan-goals-add');
            }}
          />
        ))}
        <button
          id="plan-goals-add"
          type="button"
          className="secondary"
          onClick={() => {
            set('goals', [...content.goals, newGoal()]);
            focusLater(`plan-goals-${String(content.goals.length)}-area`);
          }}
        >
          {t('iep.addGoal')}
        </button>
      </EditorSection>
      <EditorSection
        title={t('iep.sections.services')}
        intro={t('iep.intro.services')}
        citation="34 CFR 300.320(a)(4), (a)(7)"
      >
        {content.services.length === 0 ? <p className="muted">{t('iep.noServices')}</p> : null}
        {content.services.map((service, index) => (
          <ServiceFields
            key={service.id}
            index={index}
            service={service}
            onValidityChange={props.onValidityChange}
            onChange={(next) => {
              set(
                'services',
                content.services.map((s) => (s.id === service.id ? next : s)),
              );
            }}
            onRemove={() => {
              set(
                'services',
                content.services.filter((s) => s.id !== service.id),
              );
              focusLater('plan-services-add');
            }}
          />
        ))}
        <button
          id="plan-services-add"
          type="button"
          className="secondary"
          onClick={() => {
            set('services', [...content.services, newService()]);
            focusLater(`plan-services-${String(content.services.length)}-name`);
          }}
        >
          {t('iep.addService')}
        </button>
      </EditorSection>
      <EditorSection title={t('iep.sections.supports')} intro={t('iep.intro.supports')} citation="34 CFR 300.320(a)(4)">
        <TextListFields
          idPrefix="plan"
          path={['accommodations']}
          legend={t('iep.accommodations')}
          itemLabel={(n) => t('iep.accommodationN', { n })}
          addLabel={t('iep.addAccommodation')}
          items={content.accommodations}
          onChange={(items) => {
            set('accommodations', items);
          }}
        />
        <TextListFields
          idPrefix="plan"
          path={['modifications']}
          legend={t('iep.modifications')}
          itemLabel={(n) => t('iep.modificationN', { n })}
          addLabel={t('iep.addModification')}
          items={content.modifications}
          onChange={(items) => {
            set('modifications', items);
          }}
        />
        <TextListFields
          idPrefix="plan"
          path={['supplementaryAids']}
          legend={t('iep.supplementaryAids')}
          itemLabel={(n) => t('iep.supplementaryAidN', { n })}
          addLabel={t('iep.addSupplementaryAid')}
          items={content.supplementaryAids}
          onChange={(items) => {
            set('supplementaryAids', items);
          }}
        />
      </EditorSection>
      <EditorSection
        title={t('iep.sections.assessments')}
        intro={t('iep.intro.assessments')}
        citation="34 CFR 300.320(a)(6)"
      >
        <AssessmentFields
          value={content.assessments}
          onChange={(value) => {
            set('assessments', value);
          }}
        />
      </EditorSection>
      <EditorSection title={t('iep.sections.lre')} intro={t('iep.intro.lre')} citation="34 CFR 300.320(a)(5)">
        <LreFields
          value={content.leastRestrictiveEnvironment}
          onValidityChange={props.onValidityChange}
          onChange={(value) => {
            set('leastRestrictiveEnvironment', value);
          }}
        />
      </EditorSection>
      <EditorSection title={t('iep.sections.esy')} intro={t('iep.intro.esy')}>
        <EsyFields
          value={content.extendedSchoolYear}
          onChange={(value) => {
            set('extendedSchoolYear', value);
          }}
        />
      </EditorSection>
      <EditorSection
        title={t('iep.sections.transition')}
        intro={t('iep.intro.transition')}
        citation="34 CFR 300.320(b)"
      >
        <TransitionFields
          value={content.transition}
          ageNote={props.transitionAgeNote}
          onChange={(value) => {
            set('transition', value);
          }}
        />
      </EditorSection>
      <EditorSection title={t('iep.sections.majority')} intro={t('iep.intro.majority')} citation="34 CFR 300.320(c)">
        <TextAreaField
          id="plan-ageOfMajorityStatement"
          label={t('iep.majorityStatement')}
          value={content.ageOfMajorityStatement}
          rows={2}
          onChange={(value) => {
            set('ageOfMajorityStatement', value);
          }}
        />
      </EditorSection>
    </div>
  );
}
