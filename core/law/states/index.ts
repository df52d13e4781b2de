import type { StateRules } from '../state-rules';
import { arizona } from './az';
import { california } from './ca';
import { colorado } from './co';
import { connecticut } from './ct';
import { florida } from './fl';
import { georgia } from './ga';
import { hawaii } from './hi';
import { iowa } from './ia';
import { illinois } from './il';
import { indiana } from './in';
import { kentucky } from './ky';
import { louisiana } from './la';
import { massachusetts } from './ma';
import { maryland } from './md';
import { michigan } from './mi';
import { minnesota } from './mn';
import { northCarolina } from './nc';
import { newHampshire } from './nh';
import { newJersey } from './nj';
import { newMexico } from './nm';
import { nevada } from './nv';
import { newYork } from './ny';
import { ohio } from './oh';
import { oklahoma } from './ok';
import { oregon } from './or';
import { pennsylvania } from './pa';
import { rhodeIsland } from './ri';
import { tennessee } from './tn';
import { texas } from './tx';
import { utah } from './ut';
import { virginia } from './va';
import { washington } from './wa';
import { wisconsin } from './wi';
import { alabama } from './al';
import { alaska } from './ak';
import { arkansas } from './ar';
import { districtOfColumbia } from './dc';
import { delaware } from './de';
import { idaho } from './id';
import { kansas } from './ks';
import { maine } from './me';
import { missouri } from './mo';
import { mississippi } from './ms';
import { montana } from './mt';
import { northDakota } from './nd';
import { nebraska } from './ne';
import { southCarolina } from './sc';
import { southDakota } from './sd';
import { vermont } from './vt';
import { westVirginia } from './wv';
import { wyoming } from './wy';

/** Every state Binder encodes (docs/law-coverage.md), alphabetical by code. */
export const STATE_RULES: readonly StateRules[] = [
  arizona,
  california,
  colorado,
  connecticut,
  florida,
  georgia,
  hawaii,
  iowa,
  illinois,
  indiana,
  kentucky,
  louisiana,
  massachusetts,
  maryland,
  michigan,
  minnesota,
  northCarolina,
  newHampshire,
  newJersey,
  newMexico,
  nevada,
  newYork,
  ohio,
  oklahoma,
  oregon,
  pennsylvania,
  rhodeIsland,
  tennessee,
  texas,
  utah,
  virginia,
  washington,
  wisconsin,
  // The jurisdictions encoded from the December 2026 research, alphabetical by code.
  alaska,
  alabama,
  arkansas,
  districtOfColumbia,
  delaware,
  idaho,
  kansas,
  maine,
  missouri,
  mississippi,
  montana,
  northDakota,
  nebraska,
  southCarolina,
  southDakota,
  vermont,
  westVirginia,
  wyoming,
];
