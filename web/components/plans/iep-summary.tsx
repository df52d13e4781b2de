import { useTranslation } from 'react-i18next';
import type { IepContent } from '../../../core/schemas/iep';
import { GoalList } from './goal-list';
import { GlossaryTerm } from '../app/glossary-term';
import { PlainText } from '../app/plain-text';
import { ServiceList } from '../services/service-list';

function TextItems({ label, items }: { label: string; items: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {items.length === 0 ? (
          <span className="muted">{t('editor.notFilledIn')}</span>
        ) : (
          <ul className="compact-list">
            {items.map((item, index) => (
              <li key={`${String(index)}-${item}`}>{item}</li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

/** A final IEP version to read: every part, in the order of 34 CFR 300.320. */
export function IepSummary({ content }: { content: IepContent }) {
  const { t } = useTranslation();
  const lre = content.leastRestrictiveEnvironment;
  return (
    <div className="summary">
      <h3>
        {t('iep.sections.presentLevels')} (<GlossaryTerm id="plaafp" />)
      </h3>
      <dl className="details-block">
        <PlainText label={t('iep.presentLevels.academic')} text={content.presentLevels.academic} />
        <PlainText label={t('iep.presentLevels.functional')} text={content.presentLevels.functional} />
        <PlainText label={t('iep.presentLevels.disabilityImpact')} text={content.presentLevels.disabilityImpact} />
      </dl>
      <h3>{t('iep.sections.goals')}</h3>
      <GoalList goals={content.goals} headingLevel={4} />
      <h3>{t('iep.sections.services')}</h3>
      <ServiceList services={content.services} headingLevel={4} />
      <h3>{t('iep.sections.supports')}</h3>
      <dl className="details-block">
        <TextItems label={t('iep.accommodations')} items={content.accommodations} />
        <TextItems label={t('iep.modifications')} items={content.modifications} />
        <TextItems label={t('iep.supplementaryAids')} items={content.supplementaryAids} />
      </dl>
      <h3>{t('iep.sections.assessments')}</h3>
      <dl className="details-block">
        <PlainText
          label={t('iep.assessments.participation')}
          text={t(`iep.assessments.option.${content.assessments.participation}`)}
        />
        <TextItems label={t('iep.assessments.accommodations')} items={content.assessments.accommodations} />
        {content.assessments.participation === 'alternate' ? (
          <PlainText
            label={t('iep.assessments.alternateJustification')}
            text={content.assessments.alternateJustification}
          />
        ) : null}
      </dl>
      <h3>
        {t('iep.sections.lre')} (<GlossaryTerm id="lre" />)
      </h3>
      <dl className="details-block">
        <PlainText
          label={t('iep.lre.percent')}
          text={lre.percentInGeneralClass === null ? '' : `${String(lre.percentInGeneralClass)} %`}
        />
        <PlainText label={t('iep.lre.explanation')} text={lre.explanation} />
      </dl>
      <h3>
        {t('iep.sections.esy')} (<GlossaryTerm id="esy" />)
      </h3>
      <dl className="details-block">
        <PlainText label={t('iep.esy.decision')} text={t(`iep.esy.option.${content.extendedSchoolYear.decision}`)} />
        <PlainText label={t('iep.esy.explanation')} text={content.extendedSchoolYear.explanation} />
      </dl>
      <h3>{t('iep.sections.transition')}</h3>
      {content.transition === null ? (
        <p>{t('iep.transition.none')}</p>
      ) : (
        <dl className="details-block">
          <PlainText label={t('iep.transition.education')} text={content.transition.postsecondaryGoals.education} />
          <PlainText label={t('iep.transition.employment')} text={content.transition.postsecondaryGoals.employment} />
          <PlainText
            label={t('iep.transition.independentLiving')}
            text={content.transition.postsecondaryGoals.independentLiving}
          />
          <TextItems label={t('iep.transition.services')} items={content.transition.services} />
          <PlainText label={t('iep.transition.courseOfStudy')} text={content.transition.courseOfStudy} />
        </dl>
      )}
      <h3>{t('iep.sections.majority')}</h3>
      <dl className="details-block">
        <PlainText label={t('iep.majorityStatement')} text={content.ageOfMajorityStatement} />
      </dl>
    </div>
  );
}
